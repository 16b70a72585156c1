/**
 * What happened to what a figure counts: its category and kind.
 *
 * First the words around the figure (the event before it, the counted noun,
 * a verb after it, a toll earlier in the clause, coordination with the figure
 * before, a part after بينهم). Then, when the figure hangs on something
 * earlier in its clause (it sits in brackets or after a colon, it counts
 * nothing of its own, or a count word such as عدد or حصيلة precedes it), the
 * event governing the clause: the nearest figure, event word, kind-bearing
 * noun or toll before it in the sentence. A figure reached by none of these
 * keeps no category: it is reported, never drafted as a fact.
 */
import type { Category } from './types';
import { inSet, isDefinite } from './clitics';
import { CROSSING_POINTS, eventAfter, eventBefore, isBaseOfPart, nearOk, partOfName, onBoard, pastBrackets, phraseAt, tollAt, tollBefore, tollKind, verbOfAgentBefore, type CountedPhrase, type EventHit } from './counted';
import { compoundKind, looksLikeNisba, lookupImplicit, lookupNoun, possessedNoun, sense as senseOfKind } from './lexicon';
import { DISEASES, DWELLINGS, RESIDENCE_VERBS, SHELTER_WORDS, TEMPORARY, lookupEventAfter, lookupEventBefore, type EventEntry } from './events';
import { CASE_WORDS, FAMILIES, STOPWORDS } from './word-classes';
import { pastAge } from './implicit';
import { fold } from './normalize';
import {
  ARMED, CLAUSE_WINDOW, COUNT_WORDS, COUNT_WORD_CLITICS, COUNT_WORD_WINDOW, SENTENCE_ENDS,
  afflictedByNutritionBefore, campResidents, strengthBefore, diseaseBefore, diseaseInSentenceOrBefore, fireNear, forceNear, careThenNutrition, nutritionAfter, nutritionCare, relativeEvent, sentencedOn, sufferingFromNutrition, wordInSentenceBefore,
} from './sentence-cues';

export { SENTENCE_ENDS } from './sentence-cues';
import { NUM, PUNCT, WORD, type Tokenized } from './tokens';
import { numberWord } from './numbers';

export interface Sense {
  category: Category;
  kind: string;
}

/** What sense needs to know of a figure already read. */
export interface ReadFigure {
  category: Category | null;
  kind: string | null;
  startTok: number;
  endTok: number;
  counted: unknown;
  partOf: number | null;
}

export interface FigureAt {
  /** Token range of the figure's phrase (qualifier and counted noun included). */
  start: number;
  end: number;
  counted: CountedPhrase | null;
}

export interface SenseResult {
  sense: Sense | null;
  /** Index of the figure this one is a part of (بينهم 5 أطفال، 3 منهم), or null. */
  partOf: number | null;
  /** Index of the figure whose noun this one leaves understood (قُتل 9 أشخاص: 3 في المدينة), or null. */
  understood: number | null;
  /** The sense comes from the counted noun alone (11 ألف جندي: troops): any event outranks it. */
  weak?: boolean;
}

const SUBSET_WORDS: ReadonlySet<string> = new Set(
  // (37 قتيلاً، هم 21 من مقاتلي العشائر و13 عنصراً: «they are» opens the breakdown of a figure too, after the
  // hundred-and-ninth set's fix.)
  ['بينهم', 'بينهن', 'بينها', 'بينهما', 'منهم', 'منهن', 'منهما', 'ضمنهم', 'ضمنهن', 'ضمنها', 'وبينهم', 'وبينهما', 'ومنهم', 'ومن', 'هم', 'وهم'].map(fold),
);
// Case words: 150 حالة اعتقال counts arrests, 33 حالة وفاة deaths.
// Words that say a figure counts the members of the group before it: أسرة تضم 7 أفراد، مؤلفة من 7 أفراد.
const COMPOSITION_WORDS: ReadonlySet<string> = new Set(
  'تضم يضم ضمت ضم تضمان مؤلفة مؤلف مؤلفين مكونة مكون تتألف يتألف تتكون يتكون قوامها قوامه'.split(' ').map(fold),
);
// The members of a group, possessed (عدد عناصرها، عدد أفراده): after عدد they are the group's strength.
const MEMBERS: ReadonlySet<string> = new Set(['عناصرها', 'عناصره', 'أفرادها', 'أفراده', 'مقاتليها', 'مقاتليه', 'جنودها', 'جنوده'].map(fold));
const COUNT_OF: ReadonlySet<string> = new Set(['عدد'].map(fold));
// Nominative "others", a subject (اتجه آلاف آخرون شمالاً); آخرين may hang on a noun (ملفات 120 آخرين).
const OTHERS: ReadonlySet<string> = new Set(['آخرون', 'آخرين'].map(fold));
// آخرين hangs on a noun before it (ملفات 120 آخرين: no event) unless a verb comes right before (توجه قرابة 31 ألفاً آخرين).
const OTHERS_OBLIQUE = fold('آخرين');
// Others in the feminine, said of things (أربع أخرى، 3 أخريات) as of women.
const OTHER_THINGS: ReadonlySet<string> = new Set(['أخرى', 'أخريات'].map(fold));
const OTHERS_REACH = 8;
// Verbs of going whose subject the wire often writes آخرين (توجه قرابة 31 ألفاً آخرين): استدعت 15 آخرين is an object, no event.
const MOTION_VERBS: ReadonlySet<string> = new Set(
  ['توجه', 'اتجه', 'وصل', 'لجأ', 'انتقل', 'نزح', 'فر', 'عبر', 'دخل', 'غادر', 'عاد', 'توجهت', 'اتجهت', 'وصلت', 'لجأت', 'انتقلت', 'نزحت', 'فرت', 'عبرت', 'دخلت', 'غادرت', 'عادت', 'يتوجه', 'يصل', 'ينتقل'].map(fold),
);
const YEAR_CUES: ReadonlySet<string> = new Set(['عام', 'العام', 'سنة'].map(fold));
const PEOPLE_PARTS: ReadonlySet<string> = new Set(['بينهم', 'بينهن', 'وبينهم', 'منهم', 'ومنهم', 'ضمنهم'].map(fold));
const MEMBER_WORDS = /^[وف]?(?:ال)?عن(?:صر|اصر)/u;
const ASIDE_WORDS = 5;
const NOT_WORD: ReadonlySet<string> = new Set(['غير'].map(fold));
const AMOUNTING: ReadonlySet<string> = new Set(['البالغ', 'والبالغ', 'البالغة'].map(fold));
const THEY_ARE: ReadonlySet<string> = new Set(['هم', 'وهم'].map(fold));
const SEA_WORDS: ReadonlySet<string> = new Set(['خفر', 'السواحل', 'سواحل', 'بحر', 'البحر', 'قبالة', 'البحرية'].map(fold));
const SEA_REACH = 10;
const ABOARD_PEOPLE: ReadonlySet<string> = new Set(['شخص', 'شخصا', 'أشخاص', 'راكب', 'راكبا', 'ركاب'].map(fold));
// The dual (قاربين … وعلى متنهما 118 شخصاً), after the twenty-ninth set.
const CARRY_WORDS: ReadonlySet<string> = new Set(['يقل', 'تقل', 'يقلّ', 'تقلّ', 'يحمل', 'تحمل', 'متنه', 'متنها', 'متنهما', 'متنهم', 'يقلان', 'تقلان'].map(fold));
const BOATS: ReadonlySet<string> = new Set(['قارب', 'مركب', 'زورق', 'سفينة', 'قوارب', 'مراكب', 'زوارق', 'قاربين', 'قاربان', 'مركبين', 'مركبان', 'زورقين', 'زورقان'].map(fold));
const BOAT_REACH = 40;
const MIGRANT_REACH = 80;
const MIGRANT_WORDS: ReadonlySet<string> = new Set(['مهاجر', 'مهاجرا', 'مهاجرين', 'مهاجرون', 'هجرة'].map(fold));
const NATIONALITIES: ReadonlySet<string> = new Set(['جنسية', 'جنسيات'].map(fold));
const QUOTES: ReadonlySet<string> = new Set(['"', '«', '“', '”', "'"]);
// What a vehicle is for (9 سيارات إسعاف، عربات إطفاء): no weapon, never deployed.
const BARE_CASE_REACH = 6;
const CIVIL_PURPOSES: ReadonlySet<string> = new Set(['لإجلاء', 'لاجلاء', 'لإنقاذ', 'لانقاذ', 'لإغاثة', 'لاغاثة', 'لإخماد', 'لاخماد', 'لنقل'].map(fold));
const CIVIL_USES: ReadonlySet<string> = new Set(['إسعاف', 'اسعاف', 'الإسعاف', 'الاسعاف', 'إطفاء', 'اطفاء', 'الإطفاء', 'الاطفاء'].map(fold));
const TARGETS: ReadonlySet<string> = new Set(['هدف', 'هدفا', 'أهداف'].map(fold));
const STRIKE_VERBS: ReadonlySet<string> = new Set(['ضرب', 'ضربت', 'قصف', 'قصفت', 'استهدف', 'استهدفت', 'أغار', 'أغارت', 'هاجم', 'هاجمت', 'دمر', 'دمرت', 'يضرب', 'تضرب', 'يقصف', 'تقصف', 'يستهدف', 'تستهدف', 'ضرب', 'قصف', 'استهداف'].map(fold));
const ARRIVING: ReadonlySet<string> = new Set(['قادمة', 'قادمين', 'قادمون', 'قادما', 'القادمة', 'القادمين', 'القادمون', 'وافدة', 'وافدين', 'الوافدة', 'الوافدين'].map(fold));
const CAMP_WORDS: ReadonlySet<string> = new Set(['مخيم', 'مخيمات'].map(fold));
const CROSSING_NOUNS: ReadonlySet<string> = new Set(['عبور', 'العبور', 'لعبور'].map(fold));
const SEA_OR_BORDER: ReadonlySet<string> = new Set(['بحر', 'حدود', 'متوسط', 'مانش'].map(fold));
// Arriving or being received somewhere, and the points people arrive at: a border, a crossing, a reception or transit centre.
const ARRIVING_VERBS: ReadonlySet<string> = new Set(['يستقبل', 'تستقبل', 'استقبل', 'استقبلت', 'يصل', 'يصلون', 'تصل', 'يدخل', 'يدخلون', 'يتدفق', 'يتدفقون', 'يعبر', 'يعبرون'].map(fold));
// «That is», «followed by», «then», «compared with»: the figure after restates, ranks after or is compared with the one before.
const RESTATING: ReadonlySet<string> = new Set(['أي', 'تلاه', 'تلته', 'تلتها', 'تلاها', 'يليه', 'تليه', 'تليها', 'يليها', 'ثم', 'مقارنة'].map(fold));
const RESTATE_REACH = 8;
// قبضة، الأسر، المختطفين: people held are named in the sentence.
const HELD_WORDS: ReadonlySet<string> = new Set(['قبضة', 'أسر', 'مختطفين', 'مخطوفين', 'خاطفين', 'رهائن'].map(fold));
const WERE_AMONG: ReadonlySet<string> = new Set(['كانوا', 'كن', 'كانت', 'هم', 'وهم'].map(fold));
const AMONG_WORDS: ReadonlySet<string> = new Set(['بين', 'ضمن'].map(fold));
const DAILY: ReadonlySet<string> = new Set(['يوميا', 'يومياً'].map(fold));
const ARRIVAL_POINTS: ReadonlySet<string> = new Set([...CROSSING_POINTS, ...['حدود', 'الحدود', 'الحدودي', 'الحدودية', 'العبور', 'الاستقبال'].map(fold)]);
// Done to weapons, or to vehicles deployed (نشر 500 جندي و40 آلية، تضم 40 آلية وجرافتين): said of the materiel joined to them too.
// Soldiers and fighters, in the forms the lexicon counts (جندي، عسكري، عنصر، مقاتل).
const SOLDIERS: ReadonlySet<string> = new Set(
  ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'عسكريون', 'عنصر', 'عنصرا', 'عناصر', 'مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون', 'ضابط', 'ضباط'].map(fold),
);
// A raid, or pushing forces in (دفعت بتعزيزات): the vehicles they bring are deployed (reinforcements only brought, استقدمت تعزيزات, stay as set 8 annotates them).
const RAID_WORDS: ReadonlySet<string> = new Set(
  // (تدفع قوات الاحتلال بأكثر من ٤٠ آلية: the present too, after the hundred-and-eighth set.)
  ['اقتحمت', 'اقتحم', 'اقتحموا', 'اقتحام', 'تقتحم', 'يقتحم', 'توغلت', 'توغل', 'توغلوا', 'دفعت', 'دفع', 'تدفع', 'يدفع'].map(fold),
);
const WEAPONS_DONE: ReadonlySet<string> = new Set(['launched', 'intercepted', 'demined', 'deployed']);
const PART_AFTER: ReadonlySet<string> = new Set(['منهم', 'منهن'].map(fold));
const SUBSET_WINDOW = 40;
// بينهم صحفيون ومحامون وعشرات: how many people named without a number may stand between the part word and the figure.
const PARTS_NAMED_FIRST = 3;
const AND: ReadonlySet<string> = new Set(['و']);
const FROM: ReadonlySet<string> = new Set(['من']);
const OUT_OF: ReadonlySet<string> = new Set(['أصل', 'مجموع', 'إجمالي'].map(fold));
const DISEASE_WINDOW = 4;
const RESIDENCE_WINDOW = 3;
const SHELTER_WINDOW = 4;
// Verbs that put a figure on something named earlier in the clause: بلغ، وصل، يُقدَّر، طالت.
const ESTIMATE_VERBS: ReadonlySet<string> = new Set(
  'بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل طال طالت شمل شملت يقدر تقدر قدر قدرت يقدرون ارتفع ارتفعت'.split(' ').map(fold),
);

