/**
 * Cues in the sentence around a figure that say what happened to what it
 * counts, read before or around it within the sentence (at most 40 tokens
 * back): a disease named, a count word's relative clause, fire near a verb
 * of launching, a camp and its host verb, a force or a deployment.
 * Pure functions over the tokens; sense.ts weighs them.
 */
import type { Category } from './types';
import { inSet } from './clitics';
import { PENALTIES, executionOn, nearOk, sentencing } from './counted';
import { CARE_VERBS, DISEASES, NUTRITION, RESIDENCE_VERBS, SHELTER_WORDS, lookupEventAfter, lookupEventBefore } from './events';
import { fold } from './normalize';
import { lookupNoun } from './lexicon';
import { NUM, PUNCT, WORD, type Tokenized } from './tokens';

export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '؟', '?', '!', '\n', '\r', '؛', ';']);
export const CLAUSE_WINDOW = 40;
export const COUNT_WORD_WINDOW = 14;
// Count words that make a later number in the clause a count of what they count: عدد، عددهم، حصيلة، يقدر.
export const COUNT_WORDS: ReadonlySet<string> = new Set(['عدد', 'عددهم', 'عددهن', 'عددها', 'أعداد', 'أعدادهم', 'حصيلة', 'الحصيلة'].map(fold));
export const COUNT_WORD_CLITICS: readonly string[] = ['و', 'ال', 'وال', 'ب'];
// التي for families (عدد العائلات التي عادت), after the twenty-eighth set.
const RELATIVES: ReadonlySet<string> = new Set(['الذين', 'اللذين', 'اللواتي', 'اللاتي', 'ممن', 'من', 'التي'].map(fold));
const FEMININE_RELATIVE: ReadonlySet<string> = new Set(['التي'].map(fold));
const LEAVE: ReadonlySet<string> = new Set(['غادروا', 'غادرت', 'غادر', 'خرجوا', 'خرجت'].map(fold));
const CAMPS: ReadonlySet<string> = new Set(['المخيم', 'المخيمات', 'مخيم', 'مخيمات'].map(fold));
const FIRE: ReadonlySet<string> = new Set(['النار', 'نار', 'النيران', 'نيران', 'الرصاص', 'رصاص', 'القذائف', 'الصواريخ', 'قنابل', 'الغاز'].map(fold));
const HOST_VERBS: ReadonlySet<string> = new Set(
  ['يؤوي', 'تؤوي', 'آوى', 'يأوي', 'تأوي', 'يضم', 'تضم', 'يستضيف', 'تستضيف', 'يحتضن', 'تحتضن'].map(fold),
);
const WHAT: ReadonlySet<string> = new Set(['ما'].map(fold));
const IN_IT: ReadonlySet<string> = new Set(['فيه', 'فيها', 'به', 'بها'].map(fold));
const IN: ReadonlySet<string> = new Set(['في']);
// How far before its host verb a camp may be named (11 since the eightieth set: المخيم، الذي تبلغ مساحته نحو 3,5 كيلومترات مربعة، يؤوي): مخيم زمزم، الذي يؤوي؛ مخيم آشتي للنازحين في قضاء عربت، الذي يؤوي
// (after the fifty-sixth set).
const CAMP_REACH = 11;
const SITES: ReadonlySet<string> = new Set(['موقع', 'مواقع'].map(fold));
const OF_DISPLACEMENT: ReadonlySet<string> = new Set(['النزوح', 'للنزوح', 'للنازحين', 'النازحين'].map(fold));
// Armed personnel (عنصر، مقاتل) are troops where a force or a deployment is told.
export const ARMED: ReadonlySet<string> = new Set(['عنصر', 'عنصرا', 'عناصر', 'مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون'].map(fold));
const FORCES: ReadonlySet<string> = new Set(
  ['قوة', 'قوات', 'بعثة', 'قوامها', 'قوامه', 'نشر', 'ينشر', 'تنشر', 'نشرت', 'انتشار', 'ينتشر', 'تنتشر', 'تعزيزات', 'حشد', 'حشدت', 'كتيبة', 'لواء'].map(fold),
);

function wordIs(t: Tokenized, i: number, set: ReadonlySet<string>): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === WORD && set.has(tok.n);
}

/** A word of `set` (with one of `clitics` before it) earlier in token i's sentence, a clause's window back at most. */
export function wordInSentenceBefore(t: Tokenized, i: number, set: ReadonlySet<string>, clitics?: readonly string[]): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (tok.type === WORD && inSet(set, tok.n, clitics) !== null) return true;
  }
  return false;
}

