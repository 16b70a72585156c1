/**
 * Tokens over the folded text, each carrying its span in the original.
 *
 * Every matcher in the reader walks this token array with a bounded look-back
 * or look-ahead, so reading a text stays linear in its length.
 */
import { CodePointIndex } from '../../src/model/text';
import { normalize, type Normalized } from './normalize';

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export type TokenType = typeof WORD | typeof NUM | typeof PUNCT;

export interface Token {
  type: TokenType;
  /** Folded text of the token. */
  n: string;
  /** Span in the folded text (UTF-16 units). */
  ns: number;
  ne: number;
  /** Span in the original text (code points, end exclusive; includes trailing diacritics). */
  s: number;
  e: number;
  /** True when no whitespace separates this token from the previous one. */
  glued: boolean;
  /** Numeric value of a NUM token. */
  value: number;
  /** True when a NUM token contains a decimal point. */
  decimal: boolean;
}

export interface Tokenized extends Normalized {
  /** The original text and its code-point index, for slicing by code points. */
  text: string;
  index: CodePointIndex;
  tokens: Token[];
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWordChar(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true; // a-z (the fold lowercases Latin)
  if (c >= 0x0621 && c <= 0x064a) return true;
  if ((c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff)) return true;
  if (c < 0x80) return false;
  if (c >= 0x0600 && c <= 0x06ff) return false; // Arabic punctuation and signs
  return /\p{L}/u.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x0c || c === 0x0b;
}

/**
 * Length of the number starting at i: digits, thousands groups ",ddd", one
 * decimal ".d+", or a decimal comma ",d" / ",dd" (6,45 and 12,5 as many
 * outlets write times and decimals; a comma before exactly three digits stays
 * a thousands separator).
 */
function scanNumber(norm: string, i: number): { end: number; decimalComma: boolean } {
  let j = i;
  while (j < norm.length && isDigit(norm.charCodeAt(j))) j += 1;
  const digitsEnd = j;
  // Thousands groups: a comma followed by exactly three digits.
  while (
    norm.charCodeAt(j) === 0x2c &&
    isDigit(norm.charCodeAt(j + 1)) &&
    isDigit(norm.charCodeAt(j + 2)) &&
    isDigit(norm.charCodeAt(j + 3)) &&
    !isDigit(norm.charCodeAt(j + 4))
  ) {
    j += 4;
  }
  if (j === digitsEnd && norm.charCodeAt(j) === 0x2c && isDigit(norm.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < norm.length && isDigit(norm.charCodeAt(k))) k += 1;
    // One or two digits after the comma, and no further ",d" (a list such as 1,2,3 is not a decimal).
    if (k - j - 1 <= 2 && !(norm.charCodeAt(k) === 0x2c && isDigit(norm.charCodeAt(k + 1)))) return { end: k, decimalComma: true };
  }
  if (norm.charCodeAt(j) === 0x2e && isDigit(norm.charCodeAt(j + 1))) {
    j += 1;
    while (j < norm.length && isDigit(norm.charCodeAt(j))) j += 1;
  }
  return { end: j, decimalComma: false };
}

/** Splits the folded text into words, numbers and single punctuation marks. Linear. */
export function tokenize(text: string): Tokenized {
  const normalized = normalize(text);
  const { norm, origin } = normalized;
  const tokens: Token[] = [];
  let glued = false;
  const push = (type: TokenType, ns: number, ne: number, decimalComma = false) => {
    const n = norm.slice(ns, ne);
    const s = origin[ns]!;
    const e = Math.max(origin[ne]!, origin[ne - 1]! + 1);
    const decimal = type === NUM && (decimalComma || n.includes('.'));
    const value = type === NUM ? Number(decimalComma ? n.replace(',', '.') : n.replace(/,/g, '')) : 0;
    tokens.push({ type, n, ns, ne, s, e, glued, value, decimal });
    glued = true;
  };
  for (let i = 0; i < norm.length; ) {
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      // A line break is a hard boundary: keep it as a punctuation token.
      if (c === 0x0a || c === 0x0d) push(PUNCT, i, i + 1);
      glued = false;
      i += 1;
    } else if (isDigit(c)) {
      const { end, decimalComma } = scanNumber(norm, i);
      push(NUM, i, end, decimalComma);
      i = end;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < norm.length && isWordChar(norm.charCodeAt(j))) j += 1;
      push(WORD, i, j);
      i = j;
    } else {
      // Surrogate pairs stay whole.
      const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      push(PUNCT, i, i + width);
      i += width;
    }
  }
  return { ...normalized, text, index: new CodePointIndex(text), tokens };
}

/** The original text between two code-point offsets. */
export function sliceText(t: Tokenized, start: number, end: number): string {
  return t.index.slice(start, end);
}

/** True when the words after token i are `tokens[1..]` (folded); token i itself was matched by the caller. */
export function followsFrom(t: Tokenized, i: number, tokens: readonly string[]): boolean {
  for (let k = 1; k < tokens.length; k += 1) {
    const tok = t.tokens[i + k];
    if (!tok || tok.type !== WORD || tok.n !== tokens[k]) return false;
  }
  return true;
}

/** Four digits of a year in the news (1900–2100): عام 2023، أغسطس/آب 2023، مواجهات 2020 و2021. */
export function isNewsYear(tok: Token | undefined): boolean {
  return tok?.type === NUM && /^\d{4}$/u.test(tok.n) && tok.value >= 1900 && tok.value <= 2100;
}