// Cases counted by the noun إصابة (1,046 إصابة): sick when the sentence names a disease.
const INJURY_CASES: ReadonlySet<string> = new Set(['إصابة', 'إصابات'].map(fold));
// Later stages of a kind, told by the verb after the figure: detained → released, displaced → returned.
const LATER_STAGES: Readonly<Record<string, readonly string[]>> = {
  // Held, then disappeared (اعتقلت 134 رجلاً ما زالوا مختفين، ولم يعرف مصيرهم): missing.
  detained: ['released', 'missing'],
  // Hostages held, then freed (20 رهينة أُفرج عنهم), after the ninety-sixth set.
  abducted: ['released'],
  displaced: ['returned'],
  refugees: ['returned'],
  // 38 من الضحايا قضوا: what the verb says happened to the victims.
  victims: ['killed', 'injured', 'missing'],
};
const VIA: ReadonlySet<string> = new Set(['عبر']);
const OF_THEM: ReadonlySet<string> = new Set(['عنهم', 'عنهن'].map(fold));
// Besides (إضافة إلى، بالإضافة إلى، فضلاً عن، علاوة على): more of the figure before.
const BESIDES: readonly [ReadonlySet<string>, ReadonlySet<string>][] = [
  [new Set(['إضافة'].map(fold)), new Set(['إلى', 'الى', 'لـ'].map(fold))],
  // إلى جانب 17 مهرباً (alongside), after the fifty-first set.
  [new Set(['إلى', 'الى'].map(fold)), new Set(['جانب'].map(fold))],
  [new Set(['فضلا', 'فضلاً'].map(fold)), new Set(['عن'])],
  [new Set(['علاوة'].map(fold)), new Set(['على'].map(fold))],
];
// Compared with (مقارنة بـ، بالمقارنة مع): the same figure at another time or place.
const COMPARED: readonly [ReadonlySet<string>, ReadonlySet<string>][] = [[new Set(['مقارنة'].map(fold)), new Set(['ب', 'مع'])]];
const ARRIVING_REACH = 6;
const CAPTIVITY: ReadonlySet<string> = new Set(['الأسر', 'الاحتجاز', 'الاعتقال', 'السجن', 'السجون', 'الأسر،'].map(fold));
const CAPTIVITY_REACH = 4;
const LEAVE_REACH = 10;
const LEAVE_VERBS: ReadonlySet<string> = new Set(['غادر', 'غادرت', 'غادروا', 'مغادرة', 'يغادر', 'تغادر'].map(fold));
const CAMP_REACH = 16;
// متجهين إلى مناطقهم، في إطار العودة الطوعية: words of going home.
const HOMEWARD: ReadonlySet<string> = new Set(['مناطقهم', 'مناطقها', 'قراهم', 'قراها', 'ديارهم', 'بلداتهم', 'مدنهم', 'متجهة', 'عودة', 'العودة', 'عائدين', 'إعادة', 'متجهين', 'عاد', 'عادوا', 'عادت'].map(fold));
const CONTAINERS: ReadonlySet<string> = new Set(['عبوة', 'عبوات'].map(fold));
const CONTENTS: ReadonlySet<string> = new Set(['مياه', 'ماء', 'حليب', 'زيت', 'غذاء', 'دواء'].map(fold));
const ABOUT_THEM: ReadonlySet<string> = new Set(['عنهم', 'عنهن', 'عنهما'].map(fold));
const IN_EXCHANGE: ReadonlySet<string> = new Set(['مقابل', 'بمقابل'].map(fold));
// Becoming (تحوّل 41 منها إلى حالات اختفاء): what the part turned into.
const BECAME: ReadonlySet<string> = new Set(['تحول', 'تحولت', 'يتحول', 'تتحول', 'صار', 'صارت', 'أصبح', 'أصبحت'].map(fold));
const OF_IT: ReadonlySet<string> = new Set(['منها'].map(fold));
const INTO: ReadonlySet<string> = new Set(['إلى', 'الى'].map(fold));
const EXCEPT: ReadonlySet<string> = new Set(['سوى', 'إلا', 'الا'].map(fold));

const INTERCEPT_REACH = 14;
const SENTENCE_ENDS_HERE = /[.!?؟\n]/u;

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'عند', 'قرب', 'داخل'].map(fold));
const PLACE_REACH = 3;
const CASES_BEFORE_REACH = 120;

/**
 * في حكومة الإقليم، في مدينة حلب at k: a preposition of place and up to three words
 * that are no event, number or particle; the index after them, or k.
 */
function pastPlace(t: Tokenized, k0: number): number {
  // مسؤولاً سابقاً بارزاً في …: indefinite accusative adjectives the phrase did not take come first.
  let k = k0;
  while (k - k0 < 2 && /^[^وف].{2,}ا$/u.test(t.tokens[k]?.type === WORD ? t.tokens[k]!.n : '') && !lookupNoun(t.tokens[k]!.n) && !lookupEventBefore(t.tokens[k]!.n)) k += 1;
  if (!wordIs(t, k, PLACE_PREPOSITIONS)) return k0;
  let m = k + 1;
  while (m - k <= PLACE_REACH) {
    const tok = t.tokens[m];
    if (tok?.type !== WORD || /^[وف]/u.test(tok.n) || STOPWORDS.has(tok.n) || numberWord(tok) || lookupEventBefore(tok.n) || lookupEventAfter(tok.n)) break;
    m += 1;
  }
  return m > k + 1 ? m : k0;
}

const STAFF: ReadonlySet<string> = new Set(['طاقم', 'طواقم', 'فريق', 'فرق', 'فرقة'].map(fold));
const WERE: ReadonlySet<string> = new Set(['كانوا', 'كن', 'كانا', 'كانتا'].map(fold));
const TRANSIT: ReadonlySet<string> = new Set(['العبور', 'عبور', 'الاستقبال', 'استقبال'].map(fold));
const CENTRES: ReadonlySet<string> = new Set(['مركز', 'مراكز'].map(fold));
const THE_CASES: ReadonlySet<string> = new Set(['الحالات', 'والحالات', 'للحالات', 'بالحالات'].map(fold));
const CAPACITY_WORDS: ReadonlySet<string> = new Set(['طاقة', 'طاقته', 'طاقتها', 'طاقتهم', 'سعة', 'سعته', 'سعتها', 'الاستيعابية', 'قدرته', 'قدرتها'].map(fold));
const TO_RECEIVE: ReadonlySet<string> = new Set(['لاستقبال', 'لاستيعاب', 'لإيواء'].map(fold));
const ORIGINALLY: ReadonlySet<string> = new Set(['أصلا', 'أصلاً', 'أساسا', 'أساساً', 'اصلا'].map(fold));
const DESIGNED: ReadonlySet<string> = new Set(['صمم', 'صممت', 'مصمم', 'مصممة', 'المصمم', 'المصممة', 'يتسع', 'تتسع', 'مخصص', 'مخصصة', 'المخصص', 'المخصصة'].map(fold));
const CAPACITY_REACH = 4;
const WITH_PRONOUN: ReadonlySet<string> = new Set(['به', 'بها', 'بهم', 'بهما', 'بهن'].map(fold));
const FROM_OR_AND_FROM: ReadonlySet<string> = new Set(['من', 'ومن']);
const INHABITANTS: ReadonlySet<string> = new Set(['نسمة'].map(fold));
const STILL_FIRST: ReadonlySet<string> = new Set(['ما', 'لا', 'مازال', 'مازالت', 'مازالوا', 'لايزال', 'لاتزال', 'لايزالون'].map(fold));
const STILL: ReadonlySet<string> = new Set(['زال', 'زالت', 'زالوا', 'يزال', 'تزال', 'يزالون', 'يزلن'].map(fold));

/** ما زالت، لا يزالون، مازالوا at k: how many tokens the verb of remaining takes (0 when there is none). */
function stillBetween(t: Tokenized, k: number): number {
  const first = t.tokens[k];
  if (first?.type !== WORD || !STILL_FIRST.has(first.n)) return 0;
  if (/^(?:ما|لا)$/u.test(first.n)) return wordIs(t, k + 1, STILL) ? 2 : 0;
  return 1;
}

const EXCHANGE: ReadonlySet<string> = new Set(['تبادل', 'صفقة', 'مبادلة'].map(fold));
const EXCHANGE_REACH = 12;
const INFECTION: ReadonlySet<string> = new Set(['إصابة', 'بإصابة', 'وإصابة'].map(fold));
const INFECTION_REACH = 5;

// Receiving people held: the hand-over of hostages or prisoners to a third party.
const RECEIVED: ReadonlySet<string> = new Set(['تسلم', 'تسلمت', 'تسلموا', 'يتسلم', 'تتسلم', 'استلم', 'استلمت', 'تسلّم', 'تسلّمت'].map(fold));
const RECEIVED_REACH = 3;

function wordIs(t: Tokenized, i: number, set: ReadonlySet<string>): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === WORD && set.has(tok.n);
}

function punctAt(t: Tokenized, i: number, chars: string): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === PUNCT && chars.includes(tok.n);
}

/** True when no sentence end lies between tokens a (inclusive) and b (exclusive). */
function sameSentence(t: Tokenized, a: number, b: number): boolean {
  for (let k = a; k < b; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
  }
  return true;
}

function known(f: ReadFigure | undefined): Sense | null {
  return f?.category && f.kind ? { category: f.category, kind: f.kind } : null;
}

/** Reads the sense of one figure against the figures read before it. */
export class SenseReader {
  constructor(
    private readonly t: Tokenized,
    private readonly figures: readonly ReadFigure[],
  ) {}

