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
const TERMINAL = new Set(['.', '۔', '؟', '?', '!']);
const CLOSING = new Set(['"', '»', '”', "'", ')']);

export function segmentSentences(text: string): Sentence[] {
  const chars = Array.from(text);
  const spans: Span[] = [];
  let start: number | null = null;
  let lastContent = -1; // code point index of the last non-space char in the unit

  const close = (endExclusive: number) => {
    if (start !== null && endExclusive > start) spans.push({ start, end: endExclusive });
    start = null;
  };

  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (ch === '\n' || ch === '\r') {
      close(lastContent + 1);
      continue;
    }
    if (/\s/u.test(ch)) continue;
    if (start === null) {
      // A stray join comma at the start of a unit is not content.
      if (ch === ',' || ch === '،') continue;
      start = i;
    }
    lastContent = i;
    if (TERMINAL.has(ch)) {
      // Absorb closing quotes/brackets right after the full stop.
      let j = i + 1;
      while (j < chars.length && CLOSING.has(chars[j]!)) j += 1;
      const next = chars[j];
      const endsHere = next === undefined || /\s/u.test(next) || next === ',' || next === '،';
      // Not a boundary inside numbers ("2.5") or abbreviations glued to text.
      if (endsHere) {
        lastContent = j - 1;
        i = j - 1;
        close(j);
      }
    }
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
