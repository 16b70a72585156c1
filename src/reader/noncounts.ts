/**
 * Numbers that are not counts: years, dates, times of day, article and
 * resolution numbers, weapon and model names, percentages, ages, durations,
 * sums of money and measures. Each rule looks at a few tokens around the
 * number, so the checks are constant work per number.
 */
import type { RejectReason } from './types';
import { inSet } from './clitics';
import { lookupNoun } from './lexicon';
import {
  AGE_CUES,
  AGE_UNITS,
  CURRENCIES,
  CURRENCY_SIGNS,
  DESIGNATION_CUES,
  MEASURES,
  MODEL_CUES,
  MONTHS,
  PERCENT_AFTER,
  PERCENT_BEFORE,
  TIME_OF_DAY_AFTER,
  TIME_OF_DAY_BEFORE,
  TIME_UNITS,
  YEAR_CUES,
  YEAR_SUFFIXES,
} from './word-classes';
import { NUM, PUNCT, WORD, type Token, type Tokenized } from './tokens';
import { fold } from './normalize';
import type { NumberRead } from './numbers';

export interface Rejection {
  reason: RejectReason;
  /** Token range [start, end) of the non-count, context words included. */
  start: number;
  end: number;
}

const PREP_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'ال', 'وال', 'بال', 'لل', 'فال'];
const MONTH_CLITICS: readonly string[] = ['ب', 'ل'];
const AGE_CLITICS: readonly string[] = ['و', 'ب', 'ل'];
// Strong year cues name the year outright; weak ones (في، منذ، قبل) only with a four-digit number and no counted noun.
const STRONG_YEAR_CUES = new Set(['عام', 'العام', 'عامي', 'سنة', 'السنة', 'لعام', 'بعام'].map(fold));
const PERCENT_WORDS = new Set(['المئه', 'المائه', 'الميه']);
// Before a definite number with no noun of its own, these say an age: دون الـ15، فوق الـ70.
const AGE_PREPOSITIONS: ReadonlySet<string> = new Set(['دون', 'فوق', 'تحت', 'سن'].map(fold));

function word(t: Tokenized, i: number): Token | null {
  const tok = t.tokens[i];
  return tok && tok.type === WORD ? tok : null;
}

function punctIs(t: Tokenized, i: number, chars: string): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === PUNCT && chars.includes(tok.n);
}

function glued(t: Tokenized, i: number): boolean {
  return t.tokens[i]?.glued ?? false;
}

function isLatin(n: string): boolean {
  return /^[a-z]{1,5}$/u.test(n);
}

/** A plain digit run that can be a year. */
function yearLike(t: Tokenized, num: NumberRead): boolean {
  const tok = t.tokens[num.start]!;
  return tok.type === NUM && num.end === num.start + 1 && /^\d{4}$/u.test(tok.n) && tok.value >= 1000 && tok.value <= 2100;
}

function isYear(t: Tokenized, num: NumberRead, prevYear: boolean): boolean {
  if (!yearLike(t, num)) return false;
  const prev = word(t, num.start - 1);
  const next = t.tokens[num.end];
  if (next?.type === WORD && next.glued && YEAR_SUFFIXES.has(next.n)) return true; // 2020م
  if (next?.type === WORD && YEAR_SUFFIXES.has(next.n) && next.n !== 'م') return true; // 1441 هـ
  if (prev && (STRONG_YEAR_CUES.has(prev.n) || inSet(MONTHS, prev.n, PREP_CLITICS))) return true;
  // أكتوبر, 2023: a month, a comma, a year.
  const beforeComma = word(t, num.start - 2);
  if (punctIs(t, num.start - 1, ',،') && beforeComma && inSet(MONTHS, beforeComma.n, PREP_CLITICS)) return true;
  // عامي 2015 و2016, 2011-2020, 2022, 2023: a year next to a year.
  if (prevYear && (prev?.n === 'و' || punctIs(t, num.start - 1, '-–,،'))) return true;
  if (prev && inSet(YEAR_CUES, prev.n, PREP_CLITICS)) {
    const after = word(t, num.end);
    return !after || lookupNoun(after.n) === null;
  }
  return false;
}

/** A day of the month: 28 فبراير، 28 شباط، 28 من شهر فبراير. */
function dateEnd(t: Tokenized, num: NumberRead): number | null {
  const tok = t.tokens[num.start]!;
  if (tok.type !== NUM || num.end !== num.start + 1 || tok.decimal || tok.value < 1 || tok.value > 31) return null;
  let j = num.end;
  if (word(t, j)?.n === 'من') j += 1;
  if (word(t, j)?.n === 'شهر') j += 1;
  const month = word(t, j);
  if (!month || !inSet(MONTHS, month.n, MONTH_CLITICS)) return null;
  // 15 مارس, 2019: the year after a comma belongs to the date.
  const year = t.tokens[j + 2];
  if (punctIs(t, j + 1, ',،') && year?.type === NUM && /^\d{4}$/u.test(year.n)) return j + 3;
  return j + 1;
}

/** إس 400، إف-35، S-400، M4: letters (possibly joined by a hyphen) right before the number. */
function isModel(t: Tokenized, i: number): boolean {
  // Models are written in digits: أم لثلاثة أطفال (a mother of three) is no إم (M).
  if (t.tokens[i]?.type !== NUM) return false;
  let p = i - 1;
  if (punctIs(t, p, '-–') && glued(t, i)) p -= 1;
  const prev = word(t, p);
  if (!prev) return false;
  return isLatin(prev.n) || MODEL_CUES.has(prev.n);
}