  /** An interception verb, then a return verb joined to it by و, in the clause before token i (no figure between). */
  private interceptedThenReturned(i: number): boolean {
    let returned = false;
    for (let k = i - 1; k >= 0 && i - k <= INTERCEPT_REACH; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === NUM || (tok.type === PUNCT && SENTENCE_ENDS_HERE.test(tok.n))) return false;
      if (tok.type !== WORD) continue;
      const e = lookupEventBefore(tok.n);
      if (e?.kind === 'returned' && tok.n.startsWith('و')) returned = true;
      else if (e?.kind === 'intercepted') return returned;
      else if (e) return false;
    }
    return false;
  }

  of(f: FigureAt): SenseResult {
    const read = this.read(f);
    // اعترض خفر السواحل الليبي وأعاد إلى البر 19,842 مهاجراً: people intercepted at sea and brought back are intercepted.
    if (read.sense?.kind === 'returned' && f.counted?.noun?.person && this.interceptedThenReturned(f.start)) return { ...read, sense: { category: 'displacement', kind: 'intercepted' } };
    // 300 إصابة بالكوليرا، 1,200 مصاب بالحصبة: cases of a disease, not injuries.
    if (read.sense?.kind === 'injured' && this.diseaseAfter(f.end)) return { ...read, sense: senseOfKind('sick') };
    // عملية تبادل جديدة للأسرى … شملت 300 أسير: prisoners held, counted in a sentence about an exchange, are released
    // (after the eighty-fourth set).
    if (read.sense?.kind === 'detained' && f.counted?.noun?.kind === 'detained' && this.exchangeBefore(f.start)) return { ...read, sense: senseOfKind('released') };
    // أدى تفشي الحصبة إلى إصابة 1,046 طفلاً: infection told right after its disease (after the eighty-first set).
    if (read.sense?.kind === 'injured' && this.infectionBefore(f.start)) return { ...read, sense: senseOfKind('sick') };
    // لترتفع الحصيلة منذ ظهور الوباء إلى 1,046 إصابة: a count of إصابة in a sentence about a disease.
    if (read.sense?.kind === 'injured' && this.caseNoun(f) && diseaseBefore(this.t, f.start)) return { ...read, sense: senseOfKind('sick') };
    // عدد الإصابات بالكوليرا ارتفع إلى 1,318 حالة؛ السليمانية … من الإصابات (712 حالة)، تلتها كركوك (284): cases, or a bracketed
    // figure of a list of them, after a disease named in the sentence or the one before are the disease's (after the hundred-and-fifth set).
    const bracketed = !f.counted && punctAt(this.t, f.start - 1, '(');
    if (read.sense?.kind === 'injured' && (this.bareCases(f) || this.caseNoun(f) || bracketed) && diseaseInSentenceOrBefore(this.t, f.start, 1)) return { ...read, sense: senseOfKind('sick') };
    // محافظات حجة (9,850 حالة) after a sentence counting cases of cholera: cases with no event of their own are the disease's.
    // إجمالي الحالات … بلغ ٢٤٨,٧١٥ حالة two sentences after the disease; الحديدة (٨٦٠) in a list of the cases (after the thirtieth set).
    if (!read.sense && this.bareCases(f) && diseaseInSentenceOrBefore(this.t, f.start, this.casesNamed(f.start) ? 2 : 1)) return { ...read, sense: senseOfKind('sick') };
    if (!read.sense && !f.counted && punctAt(this.t, f.start - 1, '(') && this.casesNamed(f.start) && diseaseInSentenceOrBefore(this.t, f.start, 2)) return { ...read, sense: senseOfKind('sick') };
    // وثقت 196 حالة احتجاز تعسفي … وتوزعت الحالات … على النحو الآتي: قوات الحكومة (117): cases of an event counted in the
    // sentence before, listed in brackets (after the hundred-and-thirty-fifth set).
    const listed = !read.sense && !f.counted && punctAt(this.t, f.start - 1, '(') && this.casesNamed(f.start) ? this.casesOfEventBefore(f.start) : null;
    if (listed) return { ...read, sense: listed };
    // تبلغ طاقتها الاستيعابية 800 شخص، صُمم لاستقبال ٣ آلاف شخص: a capacity is a count with no category (Conventions).
    if (read.sense && this.capacityBefore(f.start)) return { ...read, sense: null, partOf: null };
    // عالجت الفرق 500 طفل من سوء التغذية، أدخلت مراكز التغذية 2,350 طفلاً: care for malnutrition.
    const person = !f.counted || !!f.counted.noun?.person;
    const injured = read.sense?.kind === 'injured';
    const told = injured ? nutritionAfter(this.t, f.end) : false;
    const suffering = (!read.sense || read.weak) && (sufferingFromNutrition(this.t, f) || (!f.counted?.noun?.kind && careThenNutrition(this.t, f)));
    // إذ أدخلت مراكز التغذية 1,850 طفلاً after the displaced of an earlier clause: care says malnourished.
    const displaced = read.sense?.category === 'displacement';
    if (person && (told || suffering || ((!read.sense || read.weak || injured || displaced) && nutritionCare(this.t, f.start)))) return { ...read, sense: senseOfKind('malnourished') };
    // عدد المصابين بسوء التغذية الحاد … بنحو 730 ألف طفل: the afflicted by malnutrition are malnourished.
    if (person && (!read.sense || injured) && afflictedByNutritionBefore(this.t, f.start)) return { ...read, sense: senseOfKind('malnourished') };
    // ليصل عديده في المنطقة إلى نحو 9 آلاف عسكري: soldiers told as a force's strength are troops, deployed before or not.
    if (f.counted?.noun?.person && inSet(SOLDIERS, f.counted.head.n, ['و', 'ال', 'وال']) !== null && (!read.sense || read.sense.kind === 'deployed') && strengthBefore(this.t, f.start)) {
      return { ...read, sense: senseOfKind('troops') };
    }
    // طرد القوات الفرنسية البالغ عددها نحو 1,500 جندي، قاعدة تضم نحو 200 عسكري: soldiers told as a force's number right
    // after it, or as what a base holds, are troops whatever the clause did to the force (after the hundred-and-fifty-fifth set).
    // (فرق الإنقاذ المؤلفة من 1,250 عنصراً: members, عناصر, make up rescue teams too; only soldiers say a force.)
    if (f.counted?.noun?.person && inSet(SOLDIERS, f.counted.head.n, ['و', 'ال', 'وال']) !== null && (this.forceNumbered(f.start) || (!read.sense && !MEMBER_WORDS.test(f.counted.head.n) && this.composition(f.start)))) {
      return { ...read, sense: senseOfKind('troops') };
    }
    // أجبرت قرابة 70 ألف شخص على النزوح، أجبر نحو 180 أسرة على مغادرة المخيم: people forced to leave are displaced.
    // أجبر أكثر من 2,400 أسرة (نحو 16,800 شخص) على النزوح: a figure in brackets after it is stepped over (after the forty-eighth set).
    const onAt = pastBrackets(this.t, f.end);
    if (person && wordIs(this.t, onAt, ON) && wordIs(this.t, onAt + 1, LEAVING) && forcedBefore(this.t, f.start)) return { ...read, sense: senseOfKind('displaced') };
    // أحياء يقطنها نحو 85 ألف شخص: the residents of a place an event reached are no figure of the event (a camp's are displaced).
    if (read.sense && wordIs(this.t, f.start - 1, DWELLING_VERBS) && !campResidents(this.t, f.start)) return { ...read, sense: null };
    // أوقفت قوات خفر السواحل 120 مهاجراً قبالة السواحل: migrants stopped at sea are intercepted (convention), not arrested.
    if (read.sense?.kind === 'detained' && f.counted?.noun?.weakKind === 'migrants' && this.seaNear(f)) return { ...read, sense: { category: 'displacement', kind: 'intercepted' } };
    // عودة 146 عسكرياً روسياً من الأسر، أُعيدوا من الأسر: back from captivity is released, no return of the displaced
    // (after the fifty-ninth set).
    if (read.sense?.kind === 'returned' && this.fromCaptivity(f)) return { ...read, sense: senseOfKind('released') };
    // غادر 241 شخصاً … مخيم الهول، بعد مغادرة نحو 11 ألفاً منه (a camp named before): leaving a camp is a return, by the
    // convention on camps, when nothing else is said of them (after the fifty-first set).
    if ((person || !f.counted) && !read.sense && this.leavingCamp(f.start, f.end)) return { ...read, sense: senseOfKind('returned') };
    // 158 عائلة عراقية قادمة من مخيم الهول: people arriving from a camp are returnees, when nothing else is said of them.
    if (person && !read.sense && this.arrivingFrom(f.end, CAMP_WORDS)) return { ...read, sense: senseOfKind('returned') };
    // غرق قارب كان يقل نحو 70 شخصاً، وعلى متنه 74 شخصاً: people a boat carries are migrants, when nothing else is said of them.
    if (!read.sense && f.counted && inSet(ABOARD_PEOPLE, f.counted.head.n, ['و']) !== null && this.carriedByBoat(f.start)) return { ...read, sense: senseOfKind('migrants') };
    // حاول أكثر من 5,300 من الروهينغا عبور البحر: people crossing the sea or a border are displaced (convention on crossings).
    if ((!f.counted?.noun || f.counted.noun.person) && !read.sense && this.crossingAfter(f.end)) return { ...read, sense: senseOfKind('displaced') };
    // يستقبل المعبر الحدودي ما بين 1,500 و2,000 شخص يومياً: people arriving every day at a crossing or a reception point
    // are displacement, of the kind the sentence told (after the hundred-and-thirty-ninth to hundred-and-forty-third sets).
    if (person && !read.sense && (this.dailyArrivals(f) || (this.dailyArrivals(f, false) && this.returnNamed(f)))) return { ...read, sense: this.returnNamed(f) ? senseOfKind('returned') : (this.displacementBefore(f.start) ?? senseOfKind('displaced')) };
    // أجبر أكثر من 2,400 أسرة، أي ما يقارب 16,800 شخص؛ استقبل 212,450 عائداً، تلاه منفذ جوسية بـ48 ألفاً و300 شخص؛ يعبر
    // يومياً ما بين 1,200 و1,500 شخص، مقارنة بنحو ٣٠٠ شخص: a figure of people that restates the one before, follows it in a
    // ranked list or is compared with it counts what it counts (after the hundred-and-forty-fourth to forty-ninth sets).
    const again = person && !read.sense ? this.restated(f) : null;
    if (again) return { ...read, sense: again };
    // قرابة 280 ألف طفل كانوا بين العائدين: people told to be among a group that says what befell it are of that group
    // (after the hundred-and-sixty-fourth set).
    const among = person && !read.sense ? this.amongGroupAfter(f.end) : null;
    if (among) return { ...read, sense: among };
    return read;
  }

  /**
   * يقل، تحمل، وعلى متنه right before token i (quotation marks aside), with a
   * boat named in the few words before it in the sentence.
   */
  private carriedByBoat(i: number): boolean {
    const { t } = this;
    let k = i - 1;
    while (k >= 0 && t.tokens[k]!.type === PUNCT && /^[«"“(]$/u.test(t.tokens[k]!.n)) k -= 1;
    if (!wordIs(t, k, CARRY_WORDS)) return false;
    let boat = false;
    for (let m = k - 1; m >= 0 && k - m <= BOAT_REACH; m -= 1) {
      const tok = t.tokens[m]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) break;
      if (tok.type === WORD && inSet(BOATS, tok.n, ['و', 'ال', 'وال', 'ب', 'بال', 'لل']) !== null) {
        boat = true;
        break;
      }
    }
    if (!boat) return false;
    // In a story on migrants: a migrant named in the sentence or the one before it.
    for (let m = k - 1, ends = 0; m >= 0 && k - m <= MIGRANT_REACH; m -= 1) {
      const tok = t.tokens[m]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n) && tok.n !== '\n' && ++ends > 1) return false;
      if (tok.type === WORD && inSet(MIGRANT_WORDS, tok.n, ['و', 'ال', 'وال', 'لل', 'ل']) !== null) return true;
    }
    return false;
  }

  /** A verb of striking among the three words before token i, in its clause: ضربت، قصفت الطائرات، استهدف الجيش. */
  private strikeVerbBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 3; k -= 1) {
      const tok = this.t.tokens[k]!;
      // ضربت "أكثر من 40 هدفاً": an opening quotation mark between the verb and its quoted figure.
      if (tok.type === PUNCT && QUOTES.has(tok.n)) continue;
      if (tok.type !== WORD) return false;
      if (inSet(STRIKE_VERBS, tok.n, ['و', 'ف']) !== null) return true;
    }
    return false;
  }

  /** خفر السواحل، قبالة السواحل، في البحر: the sea named among the ten words around the figure, in its sentence. */
  private seaNear(f: FigureAt): boolean {
    const { t } = this;
    for (let m = Math.max(0, f.start - SEA_REACH); m < t.tokens.length && m < f.end + SEA_REACH; m += 1) {
      const tok = t.tokens[m]!;
      if (m >= f.start && m < f.end) continue;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) {
        if (m < f.start) continue;
        return false;
      }
      if (tok.type === WORD && inSet(SEA_WORDS, tok.n, ['و', 'ال', 'وال', 'ب', 'بال', 'في']) !== null) return true;
    }
    return false;
  }

  /** قادمة من مخيم، القادمين من المخيمات: a participle of arriving right after the figure, then من and one of `places`. */
  private arrivingFrom(end: number, places: ReadonlySet<string>): boolean {
    const { t } = this;
    // 652 شخصاً ينتمون إلى 187 عائلة عراقية قادمة من مخيم الهول: or a few words on, in the same clause (after the sixty-third set).
    for (let k = end; k < t.tokens.length && k - end <= ARRIVING_REACH; k += 1) {
      if (t.tokens[k]!.type !== WORD) return false;
      if (wordIs(t, k, ARRIVING)) return wordIs(t, k + 1, FROM) && t.tokens[k + 2]?.type === WORD && inSet(places, t.tokens[k + 2]!.n, ['ال']) !== null;
    }
    return false;
  }

  /** من الأسر، من الاحتجاز within a few words after the figure (its verb between). */
  private fromCaptivity(f: FigureAt): boolean {
    const { t } = this;
    for (let k = f.end; k < t.tokens.length && k - f.end <= CAPTIVITY_REACH; k += 1) {
      const tok = t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (tok.n === 'من' && wordIs(t, k + 1, CAPTIVITY)) return true;
    }
    return false;
  }

  /** A verb of leaving among the two words before token i, and a camp named in its sentence. */
  private leavingCamp(i: number, end = i): boolean {
    const { t } = this;
    const leaves = (k: number) => wordIs(t, k, LEAVE_VERBS) || inSet(LEAVE_VERBS, t.tokens[k]?.type === WORD ? t.tokens[k]!.n : '', ['و', 'ف', 'ب', 'وب']) !== null;
    const campAt = (k: number) => t.tokens[k]?.type === WORD && inSet(CAMP_WORDS, t.tokens[k]!.n, ['ال', 'وال']) !== null;
    let leaving = false;
    for (let k = i - 1; k >= 0 && i - k <= 2; k -= 1) if (leaves(k)) leaving = true;
    // غادر المخيم منذ كانون الثاني/يناير الماضي نحو 8,700 شخص: the verb and the camp it leaves may open the clause; 38 عائلة
    // غادرت مخيم الزعتري: or the verb follow the figure (after the hundred-and-forty-sixth set).
    // (غادرت صباح اليوم قافلة تضم 84 عائلة سورية مخيم الهول: or the camp come after the figure, after the hundred-and-fifty-second set.)
    for (let k = i - 1; !leaving && k >= 0 && i - k <= LEAVE_REACH; k -= 1) {
      const tok = t.tokens[k]!;
      if (tok.type === PUNCT && tok.n !== '/') break;
      if (leaves(k) && (campAt(k + 1) || [0, 1, 2].some((d) => campAt(end + d)))) leaving = true;
    }
    if (!leaving && leaves(end) && campAt(end + 1)) leaving = true;
    if (!leaving) return false;
    let camp = false;
    let home = false;
    for (const dir of [-1, 1]) {
      for (let m = i + dir; m >= 0 && m < t.tokens.length && Math.abs(m - i) <= CAMP_REACH; m += dir) {
        const tok = t.tokens[m]!;
        if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) break;
        if (tok.type !== WORD) continue;
        if (inSet(CAMP_WORDS, tok.n, ['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'في']) !== null) camp = true;
        if (inSet(HOMEWARD, tok.n, ['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'إلى']) !== null) home = true;
      }
    }
    // غادر 500 شخص المخيم أمس: leaving alone says no more than that; a return is told by where they head or a programme.
    return camp && home;
  }

  /** كانوا بين العائدين، هم من بين الضحايا right after token k: the kind of the definite group named. */
  private amongGroupAfter(k: number): Sense | null {
    const { t } = this;
    let m = wordIs(t, k, WERE_AMONG) ? k + 1 : k;
    if (wordIs(t, m, FROM) && wordIs(t, m + 1, AMONG_WORDS)) m += 1;
    if (!wordIs(t, m, AMONG_WORDS)) return null;
    const group = t.tokens[m + 1];
    const kind = group?.type === WORD && isDefinite(group.n) ? lookupNoun(group.n)?.kind : undefined;
    return kind ? senseOfKind(kind) : null;
  }

  /** The sense of the figure just before in the sentence, when a word restating, ranking or comparing stands between. */
  private restated(f: FigureAt): Sense | null {
    const { t } = this;
    const prev = this.figures.at(-1);
    const s = known(prev);
    if (!prev || !s || f.start - prev.endTok > RESTATE_REACH || !sameSentence(t, prev.endTok, f.start)) return null;
    for (let k = prev.endTok; k < f.start; k += 1) {
      const tok = t.tokens[k]!;
      if (tok.type === WORD && inSet(RESTATING, tok.n, ['و', 'ف', 'ب']) !== null) return s;
    }
    return null;
  }

  /**
   * تستقبل ما بين 250 و400 شخص يومياً، ما بين 800 و1,200 شخص يصلون يومياً: a figure told per day, with a verb of arriving or
   * receiving right around it and a border, crossing or reception point in its sentence (`atPoint`).
   */
  private dailyArrivals(f: FigureAt, atPoint = true): boolean {
    const { t } = this;
    const verbAfter = wordIs(t, f.end, ARRIVING_VERBS);
    // (يعبر المركز يومياً ما بين 1,200 و1,500 شخص: or right before it.)
    const daily = wordIs(t, f.end - 1, DAILY) || wordIs(t, f.end, DAILY) || wordIs(t, f.start - 1, DAILY) || (verbAfter && wordIs(t, f.end + 1, DAILY));
    if (!daily || !(verbAfter || [1, 2, 3].some((d) => wordIs(t, f.start - d, ARRIVING_VERBS)))) return false;
    // (وتيرة العودة … يعبر المركز يومياً: without the point, a return named in the sentence says who arrive, in read.)
    if (!atPoint) return true;
    return this.inSentenceAround(f, (k) => t.tokens[k]!.type === WORD && inSet(ARRIVAL_POINTS, t.tokens[k]!.n, ['و', 'ب', 'ل', 'وب']) !== null);
  }

  /** عبور البحر، لعبور الحدود: crossing the sea or a border right after the figure. */
  private crossingAfter(end: number): boolean {
    const { t } = this;
    return wordIs(t, end, CROSSING_NOUNS) && t.tokens[end + 1]?.type === WORD && inSet(SEA_OR_BORDER, t.tokens[end + 1]!.n, ['ال']) !== null;
  }

  /** The counted noun is إصابة/إصابات itself (not مصاب, not a verb): a case. */
  /** The counted noun is حالة/حالات with nothing after it saying what case. */
  private bareCases(f: FigureAt): boolean {
    return !!f.counted && !f.counted.noun && inSet(CASE_WORDS, f.counted.head.n, ['و', 'ب', 'ال']) !== null;
  }

  private caseNoun(f: FigureAt): boolean {
    const head = f.counted?.head.n;
    return !!head && !f.counted!.noun && inSet(INJURY_CASES, head, ['و', 'ب', 'ال']) !== null;
  }

  private read(f: FigureAt): SenseResult {
    const part = this.subsetOf(f.start);
    // من أكثر من 40 جنسية: a count of nationalities is no people (43 من جنسيات غير سورية, after من, is).
    if (f.counted && inSet(NATIONALITIES, f.counted.head.n, ['و', 'ال']) !== null && !wordIs(this.t, f.counted.start - 1, FROM)) {
      return { sense: null, partOf: part, understood: null };
    }
    const local = this.local(f);
    const whole = part === null ? null : known(this.figures[part]);
    // نقل 1,968 معتقلاً أفرجت عنهم، بينهم 1,718 … اعتُقلوا خلال الحرب: a part of those released, told when it was detained,
    // is released with them (after the fifty-seventh set).
    if (local && whole?.kind === 'released' && local.sense.kind === 'detained') return { sense: whole, partOf: part, understood: null };
    if (local) return { ...local, partOf: local.partOf ?? part, understood: null };
    // 7 هجمات على منشآت حيوية، بينها مدرستان: buildings among the targets of attacks are no part of the attacks (after the twenty-eighth set).
    const partNoun = f.counted ? (f.counted.noun ?? lookupImplicit(f.counted.head.n)?.noun ?? null) : null;
    const targets = whole !== null && whole.category === 'military' && !!partNoun && !partNoun.person && !partNoun.thingKind && !partNoun.materiel;
    if (targets) return { sense: null, partOf: null, understood: null };
    if (whole) return { sense: whole, partOf: part, understood: null };
    // النازحين، ومن بينهم نحو 27 ألف طفل: a part of a group named by a definite noun that says what befell it.
    const group = part === null ? this.groupBeforeParts(f.start) : null;
    if (group) return { sense: group, partOf: null, understood: null };
    // 11 ألف جندي، 850 ألف مهاجر: what a count of these people is when nothing else says so.
    const weak = f.counted?.noun?.weakKind;
    // عنصر، مقاتل with a force or a deployment in the sentence (قوة قوامها 5,550 عنصراً): troops.
    const armed = weak ?? (f.counted?.noun && inSet(ARMED, f.counted.head.n, ['و', 'ال', 'وال']) && forceNear(this.t, f) ? 'troops' : undefined);
    const fallback: SenseResult = armed ? { sense: senseOfKind(armed), partOf: part, understood: null, weak: true } : { sense: null, partOf: part, understood: null };
    // Only a count of people (or of nothing named) hangs on the clause's event: 197 مخيماً does not.
    // Inside a bracketed list a group the lexicon does not know is an item too: (… و64 من المجموعات المحلية).
    const head = f.counted?.head.n;
    const people =
      !f.counted ||
      f.counted.noun?.person ||
      (head !== undefined && !f.counted.noun && (looksLikeNisba(head) || this.inBrackets(f.start)));
    if (!people) return fallback;
    // قوة … البالغ قوامها نحو 10 آلاف عنصر: the members of a force are its troops, whatever the clause told before.
    if (armed && this.composition(f.start)) return fallback;
    const governed = this.governed(f);
    return governed?.sense ? governed : fallback;
  }

  /** Token i sits inside brackets opened earlier in its sentence and not yet closed. */
  private inBrackets(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== PUNCT) continue;
      if (SENTENCE_ENDS.has(tok.n) || tok.n === ')') return false;
      if (tok.n === '(') return true;
    }
    return false;
  }

  /** The figure's own words: event before, counted noun, case word, event after, toll, coordination. */
  private local(f: FigureAt): { sense: Sense; partOf: number | null } | null {
    const { t } = this;
    const noun = f.counted?.noun ?? null;
    const thing = noun !== null && !noun.person;
    // 12 عملية عسكرية، 5 طائرات مسيرة، 3 جولات من المفاوضات: the word after the noun says what it counts.
    const compound = f.counted ? this.compoundOf(f.counted) : null;
    // الدول الأعضاء الـ29: a definite number after its noun names a known set; 17 دولة أرسلت is a figure of states.
    const knownSet = !!f.counted && f.counted.start <= f.start && noun?.thingKind === 'state';
    // 3 آلاف عبوة مياه: a container of water is no explosive device (after the fifty-sixth set).
    const container = !!f.counted && inSet(CONTAINERS, f.counted.head.n, ['و']) !== null && wordIs(t, f.counted.end, CONTENTS);
    if (container) return null;
    const thingKind = compound ?? (knownSet ? null : noun?.thingKind) ?? null;
    // 3 طائرات مروحية لإجلاء العالقين: sent to evacuate or rescue, within two words, is a civil use too (after the thirty-second set).
    const civil = !!noun?.materiel && (wordIs(t, f.end, CIVIL_USES) || wordIs(t, f.end, CIVIL_PURPOSES) || wordIs(t, f.end + 1, CIVIL_PURPOSES));
    // (قطعة من الذخائر: a compound of a word the lexicon does not know says a weapon too, after the review of 144–167.)
    const weapon = !!noun?.materiel || (thingKind !== null && senseOfKind(thingKind).category === 'military');
    const allowed = (e: EventHit | EventEntry | Sense | null): Sense | null => {
      if (!e) return null;
      // خسرنا 12 من رجالنا: a possessed plural of people is people too.
      if ((e as EventEntry).people && !noun?.person && !(f.counted && possessedNoun(f.counted.head.n)?.person)) return null;
      // وينشر الموقع صور 12 قتيلاً: the dead are not deployed; a noun that says what befell it keeps its own kind.
      // دفعت بـ٩ سيارات إسعاف: ambulances and fire engines are sent, not deployed.
      if (e.kind === 'deployed') return noun && (noun.person || (noun.materiel && !civil)) && !(noun.kind && noun.kind !== 'troops' && noun.kind !== 'deployed') ? e : null;
      // بإخلاء 5 تلال: evacuating is said of people; a word the lexicon does not know as people (nor a nisba) is a place left.
      if (e.kind === 'evacuated' && f.counted && !noun?.person && !possessedNoun(f.counted.head.n)?.person && !looksLikeNisba(f.counted.head.n)) return null;
      // اعترض خفر السواحل 13,580 مهاجراً: people stopped at sea are a displacement figure.
      if (e.kind === 'intercepted' && noun?.person) return { category: 'displacement', kind: 'intercepted' };
      // Launched, intercepted, demined: said of weapons and strikes only.
      if (e.category === 'military') return weapon ? e : null;
      return thing ? null : e;
    };
    const plain = (s: Sense | null) => (s ? { sense: { category: s.category, kind: s.kind }, partOf: null } : null);
    // عدد السوريين الذين عادوا … بنحو 1,1 مليون لاجئ: what the count word's relative clause says happened.
    const told = !thing ? relativeEvent(this.t, f.start) : weapon ? relativeEvent(this.t, f.start, true) : null;
    // عدد الذين تم تحريرهم من قبضة تنظيم "داعش": people freed from captivity are released, not rescued (after the
    // hundred-and-seventy-seventh set).
    if (told?.kind === 'rescued' && wordInSentenceBefore(this.t, f.start, HELD_WORDS, ['و', 'ال', 'وال', 'لل'])) return plain(senseOfKind('released'));
    if (told) return plain(told);
    // قضت المحكمة بالسجن 10 سنوات على 5 ناشطين: those a court sentenced.
    // A noun the lexicon does not know (متهمين) is people there too: a court sentences no things.
    if (!thing && sentencedOn(this.t, f.start)) return plain(senseOfKind('sentenced'));
    // 150 حالة اعتقال، 33 حالة وفاة: the case word says what is counted, whatever comes before.
    const next = f.counted ? t.tokens[f.counted.end] : undefined;
    const isCase = !!f.counted && !noun && inSet(CASE_WORDS, f.counted.head.n) !== null;
    const caseOf = isCase && next?.type === WORD ? lookupEventBefore(next.n) : null;
    if (caseOf) return plain(caseOf); // حالة إصابة بالكوليرا becomes sick in of()
    // 258 ألف حالة يشتبه في إصابتها بالكوليرا: cases of a disease (suspected ones too) are casualties.
    if (isCase && this.diseaseAfter(f.end)) return plain(senseOfKind('sick'));
    // حصيلة حالات الاعتقال … إلى 18 ألفاً و500 حالة: a bare case word means the cases named earlier in its sentence.
    const bareCase = isCase && (next?.type !== WORD || STOPWORDS.has(next.n));
    const named = bareCase ? this.casesNamedBefore(f.start) : null;
    if (named) return plain(named);
    // محذّرة من تفشي الإسهال المائي الحاد بعد تسجيل 230 حالة: bare cases in a sentence that names a disease before.
    if (bareCase && diseaseBefore(t, f.start)) return plain(senseOfKind('sick'));
    // 312 حالة إصابة بالكوليرا و8 وفيات: a count whose noun is itself a casualty (وفيات، إصابات) says its own kind, whatever came before.
    const ownEvent = f.counted && !noun && !isCase ? lookupEventBefore(f.counted.head.n) : null;
    if (ownEvent && ownEvent.category === 'casualties' && !ownEvent.near) return plain(ownEvent);
    // The event before may not reach across the figure before (مقتل 20 جندياً و30 مدنياً: the و decides).
    // أعادت 14 دولة ألفاً ونيفاً من رعاياها: states right before the figure are the verb's subject; its event reaches past
    // them (after the hundred-and-fifty-eighth set).
    const last = this.figures.at(-1);
    const byStates = !!last && last.endTok === f.start && last.category === 'diplomacy' && last.kind === 'state';
    const floor = byStates ? (this.figures.at(-2)?.endTok ?? 0) : (last?.endTok ?? 0);
    // إطلاق ما مجموعه 1,400 محتجز: إطلاق said of people with no fire near is a release.
    const freed = (noun?.person || !f.counted) && !fireNear(this.t, f);
    const released = (e: EventHit | EventEntry | null): Sense | null =>
      e && e.kind === 'launched' && freed ? senseOfKind('released') : allowed(e);
    const hit = eventBefore(t, byStates ? last!.startTok : f.start, floor, (e) => released(e) !== null);
    // الجزائر طردت أكثر من 31 ألف مهاجر: migrants or refugees expelled are displaced, not dismissed (after the
    // hundred-and-sixtieth set).
    const expelled = hit?.kind === 'dismissed' && (noun?.weakKind === 'migrants' || noun?.weakKind === 'refugees' || noun?.kind === 'migrants' || noun?.kind === 'refugees');
    // تسلمت عبر اللجنة الدولية 5 أسرى: «via» before people held is no crossing of the displaced; what befell them is told
    // by their noun and the verb after it (after the hundred-and-fifty-eighth set).
    const heldVia = !!hit?.crossing && (noun?.kind === 'detained' || noun?.kind === 'abducted');
    const before = expelled ? senseOfKind('displaced') : heldVia ? null : released(hit);
    // تحرير 16 رهينة، حررت القوات 30 أسيراً، تحرير 19 مخطوفاً: people held (hostages, prisoners, abductees) freed are released, survivors rescued.
    if (before?.kind === 'rescued' && (noun?.kind === 'detained' || noun?.kind === 'abducted' || this.heldAfter(f.end))) return plain(senseOfKind('released'));
    // تسلمت اللجنة 20 رهينة: people held, received by a third party, are released (after the seventy-seventh set).
    if (!before && (noun?.kind === 'detained' || noun?.kind === 'abducted') && this.receivedBefore(f.start)) return plain(senseOfKind('released'));
    // وأقارب 11 مختفياً after those released: the missing are not released; their noun says what they are.
    if (before?.kind === 'released' && noun?.kind === 'missing') return plain(senseOfKind('missing'));
    // يعالج المركز يومياً نحو 90 مريضاً: a weak event (treated) yields to the noun's weak kind (patients: sick).
    if (before && (before as EventEntry).yields && noun?.weakKind) return plain(senseOfKind(noun.weakKind));
    // عدد العائدين عبر المنفذ … إلى 9,802 مواطن: the event names the toll's noun, which says what is counted.
    const tollFirst = before && !thing ? tollAt(t, f.start) : null;
    if (before && hit && tollFirst && tollFirst.tok < hit.tok && !this.figureBetween(tollFirst.tok, f.start)) return plain(tollFirst.sense);
    // عبور نحو 48 ألف شخص … من العائدين: people crossing in a sentence about returnees are returnees.
    if (hit?.crossing && before?.kind === 'displaced' && this.returnNamed(f)) return plain(senseOfKind('returned'));
    // بعبور ٤٢ جريحاً ومريضاً لتلقي العلاج: people who cross as the wounded are the wounded (after the twenty-ninth set).
    if (hit?.crossing && noun?.person && noun.kind && senseOfKind(noun.kind).category === 'casualties') return plain(senseOfKind(noun.kind));
    // عبر المنفذ 960 مواطناً عائدين: the state said by the noun's adjective is a later stage of the event.
    const state = f.counted?.state;
    if (before && state && LATER_STAGES[before.kind]?.includes(state)) return plain(senseOfKind(state));
    if (before) return plain(this.laterStage(before, f) ?? before);
    // خطف مسلحون يُشتبه في انتمائهم إلى جماعة … 23 راكباً: the object of a verb whose agent is described at length.
    const agentVerb = noun?.person ? verbOfAgentBefore(t, f.start, floor) : null;
    if (agentVerb) return plain(agentVerb);
    // 23 ألف أسرة نازحة، 4 آلاف شخص مفقود: an adjective that says what happened is the noun's kind.
    const ownKind = noun?.kind ?? f.counted?.state;
    // 3 آخرون محتجزين لدى الخاطفين: held by kidnappers is abducted, not detained.
    if (ownKind === 'detained' && heldByKidnappers(t, f.end)) return plain(senseOfKind('abducted'));
    if (ownKind) {
      // 4 معتقلين توفوا في مراكز الاحتجاز: what befell those held, told by the verb after them, is their count's kind.
      if (ownKind === 'detained' || ownKind === 'abducted') {
        const fate = allowed(eventAfter(t, f.end, f.counted?.head ?? null));
        // (3 سجناء سياسيين أُعدموا: or executed, after the hundred-and-forty-eighth set.)
        if (fate && (fate.kind === 'killed' || fate.kind === 'injured' || fate.kind === 'executed')) return plain(fate);
      }
      // 6 من الفارين توفوا في الطريق: the displaced whom the verb after says died are killed (after the forty-ninth set).
      if (senseOfKind(ownKind).category === 'displacement') {
        const fate = allowed(eventAfter(t, f.end, f.counted?.head ?? null));
        if (fate && (fate.kind === 'killed' || fate.kind === 'injured')) return plain(fate);
      }
      // اثنين من المصابين توفيا لاحقاً: the injured whom the verb after says died are killed.
      if (ownKind === 'injured') {
        const fate = allowed(eventAfter(t, f.end, f.counted?.head ?? null));
        if (fate && fate.kind === 'killed') return plain(fate);
      }
      // 215 محتجزاً أفرجت عنهم، 800 ألف نازح عادوا، 60 عائلة مهجرة عادت: a later stage told by the verb after the noun.
      const later = this.laterStage(senseOfKind(ownKind), f);
      if (later) return plain(later);
      // الإفراج عن 1,968 معتقلاً و20 رهينة: people held, joined by و to a figure released, are released too (after the ninety-sixth set).
      if ((ownKind === 'detained' || ownKind === 'abducted') && this.coordinated(f.start)?.sense.kind === 'released') return plain(senseOfKind('released'));
      // أفرجت الوزارة عن دفعة تضم 416 موقوفاً: detainees in a group the clause releases are released.
      if (ownKind === 'detained' && this.composition(f.start) && this.clauseSource(f.start)?.sense.kind === 'released') return plain(senseOfKind('released'));
      return plain(senseOfKind(ownKind));
    }
    // ضربت الطائرات أكثر من 30 هدفاً: targets a strike verb hit are strikes (convention on targets struck).
    if (f.counted && inSet(TARGETS, f.counted.head.n, ['و', 'ال']) !== null && this.strikeVerbBefore(f.start)) return plain(senseOfKind('strike'));
    // دفعت بتعزيزات تضم أكثر من 40 آلية، اقتحمت القوات البلدة بـ20 آلية: vehicles pushed in or of a raid are deployed.
    if (noun?.materiel && !thingKind && !civil && this.raidOrReinforcements(f.start)) return plain(senseOfKind('deployed'));
    // أطلقت صاروخين باليستيين و4 طائرات مسيّرة: weapons joined to weapons launched, intercepted or demined were too.
    const done = weapon ? this.doneToWeaponsJoined(f.start) : null;
    if (done) return plain(done);
    // 40 غارة، 15 صاروخاً، 3 اجتماعات: a count of strikes, weapons or meetings says its own category.
    if (thingKind) return plain(senseOfKind(thingKind));
    // تصدت لـ ١١ مسيّرة، بينما سقطت أربع أخرى: other things are more of the things counted before (after the twenty-seventh set).
    const otherThings = f.counted && inSet(OTHER_THINGS, f.counted.head.n, ['و']) !== null ? this.thingsJustBefore(f.start) : null;
    if (otherThings) return plain(otherThings);
    const asEvent = f.counted && !noun ? lookupEventBefore(f.counted.head.n) : null; // 20 إصابة، 3 وفيات
    if (asEvent) return plain(asEvent);
    const joined = thing ? null : (this.coordinated(f.start) ?? this.besides(f.start));
    if (joined) return joined;
    // من أصل 12 ألفاً عادت: the verb after the base is said of the part before it, not of the base.
    const base = isBaseOfPart(t, f.start);
    const afterHit = base ? null : eventAfter(t, f.end, f.counted?.head ?? null);
    const joinedHit = base || allowed(afterHit) || !noun?.person ? null : this.eventAfterJoined(f);
    const after = base ? null : (allowed(afterHit) ?? allowed(joinedHit));
    // مئات المرضى يتلقون العلاج: a weak event after yields to the noun's weak kind too (patients: sick), as does one after
    // the figure joined to it (نقل ٤٢ مريضاً و٧٠ مرافقاً … لتلقي العلاج, after the fiftieth set).
    if (after && (afterHit ?? joinedHit)?.yields && noun?.weakKind) return plain(senseOfKind(noun.weakKind));
    if (after) return plain(after);
    // دخلت 85 عائلة عبر منفذ جوسية: people through a crossing point are displacement, of the kind the sentence told.
    if (noun?.person && wordIs(t, f.end, VIA) && t.tokens[f.end + 1]?.type === WORD && inSet(CROSSING_POINTS, t.tokens[f.end + 1]!.n, ['ال']) !== null) {
      return plain(this.displacementBefore(f.start) ?? senseOfKind('displaced'));
    }
    const nisba = !noun && !!f.counted && looksLikeNisba(f.counted.head.n); // 150 ألف إيزيدي يقيمون في 15 مخيماً
    // نحو ٤٩ ألفاً يقيمون في ٧ مراكز إيواء: a bare figure too.
    if ((noun?.person || nisba || !f.counted) && this.sheltered(f)) return plain(senseOfKind('displaced'));
    // ويؤوي مخيم الهول … ما يزيد على 37 ألف شخص، مخيم يضم 9 آلاف شخص: the residents of a camp are displaced.
    if ((noun?.person || nisba) && campResidents(this.t, f.start)) return plain(senseOfKind('displaced'));
    const toll = thing ? null : tollBefore(t, f.start);
    return toll ? plain(toll) : null;
  }

  /** A raid (اقتحم، اقتحام، توغل) or a verb pushing forces in (دفعت), in the clause before token i. */
  private raidOrReinforcements(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === PUNCT && (SENTENCE_ENDS.has(tok.n) || tok.n === '،' || tok.n === ',')) return false;
      if (tok.type === WORD && inSet(RAID_WORDS, tok.n, ['و', 'ف', 'ب', 'وب', 'ال', 'وال', 'بال']) !== null) return true;
    }
    return false;
  }

  /** The nearest «حالات X» before token i in its sentence, X an event (حالات الاعتقال، حالة وفاة): X's sense. */
  private casesNamedBefore(i: number): Sense | null {
    const { t } = this;
    let reach = CLAUSE_WINDOW;
    for (let k = i - 1; k >= 0 && i - k <= reach; k -= 1) {
      const tok = t.tokens[k]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) {
        // محافظة الخليل: ١٣٢ حالة on its own line: the cases the list's lead-in names (after the thirty-ninth set).
        const past = pastLeadIn(t, k, i);
        if (!past) return null;
        ({ k, reach } = past);
        continue;
      }
      // نحو نصف الإعدامات، أي ٥١٢ حالة: the definite plural of an event a few words before (after the thirty-second set).
      const plural = tok.type === WORD && i - k <= BARE_CASE_REACH && isDefinite(tok.n) ? lookupEventBefore(tok.n) : null;
      if (plural && !plural.near && plural.category !== 'military' && /ات$/u.test(tok.n)) return { category: plural.category, kind: plural.kind };
      // أعلى عدد من الاعتقالات بواقع ٩٨ حالة: a count word, then the event it counts (after the twenty-fifth set).
      if (tok.type === WORD && inSet(COUNT_WORDS, tok.n, COUNT_WORD_CLITICS) && i - k <= COUNT_WORD_WINDOW) {
        const counts = this.kindBetween(k, i);
        if (counts && counts.category !== 'military') return counts;
      }
      if (tok.type !== WORD || !inSet(CASE_WORDS, tok.n, COUNT_WORD_CLITICS)) continue;
      const what = t.tokens[k + 1];
      const event = what?.type === WORD ? lookupEventBefore(what.n) : null;
      if (event && !event.near && event.category !== 'military') return { category: event.category, kind: event.kind };
      // عدد حالات الاشتباه بالكوليرا … بأكثر من 249 ألف حالة: cases of a disease named before.
      if (this.diseaseAfter(k + 1)) return senseOfKind('sick');
    }
    return null;
  }

  private compoundOf(counted: CountedPhrase): string | null {
    const { t } = this;
    let k = counted.start + 1;
    if (wordIs(t, k, FROM)) k += 1;
    const next = t.tokens[k];
    if (next?.type !== WORD) return null;
    const kind = compoundKind(counted.head.n, next.n);
    // 9 عمليات دهم واعتقال: an arrest joined to the raid says the operations count arrests (politics).
    const joined = t.tokens[k + 1];
    if (kind === 'operation' && joined?.type === WORD && joined.n.startsWith('و') && compoundKind(counted.head.n, joined.n.slice(1)) === 'detained') return 'detained';
    return kind;
  }

  /** A disease named in the few words after token j (not across punctuation): بالكوليرا، من الحصبة. */
  private diseaseAfter(j: number): boolean {
    for (let k = j, seen = 0; k < this.t.tokens.length && seen < DISEASE_WINDOW; k += 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (inSet(DISEASES, tok.n)) return true;
      if (!STOPWORDS.has(tok.n)) seen += 1;
    }
    return false;
  }

  /**
   * يقيم 1,210 أشخاص في 18 مركز إيواء، يعيش 3 آلاف شخص في المخيمات، لدى عائلات
   * مضيفة: a verb of living before the figure and a shelter after it say displaced.
   */
  private sheltered(f: FigureAt): boolean {
    const { t } = this;
    let lives = false;
    for (let k = f.start - 1, seen = 0; k >= 0 && seen < RESIDENCE_WINDOW; k -= 1) {
      const tok = t.tokens[k]!;
      if (tok.type !== WORD) break;
      if (inSet(RESIDENCE_VERBS, tok.n, ['و', 'ف', 'ل'])) {
        lives = true;
        break;
      }
      if (!STOPWORDS.has(tok.n)) seen += 1;
    }
    // لا تزال 870 عائلة تقيم في مساكن مؤقتة: the verb may follow its subject.
    // 2,300 عائلة ما زالت تقيم، مليون شخص ما زالوا يقيمون: a verb of remaining may come between.
    const verbAt = f.end + stillBetween(t, f.end);
    let from = f.end;
    const next = t.tokens[verbAt];
    if (!lives && next?.type === WORD && inSet(RESIDENCE_VERBS, next.n, ['و', 'ف', 'ل'])) {
      lives = true;
      from = verbAt + 1;
    }
    if (!lives) return false;
    for (let k = from, seen = 0; k < t.tokens.length && seen < SHELTER_WINDOW; k += 1) {
      const tok = t.tokens[k]!;
      if (tok.type === NUM) continue; // في 18 مركز إيواء
      if (tok.type !== WORD) return false;
      if (inSet(SHELTER_WORDS, tok.n)) return true;
      const prev = t.tokens[k - 1];
      if (TEMPORARY.has(tok.n) && prev?.type === WORD && inSet(DWELLINGS, prev.n)) return true;
      // مركز العبور، مراكز الاستقبال: a transit or reception centre is a shelter (after the thirtieth set).
      if (TRANSIT.has(tok.n) && prev?.type === WORD && inSet(CENTRES, prev.n, ['ال', 'ب', 'في']) !== null) return true;
      if (!STOPWORDS.has(tok.n)) seen += 1;
    }
    return false;
  }

  /** مقتل 20 جندياً و30 مدنياً، 9 رجال وأربع نساء: the figure joined by و to the one just before shares its event. */
  private coordinated(start: number): { sense: Sense; partOf: number | null } | null {
    const index = this.figures.length - 1;
    const prev = this.figures[index];
    const s = known(prev);
    if (!prev || !s) return null;
    const tok = this.t.tokens[start];
    const alone = this.t.tokens[start - 1];
    // بينهم جد يبلغ من العمر 78 عاماً وأحفاده الخمسة: an age told after the figure before is stepped over.
    const prevEnd = pastAge(this.t, prev.endTok);
    // أصيب ٤ شبان بالرصاص الحي و١٧ مواطناً بالاختناق: the means of a casualty told after the figure before is stepped over.
    const meansEnd = s.category === 'casualties' ? pastMeans(this.t, prev.endTok) : prev.endTok;
    // مسؤولاً سابقاً في حكومة الإقليم وثلاثة قادة: a short phrase of place after the figure before is stepped over too.
    const placeEnd = pastPlace(this.t, prev.endTok);
    // مشتبهاً به واثنين آخرين: the preposition with its pronoun that completes the noun before.
    const withPronoun = wordIs(this.t, prev.endTok, WITH_PRONOUN) ? prev.endTok + 1 : prev.endTok;
    const ends = [prev.endTok, prevEnd, meansEnd, placeEnd, withPronoun];
    // بينهم 14 طفلاً و9 سيدات، و3 من الكوادر الطبية: a list of parts may put a comma before its last item (after the forty-fifth set).
    const comma = this.t.tokens[prev.endTok];
    if (prev.partOf !== null && comma?.type === PUNCT && (comma.n === '،' || comma.n === ',')) ends.push(prev.endTok + 1);
    // 9 من مقاتلي "قسد" و5 مدنيين: a quoted name completing the figure before is stepped over (after the fifty-first set).
    const named = quotedNameAfter(this.t, prev.endTok);
    if (named !== null) ends.push(named);
    // ١٢ طفلاً، أصغرهم في شهره الرابع، و٥ نساء؛ نحو 7 آلاف طفل غير مصحوبين بذويهم، وقرابة 190 ألف امرأة: a short aside
    // describing the figure before, closed by a comma, is stepped over (after the hundred-and-fifty-first and
    // hundred-and-sixty-first sets).
    const aside = this.pastAside(prev.endTok);
    if (aside !== null) ends.push(aside);
    const joined =
      (alone?.type === WORD && alone.n === 'و' && ends.includes(start - 1)) || (tok?.type === WORD && tok.n.startsWith('و') && ends.includes(start));
    return joined ? { sense: s, partOf: prev.partOf } : null;
  }

  /** The token after the comma closing a short aside that starts at k (a comma may open it): words only, no event, no number. */
  private pastAside(k: number): number | null {
    const { t } = this;
    let m = punctAt(t, k, ',،') ? k + 1 : k;
    const from = m;
    for (; m < t.tokens.length && m - from <= ASIDE_WORDS; m += 1) {
      const tok = t.tokens[m]!;
      if (tok.type === PUNCT) return (tok.n === '،' || tok.n === ',') && m > from ? m + 1 : null;
      if (tok.type !== WORD || numberWord(tok) || lookupEventBefore(tok.n) || lookupEventAfter(tok.n)) return null;
    }
    return null;
  }

  /**
   * The figure before, launched, intercepted or demined, joined to this one by
   * و, with at most one describing word after it (صاروخين باليستيين و4 طائرات).
   */
  private doneToWeaponsJoined(start: number): Sense | null {
    const prev = this.figures.at(-1);
    const s = known(prev);
    if (!prev || !s || !WEAPONS_DONE.has(s.kind)) return null;
    const t = this.t;
    const glued = t.tokens[start]?.type === WORD && t.tokens[start]!.n.startsWith('و');
    let k = glued ? start : start - 1;
    if (!glued && !(t.tokens[k]?.type === WORD && t.tokens[k]!.n === 'و')) return null;
    // ٨٩٦ ذخيرة غير منفجرة و٢٧٤ لغماً، 27 لغماً مضاداً للأفراد، و698 ذخيرة: a comma may close the list's item before و
    // (after the hundred-and-fifty-ninth set).
    if (punctAt(t, k - 1, ',،')) k -= 1;
    // 1,126 لغماً مضاداً للأفراد و318 لغماً: "anti-" and what it is against describe the weapon before (after the forty-seventh set);
    // so do «not» and what it negates (ذخيرة غير منفجرة).
    const describedBy = (w: number) => (wordIs(t, w, ANTI) && /^لل/u.test(t.tokens[w + 1]?.type === WORD ? t.tokens[w + 1]!.n : '')) || (wordIs(t, w, NOT_WORD) && t.tokens[w + 1]?.type === WORD);
    if (k - prev.endTok === 2 && describedBy(prev.endTok)) return s;
    if (k - prev.endTok > 1) return null;
    if (k - prev.endTok === 1) {
      const between = t.tokens[prev.endTok]!;
      if (between.type !== WORD || lookupNoun(between.n) || lookupEventBefore(between.n) || lookupEventAfter(between.n) || STOPWORDS.has(between.n)) return null;
    }
    return s;
  }

  /**
   * بين القتلى 19 طفلاً و11 امرأة، إضافة إلى صحفيَّين اثنين: a figure after إضافة إلى،
   * فضلاً عن، علاوة على (besides) is more of the figure before it in its sentence.
   */
  private besides(start: number): { sense: Sense; partOf: number | null } | null {
    const { t } = this;
    const k = start - 2;
    const first = t.tokens[k];
    const link = t.tokens[k + 1];
    const matches = (pairs: typeof BESIDES) => first?.type === WORD && link?.type === WORD && pairs.some(([a, b]) => inSet(a, first.n, ['و', 'ب', 'بال', 'وبال', 'ال']) !== null && b.has(link.n));
    // نزوح 2,314 أسرة في أغسطس، مقارنة بـ1,640 أسرة في يوليو: the same figure at another time, of any category.
    // الإفراج عن 706 محتجزين مقابل 181 من الجانب الحكومي: in an exchange of prisoners, the other side's are released too
    // (after the forty-eighth set). Elsewhere مقابل sets one side against the other (قتل 20 شخصاً مقابل 5 جنود).
    const exchanged = wordIs(t, start - 1, IN_EXCHANGE) && known(this.figures.at(-1))?.category === 'politics';
    const compared = matches(COMPARED) || exchanged;
    if (!compared && !matches(BESIDES)) return null;
    const prev = this.figures.at(-1);
    const s = known(prev);
    // أجلت 126 عائلة من مناطق الاشتباك، إضافة إلى 37 عاملاً: a place told after the figure before is stepped over.
    if (!prev || !s || (!compared && (s.category === 'military' || s.category === 'diplomacy')) || start - prev.endTok > (compared ? COMPARED_REACH : BESIDES_REACH) || !sameSentence(t, prev.endTok, start)) return null;
    // A figure compared with is no part of anything the one before is part of.
    return { sense: s, partOf: compared ? null : prev.partOf };
  }

  /** بينهم 5 أطفال، منهم 300 امرأة، من ضمنهم 58 طفلاً: a part of the figure before, in the same sentence. */
  private subsetOf(start: number): number | null {
    // بينهم صحفيون ومحامون وعشرات: people named without a number may come first, joined by و.
    const joined = this.t.tokens[start]!.n.startsWith('و') || wordIs(this.t, start - 1, AND);
    const first = wordIs(this.t, start - 1, AND) ? start - 2 : start - 1;
    let k = first;
    while (k > 0 && first - k < PARTS_NAMED_FIRST && this.personPlural(k)) k -= 1;
    if (k < first && !joined) return null;
    if (!wordIs(this.t, k, SUBSET_WORDS)) return null;
    start = k + 1;
    // 153 محتجزاً …، ونقلتهم عبر رحلتين جويتين …، بينهم 11: a part of people passes over a count of things with no kind.
    const people = wordIs(this.t, start - 1, PEOPLE_PARTS);
    let index = this.figures.length - 1;
    while (people && index > 0 && !this.figures[index]!.kind && this.countsThings(this.figures[index]!) && this.figures.length - index <= 2) index -= 1;
    const prev = this.figures[index];
    if (!prev?.kind) return null;
    return start - prev.endTok <= SUBSET_WINDOW && sameSentence(this.t, prev.endTok, start - 1) ? index : null;
  }

  /** طاقم تمريض من، فريق من، فرقة مؤلفة من: a team noun within the three words before the figure. */
  private teamBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 4; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (inSet(STAFF, tok.n, ['و', 'ال', 'وال']) !== null) return true;
    }
    return false;
  }

  /** كانوا محتجزين لدى عصابة، كانوا مختطفين right after the figure: people held, whom freeing releases (after the thirtieth set). */
  /** An exchange (تبادل، صفقة التبادل) among the words before token start in its sentence, with no arrest between. */
  private exchangeBefore(start: number): boolean {
    for (let k = start - 1; k >= 0 && start - k <= EXCHANGE_REACH; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
      // (اعتقلت إسرائيل 50 أسيراً: an arrest told between keeps its own sense.)
      if (tok.type === WORD && lookupEventBefore(tok.n)?.kind === 'detained') return false;
      if (tok.type === WORD && inSet(EXCHANGE, tok.n, ['و', 'ال', 'وال', 'ب', 'بال', 'لل']) !== null) return true;
    }
    return false;
  }

  /** إصابة right before token start, with a disease among the few words before it (تفشي الحصبة إلى إصابة). */
  private infectionBefore(start: number): boolean {
    if (!wordIs(this.t, start - 1, INFECTION)) return false;
    for (let k = start - 2; k >= 0 && start - k <= INFECTION_REACH; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (inSet(DISEASES, tok.n)) return true;
    }
    return false;
  }

  /** A verb of receiving (تسلمت، استلم) among the three words before token start, in its clause. */
  private receivedBefore(start: number): boolean {
    for (let k = start - 1; k >= start - RECEIVED_REACH && k >= 0; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (inSet(RECEIVED, tok.n, ['و', 'ف']) !== null) return true;
    }
    return false;
  }

  private heldAfter(end: number): boolean {
    const k = wordIs(this.t, end, WERE) ? end + 1 : end;
    const tok = this.t.tokens[k];
    const kind = tok?.type === WORD ? lookupNoun(tok.n)?.kind : undefined;
    return kind === 'detained' || kind === 'abducted';
  }

  /** الحالات (the cases, definite) earlier in the figure's sentence. */
  /**
   * The first «حالة X», X an event, of this sentence and the one before it (at most 120 tokens back): X's sense. The first,
   * as the cases a report lists are the ones it opened on (196 حالة احتجاز …، تحوّل 38 منها إلى حالات اختفاء).
   */
  private casesOfEventBefore(i: number): Sense | null {
    let ends = 0;
    let found: Sense | null = null;
    for (let k = i - 1; k >= 0 && i - k <= CASES_BEFORE_REACH; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n) && !(this.t.tokens[k - 1]?.type === PUNCT && SENTENCE_ENDS.has(this.t.tokens[k - 1]!.n)) && (ends += 1) > 1) break;
      if (tok.type !== WORD || inSet(CASE_WORDS, tok.n, ['و']) === null) continue;
      const what = this.t.tokens[k + 1];
      const event = what?.type === WORD ? lookupEventBefore(what.n) : null;
      if (event && !event.near && event.category !== 'military') found = { category: event.category, kind: event.kind };
    }
    return found;
  }

  private casesNamed(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
      if (tok.type === WORD && THE_CASES.has(tok.n)) return true;
    }
    return false;
  }

  /** طاقتها الاستيعابية، سعته، صُمم لاستقبال in the few words before token i: what follows is a capacity. */
  private capacityBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= CAPACITY_REACH; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (inSet(CAPACITY_WORDS, tok.n, ['ب', 'ال', 'بال', 'و']) !== null) return true;
      // (صُمم أصلاً لاستيعاب 30 ألفاً: «at first» may stand between, after the hundred-and-thirty-ninth set.)
      const designedAt = ORIGINALLY.has(this.t.tokens[k - 1]?.n ?? '') ? k - 2 : k - 1;
      if (inSet(TO_RECEIVE, tok.n) !== null && inSet(DESIGNED, this.t.tokens[designedAt]?.n ?? '', ['و']) !== null) return true;
    }
    return false;
  }

  /** The sense of the figure before in the sentence, a few words back, when it counts things (drones, strikes). */
  private thingsJustBefore(start: number): Sense | null {
    const prev = this.figures.at(-1);
    const s = known(prev);
    if (!prev || !s || !this.countsThings(prev) || start - prev.endTok > OTHERS_REACH || !sameSentence(this.t, prev.endTok, start)) return null;
    return s;
  }

  /** النازحين، ومن بينهم at i: the sense of the definite noun before the part word, or null. */
  private groupBeforeParts(i: number): Sense | null {
    const { t } = this;
    // (المفرج عنهم هم 31 عسكرياً: «they are» after the group opens its breakdown too, after the hundred-and-forty-fifth set.)
    if (!wordIs(t, i - 1, PEOPLE_PARTS) && !wordIs(t, i - 1, THEY_ARE)) return null;
    let k = i - 2;
    if (wordIs(t, k, FROM_OR_AND_FROM)) k -= 1;
    if (punctAt(t, k, ',،')) k -= 1;
    // المفرج عنهم، ومن بينهم: the group with the preposition its participle takes (after the fifty-fourth set).
    if (wordIs(t, k, ABOUT_THEM)) k -= 1;
    const tok = t.tokens[k];
    const kind = tok?.type === WORD && isDefinite(tok.n) ? lookupNoun(tok.n)?.kind : undefined;
    return kind ? senseOfKind(kind) : null;
  }

  /** صحفيون، ومحامون: a plural of people with no number, an item of a list of parts. */
  private personPlural(k: number): boolean {
    const tok = this.t.tokens[k];
    if (tok?.type !== WORD) return false;
    if (lookupImplicit(tok.n) || numberWord(tok) || STOPWORDS.has(tok.n)) return false;
    const noun = lookupNoun(tok.n);
    // ومحامون: a word the lexicon does not know in the nominative sound plural is people too.
    return noun ? noun.person : /^[^ ]{3,}ون$/u.test(tok.n) && !lookupEventBefore(tok.n) && !lookupEventAfter(tok.n);
  }

  /**
   * The figure's first noun is people in a plural or a masculine (412 شخصاً،
   * 30 مدنياً), whom منها does not point to; a family or a group in the
   * feminine singular (300 عائلة، دفعة) does take منها.
   */
  private ofPeopleNotIt(fig: ReadFigure): boolean {
    for (let k = fig.startTok; k < fig.endTok; k += 1) {
      const tok = this.t.tokens[k]!;
      const noun = tok.type === WORD ? lookupNoun(tok.n) : null;
      if (noun) return noun.person && !/[هة]$/u.test(tok.n);
    }
    return false;
  }

  /** The figure's first noun is a thing (رحلتين، 4 مساكن), not people nor nothing named. */
  private countsThings(fig: ReadFigure): boolean {
    for (let k = fig.startTok; k < fig.endTok; k += 1) {
      const tok = this.t.tokens[k]!;
      const noun = tok.type === WORD ? lookupNoun(tok.n) : null;
      if (noun) return !noun.person;
    }
    return false;
  }

  /** The event governing the clause, when something ties the figure to it. */
  private governed(f: FigureAt): SenseResult | null {
    const { t } = this;
    const bracketed = punctAt(t, f.start - 1, '(') || this.inBrackets(f.start);
    const listed = this.afterColon(f.start);
    const bare = f.counted === null;
    const countWord = this.countWordBefore(f.start);
    const counted = countWord !== null;
    // أسرة تضم 1,460 فرداً، أسرة مؤلفة من 7 أفراد: the members of a group take the group's event.
    const members = this.composition(f.start);
    // فرّ 36 ألف شخص … واتجه آلاف آخرون شمالاً: "others" are more of what the clause told before.
    const othersWord = f.counted ? inSet(OTHERS, f.counted.head.n, ['و']) : null;
    const prevTok = t.tokens[f.start - 1];
    const before = prevTok?.type === WORD ? prevTok : null;
    // يعيش قرابة 40 ألفاً آخرين في منازل مستأجرة: a verb of living before «others» too (after the thirty-first set).
    const others = othersWord !== null && (!f.counted!.head.n.endsWith(OTHERS_OBLIQUE) || (!!before && (inSet(MOTION_VERBS, before.n, ['و', 'ف']) !== null || inSet(RESIDENCE_VERBS, before.n, ['و', 'ف']) !== null)));
    // لم ينجُ منا سوى تسعة، لم يصل منهم إلا ألف: the figure after سوى/إلا is what the clause tells.
    const except = wordIs(t, f.start - 1, EXCEPT);
    if (!bracketed && !listed && !bare && !counted && !members && !others && !except) return null;
    // وطاقم تمريض من 4 أشخاص: the members of a team or staff are its strength, no event's figure (after the thirtieth set).
    if (members && this.teamBefore(f.start)) return null;
    // سكان الإقليم الذي كان يقدر عددهم بنحو 120 ألف نسمة: inhabitants counted are a population, no event's figure
    // unless their own words say one (after the twenty-sixth set).
    if (f.counted && inSet(INHABITANTS, f.counted.head.n, ['و', 'ال']) !== null) return null;
    // عدد من لا يزالون محتجزين … بأكثر من ألفي شخص: what the count word counts, said between it and the figure.
    const named = countWord !== null && countWord >= 0 ? this.kindBetween(countWord, f.start) : null;
    if (named) return { sense: named, partOf: null, understood: null };
    // عائلات 312 منهم: "of them" counts people, whom a count of talks or strikes before does not govern.
    const source = this.clauseSource(f.start, wordIs(t, f.end, PART_AFTER) || !!f.counted?.noun?.person);
    if (!source) return null;
    // نحو 4 آلاف عائلة من أصل 12 ألفاً عادت: the base is the whole the part is out of; what happened to people is the
    // part's. A base of weapons keeps what they are (اعترض 20 من أصل حوالي 30: rockets, as the third set annotates).
    if (bare && isBaseOfPart(t, f.start) && source.sense.category !== 'military') return null;
    const figure = source.figure;
    // رفات 412 شخصاً …، وسلّمت 96 منها: «of it» is no part of people (they take منهم، منهن), but of the thing they are in.
    if (bare && wordIs(t, f.end, OF_IT) && figure !== null && this.ofPeopleNotIt(this.figures[figure]!) && !this.becameCases(f)) return null;
    // A breakdown of the figure before: right after it in brackets, after its colon, or "N منهم".
    // من أصل حوالي 30 (out of about 30): the whole, not a part of the figure before.
    const outOf = wordIs(t, f.start - 1, OUT_OF);
    // أطلقت 4 صواريخ … اعترض 3 منها: what was done to a part of the weapons counted before is its kind.
    const done = bare && source.sense.category === 'military' ? eventBefore(t, f.start, figure === null ? 0 : this.figures[figure]!.endTok, (e) => e.category === 'military') : null;
    const refines =
      figure !== null &&
      !outOf &&
      ((bracketed && this.figures[figure]!.endTok === f.start - 1) || listed || wordIs(t, f.end, PART_AFTER) || (bare && !counted));
    // تحوّل 41 منها إلى حالات اختفاء قسري: a part that became cases of another event is that event.
    const became = bare ? this.becameCases(f) : null;
    return {
      sense: became ?? (done ? { category: done.category, kind: done.kind } : source.sense),
      partOf: refines ? figure : null,
      understood: bare && figure !== null ? figure : null,
    };
  }

  /** تحوّل 41 منها إلى حالات اختفاء: a verb of becoming before the figure, then إلى and a case word with its event. */
  private becameCases(f: FigureAt): Sense | null {
    const { t } = this;
    if (!wordIs(t, f.start - 1, BECAME)) return null;
    let k = wordIs(t, f.end, PART_AFTER) || wordIs(t, f.end, OF_IT) ? f.end + 1 : f.end;
    if (!wordIs(t, k, INTO)) return null;
    k += 1;
    if (t.tokens[k]?.type !== WORD || inSet(CASE_WORDS, t.tokens[k]!.n) === null) return null;
    const what = t.tokens[k + 1];
    const event = what?.type === WORD ? lookupEventBefore(what.n) : null;
    return event && !event.near && event.category !== 'military' ? { category: event.category, kind: event.kind } : null;
  }

  /** A later stage of `s` told right after the figure: 215 محتجزاً أفرجت عنهم، عبر المنفذ 960 مواطناً عائدين. */
  /**
   * 134 رجلاً و9 نساء ما زالوا مختفين: the event after the figure joined by و to this
   * one (a number and its noun) is said of both, in the plural.
   */
  private eventAfterJoined(f: FigureAt): EventHit | null {
    const { t } = this;
    const j = f.end;
    if (!(t.tokens[j]?.type === WORD && t.tokens[j]!.n === 'و' && t.tokens[j + 1]?.type === NUM)) return null;
    let k = j + 2;
    while (t.tokens[k]?.type === NUM || (t.tokens[k]?.type === WORD && /^(?:ألف|آلاف|الف|الاف|مليون|ملايين)$/u.test(t.tokens[k]!.n))) k += 1;
    const phrase = phraseAt(t, k);
    if (!phrase?.noun?.person) return null;
    return eventAfter(t, phrase.end, phrase.head);
  }

  private laterStage(s: Sense, f: FigureAt): Sense | null {
    const later = LATER_STAGES[s.kind];
    const verb = later ? (eventAfter(this.t, f.end, f.counted?.head ?? null) ?? this.eventAfterJoined(f)) : null;
    if (!verb || !later!.includes(verb.kind)) return null;
    // أفرجت عنهم (them: the figure) is said of the figure; أُفرج عن 10 منهم frees another figure.
    if (verb.kind === 'released' && !wordIs(this.t, verb.tok + 1, OF_THEM) && !/هم$|هن$/u.test(this.t.tokens[verb.tok]!.n)) return null;
    return { category: verb.category, kind: verb.kind };
  }

  /** A number other than a year after عام between tokens a and b (ارتفع عدد القتلى إلى 50 بعد إصابة 30). */
  private figureBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k += 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type === NUM && !wordIs(this.t, k - 1, YEAR_CUES)) return true;
    }
    return false;
  }

  /** A token a clause's window before or after the figure, inside its sentence, for which `test` holds. */
  private inSentenceAround(f: FigureAt, test: (k: number) => boolean): boolean {
    const { t } = this;
    for (const step of [-1, 1]) {
      for (let k = step < 0 ? f.start - 1 : f.end, n = 0; k >= 0 && k < t.tokens.length && n < CLAUSE_WINDOW; k += step, n += 1) {
        const tok = t.tokens[k]!;
        if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) break;
        if (test(k)) return true;
      }
    }
    return false;
  }

  /** A return named in the figure's sentence, before or after it (العائدين، عودة، عادوا). */
  private returnNamed(f: FigureAt): boolean {
    const { t } = this;
    const returned = (k: number) => {
      const tok = t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (lookupNoun(tok.n)?.kind === 'returned') return true;
      const e = lookupEventBefore(tok.n) ?? lookupEventAfter(tok.n);
      return !!e && e.kind === 'returned' && !e.near && nearOk(t, k, e);
    };
    return this.inSentenceAround(f, returned);
  }

  /** The kind of the nearest displacement figure before token i in its sentence (العائدين … فيما دخلت 85 عائلة). */
  private displacementBefore(i: number): Sense | null {
    for (let n = this.figures.length - 1; n >= 0; n -= 1) {
      const fig = this.figures[n]!;
      if (!sameSentence(this.t, fig.endTok, i)) return null;
      if (fig.category === 'displacement' && fig.kind) return { category: fig.category, kind: fig.kind };
    }
    return null;
  }

  /** A colon between the start of the sentence and token i: the figure is an item of a list. */
  private afterColon(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= CLAUSE_WINDOW; k -= 1) {
      const tok = this.t.tokens[k]!;
      if (tok.type !== PUNCT) continue;
      // - 341 مدنياً، بينهم …: an item of a list on its own line, after a lead-in ending in «:».
      if (SENTENCE_ENDS.has(tok.n)) return listLeadIn(this.t, k) !== null;
      if (tok.n === ':') return true;
    }
    return false;
  }

  /**
   * A count word (عدد، عددهم، حصيلة) or an estimate verb (بلغ، يُقدَّر، طالت)
   * earlier in the clause: يُقدَّر عددهم بنحو 60 ألفاً، عدد الذين أُجلوا بلغ 250.
   * عدد سكان المدينة counts a known noun with no event: no link.
   */
  private countWordBefore(i: number): number | null {
    for (let k = i - 1; k >= 0 && i - k <= COUNT_WORD_WINDOW; k -= 1) {
      const tok = this.t.tokens[k]!;
      // كانون الأول/ديسمبر: the slash of a month's two names is no break.
      if (tok.type === PUNCT && tok.n !== '/') return null;
      if (tok.type !== WORD) continue;
      if (inSet(COUNT_WORDS, tok.n, COUNT_WORD_CLITICS)) {
        const what = this.t.tokens[k + 1];
        const noun = what?.type === WORD ? lookupNoun(what.n) : null;
        return noun && !noun.kind && !noun.weakKind ? null : k;
      }
      // An estimate verb (-1: no count word to read what is counted from).
      if (inSet(ESTIMATE_VERBS, tok.n, ['و', 'ف', 'ل'])) return -1;
    }
    return null;
  }

  /** A kind-bearing noun (definite or not) between a count word at k and the figure at i: عدد من لا يزالون محتجزين. */
  private kindBetween(k: number, i: number): Sense | null {
    // عدد المهاجرين الموجودين في ليبيا بأكثر من 850 ألفاً: with no event noun, what these people are when nothing else says.
    // سجلت أعلى عدد من الاعتقالات بواقع ٩٨ حالة: or the event the count word counts, told by its verbal noun.
    let weak: string | undefined;
    let event: Sense | null = null;
    for (let m = k + 1; m < i; m += 1) {
      const tok = this.t.tokens[m]!;
      if (tok.type !== WORD) continue;
      const noun = lookupNoun(tok.n);
      if (noun?.kind) return senseOfKind(noun.kind);
      weak ??= noun?.weakKind;
      const entry = isDefinite(tok.n) ? lookupEventBefore(tok.n) : null;
      if (!event && entry && !entry.near) event = { category: entry.category, kind: entry.kind };
    }
    return event ?? (weak ? senseOfKind(weak) : null);
  }

  /** البالغ عددها right before token i, or a force's strength a few words before: the number of a force named before. */
  private forceNumbered(i: number): boolean {
    const { t } = this;
    if (wordIs(t, i - 2, AMOUNTING) && t.tokens[i - 1]?.type === WORD && /^(?:عدد|عديد|تعداد|قوام)(?:ه|ها|هم)$/u.test(t.tokens[i - 1]!.n)) return true;
    // قوامها الحالي يبلغ نحو 10 آلاف جندي: a word of strength a few words before, its verb between.
    for (let k = i - 1; k >= 0 && i - k <= 3; k -= 1) {
      const tok = t.tokens[k]!;
      if (tok.type !== WORD) return false;
      if (/^(?:عديد|تعداد|قوام)(?:ه|ها|هم)$/u.test(tok.n)) return true;
    }
    return false;
  }

  /** تضم، يضم، مؤلفة من، مكونة من، قوامها right before token i: the figure counts the members of a group. */
  private composition(i: number): boolean {
    const { t } = this;
    const k = wordIs(t, i - 1, FROM) ? i - 2 : i - 1;
    const tok = t.tokens[k];
    if (!tok || tok.type !== WORD) return false;
    // والتي يبلغ عدد عناصرها نحو 10 آلاف جندي: the number of its members is the group's strength.
    if (inSet(MEMBERS, tok.n, ['و']) !== null && wordIs(t, k - 1, COUNT_OF)) return true;
    // عائلة من 6 أفراد: the members of a family told by its size.
    if (k === i - 2 && inSet(FAMILIES, tok.n, ['و', 'ف']) !== null) return true;
    return inSet(COMPOSITION_WORDS, tok.n, ['و', 'ال', 'وال']) !== null;
  }

  /**
   * The nearest thing before token i in its sentence that says what happened:
   * a figure with a kind, an event word, a kind-bearing definite noun
   * (النازحون), or a toll (حصيلة القتلى).
   */
  private clauseSource(i: number, people = false): { sense: Sense; figure: number | null } | null {
    const { t, figures } = this;
    let fi = figures.length - 1;
    let reach = CLAUSE_WINDOW;
    for (let k = i - 1; k >= 0 && i - k <= reach; k -= 1) {
      const tok = t.tokens[k]!;
      if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) {
        // - مالي: 9,870 شخصاً, an item of a list on its own line: its lead-in line, ending in «:», is its clause.
        const past = pastLeadIn(t, k, i);
        if (!past) return null;
        ({ k, reach } = past);
        continue;
      }
      while (fi >= 0 && figures[fi]!.endTok > k + 1) fi -= 1;
      if (fi >= 0 && figures[fi]!.endTok === k + 1) {
        const s = known(figures[fi]);
        const thingFigure = !!s && people && (s.category === 'military' || s.category === 'diplomacy') && s.kind !== 'troops' && s.kind !== 'deployed';
        if (s && !thingFigure) return { sense: s, figure: fi };
      }
      if (tok.type !== WORD) continue;
      // (على متن: متن there is «aboard», no verb of dying, after the hundred-and-fiftieth set.)
      const event = partOfName(t, k) || onBoard(t, k) ? null : (lookupEventBefore(tok.n) ?? lookupEventAfter(tok.n));
      // A weapon's event (أطلق، اعترض) never governs a count of people.
      if (event && !event.near && event.category !== 'military') return { sense: senseOfKind(event.kind), figure: null };
      const kind = lookupNoun(tok.n)?.kind;
      if (kind && isDefinite(tok.n)) return { sense: senseOfKind(kind), figure: null };
      const toll = inSet(COUNT_WORDS, tok.n, COUNT_WORD_CLITICS) ? tollKind(t, k) : null;
      if (toll) return { sense: toll, figure: null };
    }
    return null;
  }
}