/** A disease named earlier in the sentence (الكوليرا، الوباء). */
export function diseaseBefore(t: Tokenized, i: number): boolean {
  return wordInSentenceBefore(t, i, DISEASES);
}

const PREVIOUS_SENTENCE_REACH = 80;

/**
 * A disease named in this sentence before token i or in the sentence before it
 * (حالات الاشتباه بالكوليرا … ارتفع إلى 41,700 حالة. وأوضحت أن محافظات حجة (9,850 حالة)).
 */
export function diseaseInSentenceOrBefore(t: Tokenized, i: number, sentences = 1): boolean {
  let ends = 0;
  for (let k = i - 1; k >= 0 && i - k <= PREVIOUS_SENTENCE_REACH * sentences; k -= 1) {
    const tok = t.tokens[k]!;
    // «.» then a line break close one sentence, not two.
    const end = tok.type === PUNCT && SENTENCE_ENDS.has(tok.n);
    const alsoEnd = end && t.tokens[k - 1]?.type === PUNCT && SENTENCE_ENDS.has(t.tokens[k - 1]!.n);
    if (end && !alsoEnd && (ends += 1) > sentences) return false;
    if (tok.type === WORD && inSet(DISEASES, tok.n)) return true;
  }
  return false;
}

/**
 * A count word then a relative clause with its event before token i: عدد
 * السوريين الذين عادوا … بنحو 1,1 مليون، عدد المهاجرين الذين اعتُرضوا … إلى
 * 21,847. People stopped at sea are displacement, as in local().
 */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['جرى', 'يجري', 'تم', 'يتم', 'جرت', 'تمت'].map(fold));

export function relativeEvent(t: Tokenized, i: number, weapons = false): { category: Category; kind: string } | null {
  let count = -1;
  for (let k = i - 1; k >= 0 && i - k <= COUNT_WORD_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    // (من قبضة تنظيم "داعش": quotation marks around a name are no break, after the hundred-and-seventy-seventh set.)
    if (tok.type === PUNCT && tok.n !== '/' && !'"«»“”'.includes(tok.n)) return null; // ديسمبر/كانون الأول
    if (tok.type === WORD && inSet(COUNT_WORDS, tok.n, COUNT_WORD_CLITICS)) {
      count = k;
      break;
    }
  }
  if (count < 0) return null;
  for (let m = count + 1; m < i - 1; m += 1) {
    if (!wordIs(t, m, RELATIVES) && !(weapons && wordIs(t, m, WHAT))) continue;
    // عدد العائلات التي عادت: التي after people (families); عدد التجمعات التي هُجّرت counts communities, no people.
    if (wordIs(t, m, FEMININE_RELATIVE)) {
      const counted = t.tokens[count + 1];
      if (counted?.type !== WORD || !lookupNoun(counted.n)?.person) return null;
    }
    // عدد ما جرى تفكيكه، ما تم نزعه: an auxiliary of the passive before the masdar that says what was done.
    const aux = wordIs(t, m + 1, PASSIVE_AUX) && t.tokens[m + 2]?.type === WORD ? 1 : 0;
    const verb = t.tokens[m + 1 + aux]!;
    if (verb.type !== WORD) return null;
    // عدد ما نزعه المشروع … إلى 486 ألف مادة متفجرة: the verb carries its object (ه، ها).
    // عدد من اعترضتهم السلطات: the verb carries its object (هم، ها، ه) for people too (after the forty-first set).
    const bare = verb.n.replace(weapons ? /(?:ها|ه)$/u : /(?:هم|هن|ها|ه)$/u, '');
    // عدد من غادروا المخيم ضمن هذه الدفعات: leaving a camp in a return programme is a return (after the twenty-eighth set).
    if (!weapons && wordIs(t, m + 1 + aux, LEAVE) && wordIs(t, m + 2 + aux, CAMPS)) return { category: 'displacement', kind: 'returned' };
    const event = lookupEventBefore(verb.n) ?? lookupEventAfter(verb.n) ?? (bare !== verb.n && bare.length >= 3 ? lookupEventBefore(bare) : null);
    if (!event || !nearOk(t, m + 1 + aux, event)) return null;
    // What was done to weapons is told of weapons only; of people, never.
    if (weapons) return event.category === 'military' ? { category: event.category, kind: event.kind } : null;
    if (event.kind === 'intercepted') return { category: 'displacement', kind: 'intercepted' };
    return event.category === 'military' ? null : { category: event.category, kind: event.kind };
  }
  return null;
}

