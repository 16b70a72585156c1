/**
 * Numbers that are not counts: years, dates, times of day, article and
 * resolution numbers, weapon and model names, percentages, ages, durations,
 * sums of money and measures. Each rule looks at a few tokens around the
 * number, so the checks are constant work per number.
 */
import type { RejectReason } from './types';
import { inSet, isDefinite } from './clitics';
import { isNounSingular, looksLikeNisba, lookupNoun } from './lexicon';
import { LIFE_WORDS, lookupEventAfter, lookupEventBefore } from './events';
import {
  AGE_CUES,
  AGE_UNITS,
  COMPOUND_MONTHS,
  CURRENCIES,
  CURRENCY_SIGNS,
  DATE_CUES,
  DESIGNATION_CUES,
  FAMILIES,
  MEASURES,
  MEASURE_ABBREVIATIONS,
  MODEL_CUES,
  MONEY_CUES,
  COMMUNE_ADJECTIVES,
  COMMUNE_NOUNS,
  MULTIPLIERS,
  MONTH_SECOND_WORDS,
  MONTHS,
  OCCASIONS,
  PLACE_NOUNS,
  OTHER_FEMININE,
  NUMBERED_PLACES,
  SCORE_CUES,
  SITE_NOUNS,
  STOREYS,
  BUILDINGS,
  PLACE_PREPOSITIONS,
  ON,
  EVERY,
  CASE_WORDS,
  SITE_PREPOSITIONS,
  STATE_NOUNS,
  AREA_NOUNS,
  RISE_VERBS,
  REACH_VERBS,
  TOTAL_WORDS,
  PERCENT_AFTER,
  PERCENT_BEFORE,
  TIME_OF_DAY_AFTER,
  TIME_OF_DAY_BEFORE,
  TIME_UNITS,
  YEAR_CUES,
  YEAR_SUFFIXES,
  STOPWORDS,
} from './word-classes';
import { NUM, PUNCT, WORD, isNewsYear, type Token, type Tokenized } from './tokens';
import { fold } from './normalize';
import { numberWord, type NumberRead } from './numbers';
import { qualifierBefore } from './qualifiers';

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
// مواليد 1990، رؤية 2030: a year after a word that only a year follows, too.
const STRONG_YEAR_CUES = new Set(['عام', 'العام', 'عامي', 'سنة', 'السنة', 'لعام', 'بعام', 'مواليد', 'رؤية', 'أجندة', 'اجندة'].map(fold));
// نكبة 48، حرب 67، حدود 67: a year in two digits after an event it names, with no counted noun after it.
const SHORT_YEAR_CUES: ReadonlySet<string> = new Set(['نكبة', 'نكسة', 'حرب', 'حدود', 'انتفاضة', 'ثورة', 'أحداث', 'احداث', 'مجزرة', 'أراضي', 'اراضي'].map(fold));
// Folded, as the tokens are: المائة folds to المايه, المئة to الميه (the raw spellings never matched before the
// hundred-and-sixtieth set).
const PERCENT_WORDS: ReadonlySet<string> = new Set(['المئة', 'المائة', 'المية'].map(fold));
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

// Words after which a bare number is a toll or a total reached (ارتفع العدد إلى 2040، بلغ 1990).
// (A qualifier before it, نحو، قرابة، زهاء, is told by qualifierBefore.)
const REACHING: ReadonlySet<string> = new Set(['إلى', 'الى', 'بلغ', 'بلغت', 'ليبلغ', 'لتبلغ', 'يبلغ', 'تبلغ', 'وبلغ', 'وبلغت', 'هم', 'منهم', 'بينهم'].map(fold));

/** A word joined by و that the reader knows as nothing (ودلماس، ونازون): an item of a list of names. */
function nameInList(w: Token): boolean {
  // (ورفضت 18: a verb's endings, ت and وا, are no name's.)
  return /^و../u.test(w.n) && !/(?:ت|وا)$/u.test(w.n) && unknownName({ ...w, n: w.n.slice(1) }) && !STOPWORDS.has(w.n) && !lookupNoun(w.n) && !lookupEventBefore(w.n) && !lookupEventAfter(w.n);
}

/** A word the reader knows as nothing, with no article and no pronoun suffix (سولينو، دلماس): a name. */
function unknownName(w: Token): boolean {
  const n = w.n;
  if (/^و/u.test(n) && n.length > 3) return unknownName({ ...w, n: n.slice(1) });
  return n.length >= 3 && !/(?:هم|ها|هن|هما)$/u.test(n) && !isDefinite(n) && !STOPWORDS.has(n) && !lookupNoun(n) && !lookupEventBefore(n) && !lookupEventAfter(n) && !numberWord(w) && !inSet(MONTHS, n, []);
}

/** The token after a number closes its clause: punctuation, a line's end, or the end of the text. */
function closesClause(next: Token | undefined): boolean {
  return !next || (next.type === PUNCT && ',،.؛;:)\n'.includes(next.n) && next.n !== '-');
}

function isYear(t: Tokenized, num: NumberRead, prevYear: boolean): boolean {
  if (!yearLike(t, num)) return false;
  const prev = word(t, num.start - 1);
  const next = t.tokens[num.end];
  if (next?.type === WORD && next.glued && YEAR_SUFFIXES.has(next.n)) return true; // 2020م
  if (next?.type === WORD && YEAR_SUFFIXES.has(next.n) && next.n !== 'م') return true; // 1441 هـ
  if (prev && STRONG_YEAR_CUES.has(prev.n)) return true;
  // العام الإيراني 1404: a calendar between the year word and the year (after the hundred-and-ninety-ninth set).
  if (prev && CALENDARS.has(prev.n) && STRONG_YEAR_CUES.has(word(t, num.start - 2)?.n ?? '')) return true;
  // كأس العالم 2022، بزيادة 18% عن 2023: a year of the news that ends its clause, nothing counted after it, no toll
  // reaching it and no qualifier before it (after the hundred-and-twenty-ninth and hundred-and-thirtieth sets).
  // (قُتل في الهجوم 1950، بينهم: an event a few words before makes it its toll.)
  const eventNear = [1, 2, 3].some((d) => !!word(t, num.start - d) && !!lookupEventBefore(word(t, num.start - d)!.n));
  if (isNewsYear(t.tokens[num.start]) && closesClause(next) && prev && !REACHING.has(prev.n) && !eventNear && !qualifierBefore(t, num.start)) return true;
  // أكتوبر 2023، تشرين الأول 2023، أكتوبر, 2023: a month (and a comma), then the year;
  // صباح الـ7 من أكتوبر 1200 شخص: with people after it, the number is theirs.
  if (monthStart(t, num.start - 1) !== null) return !peopleAfter(t, num.end);
  if (punctIs(t, num.start - 1, ',،') && monthStart(t, num.start - 2) !== null) return !peopleAfter(t, num.end);
  // عامي 2015 و2016, 2011-2020, 2022, 2023: a year next to a year.
  if (prevYear && (prev?.n === 'و' || punctIs(t, num.start - 1, '-–,،'))) return true;
  // مطلع 2026 اتفاقية: a year of the news right after a part of the year is its year, whatever noun follows (after the
  // hundred-and-fortieth set).
  if (prev && isNewsYear(t.tokens[num.start]) && inSet(PARTS_OF_YEAR, prev.n, PREP_CLITICS) !== null) return true;
  if (prev && inSet(YEAR_CUES, prev.n, PREP_CLITICS)) {
    const after = word(t, num.end);
    return !after || lookupNoun(after.n) === null;
  }
  // الفترة ذاتها من 2024، الأشهر الأولى من 2023: من after a period, then a year with nothing counted.
  if (prev?.n === 'من' && num.start >= 2 && periodBefore(t, num.start - 2)) {
    const after = word(t, num.end);
    return !after || lookupNoun(after.n) === null;
  }
  return false;
}