const ANTI: ReadonlySet<string> = new Set(['مضاد', 'مضادا', 'مضادة', 'مضادات', 'المضاد', 'المضادة'].map(fold));

// لدى الخاطفين، بيد خاطفيهم: those holding them are kidnappers.
const HOLDERS_AT: ReadonlySet<string> = new Set(['لدى', 'بيد', 'بأيدي', 'عند', 'في'].map(fold));
const KIDNAPPERS: ReadonlySet<string> = new Set(['الخاطفين', 'خاطفيهم', 'خاطفيه', 'خاطفيها', 'الخاطفون', 'خاطفين'].map(fold));

const MEANS_WORDS = 3;
const BESIDES_REACH = 14;
// A comparison may come after the figure's place and dates (في محافظة مأرب بين 1 و31 أغسطس، مقارنة بـ).
const COMPARED_REACH = 24;

const LIST_MARKS: ReadonlySet<string> = new Set(['-', '–', '•', '*', '·']);
const LIST_ITEMS = 20;
const LIST_ITEM_TOKENS = 40;

/**
 * The line break at k opens an item of a list (a dash after it): the index of the «:» that ends
 * the list's lead-in line, past the items before it (at most LIST_ITEMS), or null.
 */
/**
 * At the sentence end k of a walk back from token i: the list lead-in to go on from, with the
 * reach counted from its colon (the clause before the colon is read as if from the colon itself);
 * null when k ends a sentence that is no list item.
 */
