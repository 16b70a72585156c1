/**
 * The number core of a quantity: a stated number, a vague amount, or a range
 * of two numbers (بين 10 و20، 20 إلى 30، 20-30), and its min, max and
 * qualifier once the qualifier around it is known.
 */
import type { Qualifier } from './types';
import { fold } from './normalize';
import { readNumber, type NumberRead } from './numbers';
import type { QualifierMatch } from './qualifiers';
import { PUNCT, WORD, type Tokenized } from './tokens';
import type { VagueAmount } from './vague';

/** The number core: a stated number, a vague amount, or a range of two numbers. */
export interface Core {
  start: number;
  end: number;
  s: number;
  e: number;
  value: number;
  max: number | null;
  vague: VagueAmount | null;
  number: NumberRead | null;
  /** The upper end of a range. */
  second?: NumberRead;
}

const RANGE_WORDS = new Set(['بين'].map(fold));
const RANGE_JOINERS = new Set(['الي', 'او']);

export function isWord(t: Tokenized, i: number, n: string): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === WORD && tok.n === n;
}

/** The second number of a range after the first ends at j: و20، إلى 30، أو 30، -30. */
function rangeEnd(t: Tokenized, j: number, afterBetween: boolean, afterFrom = false): NumberRead | null {
  const tok = t.tokens[j];
  if (!tok) return null;
  if (tok.type === WORD && (RANGE_JOINERS.has(tok.n) || (afterBetween && tok.n === 'و'))) return readNumber(t, j + 1);
  // من 10 حتى 20: حتى closes a range only after من, as elsewhere it is "up to" (a qualifier) or "until" a date.
  if (afterFrom && tok.type === WORD && tok.n === fold('حتى')) return readNumber(t, j + 1);
  if (tok.type === PUNCT && tok.n === '-' && tok.glued && t.tokens[j + 1]?.glued) return readNumber(t, j + 1);
  // و glued as a clitic to a number word: بين عشرة وعشرين.
  if (afterBetween && tok.type === WORD && tok.n.startsWith('و')) return readNumber(t, j);
  return null;
}

// رفع الحصيلة من 40 إلى 43: a change from one figure to another is two figures, no range (after the fifty-fourth set).
const CHANGE_WORDS = new Set(
  ['رفع', 'رفعت', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ليرتفع', 'لترتفع', 'زاد', 'زادت', 'قفز', 'قفزت', 'تراجع', 'تراجعت', 'انخفض', 'انخفضت', 'الحصيلة', 'العدد', 'حصيلة'].map(fold),
);

// ارتفاع حصيلة ضحايا الحرائق التي اندلعت في عدة ولايات من 25 إلى 34: a word of rising or falling reaches further back
// in its clause than the toll's own words do (after the eighty-second set).
const RISE_WORDS = new Set(['ارتفاع', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ليرتفع', 'لترتفع', 'رفع', 'رفعت', 'تراجع', 'تراجعت', 'انخفاض', 'انخفض', 'انخفضت'].map(fold));
// (ارتفعت حصيلة ضحايا القصف … في مدينة أم درمان، غربي العاصمة السودانية الخرطوم، من ٤٣ إلى ٥٦: further, and across the commas
// of an aside, after the hundred-and-fifteenth set.)
const RISE_REACH = 24;

function changeBefore(t: Tokenized, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= RISE_REACH; k -= 1) {
    const tok = t.tokens[k];
    if (tok?.type === PUNCT && (tok.n === '،' || tok.n === ',')) continue;
    if (!tok || tok.type !== WORD) return false;
    const n = tok.n.replace(/^[وف]/u, '');
    if (from - k <= 3 && CHANGE_WORDS.has(n)) return true;
    if (RISE_WORDS.has(n)) return true;
  }
  return false;
}

export function rangeCore(t: Tokenized, num: NumberRead): Core | null {
  if (isWord(t, num.start - 1, 'من') && changeBefore(t, num.start - 1)) return null;
  const between = t.tokens[num.start - 1];
  const afterBetween = !!between && between.type === WORD && RANGE_WORDS.has(between.n.replace(/^و/u, ''));
  const second = rangeEnd(t, num.end, afterBetween, isWord(t, num.start - 1, 'من'));
  if (!second || second.decimal) return null;
  let low = num.value;
  // A shared multiplier: بين 10 و20 ألفاً is 10,000–20,000.
  if (num.scale === 1 && second.scale > 1 && low * second.scale <= second.value) low *= second.scale;
  if (!(low < second.value)) return null;
  let start = num.start;
  let s = num.s;
  if (afterBetween) {
    start -= 1;
    s = t.origin[between.ns + (between.n.startsWith('و') ? 1 : 0)]!;
    if (isWord(t, start - 1, 'ما')) {
      start -= 1;
      s = t.tokens[start]!.s;
    }
  }
  return { start, end: second.end, s, e: second.e, value: low, max: second.value, vague: null, number: num, second };
}

export function numberCore(num: NumberRead): Core {
  return { start: num.start, end: num.end, s: num.s, e: num.e, value: num.value, max: num.value, vague: null, number: num };
}

export interface Reading {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

/** min/max/qualifier of a core under a qualifier. */
export function reading(core: Core, q: QualifierMatch | null): Reading {
  if (core.vague) {
    if (q && (q.qualifier === 'at-least' || q.qualifier === 'more-than')) return { min: core.vague.min, max: null, qualifier: q.qualifier };
    return { min: core.vague.min, max: core.vague.max, qualifier: 'vague' };
  }
  const n = core.value;
  if (core.max !== null && core.max !== n) return { min: n, max: core.max, qualifier: q?.qualifier === 'about' ? 'about' : 'exact' };
  switch (q?.qualifier) {
    case 'at-least':
      return { min: n, max: null, qualifier: 'at-least' };
    case 'more-than':
      return { min: Math.floor(n) + 1, max: null, qualifier: 'more-than' };
    case 'about':
      return { min: n, max: n, qualifier: 'about' };
    case 'at-most':
      return { min: null, max: q.strict ? Math.ceil(n) - 1 : n, qualifier: 'at-most' };
    default:
      return { min: n, max: n, qualifier: 'exact' };
  }
}