// A plural of a place noun: the sound feminine or a broken plural (ولايات، مناطق، قرى).
const PLURAL_PLACES = new RegExp(`(?:ات|${['أقاليم', 'مناطق', 'دول', 'بلدان', 'أقضية', 'نواحي', 'مدن', 'قرى', 'دوائر'].map(fold).join('|')})$`, 'u');
// The parts of a year: only a year follows them written in four digits.
const PARTS_OF_YEAR: ReadonlySet<string> = new Set(['مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'صيف', 'شتاء', 'ربيع', 'خريف'].map(fold));

const PERIOD_WORDS: ReadonlySet<string> = new Set(
  ['فترة', 'الفترة', 'ذاتها', 'نفسها', 'الشهر', 'الأشهر', 'الشهور', 'أشهر', 'الربع', 'النصف', 'الأولى', 'الأخيرة', 'الماضية', 'مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'صيف', 'شتاء', 'ربيع', 'خريف'].map(fold),
);

/** A word naming a period of time among the two before token k (inclusive): الفترة ذاتها، الأشهر الأولى. */
function periodBefore(t: Tokenized, k: number): boolean {
  for (let m = k; m >= 0 && m > k - 2; m -= 1) {
    const w = word(t, m);
    if (w && PERIOD_WORDS.has(w.n)) return true;
  }
  return false;
}

/** The start of a month name ending at token k (أكتوبر، تشرين الأول، ذو الحجة), or null. */
function monthStart(t: Tokenized, k: number): number | null {
  const last = word(t, k);
  if (!last) return null;
  const first = word(t, k - 1);
  if (MONTH_SECOND_WORDS.has(last.n) && first && inSet(COMPOUND_MONTHS, first.n, PREP_CLITICS)) return k - 1;
  return inSet(MONTHS, last.n, PREP_CLITICS) ? k : null;
}

/** The end of a month name starting at token j (تشرين الأول takes two words), or null. */
function monthEnd(t: Tokenized, j: number): number | null {
  const month = word(t, j);
  if (!month || !inSet(MONTHS, month.n, MONTH_CLITICS)) return null;
  const second = word(t, j + 1);
  return second && inSet(COMPOUND_MONTHS, month.n, MONTH_CLITICS) && MONTH_SECOND_WORDS.has(second.n) ? j + 2 : j + 1;
}

function isYearToken(tok: Token | undefined): boolean {
  return tok?.type === NUM && /^\d{4}$/u.test(tok.n) && tok.value >= 1000 && tok.value <= 2100;
}

/**
 * A day of the month: 28 فبراير، 28 شباط، 28 من شهر فبراير, with the month's
 * other name after a slash (12 مارس/آذار، 8 أكتوبر/ تشرين الأول) and the
 * year (15 مارس 2019، 15 مارس, 2019), all one date.
 */
function dateEnd(t: Tokenized, num: NumberRead): number | null {
  const tok = t.tokens[num.start]!;
  if (tok.type !== NUM || num.end !== num.start + 1 || tok.decimal || tok.value < 1 || tok.value > 31) return null;
  let j = num.end;
  if (word(t, j)?.n === 'من') j += 1;
  if (word(t, j)?.n === 'شهر') j += 1;
  let end = monthEnd(t, j);
  if (end === null) return null;
  if (punctIs(t, end, '/')) end = monthEnd(t, end + 1) ?? end;
  // صباح الـ7 من أكتوبر 1200 شخص: a number with people after it is their count, not the date's year.
  if (isYearToken(t.tokens[end]) && !peopleAfter(t, end + 1)) return end + 1;
  if (punctIs(t, end, ',،') && isYearToken(t.tokens[end + 1]) && !peopleAfter(t, end + 2)) return end + 2;
  return end;
}

function peopleAfter(t: Tokenized, k: number): boolean {
  const next = word(t, k);
  return !!next && !!lookupNoun(next.n)?.person;
}

/** إس 400، إف-35، S-400، M4: letters (possibly joined by a hyphen) right before the number. */
function isModel(t: Tokenized, i: number): boolean {
  // Models are written in digits: أم لثلاثة أطفال (a mother of three) is no إم (M).
  if (t.tokens[i]?.type !== NUM) return false;
  let p = i - 1;
  if (punctIs(t, p, '-–') && glued(t, i)) p -= 1;
  const prev = word(t, p);
  if (!prev) return false;
  // "شاهد-136", كوفيد-19: a word, a hyphen and the number, all glued, name a model (after the thirty-second set).
  if (p === i - 2 && glued(t, i - 1)) return true;
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
  // خلال 48 ساعة 63 جريحاً: a ساعة counted by the number before it is a duration's unit, not the clock's.
  if (prev && inSet(TIME_OF_DAY_BEFORE, prev.n, PREP_CLITICS) && t.tokens[i - 2]?.type !== NUM) return num.end;
  const next = word(t, num.end);
  if (next && TIME_OF_DAY_AFTER.has(next.n)) return num.end + 1;
  return null;
}

/**
 * A date written in digits: 28/2/2020 (slashes), 22-9-2024 and 2024-09-22
 * (three numbers joined by hyphens), 22.9.2024 (dots), 9-2024 (a month and a
 * year). Two numbers joined by a hyphen are otherwise a range (10-20).
 */
function numericDateEnd(t: Tokenized, num: NumberRead): number | null {
  const j = num.end;
  const joined = (k: number, chars: string) => punctIs(t, k, chars) && glued(t, k) && t.tokens[k + 1]?.type === NUM && glued(t, k + 1);
  let end = j;
  while (joined(end, '/')) end += 2;
  if (end > j) return end;
  const first = t.tokens[num.start]!;
  if (first.type !== NUM || num.end !== num.start + 1) return null;
  if (joined(j, '-') && joined(j + 2, '-')) return j + 4;
  if (joined(j, '.')) return j + 2; // 22.9 then .2024: a number has one decimal point
  if (joined(j, '-') && !first.decimal) {
    const second = t.tokens[j + 1]!;
    const monthYear = (m: Token, y: Token) => !m.decimal && m.value >= 1 && m.value <= 12 && m.n.length <= 2 && isYearToken(y);
    if (monthYear(first, second) || monthYear(second, first)) return j + 2;
  }
  return null;
}

// قرار مجلس الأمن 2254، القرار الأممي 2216: the words that may stand between قرار and its number.
const COUNCIL_WORDS: ReadonlySet<string> = new Set(['مجلس', 'الأمن', 'الامن', 'الدولي', 'الأممي', 'الاممي'].map(fold));
const RESOLUTION: ReadonlySet<string> = new Set(['قرار', 'القرار', 'قرارات', 'القرارات', 'قراري'].map(fold));

/** A resolution's number after the body that passed it: قرار مجلس الأمن 2254، قرارات مجلس الأمن 822 و853 (after the ninety-fifth set). */
function resolutionOfCouncil(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k -= 1) {
    const tok = word(t, k);
    if (!tok) return false;
    if (inSet(RESOLUTION, tok.n, PREP_CLITICS)) return k < i - 1;
    if (!COUNCIL_WORDS.has(tok.n)) return false;
  }
  return false;
}

// Four tokens: a two-word city and its dash (إسلام آباد – ١٤ – ٩), after the hundred-and-first set;
// six: two cities, each with its dash (موسكو - كييف - ٢٥ - ١١), after the hundred-and-seventh.
const DATELINE_REACH = 6;

/** A day and a month joined by a dash at the head of a line, a dateline: صنعاء – 24 – 8 (كونا). */
function datelineEnd(t: Tokenized, num: NumberRead): number | null {
  const day = t.tokens[num.start]!;
  const j = num.end;
  const month = t.tokens[j + 1];
  const small = (tok: Token, max: number) => tok.type === NUM && !tok.decimal && tok.n.length <= 2 && tok.value >= 1 && tok.value <= max;
  if (num.end !== num.start + 1 || !small(day, 31) || !punctIs(t, j, '-–') || !month || !small(month, 12)) return null;
  // Nothing counted after the month (3 – 5 أشخاص is a range), nor a year (3-7-2021 is read whole).
  const after = t.tokens[j + 2];
  if (after?.type === WORD || after?.type === NUM || (after && '-–/'.includes(after.n))) return null;
  for (let k = num.start - 1; k >= 0 && num.start - k <= DATELINE_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && (tok.n === '\n' || tok.n === '\r')) return j + 2;
    if (k === 0) return j + 2;
  }
  return num.start === 0 ? j + 2 : null;
}

// من كل 4 أطفال، لكل 1000 شخص: the base of a ratio, no count.

/** واحد من كل 4 أطفال، لكل 1000 نسمة: the number after كل is the base of a ratio. */
function ratioBase(t: Tokenized, i: number): boolean {
  const every = word(t, i - 1);
  if (!every) return false;
  const stem = inSet(EVERY, every.n, ['ل', 'ب', 'ول', 'وب']);
  if (!stem) return false;
  return stem.prefix > 0 || word(t, i - 2)?.n === 'من';
}

const BIG_MULTIPLIERS: ReadonlySet<string> = new Set(['مليون', 'مليار', 'ملايين', 'مليارات', 'ترليون', 'تريليون'].map(fold));

/** 9 من كل 10 عائلات: the number before «من كل» and a number is the share of a ratio, no count. */
function ratioShare(t: Tokenized, end: number): boolean {
  // واحد من كل عشرة أطفال: the base in words too (after the twenty-seventh set).
  return word(t, end)?.n === 'من' && word(t, end + 1)?.n === 'كل' && (t.tokens[end + 2]?.type === NUM || numberWord(t.tokens[end + 2]) !== null);
}

/**
 * في عام ألف وتسعمئة وخمسة وثمانين: a year written in words after a strong year cue, with no
 * counted noun after it (عام ألف جندي is no phrase the wire writes; ألف قتيل after عام is not read as one).
 */
function yearInWords(t: Tokenized, num: NumberRead): boolean {
  const first = t.tokens[num.start];
  if (first?.type !== WORD || num.value < 1000 || num.value > 2100 || num.end - num.start < 3) return false;
  const prev = word(t, num.start - 1);
  if (!prev || !STRONG_YEAR_CUES.has(prev.n)) return false;
  const after = word(t, num.end);
  return !after || lookupNoun(after.n) === null;
}

/** Checks that need only the number and its neighbours, before the counted phrase is read. */
export function rejectBefore(t: Tokenized, num: NumberRead, prevYear: boolean): Rejection | null {
  const i = num.start;
  const at = (reason: RejectReason, end = num.end): Rejection => ({ reason, start: i, end });
  if (ratioBase(t, i)) return at('ratio', ratioEnd(t, num.end));
  if (ratioShare(t, num.end)) return at('ratio');
  // بنحو 12 ألف مليار ريال: a thousand of billions before a currency is a sum; the number stops before the second
  // multiplier (after the two-hundred-and-twenty-third set).
  if (BIG_MULTIPLIERS.has(word(t, num.end)?.n ?? '') && inSet(CURRENCIES, word(t, num.end + 1)?.n ?? '', PREP_CLITICS) !== null) return at('money', num.end + 2);
  // تسمح لفرد واحد من كل عائلة: one of each of a noun is a share too, with no base to count (after the
  // two-hundred-and-fifteenth set).
  if (num.value === 1 && word(t, num.end)?.n === 'من' && word(t, num.end + 1)?.n === 'كل' && !!word(t, num.end + 2) && !numberWord(t.tokens[num.end + 2])) return at('ratio');
  // 3 لكل ألف ولادة: a number per so many is a rate, no count.
  if (perUnit(t, num.end)) return at('ratio');
  if (yearInWords(t, num)) return at('year');
  // الأشهر الثمانية عشر الماضية: عشر after a definite unit's number word after a unit of time ends a duration
  // (after the eighty-sixth set).
  const tenAfterDefinite = definiteTeenTen(t, i);
  if (tenAfterDefinite) return at(tenAfterDefinite);
  // قرابة خُمس المحكومين: خمس، سبع، تسع before a definite noun is a fraction (five is told with an indefinite one: خمس نساء).
  const first = t.tokens[i]!;
  // A single token of digits, or a single number word, with nothing joined to it.
  const bareDigits = first.type === NUM && num.end === i + 1;
  const oneWord = first.type === WORD && num.end === i + 1;
  // (خُمس من أُعدموا: or before من with a relative after it, a share of those.)
  // ثلاثة أرباعهم، ثلثا السكان: a number of quarters or thirds is a fraction (after the forty-first set).
  if (first.type === WORD && FRACTION_PLURALS.test(word(t, num.end)?.n ?? '')) return at('fraction', num.end + 1);
  const after = word(t, num.end);
  const ofThose = after?.n === 'من' && t.tokens[num.end + 1]?.type === WORD && !lookupNoun(t.tokens[num.end + 1]!.n);
  if (oneWord && FRACTION_OR_COUNT.has(first.n) && after && (isDefinite(after.n) || ofThose)) return at('fraction', ofThose ? num.end : num.end + 1);
  // يُعتقد أنها واحدة من أكبر المقابر: «one of the largest» places something in a set, a part that counts nothing (after
  // the hundred-and-seventieth set).
  if (oneWord && ONE_WORDS.has(first.n) && word(t, num.end)?.n === 'من' && SUPERLATIVE.test(word(t, num.end + 1)?.n ?? '') && !lookupNoun(word(t, num.end + 1)!.n)) return at('fraction', num.end + 2);
  // مخيمات عين الحلوة والمية ومية: the camp whose name repeats the colloquial «hundred» (after the hundred-and-ninetieth set).
  if (oneWord && HUNDRED_COLLOQUIAL.test(first.n) && (HUNDRED_COLLOQUIAL.test(word(t, i + 1)?.n ?? '') || HUNDRED_COLLOQUIAL.test(word(t, i - 1)?.n ?? ''))) return at('designation');
  // على بعد ميل بحري واحد من الشاطئ: «one» after a unit of measure, and its adjective, is the measure's (after the
  // hundred-and-forty-fourth set).
  if (oneWord && ONE_WORDS.has(first.n) && [1, 2].some((d) => measureWord(word(t, i - d)) && (d === 1 || !!word(t, i - 1)))) return at('measure');
  // في منطقة الـ55 كيلومتراً: a definite number before a unit of measure names a measure too.
  if (bareDigits && measureWord(word(t, num.end))) return at('measure', num.end + 1);
  const time = isTimeOfDay(t, num);
  if (time !== null) return at('time', time);
  const numeric = numericDateEnd(t, num);
  if (numeric !== null) return at('date', numeric);
  const dateline = datelineEnd(t, num);
  if (dateline !== null) return at('date', dateline);
  const percent = percentEnd(t, num.end);
  if (percent !== null) return at('percentage', percent);
  const prev = word(t, i - 1);
  if (prev && inSet(PERCENT_BEFORE, prev.n)) return at('percentage');
  if (isModel(t, i)) return at('model');
  if (gluedName(t, i)) return at('designation');
  // القناة الثانية 2M: Latin letters glued after the digits make a name (after the forty-ninth set).
  const latinAfter = t.tokens[num.end];
  if (bareDigits && latinAfter?.type === WORD && latinAfter.glued && isLatin(latinAfter.n)) return at('designation', num.end + 1);
  // السلالة الفرعية 1ب: a single Arabic letter glued after the digits names a clade or a class (after the hundred-and-seventy-ninth set).
  if (bareDigits && latinAfter?.type === WORD && latinAfter.glued && latinAfter.n.length === 1 && latinAfter.n !== 'و' && !YEAR_SUFFIXES.has(latinAfter.n)) return at('designation', num.end + 1);
  // ٠٨٠٠ ٣٠٧ ٧١١: digits with a leading zero are a telephone number or a code, never a count (after the eighty-fourth set).
  if (bareDigits && /^[0\u0660\u06F0][0-9\u0660-\u0669\u06F0-\u06F9]+$/u.test(first.n)) return at('designation');
  // وفي المخيم ١٦، في المخيم 5.: a camp named by a small number, with nothing counted after it (after the eighty-sixth set).
  // (في المخيم ٨ الغربي: or a direction closing its name, after the hundred-and-twenty-fifth set.)
  if (prev && bareDigits && CAMPS_BY_NUMBER.has(prev.n) && (first.value ?? 0) < 100 && (!word(t, num.end) || DIRECTION_NAMES.has(word(t, num.end)!.n))) return at('designation');
  // مخيم إيفو 2 أتى على: a camp's name closed by a small number, a verb or nothing counted after it (after the ninety-third set).
  // (مخيم دورو 64 حالة إسهال: cases counted after it, after the hundred-and-third set.)
  const campName = word(t, i - 2);
  if (prev && campName && bareDigits && CAMPS_BY_NUMBER.has(campName.n) && !lookupNoun(prev.n) && first.value < 100 && !lookupNoun(word(t, num.end)?.n ?? '') && !CASE_WORDS.has(word(t, num.end)?.n ?? '')) return at('designation');
  // +249 912 300 400: digits glued after a plus sign open an international telephone number (after the seventy-eighth set).
  const plus = t.tokens[i - 1];
  if (first.type === NUM && first.glued && plus?.type === PUNCT && plus.n === '+') return at('designation');
  // م ع / 1530 ت م: KUNA's closing time, with its two letters after it (after the hundred-and-sixty-ninth set).
  if (bareDigits && word(t, num.end)?.n === 'ت' && word(t, num.end + 1)?.n === 'م') return at('time', num.end + 2);
  // ١٤٣٥ جمت: a wire's closing time code (GMT), not a count (after the eighty-third set).
  if (bareDigits && inSet(GMT, word(t, num.end)?.n ?? '', []) !== null) return at('designation', num.end + 1);
  // 301845 جمت نوف 26: and the day after the code's month, which closes it (after the hundred-and-second set); the month
  // may be written whole (جمت مايو 24, after the hundred-and-twenty-fourth set).
  if (bareDigits && prev && (WIRE_MONTHS.has(prev.n) || monthStart(t, i - 1) !== null) && inSet(GMT, word(t, i - 2)?.n ?? '', []) !== null) return at('date');
  // قرار مجلس الأمن 2767 (2024): a year in brackets right after a designation's number (after the hundred-and-twenty-fourth set).
  if (isNewsYear(t.tokens[i]) && punctIs(t, i - 1, '(') && punctIs(t, num.end, ')') && t.tokens[i - 2]?.type === NUM) return at('year');
  // بالرقم المجاني 195، رقم الطوارئ الموحد 911: a telephone number after its words (after the forty-eighth and fiftieth sets).
  if (phoneNumberAt(t, i) && !nounAfter(t, num.end)) return at('designation');
  // هيئة الإنقاذ ١١٢٢، مركز الجدعة 1 للتأهيل: a number closing the name of a body or a place, no counted noun after it
  // (after the sixty-seventh and seventy-first sets).
  const head2 = word(t, i - 2);
  if (prev && head2 && bareDigits && inSet(NAMED_BY_NUMBER, head2.n, PREP_CLITICS) !== null && !lookupNoun(prev.n)?.person && !nounAfter(t, num.end)) return at('designation');
  // إغلاق مخيمي شاريا وكبرتو 2 للنازحين: or a «for» phrase after the name closed by its number (after the
  // hundred-and-fifty-eighth set).
  // (مخيمي قاديا وكبرتو 2 في محافظة دهوك: or «in» and where, after the hundred-and-ninety-ninth set.)
  const forAfter = /^لل./u.test(word(t, num.end)?.n ?? '') || (word(t, num.end)?.n === 'في' && PLACE_NOUNS.has(word(t, num.end + 1)?.n ?? ''));
  // أحياء سولينو ودلماس 30 ونازون: a number closing a name in a list of names joined by و, a name or the clause's end after
  // it (after the hundred-and-seventh and hundred-and-thirty-first sets).
  // (قاديا وبيرسفي 1 وكبرتو 2): the name before may itself close on its number (after the hundred-and-seventy-seventh set).
  const nameBefore = word(t, i - 2) ?? (t.tokens[i - 2]?.type === NUM ? word(t, i - 3) : null);
  if (bareDigits && prev && nameInList(prev) && !!nameBefore && unknownName(nameBefore) && (closesClause(t.tokens[num.end]) || forAfter || (word(t, num.end) && nameInList(word(t, num.end)!)))) return at('designation');
  // 2830079، 221845: six digits or more with no separator are a code or a telephone number, not a count written in wire text
  // (after the sixty-eighth and seventieth sets), unless a counted noun follows.
  if (bareDigits && /^[0-9\u0660-\u0669]{6,}$/u.test(first.n) && !lookupNoun(word(t, num.end)?.n ?? '')) return at('designation');
  // الطريق السريع 57، القرار الأممي 2254: a numbered thing's word with its adjectives before the number (after the fifty-third set).
  if (designationWithAdjectives(t, i) && !lookupNoun(word(t, num.end)?.n ?? '')) return at('designation');
  // الشارع 30، الحي 16، المبنى 7: a bare number naming a numbered place, no counted noun after it.
  // In digits only: مستشفى واحد is one hospital.
  // (مفترق شارع 8 جنوب: a direction after the number closes the name, after the hundred-and-twentieth set.)
  // (إغلاق شارع 90 وحاجز تياسير: or another numbered place joined after it, after the hundred-and-eighty-eighth set.)
  const placeJoined = /^و./u.test(word(t, num.end)?.n ?? '') && inSet(NUMBERED_PLACES, word(t, num.end)!.n.slice(1), []) !== null;
  if (prev && first.type === NUM && inSet(NUMBERED_PLACES, prev.n, PREP_CLITICS) && (!nounAfter(t, num.end) || DIRECTION_NAMES.has(word(t, num.end)!.n) || placeJoined)) return at('designation');
  // على المربعين 5 و9: the dual of a numbered place, then its two numbers (after the hundred-and-thirty-ninth set).
  if (prev && bareDigits && /(?:ين|ان)$/u.test(prev.n) && inSet(NUMBERED_PLACES, prev.n.slice(0, -2), PREP_CLITICS) !== null && word(t, num.end)?.n === 'و' && t.tokens[num.end + 1]?.type === NUM && !nounAfter(t, num.end + 2)) return at('designation');
  // في 19 من ولايات البلاد: a share of places after a preposition of place says where, as the places do (after the
  // hundred-and-thirty-ninth set).
  // (فرّ أكثر من 60 ألفاً من بلدة: one town is where they fled from, not a share.)
  const places = word(t, num.end + 1);
  if (word(t, num.end)?.n === 'من' && places && PLURAL_PLACES.test(places.n) && inSet(PLACE_NOUNS, places.n, ['ال']) !== null && !qualifierBefore(t, i) && placePrepositionBefore(t, i - 1, false, false)) return at('place', num.end + 2);
  // قوات الوحدة 70 التابعة للاتحاد: a number right before «belonging to» closes the name of what belongs (after the
  // hundred-and-forty-eighth set).
  // (السجون الـ30 التابعة لوزارة العدل: a definite number after its plural counts it.)
  if (bareDigits && BELONGING.has(word(t, num.end)?.n ?? '') && !(first.glued && /^و?ال$/u.test(prev?.n ?? ''))) return at('designation');
  // المحكمة الابتدائية بصفاقس 2 فتحت: a court named by its town and number (after the hundred-and-forty-seventh set).
  if (bareDigits && prev && /^ب../u.test(prev.n) && unknownName({ ...prev, n: prev.n.slice(1) }) && [2, 3].some((d) => COURTS.has(word(t, i - d)?.n ?? '')) && !lookupNoun(word(t, num.end)?.n ?? '')) return at('designation');
  // معسكر أواش أربعة ومرافق أخرى: a camp's name closed by a number word, with «and» or the clause's end after it (after the
  // hundred-and-forty-ninth set).
  const campHead = word(t, i - 2);
  const afterWord = t.tokens[num.end];
  // (قرب بلدة أواش سبعة: a town's too, after the hundred-and-sixty-ninth set.)
  if (oneWord && prev && campHead && (CAMPS_BY_NUMBER.has(campHead.n) || inSet(TOWNS_BY_NAME, campHead.n, ['ب', 'و', 'ل']) !== null) && unknownName(prev) && (numberWord(first)?.word.value ?? 100) < 100 && (closesClause(afterWord) || (afterWord?.type === WORD && /^و./u.test(afterWord.n) && (!lookupNoun(afterWord.n)?.person || OTHER_FEMININE.has(word(t, num.end + 1)?.n ?? ''))))) return at('designation');
  const score = scoreEnd(t, num);
  if (score !== null) return at('ratio', score);
  // بأغلبية 14 صوتاً، بفارق 3 نقاط: a tally or a margin, no count; من أصل 180 دولة after a rank: the ranking's base.
  // (فارق 3 أشخاص الحياة: parting from life is a death, no margin.)
  if (prev && MARGIN_CUES.has(prev.n) && !lifeAfter(t, num.end)) return at('ratio', nounAfter(t, num.end) || word(t, num.end) ? num.end + 1 : num.end);
  if (rankBase(t, i)) return at('ratio', word(t, num.end) ? num.end + 1 : num.end);
  if (prev && inSet(DESIGNATION_CUES, prev.n, PREP_CLITICS)) return at('designation');
  // كتيبة حرس الحدود 17 رصدت: a unit's number after its name of two words, no counted noun after it (after the hundred-and-fourth set).
  if (bareDigits && unitNamedBefore(t, i) && !lookupNoun(word(t, num.end)?.n ?? '')) return at('designation');
  if (resolutionOfCouncil(t, i)) return at('designation');
  if (quotedName(t, num)) return at('designation');
  // وحدة من قوات الـ70: a definite number right after «forces» names the unit (after the hundred-and-seventy-seventh set).
  if (first.type === NUM && first.glued && /^و?ال$/u.test(prev?.n ?? '') && FORCES_NAMED.has(word(t, i - 2)?.n ?? '')) return at('designation');
  // الـ 14 من نوعه: «of its kind» after a number makes it an ordinal (after the hundred-and-ninety-ninth set).
  if (bareDigits && word(t, num.end)?.n === 'من' && OF_ITS_KIND.has(word(t, num.end + 1)?.n ?? '')) return at('ordinal', num.end + 2);
  // قافلة "زاد العزة" الـ42: a definite number right after a quoted name is its ordinal (after the hundred-and-sixty-second set).
  if (first.type === NUM && first.glued && /^و?ال$/u.test(prev?.n ?? '') && punctIs(t, i - 2, CLOSE_QUOTES)) return at('designation');
  // المستشفى الميداني الأردني جنوب غزة/2: a number after a slash glued to a name closes the name (after the
  // hundred-and-sixty-second set).
  if (first.type === NUM && first.glued && num.end === i + 1 && punctIs(t, i - 1, '/') && t.tokens[i - 1]!.glued && word(t, i - 2) && !monthStart(t, i - 2) && !lookupNoun(word(t, num.end)?.n ?? '')) return at('designation');
  // هيئة البث "كان 11"، إذاعة "مونت كارلو 2": a quoted name after a word of the media, closed by its number (after the
  // hundred-and-seventy-fourth set).
  if (bareDigits && punctIs(t, num.end, CLOSE_QUOTES) && mediaQuoteBefore(t, i)) return at('designation');
  // خدمة "1122": digits alone in quotes after a noun that is no toll, event or qualifier name a service or a line (after
  // the hundred-and-fifty-fourth set).
  const beforeQuote = word(t, i - 2);
  if (bareDigits && punctIs(t, i - 1, OPEN_QUOTES) && punctIs(t, num.end, CLOSE_QUOTES) && beforeQuote && !REACHING.has(beforeQuote.n) && !lookupEventBefore(beforeQuote.n) && !qualifierBefore(t, i - 1) && !lookupNoun(beforeQuote.n)?.person) return at('designation');
  // قناة "92 نيوز": a name in quotes that opens on the number, after a designation cue (after the hundred-and-twelfth set).
  if (punctIs(t, i - 1, OPEN_QUOTES) && word(t, i - 2) && inSet(DESIGNATION_CUES, word(t, i - 2)!.n, PREP_CLITICS) !== null) return at('designation', quoteEnd(t, num.end));
  if (exchangeRate(t, num.end)) return at('money');
  // (منذ ذلك التاريخ ٣١ ضحية: «that date» is told whole; the number after it is a count, after the hundred-and-fourth set.)
  if (prev && inSet(DATE_CUES, prev.n, PREP_CLITICS) && !DEMONSTRATIVES.has(word(t, i - 2)?.n ?? '')) return at('date');
  if (isYear(t, num, prevYear)) return at('year');
  // منذ مواجهات 2020 و2021: two years joined by و, nothing counted after them (after the ninety-fifth set).
  // (بين 2015 و2020 is one span of years, read as a range.)
  if (isNewsYear(t.tokens[i]) && num.end === i + 1 && word(t, i - 1)?.n !== 'بين' && word(t, num.end)?.n === 'و' && isNewsYear(t.tokens[num.end + 1]) && !nounAfter(t, num.end + 2)) return at('year');
  const date = dateEnd(t, num);
  if (date !== null) return at('date', date);
  // تقرير حماية المدنيين | 11 - 24 تشرين الثاني/نوفمبر: the first day of a span told before its month (after the
  // hundred-and-eighth set).
  if (bareDigits && first.value >= 1 && first.value <= 31 && punctIs(t, num.end, '-–') && t.tokens[num.end + 1]?.type === NUM && monthEnd(t, num.end + 2) !== null) return at('date');
  // طفلين أو ثلاثة في السرير الواحد: the second of so many «or» so many in a single thing is the rate's too (after the
  // hundred-and-seventy-second set).
  if (word(t, i - 1)?.n === OR && word(t, i - 2) && singleAfter(t, num.end)) return at('ratio', num.end + 3);
  // رحلة تستغرق يومين أو ثلاثة: a number after the dual of a unit of time and «or» is more of that time (after the
  // hundred-and-ninth and hundred-and-twelfth sets).
  if (word(t, i - 1)?.n === OR && DUAL_TIMES.has(word(t, i - 2)?.n ?? '') && !nounAfter(t, num.end)) return at('duration');
  // في 2 و3 مايو: the first of two days joined before their month is a date as the second is.
  if (bareDigits && first.value >= 1 && first.value <= 31 && prev?.n !== 'بين' && word(t, num.end)?.n === 'و' && t.tokens[num.end + 1]?.type === NUM && monthEnd(t, num.end + 2) !== null) return at('date');
  // (أطباء بلا حدود 27 من موظفيها: «without borders» closes a name, after the hundred-and-third set.)
  if (bareDigits && /^\d{2}$/u.test(first.n) && prev && inSet(SHORT_YEAR_CUES, prev.n, PREP_CLITICS) && word(t, i - 2)?.n !== fold('بلا') && (!nounAfter(t, num.end) || inSet(SHORT_YEAR_CUES, word(t, num.end)!.n, ['و']) !== null)) return at('year');
  // ابن الـ13، ابنة الـ9 (the article handled with the definite number): a child of so many years.
  return null;
}

/** A word of the lexicon right after the number (its counted noun). */
function nounAfter(t: Tokenized, end: number): boolean {
  const next = word(t, end);
  // مستشفى 57357 لعلاج السرطان: a word behind a glued ل or ب that is no noun of the lexicon is a phrase, not a counted noun;
  // الرحلة 8U 731: nor is a Latin code.
  if (next && ((/^[لب]/u.test(next.n) && !lookupNoun(next.n)) || /^[A-Za-z]/u.test(next.n))) return false;
  return !!next && !isDefinite(next.n) && !STOPWORDS.has(next.n);
}

/** A life word (الحياة، حياتهم) within the three words after token i (فارق 3 أشخاص الحياة). */
function lifeAfter(t: Tokenized, i: number): boolean {
  for (let m = i; m < i + 3; m += 1) if (word(t, m) && inSet(LIFE_WORDS, word(t, m)!.n, ['ال']) !== null) return true;
  return false;
}

/** A tally or a margin before a number: بأغلبية، بفارق، بتأييد (after the audit of the thirteenth stop). */
// (بتأييد 24 دولة counts the states, as the thirty-fifth set annotates: support is no tally word.)
export const MARGIN_CUES: ReadonlySet<string> = new Set(['بأغلبية', 'أغلبية', 'بفارق', 'فارق'].map(fold));
const RANKS: ReadonlySet<string> = new Set(['المرتبة', 'المركز', 'بالمرتبة', 'بالمركز', 'الترتيب'].map(fold));

/** في المرتبة 150 من أصل 180 دولة: «out of» after a rank's number is the ranking's base. */
function rankBase(t: Tokenized, i: number): boolean {
  if (word(t, i - 1)?.n !== fold('أصل') || word(t, i - 2)?.n !== 'من' || t.tokens[i - 3]?.type !== NUM) return false;
  const rank = word(t, i - 4);
  return !!rank && inSet(RANKS, rank.n, PREP_CLITICS) !== null;
}

/** بنتيجة 2-1: a score, the number after a score word and the one glued after its hyphen; or the second of them. */
function scoreEnd(t: Tokenized, num: NumberRead): number | null {
  const i = num.start;
  const prev = word(t, i - 1);
  if (prev && inSet(SCORE_CUES, prev.n, PREP_CLITICS) && punctIs(t, num.end, '-–') && t.tokens[num.end + 1]?.type === NUM) return num.end + 2;
  if (punctIs(t, i - 1, '-–') && t.tokens[i - 2]?.type === NUM) {
    const cue = word(t, i - 3);
    if (cue && inSet(SCORE_CUES, cue.n, PREP_CLITICS)) return num.end;
  }
  return null;
}

// The clitics and the article that may stand glued to digits (و20، بـ5، لـ3، الـ15، وللـ4).
const NUMBER_CLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u;

/**
 * كوردستان24، (الجزيرة360)، لكوردستان24: digits glued to letters with no space
 * (other than the clitics and the article) are part of a name, never a count.
 */
// (A platform, منصة الجزيرة 360, after the hundred-and-eighty-seventh set.)
const NAMED_BY_NUMBER: ReadonlySet<string> = new Set(['هيئة', 'مركز', 'مخيم', 'معسكر', 'مستشفى', 'مدرسة', 'حي', 'شارع', 'منصة'].map(fold));
// Directions that close a numbered name (شارع 8 جنوب، المخيم ٨ الغربي).
const DIRECTION_NAMES: ReadonlySet<string> = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'الغربي', 'الشرقي', 'الشمالي', 'الجنوبي', 'الجديد', 'القديم'].map(fold));
const BIRR = fold('بير');
const ETHIOPIAN = new RegExp(`^(?:ال)?${fold('إثيوبي')}`, 'u');
const CONVERSION_REACH = 4;