/** A fire word (النار، الرصاص) among the five words before the figure or the three after it: أطلق النار على 5. */
export function fireNear(t: Tokenized, f: { start: number; end: number }): boolean {
  for (let m = Math.max(0, f.start - 5); m < t.tokens.length && m <= f.end + 3; m += 1) {
    if (m >= f.start && m < f.end) continue;
    if (wordIs(t, m, FIRE)) return true;
  }
  return false;
}

/**
 * A host verb near a camp before token i in its sentence: ويؤوي مخيم الهول،
 * مخيم يضم، مخيم زمزم، الذي يؤوي، يقيم في المخيم، مخيم يقيم فيه.
 */
export function campResidents(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (tok.type !== WORD) continue;
    const hosts = inSet(HOST_VERBS, tok.n, ['و', 'ف', 'ل']) !== null;
    const lives = !hosts && inSet(RESIDENCE_VERBS, tok.n, ['و', 'ف']) !== null && (wordIs(t, k + 1, IN_IT) || wordIs(t, k + 1, IN));
    if (!hosts && !lives) continue;
    for (let m = Math.max(0, k - CAMP_REACH); m <= k + 2 && m < i; m += 1) {
      if (m !== k && wordIs(t, m, SHELTER_WORDS)) return true;
      const w = t.tokens[m]!;
      if (m !== k && w.type === WORD && inSet(SHELTER_WORDS, w.n, ['ال', 'وال', 'بال', 'و']) !== null) return true;
      // مواقع النزوح، مواقع للنازحين: sites of displacement are shelters (after the eighty-first set).
      if (m !== k && w.type === WORD && inSet(SITES, w.n, ['ال', 'و', 'وال']) !== null && wordIs(t, m + 1, OF_DISPLACEMENT)) return true;
    }
  }
  return false;
}

// The strength of a force: عديده، تعداد قواتها، قوامها.
const STRENGTH = /^[وفل]?(?:ال)?(?:عديد|تعداد|قوام)(?:ه|ها|هم|هما)?$/u;

/** عديد الجيش … إلى نحو 9 آلاف عسكري: a word of a force's strength in the clause before token i. */
export function strengthBefore(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && (SENTENCE_ENDS.has(tok.n) || tok.n === '،')) return false;
    if (tok.type === WORD && STRENGTH.test(tok.n)) return true;
  }
  return false;
}

/** A force or deployment word in the sentence before the figure, or right after it. */
export function forceNear(t: Tokenized, f: { start: number }): boolean {
  return wordInSentenceBefore(t, f.start, FORCES, ['و', 'ال', 'وال', 'ب', 'ل', 'لل', 'بال']);
}

const NUTRITION_REACH = 6;
const CARE_REACH = 4;

/**
 * Care for malnutrition told before the figure: a verb of admitting or
 * treating within four words of a nutrition word (مركز التغذية العلاجية التابع للمنظمة يستقبل), at most six words before
 * token i (أدخلت مراكز التغذية العلاجية في أدري 2,350 طفلاً، تعالج مراكز التغذية 300 طفل).
 */
export function nutritionCare(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= NUTRITION_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (tok.type !== WORD || !inSet(NUTRITION, tok.n, ['و', 'ال', 'بال', 'لل'])) continue;
    for (let m = Math.max(0, k - CARE_REACH); m <= k + CARE_REACH && m < i; m += 1) {
      const w = t.tokens[m]!;
      if (w.type === WORD && inSet(CARE_VERBS, w.n, ['و', 'ف'])) return true;
    }
  }
  return false;
}

const ADMIT_REACH = 6;

/**
 * أدخلوا 6,450 طفلاً إلى مراكز التغذية العلاجية: a verb of admitting or treating right before
 * the figure, with nutrition named in the few words after it (after the twentieth set).
 */
export function careThenNutrition(t: Tokenized, f: { start: number; end: number }): boolean {
  // The verb right before the figure, or before its agent (وأدخل الشركاء 6,450 طفلاً).
  const verb = [t.tokens[f.start - 1], t.tokens[f.start - 2]].find((v) => v?.type === WORD && inSet(CARE_VERBS, v.n, ['و', 'ف']) !== null);
  const into = t.tokens[f.end];
  // The place of care comes right after the figure (إلى مراكز التغذية، في مراكز التغذية، بمراكز التغذية).
  const place = !!into && into.type === WORD && (INTO.has(into.n) || /^[وف]?(?:ب|لل)/u.test(into.n));
  // 23 طفلاً أُدخلوا مراكز علاج سوء التغذية: the passive verb right after the figure, nutrition a few words on (after the seventy-ninth set).
  const after = t.tokens[f.end];
  if (after?.type === WORD && inSet(CARE_AFTER, after.n, ['و', 'ف']) !== null && nutritionAfter(t, f.end + 1, ADMIT_REACH)) return true;
  return place && !!verb && verb.type === WORD && inSet(CARE_VERBS, verb.n, ['و', 'ف']) !== null && nutritionAfter(t, f.end, ADMIT_REACH);
}
const CARE_AFTER: ReadonlySet<string> = new Set(['أدخلوا', 'ادخلوا', 'عولجوا', 'يعالجون', 'يتلقون', 'تلقوا'].map(fold));
const INTO: ReadonlySet<string> = new Set(['إلى', 'الى', 'في'].map(fold));