function percentEnd(t: Tokenized, j: number): number | null {
  if (punctIs(t, j, '%')) return j + 1;
  const next = word(t, j);
  if (next && PERCENT_AFTER.has(next.n)) return j + 1;
  if (next?.n === 'في' && PERCENT_WORDS.has(word(t, j + 1)?.n ?? '')) return j + 2;
  return null;
}

function isTimeOfDay(t: Tokenized, num: NumberRead): number | null {
  const i = num.start;
  if (punctIs(t, num.end, ':') && glued(t, num.end) && t.tokens[num.end + 1]?.type === NUM && glued(t, num.end + 1)) return num.end + 2;
  const prev = word(t, i - 1);
  if (prev && inSet(TIME_OF_DAY_BEFORE, prev.n, PREP_CLITICS)) return num.end;
  const next = word(t, num.end);
  if (next && TIME_OF_DAY_AFTER.has(next.n)) return num.end + 1;
  return null;
}

/** 28/2/2020: numbers joined by slashes. */
function slashDateEnd(t: Tokenized, j: number): number | null {
  let end = j;
  while (punctIs(t, end, '/') && glued(t, end) && t.tokens[end + 1]?.type === NUM && glued(t, end + 1)) end += 2;
  return end > j ? end : null;
}

/** Checks that need only the number and its neighbours, before the counted phrase is read. */
export function rejectBefore(t: Tokenized, num: NumberRead, prevYear: boolean): Rejection | null {
  const i = num.start;
  const at = (reason: RejectReason, end = num.end): Rejection => ({ reason, start: i, end });
  const time = isTimeOfDay(t, num);
  if (time !== null) return at('time', time);
  const slashed = slashDateEnd(t, num.end);
  if (slashed !== null) return at('date', slashed);
  const percent = percentEnd(t, num.end);
  if (percent !== null) return at('percentage', percent);
  const prev = word(t, i - 1);
  if (prev && inSet(PERCENT_BEFORE, prev.n)) return at('percentage');
  if (isModel(t, i)) return at('model');
  if (prev && inSet(DESIGNATION_CUES, prev.n, PREP_CLITICS)) return at('designation');
  if (isYear(t, num, prevYear)) return at('year');
  const date = dateEnd(t, num);
  if (date !== null) return at('date', date);
  return null;
}

/** The upper end of a range decides for both: بين 10 و20% is a percentage, بين 2015 و2020 are years. */
export function rejectRange(t: Tokenized, first: NumberRead, second: NumberRead): Rejection | null {
  const after = word(t, second.end);
  if (yearLike(t, first) && yearLike(t, second) && (!after || lookupNoun(after.n) === null)) {
    return { reason: 'year', start: first.start, end: second.end };
  }
  const r = rejectBefore(t, second, false);
  return r ? { ...r, start: first.start } : null;
}

/** Checks on the counted noun: money, measures, ages and durations. */
export function rejectByCounted(t: Tokenized, start: number, end: number, phraseEnd: number, head: Token | null): RejectReason | null {
  const prev = t.tokens[start - 1];
  if ((prev?.type === PUNCT && CURRENCY_SIGNS.has(prev.n)) || (punctIs(t, end, '$€£') && glued(t, end))) return 'money';
  if (!head) return ageByContext(t, start) ? 'age' : null;
  if (inSet(CURRENCIES, head.n, PREP_CLITICS)) return 'money';
  if (inSet(MEASURES, head.n, PREP_CLITICS)) return 'measure';
  if (inSet(TIME_UNITS, head.n, PREP_CLITICS)) {
    return inSet(AGE_UNITS, head.n, PREP_CLITICS) && (ageByContext(t, start) || ageAfter(t, phraseEnd)) ? 'age' : 'duration';
  }
  return null;
}

/**
 * A definite number (الـ15، الـ10): دون الـ15 عاماً and فوق الـ70 are ages,
 * الأيام الـ10 and الـ24 ساعة durations. `before` is the word before the
 * article, `after` the word after the number.
 */
export function rejectDefinite(t: Tokenized, start: number, end: number): RejectReason | null {
  const after = word(t, end);
  const ageWord = word(t, start - 2);
  const agePrep = !!ageWord && inSet(AGE_PREPOSITIONS, ageWord.n, AGE_CLITICS) !== null;
  if (after && inSet(TIME_UNITS, after.n, PREP_CLITICS)) {
    return agePrep || (inSet(AGE_UNITS, after.n, PREP_CLITICS) && ageByContext(t, start)) ? 'age' : 'duration';
  }
  return agePrep && !(after && lookupNoun(after.n)) ? 'age' : null;
}

/** عمره 12، البالغ من العمر 12: an age word among the few words before the number. */
function ageByContext(t: Tokenized, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (inSet(AGE_CUES, tok.n, AGE_CLITICS)) return true;
  }
  return false;
}

/** 12 عاماً من العمر / من عمره. */
function ageAfter(t: Tokenized, end: number): boolean {
  const next = word(t, end);
  const after = word(t, end + 1);
  return next?.n === 'من' && !!after && inSet(AGE_CUES, after.n) !== null;
}