/** «(نحو 1,450 دولاراً)» at token j: a bracket opening on an amount in a currency within a few tokens. */
function convertedAfter(t: Tokenized, j: number): boolean {
  if (!punctIs(t, j, '(')) return false;
  for (let k = j + 1; k < t.tokens.length && k <= j + CONVERSION_REACH; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT) return false;
    if (tok.type === WORD && inSet(CURRENCIES, tok.n, PREP_CLITICS) !== null) return t.tokens[k - 1]?.type === NUM || !!numberWord(t.tokens[k - 1]);
  }
  return false;
}

const TEEN_TENS: ReadonlySet<string> = new Set(['عشر', 'عشرة'].map(fold));

/** عشر/عشرة at i right after a definite number word after a unit of time (الأشهر الثمانية عشر): 'duration'. */
function definiteTeenTen(t: Tokenized, i: number): RejectReason | null {
  const ten = word(t, i);
  const unit = word(t, i - 1);
  if (!ten || !unit || !TEEN_TENS.has(ten.n) || !/^ال/u.test(unit.n) || !numberWord(unit, true)) return null;
  const before = word(t, i - 2);
  return before && inSet(TIME_UNITS, before.n, ['ال', 'وال', 'بال', 'لل']) !== null ? 'duration' : null;
}

