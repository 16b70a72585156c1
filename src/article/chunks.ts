/**
 * A very long sentence in pieces the page can lay out one at a time. A browser
 * lays out a paragraph whole: one megabyte of Arabic in one paragraph is
 * seconds of layout in one task. Cut at spaces into blocks of about `size`
 * UTF-16 units, each block is laid out only when it comes near the screen.
 */

/** Units per piece: a few screens of text in the article panel. */
export const CHUNK_SIZE = 2000;

/**
 * The text in consecutive pieces that join back to it exactly. Each piece but the last ends
 * with a space (the last one before `size` units, or the first after when a word is longer),
 * so no word and no surrogate pair is cut. Text of at most `size` units is one piece.
 */
export function textChunks(text: string, size = CHUNK_SIZE): string[] {
  if (text.length <= size) return [text];
  const chunks: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let cut = text.lastIndexOf(' ', from + size - 1);
    if (cut < from) cut = text.indexOf(' ', from + size);
    if (cut === -1) break;
    chunks.push(text.slice(from, cut + 1));
    from = cut + 1;
  }
  if (from < text.length) chunks.push(text.slice(from));
  return chunks;
}
