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

function lastJoiningChar(chars: string[]): string | undefined {
  for (let i = chars.length - 1; i >= 0; i -= 1) if (!TRANSPARENT.test(chars[i]!)) return chars[i];
  return undefined;
}

function firstJoiningChar(chars: string[]): string | undefined {
  return chars.find((c) => !TRANSPARENT.test(c));
}

/** True when the letters on either side of a cut would be joined in the unbroken text. */
export function joinsAcross(before: string, after: string): boolean {
  const left = lastJoiningChar([...before]);
  const right = firstJoiningChar([...after]);
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
  let before = chars.slice(0, clampedStart).join('');
  let quote = chars.slice(clampedStart, clampedEnd).join('');
  let after = chars.slice(clampedEnd).join('');
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