/** Nutrition named in the few words after token j (أصيب 30 طفلاً بسوء التغذية، عالجت 500 طفل من سوء التغذية). */
export function nutritionAfter(t: Tokenized, j: number, reach = 4): boolean {
  for (let k = j; k < t.tokens.length && k - j < reach; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (inSet(NUTRITION, tok.n, ['و', 'ال', 'بال', 'لل'])) return true;
  }
  return false;
}

const AFFLICTED: ReadonlySet<string> = new Set(['المصابين', 'المصابون', 'مصابين', 'مصابون', 'المصابات', 'مصابا', 'المرضى', 'مرضى'].map(fold));
const AFFLICTED_REACH = 12;

/**
 * عدد المصابين بسوء التغذية الحاد في الإقليم بنحو 730 ألف طفل: the word of the afflicted
 * before the figure in its sentence, with nutrition right after it. Malnourished, not injured.
 */
export function afflictedByNutritionBefore(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= AFFLICTED_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (tok.type === WORD && inSet(AFFLICTED, tok.n, ['و', 'ل', 'ب', 'بال', 'لل']) !== null && nutritionAfter(t, k + 1, 2)) return true;
  }
  return false;
}

const SUFFERING: ReadonlySet<string> = new Set(['يعاني', 'تعاني', 'يعانون', 'عانى', 'عانت', 'يعانوا'].map(fold));
const SUFFERING_REACH = 6;

/**
 * يعاني قرابة 650 ألف طفل دون الخامسة من سوء التغذية: a verb of suffering right
 * before the figure (its qualifier aside) and nutrition within six words after it.
 */
export function sufferingFromNutrition(t: Tokenized, f: { start: number; end: number }): boolean {
  const verb = t.tokens[f.start - 1];
  if (verb?.type === WORD && (inSet(SUFFERING, verb.n, ['و', 'ف', 'ل']) !== null || inSet(DIAGNOSED, verb.n, ['و', 'ف']) !== null) && nutritionAfter(t, f.end, SUFFERING_REACH)) return true;
  // 770 ألف طفل دون الخامسة يُتوقع أن يعانوا من سوء التغذية، بينهم ٨٧٠ يعانون من الهزال: the verb of suffering after the
  // figure, an age or an expectation between (after the hundred-and-fifty-third set).
  for (let k = f.end; k < t.tokens.length && k - f.end < SUFFERING_REACH; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (inSet(SUFFERING, tok.n, ['و', 'ف', 'ل']) !== null) return nutritionAfter(t, k + 1, 3);
  }
  return false;
}
// Diagnosed (شُخّص ٣٬١٤٠ طفلاً بسوء التغذية): right before the figure only, since شخص is also «person».
const DIAGNOSED: ReadonlySet<string> = new Set(['شخص', 'شخصت', 'تشخيص'].map(fold));

const SENTENCED_ON: ReadonlySet<string> = new Set(['على', 'بحق'].map(fold));
const SENTENCE_REACH = 12;

/** A figure right after على/بحق with a court's ruling before it in the sentence: قضت المحكمة بالسجن 18 شهراً على فتى. */
export function sentencedOn(t: Tokenized, i: number): boolean {
  if (!wordIs(t, i - 1, SENTENCED_ON)) return false;
  // نُفذ الحكم بحق 9 منهم: a sentence carried out on them is an execution, not a ruling.
  if (executionOn(t, i - 1)) return false;
  // وبالسجن 15 عاماً على اثنين آخرين: a penalty and its term right before على are a sentence on their own.
  for (let k = i - 2; k >= 0 && i - k <= PENALTY_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD && tok.type !== NUM) break;
    if (tok.type === WORD && inSet(PENALTIES, tok.n, ['و'])) return true;
  }
  for (let k = i - 2; k >= 0 && i - k <= SENTENCE_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (sentencing(t, k)) return true;
  }
  return false;
}

// بالسجن 15 عاماً، بالسجن المؤبد، بالإعدام شنقاً: the penalty and its term, at most four words before على.
const PENALTY_REACH = 5;