const OR = fold('أو');
const AREA_UNITS: ReadonlySet<string> = new Set(['الكيلومتر', 'الكيلو', 'الميل', 'المتر', 'الهكتار'].map(fold));
const SQUARE: ReadonlySet<string> = new Set(['المربع', 'مربع'].map(fold));
const DUAL_TIMES: ReadonlySet<string> = new Set(['يومين', 'ساعتين', 'أسبوعين', 'شهرين', 'عامين', 'سنتين', 'ليلتين', 'دقيقتين'].map(fold));
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ذلك', 'هذا', 'تلك', 'هذه'].map(fold));
// The months of a wire's closing code (KUNA: ... جمت نوف 26).
const WIRE_MONTHS: ReadonlySet<string> = new Set(['ينا', 'فبر', 'مار', 'ابر', 'ماي', 'يون', 'يول', 'اغس', 'سبت', 'اكت', 'نوف', 'ديس'].map(fold));
const BELONGING: ReadonlySet<string> = new Set(['التابع', 'التابعة', 'التابعين'].map(fold));
const UNITS: ReadonlySet<string> = new Set(['لواء', 'فرقة', 'كتيبة', 'فوج', 'سرية', 'فيلق'].map(fold));
const UNIT_NAME_WORDS = 2;

/** كتيبة حرس الحدود 17، لواء الحرس الجمهوري 4: a military unit's word, then up to two words of its name, right before token i. */
function unitNamedBefore(t: Tokenized, i: number): boolean {
  // (فرقه انتشلت جثث 5: a name ends on a definite word, الحدود، المدرع; a noun of the lexicon is what is counted. لواء سلمان
  // 110 التابع للقوات: or on a name, when «belonging to» follows the number, after the hundred-and-thirty-sixth set.)
  const last = word(t, i - 1);
  const belongs = BELONGING.has(word(t, i + 1)?.n ?? '');
  if (!last || (!isDefinite(last.n) && !belongs) || lookupNoun(last.n)) return false;
  for (let k = i - 2; k >= 0 && i - k <= UNIT_NAME_WORDS + 1; k -= 1) {
    const w = word(t, k);
    if (!w || STOPWORDS.has(w.n) || numberWord(w)) return false;
    if (inSet(UNITS, w.n, ['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'ل']) !== null) return true;
  }
  return false;
}

const CAMPS_BY_NUMBER: ReadonlySet<string> = new Set(['المخيم', 'مخيم', 'بالمخيم', 'والمخيم', 'معسكر', 'المعسكر'].map(fold));
const FORCES_NAMED: ReadonlySet<string> = new Set(['قوات', 'القوات', 'لواء', 'اللواء', 'لقوات'].map(fold));
const MEDIA_WORDS: ReadonlySet<string> = new Set(['البث', 'قناة', 'القناة', 'إذاعة', 'الإذاعة', 'صحيفة', 'الصحيفة', 'موقع', 'محطة', 'شبكة'].map(fold));

/** An opening quote a few words before token i, with a word of the media right before it (هيئة البث "كان 11"). */
function mediaQuoteBefore(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 4; k -= 1) {
    const tok = t.tokens[k]!;
    // (هيئة البث الإسرائيلية "كان 11": a nisba may stand between.)
    if (tok.type === PUNCT) return OPEN_QUOTES.includes(tok.n) && (MEDIA_WORDS.has(word(t, k - 1)?.n ?? '') || (looksLikeNisba(word(t, k - 1)?.n ?? '') && MEDIA_WORDS.has(word(t, k - 2)?.n ?? '')));
  }
  return false;
}

// Towns whose names may end in a number word (بلدة أواش سبعة).
const TOWNS_BY_NAME: ReadonlySet<string> = new Set(['بلدة', 'مدينة', 'قرية', 'منطقة'].map(fold));
// The words of a court's name (المحكمة الابتدائية بصفاقس 2).
const COURTS: ReadonlySet<string> = new Set(['المحكمة', 'محكمة', 'الابتدائية', 'الابتدائي', 'الاستئناف', 'لدى'].map(fold));
// أكبر، أخطر، أسوأ (an elative, أفعل, folded with its hamza to ا).
const SUPERLATIVE = /^ا[^ ]{3}$/u;
const ONE_WORDS: ReadonlySet<string> = new Set(['واحد', 'واحدة'].map(fold));

/** A unit of measure (ميل، كيلومتراً، كم). */
function measureWord(w: Token | null): boolean {
  return !!w && (inSet(MEASURES, w.n, PREP_CLITICS) !== null || MEASURE_ABBREVIATIONS.has(w.n));
}
const GMT: ReadonlySet<string> = new Set(['جمت', 'غرينتش', 'gmt'].map(fold));
const PHONE_CUES: ReadonlySet<string> = new Set(['رقم', 'الرقم', 'بالرقم', 'برقم', 'الخط', 'بالخط', 'هاتف', 'الهاتف', 'بالهاتف'].map(fold));
const PHONE_WORDS = 2;

/** A number after a telephone word and up to two definite words that describe it (المجاني، الطوارئ، الموحد، الساخن). */
function phoneNumberAt(t: Tokenized, i: number): boolean {
  // على الرقم (911): the number in brackets after its words (after the eighty-eighth set).
  if (t.tokens[i - 1]?.type === PUNCT && t.tokens[i - 1]!.n === '(') i -= 1;
  for (let k = i - 1; k >= 0 && i - k <= PHONE_WORDS + 1; k -= 1) {
    const w = word(t, k);
    if (!w) return false;
    if (inSet(PHONE_CUES, w.n, ['و']) !== null) return true;
    if (!isDefinite(w.n) || STOPWORDS.has(w.n) || lookupNoun(w.n)) return false;
  }
  return false;
}

/** A word of DESIGNATION_CUES, then one or two definite words that describe it, right before the number at i. */
function designationWithAdjectives(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k -= 1) {
    const w = word(t, k);
    if (!w) return false;
    if (k < i - 1 && inSet(DESIGNATION_CUES, w.n, PREP_CLITICS) !== null) return true;
    // قناة سودانية 24: an indefinite nisba right after the cue, a channel's name (after the ninety-first set).
    const nisba = k === i - 1 && !isDefinite(w.n) && looksLikeNisba(w.n) && !lookupNoun(w.n) && inSet(DESIGNATION_CUES, word(t, k - 1)?.n ?? '', PREP_CLITICS) !== null;
    if (nisba) continue;
    if (!isDefinite(w.n) || STOPWORDS.has(w.n) || lookupNoun(w.n) || !looksLikeAdjective(w.n)) return false;
  }
  return false;
}

/** السريع، الأممي، الثانية، الدولي: a definite word shaped as an adjective (a nisba, an ordinal, or فعيل). */
function looksLikeAdjective(w: string): boolean {
  const bare = w.replace(/^(?:[وف]?[بلك]?ال|[وف]?لل)/u, '');
  if (bare.length < 3) return false;
  return /(?:ي|يه)$/u.test(bare) || /^.{2}ي.$/u.test(bare) || ORDINAL_WORDS.has(bare);
}
const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  ['أول', 'أولى', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة'].map(fold),
);

function gluedName(t: Tokenized, i: number): boolean {
  const num = t.tokens[i];
  const prev = word(t, i - 1);
  return !!num && num.type === NUM && num.glued && !!prev && !NUMBER_CLITICS.test(prev.n);
}

const OPEN_QUOTES = '"«“';
const CLOSE_QUOTES = '"»”';

/**
 * عملية "السهم 2"، «درع الشمال 3»: a number closing a quoted name, right after
 * a word of it and right before the closing mark, is part of the name.
 */
/** The token after the closing quote within a few words of j, or j when none closes there. */
function quoteEnd(t: Tokenized, j: number): number {
  for (let k = j; k < t.tokens.length && k - j <= 3; k += 1) if (punctIs(t, k, CLOSE_QUOTES)) return k;
  return j;
}

function quotedName(t: Tokenized, num: NumberRead): boolean {
  if (!punctIs(t, num.end, CLOSE_QUOTES) || !word(t, num.start - 1)) return false;
  // "يتجاوز 3 آلاف": a quoted figure with its qualifier is no name (after the hundred-and-tenth set).
  if (qualifierBefore(t, num.start)) return false;
  // "منطقة إطلاق نار ٩١٨": a quoted name that opens with a place noun, whatever words follow it (after the twenty-eighth set).
  for (let k = num.start - 1; k >= 1 && num.start - k <= 4 && t.tokens[k]!.type === WORD; k -= 1) {
    if (t.tokens[k - 1]!.type === PUNCT && OPEN_QUOTES.includes(t.tokens[k - 1]!.n)) {
      if (inSet(ZONE_NAMES, t.tokens[k]!.n, ['ال']) !== null) return true;
      break;
    }
  }
  for (let k = num.start - 1; k >= 0 && num.start - k <= 4; k -= 1) {
    const tok = t.tokens[k]!;
    // "قتلوا 5"، "نحو 5": a quoted clause ending in its figure is no name.
    if (tok.type === WORD && (STOPWORDS.has(tok.n) || lookupEventBefore(tok.n) || lookupEventAfter(tok.n) || lookupNoun(tok.n))) return false;
    if (tok.type === WORD) continue;
    return tok.type === PUNCT && OPEN_QUOTES.includes(tok.n);
  }
  return false;
}

const FRACTION_PLURALS = /^(?:ارباع|اثلاث|اخماس|اعشار)(?:هم|هن|ها|ه)?$/u;
// (عُشر السكان, a tenth, after the two-hundred-and-first set.)
const FRACTION_OR_COUNT: ReadonlySet<string> = new Set(['خمس', 'سبع', 'تسع', 'سدس', 'ثمن', 'عشر'].map(fold));
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['هي', 'هو', 'وهي', 'وهو', 'فهي', 'فهو'].map(fold));
const ZONE_NAMES: ReadonlySet<string> = new Set(['منطقة', 'مخيم', 'حي', 'قطاع', 'محور', 'عملية', 'خطة', 'قاعدة', 'معسكر'].map(fold));
const AGAINST: ReadonlySet<string> = new Set(['مقابل', 'أمام'].map(fold));