function pastLeadIn(t: Tokenized, k: number, i: number): { k: number; reach: number } | null {
  const leadIn = listLeadIn(t, k);
  return leadIn === null ? null : { k: leadIn, reach: i - leadIn + CLAUSE_WINDOW };
}

function listLeadIn(t: Tokenized, k: number): number | null {
  const isBreak = (m: number) => t.tokens[m]?.type === PUNCT && (t.tokens[m]!.n === '\n' || t.tokens[m]!.n === '\r');
  // A dash opens an item; so does any short line (محافظة الخليل: ١٣٢ حالة), after the thirty-ninth set.
  const shortLine = (m: number) => {
    for (let e = m + 1; e < t.tokens.length && e - m <= LIST_ITEM_TOKENS; e += 1) if (isBreak(e)) return true;
    return m + LIST_ITEM_TOKENS >= t.tokens.length;
  };
  const isItem = (m: number) => (t.tokens[m + 1]?.type === PUNCT && LIST_MARKS.has(t.tokens[m + 1]!.n)) || shortLine(m);
  if (!isBreak(k) || !isItem(k)) return null;
  let lineEnd = k;
  for (let items = 0; items <= LIST_ITEMS; items += 1) {
    const before = t.tokens[lineEnd - 1];
    if (before?.type === PUNCT && before.n === ':') return lineEnd - 1;
    // The line before is another item: step back to its own break (items are short; a long line is no item).
    let m = lineEnd - 1;
    while (m >= 0 && lineEnd - m <= LIST_ITEM_TOKENS && !isBreak(m)) m -= 1;
    if (m < 0 || !isBreak(m) || !isItem(m)) return null;
    lineEnd = m;
  }
  return null;
}

