/**
 * Saving an export from the browser, with no server round trip: the text
 * becomes a Blob behind a temporary object URL and a temporary <a download>.
 */

/** Media types for the exports; text types say UTF-8 so Arabic opens correctly. */
export const EXPORT_MIME = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  annotations: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
} as const;

export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Firefox only follows a click on a link that is in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task, not at once: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
