/**
 * Code-point arithmetic over the unmodified article text.
 *
 * The W3C Web Annotation model counts offsets in Unicode code points, while
 * JavaScript strings index UTF-16 code units. Everything that stores or
 * compares an offset goes through this module so the two never mix.
 */

/** A half-open span [start, end) in code points. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Maps between code-point offsets and UTF-16 indices for one text.
 * Built once per text; lookups are O(1).
 */
export class CodePointIndex {
  readonly text: string;
  /** utf16[cp] = UTF-16 index of code point cp; utf16[length] = text.length. */
  private readonly utf16: Uint32Array;
  /** codePoint[u] = code point offset of UTF-16 index u (for u on a boundary). */
  private readonly codePoint: Uint32Array;

  constructor(text: string) {
    this.text = text;
    // Typed arrays filled in one pass: no array of numbers grown one push at a time.
    const utf16 = new Uint32Array(text.length + 1);
    const codePoint = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let u = 0; u < text.length; ) {
      utf16[cp] = u;
      codePoint[u] = cp;
      const code = text.charCodeAt(u);
      // A high surrogate followed by a low one is one code point of two units.
      const width = code >= 0xd800 && code <= 0xdbff && u + 1 < text.length && (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      if (width === 2) codePoint[u + 1] = cp;
      u += width;
      cp += 1;
    }
    utf16[cp] = text.length;
    codePoint[text.length] = cp;
    // Texts with characters beyond the BMP have fewer code points than units: keep only what is used.
    this.utf16 = cp === text.length ? utf16 : utf16.slice(0, cp + 1);
    this.codePoint = codePoint;
  }

  /** Number of code points in the text. */
  get length(): number {
    return this.utf16.length - 1;
  }

  /** UTF-16 index of a code-point offset. */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) {
      throw new RangeError(`code-point offset ${cp} is outside 0..${this.length}`);
    }
    return this.utf16[cp]!;
  }

  /** Code-point offset of a UTF-16 index. */
  toCodePoint(u: number): number {
    if (!Number.isInteger(u) || u < 0 || u > this.text.length) {
      throw new RangeError(`UTF-16 index ${u} is outside 0..${this.text.length}`);
    }
    return this.codePoint[u]!;
  }

  /** The substring between two code-point offsets (end exclusive). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** Code-point offsets of every occurrence of `needle`. */
  occurrences(needle: string): number[] {
    const found: number[] = [];
    if (needle.length === 0) return found;
    for (let u = this.text.indexOf(needle); u !== -1; u = this.text.indexOf(needle, u + 1)) {
      found.push(this.toCodePoint(u));
    }
    return found;
  }
}

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
