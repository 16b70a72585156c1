/** The ready-to-paste embed code for the current selection and language. */
import { formatHash, type HashState } from '../state/hash';

export interface SnippetOptions {
  /** The folder the app is served from, ending in "/" (embed.html and embed.js sit there). */
  base: URL;
  /** ?story=… when not the default story. */
  search: string;
  state: HashState;
  title: string;
  height?: number;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function embedSnippet({ base, search, state, title, height = 600 }: SnippetOptions): string {
  const src = new URL(`embed.html${search}${formatHash(state)}`, base).href;
  const script = new URL('embed.js', base).href;
  return [
    `<iframe data-isnad src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" allow="fullscreen" style="width:100%;border:0" height="${height}"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