/**
 * بالرصاص الحي، بجروح خطيرة، بالاختناق: a phrase of ب and the words that describe it, from token k.
 * Where it ends, or k when none is there.
 */
function pastMeans(t: Tokenized, k: number): number {
  const first = t.tokens[k];
  if (first?.type !== WORD || !/^ب(?:ال|ج|ش|ر)/u.test(first.n) || lookupNoun(first.n)?.person) return k;
  let m = k + 1;
  const definite = isDefinite(first.n);
  const describes = (w: string) => isDefinite(w) === definite && !w.startsWith('و') && !STOPWORDS.has(w) && !lookupNoun(w)?.person && !lookupEventBefore(w);
  while (m - k < MEANS_WORDS && t.tokens[m]?.type === WORD && describes(t.tokens[m]!.n)) m += 1;
  return m;
}

const ON: ReadonlySet<string> = new Set(['على'].map(fold));
// Leaving: what people forced to it are displaced by (على النزوح، على مغادرة منازلهم، على الفرار).
// مغادرتها، مغادرة منازلهم: leaving, with a pronoun for the place too (after the forty-fifth set).
const LEAVING: ReadonlySet<string> = new Set(['النزوح', 'مغادرة', 'مغادرتها', 'مغادرته', 'مغادرتهم', 'الفرار', 'الرحيل', 'ترك', 'النزوح،', 'الهجرة', 'إخلاء', 'اخلاء', 'إخلائها', 'إخلائه'].map(fold));
/** The token after a quoted name of a few words that opens at k ("قسد"), or null. */
function quotedNameAfter(t: Tokenized, k: number): number | null {
  const open = t.tokens[k];
  if (!open || open.type === WORD || !'"«“'.includes(open.n)) return null;
  for (let m = k + 1; m < t.tokens.length && m - k <= 5; m += 1) {
    const tok = t.tokens[m]!;
    if (tok.type === WORD) continue;
    return '"»”'.includes(tok.n) && m > k + 1 ? m + 1 : null;
  }
  return null;
}