/** تراجع الجنيه إلى 50 مقابل الدولار: a number against a currency is an exchange rate (money). */
function exchangeRate(t: Tokenized, end: number): boolean {
  const against = word(t, end);
  const currency = word(t, end + 1);
  if (!!against && !!currency && AGAINST.has(against.n) && inSet(CURRENCIES, currency.n, ['ال', 'بال']) !== null) return true;
  // نحو 142 بِرّاً مقابل الدولار: a unit the lexicon does not know between the rate and «against» (after the
  // hundred-and-sixty-sixth set).
  return !!against && !lookupNoun(against.n) && !STOPWORDS.has(against.n) && exchangeRate(t, end + 1) && word(t, end + 1)?.n !== against.n;
}

/** The ratio's base takes its noun along: من كل 4 أطفال. */
function ratioEnd(t: Tokenized, end: number): number {
  const next = word(t, end);
  return next && lookupNoun(next.n) ? end + 1 : end;
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

/** Checks on the counted noun: money, measures, ages, durations and occasions. */
export function rejectByCounted(
  t: Tokenized,
  start: number,
  end: number,
  phraseEnd: number,
  head: Token | null,
  lastMoneyEnd = -1,
  value = 0,
): RejectReason | null {
  // ليبلغ 90 ألفاً: no one is a thousand years old, whatever word comes before.
  const ageable = value <= MAX_AGE;
  const prev = t.tokens[start - 1];
  if ((prev?.type === PUNCT && CURRENCY_SIGNS.has(prev.n)) || (punctIs(t, end, '$€£') && glued(t, end))) return 'money';
  if (!head) {
    if (ageable && ageByContext(t, start)) return 'age';
    if (moneyByContext(t, start, lastMoneyEnd) || millionsAfterSum(t, start, end, lastMoneyEnd)) return 'money';
    return baseOfMeasure(t, start);
  }
  if (inSet(CURRENCIES, head.n, PREP_CLITICS)) return 'money';
  // 100 ألف أفغاني (نحو 1,450 دولاراً): a sum told again in a currency in brackets right after it is money (after the eighty-fifth set).
  if (!lookupNoun(head.n)?.kind && convertedAfter(t, phraseEnd)) return 'money';
  // 14 ألف بير إثيوبي: the birr, written like بئر (a well) folded, is money when «Ethiopian» follows (after the eighty-third set).
  if (head.n === BIRR && ETHIOPIAN.test(word(t, t.tokens.indexOf(head) + 1)?.n ?? '')) return 'money';
  // 70 مليوناً طلبتها: a word the lexicon does not know is no evidence of a count against money cues.
  if (!lookupNoun(head.n) && moneyByContext(t, start, lastMoneyEnd)) return 'money';
  if (inSet(OCCASIONS, head.n, PREP_CLITICS)) return 'occasions';
  // (بمعدل يزيد على 5 إعدامات يومياً: or events befalling people, after the hundred-and-ninety-ninth set.)
  if ((lookupNoun(head.n)?.person || lookupEventBefore(head.n)?.category === 'casualties') && rateOfPeople(t, start, phraseEnd)) return 'ratio';
  if (inSet(MULTIPLIERS, head.n, PREP_CLITICS)) return 'multiplier';
  if (inSet(MEASURES, head.n, PREP_CLITICS) || MEASURE_ABBREVIATIONS.has(head.n)) return 'measure';
  // 3 أطباء لكل 10 آلاف نسمة، 5 سلال لكل أسرة: so many per so many is a rate.
  if (perUnit(t, phraseEnd)) return 'ratio';
  // بثلاثة أهداف مقابل هدفين: goals against goals are a score.
  if (inSet(GOALS, head.n, PREP_CLITICS) && word(t, phraseEnd)?.n === 'مقابل' && goalsAfter(t, phraseEnd + 1)) return 'ratio';
  if (inSet(STOREYS, head.n, PREP_CLITICS) && buildingBefore(t, start)) return 'measure';
  if (inSet(TIME_UNITS, head.n, PREP_CLITICS)) {
    return ageable && inSet(AGE_UNITS, head.n, PREP_CLITICS) && (ageByContext(t, start) || ageAfter(t, phraseEnd)) ? 'age' : 'duration';
  }
  return null;
}

/**
 * في 9 مقاطعات، فوق 4 ولايات: a number of places after a preposition of place
 * says where the figure happened, not how many. `start` is where the quantity
 * phrase begins (its qualifier included: في أكثر من 9 مقاطعات).
 */
export function rejectPlace(t: Tokenized, start: number, head: Token | null): boolean {
  if (!head) return false;
  if (inSet(SITE_NOUNS, head.n, ['و', 'ال', 'وال'])) return placePrepositionBefore(t, start - 1, true, false);
  if (!inSet(PLACE_NOUNS, head.n, ['و', 'ال', 'وال']) && !commune(t, start, head)) return false;
  return placePrepositionBefore(t, start - 1, false, inSet(STATE_NOUNS, head.n, ['و', 'ال', 'وال']) !== null);
}

// Folded: a hamza-less spelling (اسبوع) is the same word.
// ما معدله 3 أشخاص يومياً: the rate with its pronoun (after the sixtieth set).
const RATE_WORDS: ReadonlySet<string> = new Set(['معدل', 'بمعدل', 'وبمعدل', 'بواقع', 'وبواقع', 'متوسط', 'بمتوسط', 'معدله', 'معدلها', 'متوسطه'].map(fold));
const EACH: ReadonlySet<string> = new Set(['كل', 'لكل'].map(fold));
const ONE_DEFINITE: ReadonlySet<string> = new Set(['الواحدة', 'الواحد'].map(fold));
const HOUR = fold('الساعة');
const OF_ITS_KIND: ReadonlySet<string> = new Set(['نوعه', 'نوعها'].map(fold));
// The calendars a year is told in after العام (العام الإيراني 1404، العام الهجري 1446).
const CALENDARS: ReadonlySet<string> = new Set(['الإيراني', 'الهجري', 'الميلادي', 'الشمسي', 'القمري', 'الدراسي', 'المالي'].map(fold));
const HUNDRED_COLLOQUIAL = /^(?:و|ال|وال)?ميه$/u;
const SERVED_IN = /^(?:في|على|داخل|وفي)$/u;
const AVERAGE: ReadonlySet<string> = new Set(['المتوسط', 'المعدل', 'متوسط', 'معدل'].map(fold));
const RATE_ADVERBS: ReadonlySet<string> = new Set(['يوميا', 'أسبوعيا', 'شهريا', 'سنويا', 'يومي'].map(fold));
const RATE_UNITS: ReadonlySet<string> = new Set(['يوم', 'أسبوع', 'ساعة', 'شهر', 'عام', 'سنة', 'دقيقة', 'ليلة'].map(fold));

/** في السرير الواحد، على السرير الواحد at j: «in a single» thing. */
function singleAfter(t: Tokenized, j: number): boolean {
  return SERVED_IN.test(word(t, j)?.n ?? '') && isDefinite(word(t, j + 1)?.n ?? '') && ONE_DEFINITE.has(word(t, j + 2)?.n ?? '');
}

/**
 * أي بمعدل طفلين كل أسبوع، بواقع 3 أشخاص يومياً، بمعدل 10 أطفال في اليوم: a rate of people
 * (a rate word before, a unit of time after) is an average of a toll told elsewhere, no
 * people counted. `start` is where the quantity begins, `end` where its noun ends.
 */
export function rateOfPeople(t: Tokenized, start: number, end: number): boolean {
  // بمعدل يومي يقارب 1,300 شخص، معدل يومي قدره 50 شخصاً، بمتوسط أسبوعي بلغ: the adjective says the rate.
  if (rateAdjectiveBefore(t, start)) return true;
  // سلة تكفي كل منها أسرة من 5 أفراد: the size of a family «each» is meant for, no people counted (after the sixty-first set).
  if (word(t, start - 1)?.n === 'من' && inSet(FAMILIES, word(t, start - 2)?.n ?? '', ['و']) !== null) {
    for (let k = start - 3; k >= 0 && start - k <= 6 && word(t, k); k -= 1) if (EACH.has(word(t, k)!.n)) return true;
  }
  // تؤوي كل خيمة في المتوسط 9 أشخاص: «on average» right before the number (after the fifty-seventh set).
  const prev = word(t, start - 1);
  // المرحاض الواحد يخدم أكثر من ٥٠ شخصاً: so many served by a single thing named before, in its clause (after the
  // hundred-and-forty-third set).
  // يعيش فيها ما يصل إلى 9 أفراد في الخيمة الواحدة: so many in a single thing right after them is a rate too (after the
  // hundred-and-seventy-eighth set; في القارب الواحد حتى 200 مهاجر, the single thing before, counts who were in it).
  // (نستقبل يومياً ما بين 150 و200 مريض في العيادة الواحدة: a daily figure is counted, as daily arrivals are.)
  if (singleAfter(t, end) && ![1, 2, 3].some((d) => RATE_ADVERBS.has(word(t, start - d)?.n ?? ''))) return true;
  // طفلين أو ثلاثة في السرير الواحد: so many «or» so many in a single thing is a rate (after the hundred-and-seventy-second set).
  if (word(t, end)?.n === OR && (t.tokens[end + 1]?.type === NUM || !!numberWord(t.tokens[end + 1])) && singleAfter(t, end + 2)) return true;
  // (الساعة الواحدة فجراً is a time; في القارب الواحد حتى 200 مهاجر, after a preposition, counts who were in it.)
  for (let k = start - 1; k >= 1 && start - k <= 7 && word(t, k); k -= 1) {
    const thing = word(t, k - 1)?.n ?? '';
    if (ONE_DEFINITE.has(word(t, k)!.n) && isDefinite(thing) && thing !== HOUR && !word(t, k - 2)?.n.match(SERVED_IN)) return true;
  }
  if (prev && (AVERAGE.has(prev.n) ? word(t, start - 2)?.n === 'في' : inSet(AVERAGE, prev.n, ['بال']) !== null)) return true;
  // بمعدل يزيد على ١,٠٠٠ شخص يومياً: a qualifier of up to three words may stand between (after the twenty-seventh set).
  const before: (Token | null)[] = [];
  // (متوسط أعداد العائدين بلغ نحو ٣٠٠ شخص يومياً: or a subject of two words and its verb, after the hundred-and-fourteenth set.)
  for (let k = start - 1; k >= 0 && start - k <= 6 && word(t, k); k -= 1) before.push(word(t, k));
  if (!before.some((w) => w && RATE_WORDS.has(w.n))) return false;
  // The adverb may close the noun phrase itself (أطفال يومياً).
  const last = word(t, end - 1);
  if (last && RATE_ADVERBS.has(last.n)) return true;
  // بمعدل 5 أشخاص تقريباً كل يوم: a qualifier after the noun is stepped over.
  if (word(t, end)?.n === fold('تقريباً')) end += 1;
  const next = word(t, end);
  if (!next) return false;
  if (RATE_ADVERBS.has(next.n)) return true;
  // بواقع 15 جثماناً مقابل رفات كل رهينة، بمعدل يزيد على 6 أشخاص في الخيمة الواحدة: per each of something (after the
  // sixty-first set).
  for (let k = end; k < end + 4 && word(t, k); k += 1) {
    if (EACH.has(word(t, k)!.n)) return true;
    if (ONE_DEFINITE.has(word(t, k)!.n) && k > end) return true;
  }
  const unit = word(t, end + 1);
  if (!unit) return false;
  if (next.n === 'كل') return RATE_UNITS.has(unit.n);
  return next.n === 'في' && inSet(RATE_UNITS, unit.n, ['ال']) !== null && unit.n.startsWith('ال');
}

// يومي، أسبوعي، شهري، سنوي (and اليومي after بالمعدل): the adjective of a rate word.
const RATE_ADJECTIVES: ReadonlySet<string> = new Set(
  ['يومي', 'أسبوعي', 'شهري', 'سنوي', 'ساعي', 'يوميا', 'اليومي', 'الأسبوعي', 'الشهري', 'السنوي'].map(fold),
);
const RATE_REACH = 4;

/**
 * A rate word with its adjective of time (بمعدل يومي، بمتوسط أسبوعي، معدل شهري) in the few
 * words before the quantity, with no punctuation between: the figure is that rate.
 */
function rateAdjectiveBefore(t: Tokenized, start: number): boolean {
  let words = 0;
  for (let k = start - 1; k >= 0 && words < RATE_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT) return false;
    if (tok.type !== WORD) continue;
    words += 1;
    if (!RATE_ADJECTIVES.has(tok.n)) continue;
    const rate = word(t, k - 1);
    return !!rate && (RATE_WORDS.has(rate.n) || inSet(RATE_WORDS, rate.n, ['ال', 'بال', 'وبال', 'وال']) !== null);
  }
  return false;
}

