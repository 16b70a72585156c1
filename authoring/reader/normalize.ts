/**
 * Matching normalisation with an offset map back to the original text.
 *
 * Arabic is written with optional diacritics, stretched letters and several
 * spellings of the same letter (أ/إ/آ/ا, ى/ي, ة/ه). The reader matches on a
 * folded copy of the text, but every offset it reports must point into the
 * unmodified article, so each folded UTF-16 unit remembers the code point it
 * came from. The folded text is built once per text, in one pass.
 */

export interface Normalized {
  /** The folded text used for matching only. */
  norm: string;
  /** origin[i] = code-point offset in the original of folded unit i; origin[norm.length] = code-point length. */
  origin: Int32Array;
  /** Code-point length of the original text. */
  length: number;
}

const ALEF = 'ا';

/** Folds one code point; '' drops it. Only BMP results, except astral code points passed through. */
export function foldCodePoint(cp: number): string {
  // Tashkeel, Quranic marks, superscript alef, tatweel, invisible joiners and bidi marks.
  if (isIgnorable(cp)) return '';
  switch (cp) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
      return ALEF;
    case 0x0649: // ى alef maqsura
    case 0x06cc: // Persian ya
    case 0x0626: // ئ
      return 'ي';
    case 0x0629: // ة ta marbuta
      return 'ه';
    case 0x0624: // ؤ
      return 'و';
    case 0x06a9: // Persian kaf
      return 'ك';
    case 0x066b: // ٫ Arabic decimal separator
      return '.';
    case 0x066c: // ٬ Arabic thousands separator
      return ',';
    case 0x066a: // ٪ Arabic percent sign
      return '%';
  }
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 0x20);
  // Presentation forms (ligatures such as ﻻ): decompose, then fold each part.
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) {
    const parts = String.fromCodePoint(cp).normalize('NFKC');
    if (parts.length === 1 && parts.codePointAt(0) === cp) return parts;
    let out = '';
    for (const p of parts) out += foldCodePoint(p.codePointAt(0)!);
    return out;
  }
  return String.fromCodePoint(cp);
}

function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // harakat, tanween, shadda, sukun
    cp === 0x0670 || // superscript alef
    cp === 0x0640 || // tatweel
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x06d6 && cp <= 0x06dc) ||
    (cp >= 0x06df && cp <= 0x06e8) ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    cp === 0x061c || // Arabic letter mark
    cp === 0x00ad || // soft hyphen
    cp === 0xfeff // byte-order mark / zero-width no-break space
  );
}

/** Folds a whole text, keeping for every folded unit the code point it came from. Linear, one pass. */
export function normalize(text: string): Normalized {
  // Folding never grows the text except for decomposed ligatures; the buffers grow when it does.
  let units: Uint16Array = new Uint16Array(text.length + 16);
  let origin: Int32Array = new Int32Array(text.length + 17);
  let n = 0;
  let cp = 0;
  for (let u = 0; u < text.length; cp += 1) {
    const code = text.codePointAt(u)!;
    u += code > 0xffff ? 2 : 1;
    // Fast path: ASCII other than capitals, and Arabic letters that fold to themselves.
    const plain = (code < 0x41 || (code > 0x5a && code < 0x80)) || (code >= 0x0627 && code <= 0x063a && code !== 0x0629) || (code >= 0x0641 && code <= 0x064a && code !== 0x0649);
    const folded = plain ? null : foldCodePoint(code);
    const width = folded === null ? 1 : folded.length;
    if (n + width >= units.length) {
      units = grow16(units, n + width);
      origin = grow32(origin, n + width + 1);
    }
    if (folded === null) {
      units[n] = code;
      origin[n++] = cp;
    } else {
      for (let k = 0; k < folded.length; k += 1) {
        units[n] = folded.charCodeAt(k);
        origin[n++] = cp;
      }
    }
  }
  origin[n] = cp;
  return { norm: decode(units, n), origin: origin.slice(0, n + 1), length: cp };
}

function grow16(a: Uint16Array, need: number): Uint16Array {
  const b = new Uint16Array(Math.max(need + 16, a.length * 2));
  b.set(a);
  return b;
}

function grow32(a: Int32Array, need: number): Int32Array {
  const b = new Int32Array(Math.max(need + 16, a.length * 2));
  b.set(a);
  return b;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le') : null;

/** UTF-16 units to a string; lone surrogates pass through unchanged (they stay paired as in the input). */
function decode(units: Uint16Array, n: number): string {
  if (UTF16) return UTF16.decode(units.subarray(0, n));
  return decodeByChunks(units, n);
}

/** UTF-16 units to a string, in chunks small enough for the argument limit. */
function decodeByChunks(units: Uint16Array, n: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(String.fromCharCode(...units.subarray(i, Math.min(n, i + CHUNK))));
  return parts.join('');
}

/** Folds a short string (a lexicon entry, a phrase) without keeping offsets. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch.codePointAt(0)!);
  return out;
}