const FORCING: ReadonlySet<string> = new Set(['أجبر', 'أجبرت', 'أجبروا', 'يجبر', 'تجبر', 'إجبار', 'أرغم', 'أرغمت', 'إرغام', 'اضطر', 'اضطرت', 'اضطرار', 'دفع', 'دفعت', 'أكره', 'أكرهت'].map(fold));
// Living in a place, with the place as a pronoun: يقطنها، يسكنها، تقطنه.
const DWELLING_VERBS: ReadonlySet<string> = new Set(
  ['يقطنها', 'يقطنه', 'تقطنها', 'تقطنه', 'يسكنها', 'يسكنه', 'تسكنها', 'تسكنه'].map(fold),
);
const FORCING_REACH = 4;

/** A verb of forcing among the few words before token i (أجبرت قرابة 70 ألف شخص، أجبر الهجوم نحو 180 أسرة). */
function forcedBefore(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= FORCING_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (inSet(FORCING, tok.n, ['و', 'ف', 'ل']) !== null) return true;
  }
  return false;
}

function heldByKidnappers(t: Tokenized, end: number): boolean {
  const at = t.tokens[end];
  const who = t.tokens[end + 1];
  return at?.type === WORD && HOLDERS_AT.has(at.n) && who?.type === WORD && KIDNAPPERS.has(who.n);
}