const BUILDING_REACH = 5;

/** مبنى من 4 أدوار، البناية المكونة من 3 أدوار: a building in the few words before the number. */
function buildingBefore(t: Tokenized, start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= BUILDING_REACH; k -= 1) {
    const tok = word(t, k);
    if (tok && inSet(BUILDINGS, tok.n, PREP_CLITICS) !== null) return true;
  }
  return false;
}

/** في 6 جماعات قروية: a commune, told by its adjective, right after the number (a few tokens from start). */
function commune(t: Tokenized, start: number, head: Token): boolean {
  if (!inSet(COMMUNE_NOUNS, head.n, ['و', 'ال', 'وال'])) return false;
  for (let k = start; k < t.tokens.length && k - start <= 6; k += 1) {
    if (t.tokens[k] !== head) continue;
    const next = word(t, k + 1);
    return !!next && inSet(COMMUNE_ADJECTIVES, next.n, ['ال']) !== null;
  }
  return false;
}

// The prepositions the conventions added after the thirteenth set (إلى، من، قرب، حول، بين): said of places, not of other sites.
const WIDE_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS].filter((p) => !SITE_PREPOSITIONS.has(p)));
const TO: ReadonlySet<string> = new Set(['إلى', 'الى'].map(fold));
const RISE_WINDOW = 8;

