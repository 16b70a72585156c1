/**
 * Marking a quote inside its Arabic sentence without breaking the joining of
 * letters: when the mark's edge falls between two letters that join, a
 * zero-width joiner on each side keeps both halves in their joined forms.
 */

const ZWJ = '\u200d';

// Tashkeel and other marks are transparent to joining.
const TRANSPARENT = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/u;
// Letters that join only to the letter before them (they never join forward).
const RIGHT_JOINING = new Set([...'آأؤإاةدذرزوٱ']);
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff]/u;
const TATWEEL = '\u0640';

// Both walk from the cut only as far as the first letter that is not a mark: never the whole sentence.
function lastJoiningChar(text: string): string | undefined {
  for (let u = text.length; u > 0; ) {
    const low = text.charCodeAt(u - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && u >= 2 ? 2 : 1;
    const char = text.slice(u - width, u);
    if (!TRANSPARENT.test(char)) return char;
    u -= width;
  }
  return undefined;
}

function firstJoiningChar(text: string): string | undefined {
  for (let u = 0; u < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(u)!);
    if (!TRANSPARENT.test(char)) return char;
    u += char.length;
  }
  return undefined;
}

/** True when the letters on either side of a cut would be joined in the unbroken text. */
export function joinsAcross(before: string, after: string): boolean {
  const left = lastJoiningChar(before);
  const right = firstJoiningChar(after);
  if (left === undefined || right === undefined) return false;
  const leftJoinsForward = left === TATWEEL || (ARABIC_LETTER.test(left) && !RIGHT_JOINING.has(left));
  const rightJoinsBack = right === TATWEEL || ARABIC_LETTER.test(right);
  return leftJoinsForward && rightJoinsBack;
}

export interface MarkedSentence {
  before: string;
  quote: string;
  after: string;
}

/** Splits a sentence around a quote given in code points relative to the sentence. */
export function markQuote(sentence: string, start: number, end: number): MarkedSentence {
  const chars = [...sentence];
  const clampedStart = Math.max(0, Math.min(start, chars.length));
  const clampedEnd = Math.max(clampedStart, Math.min(end, chars.length));
  return joined(chars.slice(0, clampedStart).join(''), chars.slice(clampedStart, clampedEnd).join(''), chars.slice(clampedEnd).join(''));
}

/** The three pieces, bridged with joiners where a cut falls inside a word. */
function joined(before: string, quote: string, after: string): MarkedSentence {
  if (joinsAcross(before, quote)) {
    before += ZWJ;
    quote = ZWJ + quote;
  }
  if (joinsAcross(quote, after)) {
    quote += ZWJ;
    after = ZWJ + after;
  }
  return { before, quote, after };
}

/** Code points of the sentence kept on each side of a quote when the sentence is longer. */
export const EXCERPT_CONTEXT = 200;

/** A quote marked inside as much of its sentence as a popup shows. */
export interface QuoteExcerpt extends MarkedSentence {
  /** True when text of the sentence before (after) the shown part is left out. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** The code-point slicing a quote excerpt needs (CodePointIndex provides it in O(1)). */
export interface CodePointSlicer {
  slice(start: number, end: number): string;
}

/**
 * The quote with at most `context` code points of its sentence on each side, cut at a space
 * when one is near so no word is halved. Offsets are the article's code points; only the
 * shown window is ever sliced, so a one-megabyte sentence costs what a short one does.
 */
export function excerptAround(
  text: CodePointSlicer,
  sentence: { start: number; end: number },
  quote: { start: number; end: number },
  context = EXCERPT_CONTEXT,
): QuoteExcerpt {
  const start = Math.max(sentence.start, Math.min(quote.start, sentence.end));
  const end = Math.max(start, Math.min(quote.end, sentence.end));
  const from = Math.max(sentence.start, start - context);
  const to = Math.min(sentence.end, end + context);
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  const clippedBefore = from > sentence.start;
  const clippedAfter = to < sentence.end;
  // A side cut inside a word starts after its first space (ends before its last), when that space is near.
  const isSpace = (char: string) => /\s/u.test(char);
  if (clippedBefore && !isSpace(text.slice(from - 1, from))) {
    const space = before.search(/\s/u);
    if (space >= 0 && space < before.length / 2) before = before.slice(space + 1);
  }
  if (clippedAfter && !isSpace(text.slice(to, to + 1))) {
    const space = Math.max(after.lastIndexOf(' '), after.lastIndexOf('\n'));
    if (space >= after.length / 2) after = after.slice(0, space);
  }
  return { ...joined(before, text.slice(start, end), after), clippedBefore, clippedAfter };
}
