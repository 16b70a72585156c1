/**
 * Sentence segmentation with code-point offsets.
 *
 * News text scraped from the web keeps odd joins: this article separates its
 * sentences with ".," (a full stop, then a comma left by the scraper), some
 * sentences end in a closing quote before that (`".,`), and the title is a line
 * of its own. A unit ends at a line break, or at a full stop that is followed by
 * whitespace or by the ".," join. The full stop stays in the sentence; the join
 * comma and the whitespace do not.
 */
import type { Span } from './text';

export interface Sentence extends Span {
  /** 0-based position among the units of the text. */
  index: number;
}

// Full stops that end a sentence: Latin "." and Arabic full stop "۔"; "؟" and "!" too.
const TERMINAL = new Set(['.', '۔', '؟', '?', '!'].map((c) => c.codePointAt(0)!));
const CLOSING = new Set(['"', '»', '”', "'", ')'].map((c) => c.codePointAt(0)!));
const JOIN_COMMAS = new Set([','.codePointAt(0)!, '،'.codePointAt(0)!]);
const LINE_BREAKS = new Set([0x0a, 0x0d]);

/** The code points /\s/u matches (ECMAScript WhiteSpace and LineTerminator), tested without a regex per character. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * One pass over the UTF-16 text, counting code points as it goes: no array of
 * characters and no regex per character, so a megabyte-long sentence costs
 * milliseconds.
 */
export function segmentSentences(text: string): Sentence[] {
  const spans: Span[] = [];
  let start: number | null = null;
  let lastContent = -1; // code point index of the last non-space char in the unit

  const close = (endExclusive: number) => {
    if (start !== null && endExclusive > start) spans.push({ start, end: endExclusive });
    start = null;
  };

  let u = 0; // UTF-16 index
  let cp = 0; // code-point index of the character at u
  while (u < text.length) {
    const code = text.codePointAt(u)!;
    const width = code > 0xffff ? 2 : 1;
    if (LINE_BREAKS.has(code)) {
      close(lastContent + 1);
    } else if (!isSpace(code) && !(start === null && JOIN_COMMAS.has(code))) {
      // (A stray join comma at the start of a unit is not content.)
      start ??= cp;
      lastContent = cp;
      if (TERMINAL.has(code)) {
        // Absorb closing quotes/brackets right after the full stop (all one UTF-16 unit each).
        let ju = u + 1;
        let jcp = cp + 1;
        while (ju < text.length && CLOSING.has(text.charCodeAt(ju))) {
          ju += 1;
          jcp += 1;
        }
        const next = ju < text.length ? text.codePointAt(ju)! : undefined;
        // Not a boundary inside numbers ("2.5") or abbreviations glued to text.
        if (next === undefined || isSpace(next) || JOIN_COMMAS.has(next)) {
          lastContent = jcp - 1;
          close(jcp);
          u = ju;
          cp = jcp;
          continue;
        }
      }
    }
    u += width;
    cp += 1;
  }
  close(lastContent + 1);
  return spans.map((span, i) => ({ ...span, index: i }));
}

/** The sentence that contains a code-point span, or undefined. */
export function sentenceContaining(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => s.start <= span.start && span.end <= s.end);
}

/** The sentence whose span holds a code-point offset, by binary search (sentences are in order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}