/**
 * Whether the word at k is a preposition of place, alone (في، إلى، من …) or
 * behind a noun of the area (في ريف، إلى محيط، بمحيط), for the places that
 * follow it. `sites` keeps to the older, narrower list (في، عبر، داخل …),
 * for sites that are no town, village, province or camp (في حيين). A state
 * (`state`) after من، إلى، بين is a party, not where (جنود من 48 دولة);
 * a number after إلى that a rise or a total reaches (ارتفع عدد القرى إلى 45
 * قرية، وصل عدد المخيمات إلى 40 مخيماً) is a count.
 */
export function placePrepositionBefore(t: Tokenized, k: number, sites: boolean, state: boolean): boolean {
  const w = word(t, k);
  if (!w) return false;
  // بمحيط، وبريف: the preposition glued to the noun of the area.
  if (!AREA_NOUNS.has(w.n) && inSet(AREA_NOUNS, w.n, ['ب', 'وب', 'فب']) !== null) return true;
  const at = AREA_NOUNS.has(w.n) ? k - 1 : k;
  const prep = word(t, at);
  if (!prep) return false;
  // على أطراف بلدتي رامية ومروحين: على is no preposition of place alone (سيطر على 5 قرى), but it is before a noun of the area.
  if (at !== k && inSet(ON, prep.n, ['و', 'ف']) !== null) return true;
  const stem = inSet(sites ? SITE_PREPOSITIONS : PLACE_PREPOSITIONS, prep.n, ['و', 'ف']);
  if (!stem) return false;
  if (!WIDE_PREPOSITIONS.has(stem.stem)) return true;
  if (state) return false;
  return !(TO.has(stem.stem) && riseBefore(t, at));
}

/** A rise verb, or a verb of reaching with a total word, in the few words before k in its sentence. */
function riseBefore(t: Tokenized, k: number): boolean {
  let reach = false;
  let total = false;
  for (let j = k - 1; j >= 0 && k - j <= RISE_WINDOW; j -= 1) {
    const tok = t.tokens[j]!;
    if (tok.type === PUNCT && /[.!?؟؛;\n]/u.test(tok.n)) break;
    if (tok.type !== WORD) continue;
    if (inSet(RISE_VERBS, tok.n, ['و', 'ف', 'ل']) !== null) return true;
    if (inSet(REACH_VERBS, tok.n, ['و', 'ف']) !== null) reach = true;
    if (inSet(TOTAL_WORDS, tok.n, ['و', 'ف', 'ال', 'وال']) !== null) total = true;
  }
  return reach && total;
}


// The units of time in the singular, and the clitics before a definite one (اليوم، للأسبوع، وبالعام).
const SINGULAR_TIME_UNITS: ReadonlySet<string> = new Set(
  ['يوم', 'ساعة', 'أسبوع', 'شهر', 'عام', 'سنة', 'عقد', 'قرن', 'دقيقة', 'ليلة', 'موسم', 'فصل'].map(fold),
);
const CHILD_OF: ReadonlySet<string> = new Set(['ابن', 'ابنة', 'بنت'].map(fold));
const DEFINITE_CLITICS = ['ال', 'وال', 'فال', 'بال', 'وبال', 'فبال', 'لل', 'ولل', 'فلل', 'كال'];

/**
 * A definite number (الـ15، الـ10): دون الـ15 عاماً and فوق الـ70 are ages,
 * الأيام الـ10 and الـ24 ساعة durations. `before` is the word before the
 * article, `after` the word after the number.
 */
export function rejectDefinite(t: Tokenized, start: number, end: number): RejectReason | null {
  const after = word(t, end);
  const ageWord = word(t, start - 2);
  const agePrep = !!ageWord && (inSet(AGE_PREPOSITIONS, ageWord.n, AGE_CLITICS) !== null || inSet(AGE_CUES, ageWord.n, AGE_CLITICS) !== null);
  // في الـ10 من عمره، في الـ7 من العمر: the years of a life.
  if (ageAfter(t, end)) return 'age';
  // في المخيمات الـ33: a definite number after places behind a preposition of place says where (after the hundred-and-first set).
  if (ageWord && isDefinite(ageWord.n) && PLACE_NOUNS.has(ageWord.n.replace(/^(?:[وف]?[بل]?ال|[وف]?لل)/u, '')) && placePrepositionBefore(t, start - 3, false, false)) return 'place';
  // ابن الـ13، ابنة الـ9، بنت الـ16: the son or daughter of so many years, an age.
  if (ageWord && inSet(CHILD_OF, ageWord.n, ['و', 'ف', 'ب', 'ل', 'وب', 'ول']) !== null && !(after && lookupNoun(after.n) && !inSet(TIME_UNITS, after.n, PREP_CLITICS))) return 'age';
  // الرحلة الـ38، الدورة الـ12: after a definite singular feminine noun the number ranks it (a plural, الدول الأعضاء الـ29, is counted).
  if (ageWord && /^(?:[وف]?[بل]?ال|[وف]?لل).{2,}ه$/u.test(ageWord.n) && !lookupNoun(ageWord.n)?.person) return 'ordinal';
  // اجتماعها الـ١٢، دورتها الـ40: after a singular noun with a possessive suffix the number ranks it (after the thirty-ninth set).
  const possessed = ageWord ? /^(.{3,}?)(?:هما|هم|هن|ها|ه)$/u.exec(ageWord.n) : null;
  // دورته الـ63، جلستها الـ12: a feminine singular (its ة become ت before the suffix) ranks too, known to the lexicon or not
  // (after the fifty-second set).
  if (possessed && (isNounSingular(possessed[1]!.replace(/ت$/u, 'ه')) || /ت$/u.test(possessed[1]!)) && !lookupNoun(possessed[1]!)?.person && !lookupNoun(possessed[1]!.replace(/ت$/u, 'ه'))?.person) return 'ordinal';
  // هذه الدفعة هي الـ14: after a pronoun of the singular with no noun after it, the number ranks what it stands for (after the twenty-eighth set).
  if (ageWord && SINGULAR_PRONOUNS.has(ageWord.n) && !(after && lookupNoun(after.n))) return 'ordinal';
  // الهجوم الـ14، اليوم الـ500، للأسبوع الـ3: after any definite singular noun (the lexicon's, or a unit of time) the number
  // ranks it; after a plural (الدول الأعضاء الـ29، الجنود الـ3، الأيام الـ10) it counts. People stay counted (الطفل الـ5 is rare).
  if (ageWord && isDefinite(ageWord.n) && (inSet(SINGULAR_TIME_UNITS, ageWord.n, DEFINITE_CLITICS) !== null || (isNounSingular(ageWord.n) && !lookupNoun(ageWord.n)?.person))) return 'ordinal';
  // الأيام الـ10، خلال الساعات الـ24: after a definite unit of time in the plural the number is a duration.
  if (ageWord && isDefinite(ageWord.n) && inSet(TIME_UNITS, ageWord.n, DEFINITE_CLITICS) !== null) return 'duration';
  // دخلت الحرب يومها الـ500، في عامها الـ3: a unit of time with a possessive before a definite number ranks it.
  if (ageWord && /^[وفبل]?(?:يوم|شهر|اسبوع|عام|سن)(?:ها|ه|هم|هما)$/u.test(ageWord.n)) return 'ordinal';
  if (after && inSet(TIME_UNITS, after.n, PREP_CLITICS)) {
    return agePrep || (inSet(AGE_UNITS, after.n, PREP_CLITICS) && ageByContext(t, start)) ? 'age' : 'duration';
  }
  if (agePrep && !(after && lookupNoun(after.n))) return 'age';
  // للفوج الـ15، المؤتمر الـ12، اللواء الـ5: after a definite noun a definite number counts only a known plural
  // (the lexicon's, or a sound plural in ين/ون/ات: الدول الأعضاء الـ29، الجنود الـ3، المعتقلين الـ4); any other
  // definite noun is a unit or an edition the number names or ranks, no count.
  // مراكز العلاج الـ14، منازل العائلة الأربعة: the plural may head a construct whose second term stands before the number.
  // الدول الأعضاء الـ29: or be the noun an adjective or a second term follows.
  const head = word(t, start - 3);
  const pluralHead = !!head && (isDefinite(head.n) ? knownPlural(head.n) : !!lookupNoun(head.n) && !isNounSingular(head.n));
  if (ageWord && isDefinite(ageWord.n) && !knownPlural(ageWord.n) && !pluralHead) return 'designation';
  return null;
}

/** A definite plural the reader may count (الجنود، الأعضاء، المعتقلين، المدنيون، الشاحنات): the lexicon's plural or dual, or a sound plural. */
function knownPlural(w: string): boolean {
  const stem = w.replace(/^(?:[وف]?[بلك]?ال|[وف]?لل)/u, '');
  if (/(?:ين|ون|ات)$/u.test(stem)) return true;
  return !!lookupNoun(w) && !isNounSingular(w);
}

const OUT_OF_WORDS: ReadonlySet<string> = new Set(['أصل', 'اصل'].map(fold));
const BASE_REACH = 10;

/**
 * رفعت نحو 310 آلاف متر مكعب من الركام من أصل 1,2 مليون: a bare base after
 * «من أصل» takes the understood noun of the figure it refines; when that noun is
 * a measure or a currency, the base is a measure or money too, no count. The
 * figure's noun is the nearest measure or currency back to its number.
 */
function baseOfMeasure(t: Tokenized, start: number): RejectReason | null {
  if (word(t, start - 2)?.n !== 'من' || !OUT_OF_WORDS.has(word(t, start - 1)?.n ?? '')) return null;
  for (let k = start - 3; k >= 0 && start - k <= BASE_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === NUM) return null;
    if (tok.type !== WORD) {
      if (/[.!?؟\n]/u.test(tok.n)) return null;
      continue;
    }
    if (inSet(MEASURES, tok.n, PREP_CLITICS) || MEASURE_ABBREVIATIONS.has(tok.n)) return 'measure';
    if (inSet(CURRENCIES, tok.n, PREP_CLITICS)) return 'money';
    if (numberWord(tok)) return null;
  }
  return null;
}

// Words that tie a bare amount to the sum just before it: 18 مليون دولار من أصل 70 مليوناً، و، أو، إلى، مقابل.
// (فقط: 11,4 مليون دولار فقط من أصل 40 مليوناً, after the hundred-and-twenty-fifth set.)
const MONEY_LINKS: ReadonlySet<string> = new Set(['من', 'أصل', 'اصل', 'و', 'أو', 'او', 'إلى', 'الى', 'مقابل', 'بدل', 'نحو', 'حوالي', 'فقط'].map(fold));
const MONEY_LINK_WINDOW = 3;
const MAX_AGE = 130;
const MONEY_CUE_WINDOW = 3;

/**
 * A bare amount (no counted noun) that is money by its context: a money word
 * just before it (بقيمة 3 ملايين، تمويل قدره 70 مليوناً), or the sum just
 * before it with only a link between (18 مليون دولار من أصل 70 مليوناً).
 */
function moneyByContext(t: Tokenized, start: number, lastMoneyEnd: number): boolean {
  if (lastMoneyEnd >= 0 && start >= lastMoneyEnd && start - lastMoneyEnd <= MONEY_LINK_WINDOW) {
    let linked = true;
    for (let k = lastMoneyEnd; k < start; k += 1) {
      const tok = t.tokens[k]!;
      if (tok.type !== WORD || !MONEY_LINKS.has(tok.n)) linked = false;
    }
    if (linked) return true;
  }
  for (let k = start - 1; k >= 0 && start - k <= MONEY_CUE_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (inSet(MONEY_CUES, tok.n, ['و', 'ب', 'ل'])) return true;
  }
  return false;
}

// Scale words of a sum: a bare amount of millions or billions after a sum in its sentence is money too.
// (The duals too, سوى مليونين, after the hundred-and-sixtieth set.)
const MONEY_SCALES: ReadonlySet<string> = new Set(['مليون', 'مليونا', 'ملايين', 'مليار', 'مليارا', 'مليارات', 'مليونين', 'مليونان', 'مليارين', 'ملياران'].map(fold));
const SUM_SENTENCE_REACH = 20;

/**
 * تبلغ 28,5 مليون دولار، لم يُؤمَّن منها سوى 9 ملايين: a bare amount that ends
 * in millions or billions, with no noun, in the sentence of a sum before it,
 * is the rest of that sum (money), not a count of people.
 */
function millionsAfterSum(t: Tokenized, start: number, end: number, lastMoneyEnd: number): boolean {
  const last = t.tokens[end - 1];
  if (!last || last.type !== WORD || !MONEY_SCALES.has(last.n)) return false;
  if (lastMoneyEnd < 0 || start < lastMoneyEnd || start - lastMoneyEnd > SUM_SENTENCE_REACH) return false;
  for (let k = lastMoneyEnd; k < start; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && /[.!?؟\n]/u.test(tok.n)) return false;
  }
  return true;
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
export function ageAfter(t: Tokenized, end: number): boolean {
  const next = word(t, end);
  const after = word(t, end + 1);
  return next?.n === 'من' && !!after && inSet(AGE_CUES, after.n) !== null;
}

// A family, in any number, and what tells its size after it: عائلتين تضمان 11 فرداً، 3 أسر من 20 فرداً.
const FAMILY_NOUNS: ReadonlySet<string> = new Set(['عائلة', 'عائلات', 'أسرة', 'أسر', 'عائلتين', 'عائلتان', 'أسرتين', 'أسرتان'].map(fold));
// 173 عائلة بواقع 612 فرداً (amounting to), after the twenty-fifth set.
const SIZE_LINKS: ReadonlySet<string> = new Set(['تضم', 'يضم', 'تضمان', 'يضمان', 'من', 'قوامها', 'بواقع'].map(fold));
const SIZE_MADE_OF: ReadonlySet<string> = new Set(['مكونة', 'مؤلفة', 'تتألف', 'تتكون', 'يتألف', 'يتكون', 'المكونة', 'المؤلفة'].map(fold));
const MEMBERS: ReadonlySet<string> = new Set(['فرد', 'فردا', 'أفراد', 'شخص', 'شخصا', 'أشخاص', 'نسمة'].map(fold));
const SIZE_REACH = 6;

/**
 * 287 أسرة نازحة تضم 1,460 فرداً، 3 أسر من 20 فرداً، 15 عائلة مكونة من 70
 * شخصاً: families told by their size are counted by their members (the figure
 * after), and the families are no second count (convention after the
 * thirteenth set). `phraseEnd` ends the families' phrase (its adjective too).
 */
export function familyBySize(t: Tokenized, head: Token | null, phraseEnd: number): boolean {
  if (!head || !inSet(FAMILY_NOUNS, head.n, ['و', 'ال', 'وال'])) return false;
  let at = phraseEnd;
  // 95 أسرة عالقة، تضم قرابة 500 فرد: a word describing the families, and a comma, may come before the link.
  if (describesFamilies(t, at)) at += 1;
  if (t.tokens[at]?.type === PUNCT && /^[,،]$/u.test(t.tokens[at]!.n)) at += 1;
  const link = word(t, at);
  if (!link) return false;
  let k = at + 1;
  if (SIZE_MADE_OF.has(link.n)) {
    if (word(t, k)?.n !== 'من') return false;
    k += 1;
  } else if (!SIZE_LINKS.has(link.n)) return false;
  let number = false;
  for (let j = k; j < t.tokens.length && j - k < SIZE_REACH; j += 1) {
    const tok = t.tokens[j]!;
    if (tok.type === NUM || numberWord(tok)) {
      number = true;
      continue;
    }
    if (tok.type === PUNCT) {
      if (/^[,٬]$/u.test(tok.n)) continue;
      return false;
    }
    if (tok.type === WORD && MEMBERS.has(tok.n)) return number;
    // أسر من 20 فرداً، تضم أكثر من 70 شخصاً: only a qualifier may stand between; نزحت 300 أسرة من المدينة وعاد 50 شخصاً is no size.
    if (tok.type === WORD && !SIZE_QUALIFIERS.has(tok.n)) return false;
  }
  return false;
}

/** عالقة، نازحة: an indefinite word after the families that is no link, number, particle or noun the reader knows. */
function describesFamilies(t: Tokenized, k: number): boolean {
  const tok = word(t, k);
  if (!tok || /^[وف]/u.test(tok.n) || isDefinite(tok.n) || STOPWORDS.has(tok.n) || numberWord(tok) || SIZE_MADE_OF.has(tok.n) || SIZE_LINKS.has(tok.n)) return false;
  return !lookupNoun(tok.n);
}

const SIZE_QUALIFIERS: ReadonlySet<string> = new Set(
  // (تضم نحو 15 ألفاً و600 فرد: a thousand in the accusative and the و of a compound, after the two-hundred-and-seventh set.)
  ['نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'من', 'عن', 'ما', 'لا', 'يقل', 'يزيد', 'يقارب', 'قرابة', 'أزيد', 'الف', 'ألف', 'ألفاً', 'آلاف', 'و'].map(fold),
);

// لكل ألف ولادة، لكل 10 آلاف نسمة، لكل أسرة: per a number or a unit; لكل منهم (each of them) is no rate.
const EACH_OF: ReadonlySet<string> = new Set(['منهم', 'منها', 'منهما', 'منهن', 'واحد', 'واحدة', 'منا', 'منكم'].map(fold));
function perUnit(t: Tokenized, end: number): boolean {
  // نحو 30 ألف شخص في الكيلومتر المربع: a density, so many to a square of land (after the hundred-and-thirty-second set).
  if (word(t, end)?.n === 'في' && AREA_UNITS.has(word(t, end + 1)?.n ?? '') && SQUARE.has(word(t, end + 2)?.n ?? '')) return true;
  if (word(t, end)?.n !== 'لكل') return false;
  const next = t.tokens[end + 1];
  return !!next && (next.type === NUM || (next.type === WORD && !EACH_OF.has(next.n)));
}

/** مقابل هدفين، مقابل 2، مقابل لا شيء: the other side's goals. */
function goalsAfter(t: Tokenized, k: number): boolean {
  const next = t.tokens[k];
  if (!next) return false;
  return next.type === NUM || numberWord(next) !== null || (next.type === WORD && (inSet(GOALS, next.n, PREP_CLITICS) !== null || next.n === 'لا'));
}

const GOALS: ReadonlySet<string> = new Set(['هدف', 'هدفا', 'أهداف', 'هدفين', 'هدفان', 'نقطة', 'نقاط', 'نقطتين'].map(fold));

// What ties members told first to the families they make: ٤١٢ عائداً ضمن ٩٥ عائلة، 412 شخصاً من 95 عائلة،
// 412 شخصاً ينتمون إلى 95 عائلة، موزعين على 95 أسرة.
const MEMBERS_LINKS: ReadonlySet<string> = new Set(['ضمن', 'من', 'في'].map(fold));
const BELONG_VERBS: ReadonlySet<string> = new Set(
  ['ينتمون', 'ينتمين', 'تنتمي', 'ينتمي', 'المنتمين', 'ينحدرون', 'موزعين', 'موزعون', 'يتوزعون', 'يتوزعون', 'يمثلون', 'يشكلون'].map(fold),
);
const BELONG_PREPS: ReadonlySet<string> = new Set(['إلى', 'الى', 'على', 'من', 'ل'].map(fold));
const MEMBERS_REACH = 4;

/**
 * ٤١٢ عائداً ضمن ٩٥ عائلة، ٤١٢ شخصاً ينتمون إلى ٩٥ عائلة: families told after a count of
 * their members are no second count. Members in brackets after the families («قرابة ١,٨٠٠ أسرة
 * (نحو ١١ ألف فرد)») refine them and both count, as heldout-20 annotates
 * (the convention of families told by their size, after the twentieth set). `start` is
 * where the families' phrase begins (its qualifier included), `phraseEnd` where it ends.
 */
export function familyByMembers(t: Tokenized, start: number, head: Token | null, phraseEnd: number): boolean {
  if (!head || !inSet(FAMILY_NOUNS, head.n, ['و', 'ال', 'وال'])) return false;
  // ٤١٢ عائداً ضمن ٩٥ عائلة، ٤١٢ شخصاً ينتمون إلى ٩٥ عائلة: a count of people, then a link, then the families.
  let k = start - 1;
  const link = word(t, k);
  if (!link) return false;
  if (BELONG_PREPS.has(link.n) && BELONG_VERBS.has(word(t, k - 1)?.n ?? '')) {
    // العائدين ينتمون إلى ١٥٠ عائلة: people named (definite) who belong to the families, counted elsewhere (after the thirty-sixth set).
    const named = word(t, k - 2);
    if (named && isDefinite(named.n) && personNoun(named.n)) return true;
    k -= 2;
  } else if (MEMBERS_LINKS.has(link.n)) k -= 1;
  else return false;
  const noun = t.tokens[k];
  const num = t.tokens[k - 1];
  return noun?.type === WORD && personNoun(noun.n) && !!num && (num.type === NUM || numberWord(num) !== null);
}

// A person noun (عائداً، شخصاً، لاجئاً، فرداً): the members of families.
function personNoun(n: string): boolean {
  return MEMBERS.has(n) || !!lookupNoun(n)?.person;
}
