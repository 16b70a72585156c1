/**
 * Counts written without a number:
 *
 * - a lone singular person noun means one (سقط قتيل، مقتل شخص، بينهم طفل),
 *   when an event, a part word or a figure joined by و introduces it, or when
 *   it is an indefinite object (زار جريحاً);
 * - the dual of a person noun means two (طفلين، جنديان، مسعفَين); -ين on a
 *   noun whose plural is also -ين (مسعفين) is a dual only when the text marks
 *   it with a fatha;
 * - a reference back means the same number again (ومثلهم من الجرحى) or twice
 *   it (وضعفهم).
 */
import { inSet, isDefinite } from './clitics';
import { AGE_YEARS, executionOn, pastAgeSpan, pastPlaceOfOne, phraseAt, type CountedPhrase } from './counted';
import { isNounSingular, lookupImplicit, lookupThingSingular, looksLikeNisba } from './lexicon';
import { lookupEventAfter, lookupEventBefore, type EventEntry } from './events';
import { compoundKind, lookupNoun, sense as senseOf, type NounEntry } from './lexicon';
import { fold } from './normalize';
import { ONE_ACCUSATIVE, numberWord } from './numbers';
import { NUM, PUNCT, WORD, sliceText, type Tokenized } from './tokens';
import { SENTENCE_ENDS, sentencedOn } from './sentence-cues';
import { AMONG_THEM, EVERY, FAMILIES, ON, OTHER_FEMININE, PLACE_NOUNS, STOPWORDS, TIME_UNITS } from './word-classes';
import { rateOfPeople } from './noncounts';
import { MARGIN_CUES, placePrepositionBefore } from './noncounts';

export interface ImplicitCount {
  /** Token range and code-point span of the noun phrase. */
  start: number;
  end: number;
  s: number;
  e: number;
  count: 1 | 2;
  counted: CountedPhrase;
  /** The event verb right after a lone singular (عسكرياً قُتل), which is what makes it a count. */
  event?: EventEntry;
  /** A count only when something says what happened to it (a possessive or nationality dual). */
  needsSense?: boolean;
  /** One thing joined to a count of things (4 مساكن وبئر): a count with no event needed. */
  thing?: boolean;
  /** The event is the counted noun's own (حالتي وفاة): it wins over what the clause or a coordination says. */
  ownEvent?: boolean;
}

export interface Reference {
  start: number;
  end: number;
  s: number;
  e: number;
  factor: number;
  /** What the reference counts when it says so (من الجرحى). */
  counted: CountedPhrase | null;
}

// Words after which a lone singular is a count of one: سقط قتيل، وصل قتيل آخر، بينهم طفل.
const TRIGGERS: ReadonlySet<string> = new Set(
  // يوقع قتيلة (causes one killed), after the forty-second set.
  ['سقط', 'سقطت', 'سقوط', 'وصل', 'وصول', 'استقبل', 'استقبلت', 'نقل', 'زار', 'عالج', 'بينهم', 'بينهن', 'بينهما', 'منهم', 'منهما', 'ضمنهم', 'عن', 'يوقع', 'أوقع', 'أوقعت', 'يخلف', 'خلف'].map(fold),
);
// "Every refugee", "any victim": no count.
const NO_COUNT_BEFORE: ReadonlySet<string> = new Set(['كل', 'لكل', 'بكل', 'أي', 'لأي', 'غير', 'أحد', 'إحدى', 'أحدهم'].map(fold));
const AMONG: ReadonlySet<string> = new Set(['بين', 'وبين', 'ضمن', 'وضمن'].map(fold));
const REFERENCES: ReadonlyMap<string, number> = new Map([
  ...['مثلهم', 'مثلهن', 'مثلها', 'مثله', 'مثلهما'].map((w) => [fold(w), 1] as const),
  ...['ضعفهم', 'ضعفهن', 'ضعفها', 'ضعفيهم', 'ضعفي'].map((w) => [fold(w), 2] as const),
]);
const REFERENCE_WORDS: ReadonlySet<string> = new Set(REFERENCES.keys());
// ضعفي طاقته: the construct form with a noun after it doubles that noun, not the figure before.
const REFERENCE_CONSTRUCTS: ReadonlySet<string> = new Set(['ضعفي'].map(fold));
const REFERENCE_TARGETS: ReadonlySet<string> = new Set(['من', 'ذلك', 'هذا', 'العدد'].map(fold));
const REFERENCE_CLITICS: readonly string[] = ['و', 'ف', 'ب'];
const THAT_IS = fold('أي');
const ON_WORD = fold('على');
const THEY_TWO: ReadonlySet<string> = new Set(['إنهما', 'أنهما', 'هما', 'وهما', 'كانا'].map(fold));
const STAGES: ReadonlySet<string> = new Set(['جولتين', 'دفعتين'].map(fold));
const REFERENCE_WINDOW = 30;
const FATHA = 0x064e;

function word(t: Tokenized, i: number) {
  const tok = t.tokens[i];
  return tok && tok.type === WORD ? tok : null;
}

/** مسعفَين: a fatha before the final ين marks the dual. */
function markedDual(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i]!;
  const original = sliceText(t, tok.s, tok.e);
  const cps = Array.from(original, (c) => c.codePointAt(0)!).filter((c) => c !== 0x0651);
  const n = cps.length;
  return n >= 3 && cps[n - 3] === FATHA && cps[n - 2] === 0x064a && cps[n - 1] === 0x0646;
}

/**
 * The word before token i is an event (قُتل مدني، مقتل شخص), a trigger (سقط
 * قتيل، بينهم طفل), or a group the noun is one of: بين الشهداء فتى، من بين
 * القتلى طفل، ضمن المعتقلين صحفي.
 */
function introduced(t: Tokenized, i: number): boolean {
  const prev = word(t, i - 1);
  if (!prev) return false;
  if (inSet(TRIGGERS, prev.n, ['و', 'ف', 'ل']) !== null || !!lookupEventBefore(prev.n) || !!lookupEventAfter(prev.n) || !!executionOn(t, i - 1)) return true;
  const among = word(t, i - 2);
  return !!among && AMONG.has(among.n) && isDefinite(prev.n) && !!lookupNoun(prev.n)?.kind;
}

/**
 * إن عسكرياً قُتل، مدني أُصيب: a lone singular followed at once by an event verb
 * (its subject, so the event happened to one). Not when the verb has an object
 * (أن مسلحاً قتل 3 أشخاص: the gunman killed them), nor with a conjunction (جندي وقتل).
 */
function eventNext(t: Tokenized, end: number): EventEntry | null {
  end = pastPlaceOfOne(t, pastAge(t, end));
  const verb = word(t, end);
  if (!verb || /^[وف]/u.test(verb.n)) return null;
  const entry = lookupEventBefore(verb.n) ?? lookupEventAfter(verb.n);
  if (!entry || entry.near || entry.category === 'military') return null;
  const object = t.tokens[end + 1];
  if (object?.type === NUM) return null;
  if (object?.type === WORD && (lookupImplicit(object.n) || lookupNoun(object.n)?.person || numberWord(object))) return null;
  return entry;
}

/**
 * قتل مستوطنون راعياً: an accusative singular right after a casualty verb and
 * its subject, a plural of people, is its object: the event happened to one.
 */
function objectAfterAgent(t: Tokenized, i: number): EventEntry | null {
  const agent = word(t, i - 1);
  const verb = word(t, i - 2);
  if (!agent || !verb || !lookupNoun(agent.n)?.person || lookupImplicit(agent.n)) return null;
  const entry = lookupEventBefore(verb.n);
  return entry && !entry.near && entry.category === 'casualties' ? entry : null;
}

const SENTENCED: EventEntry = senseOf('sentenced');

const OBJECT_REACH = 8;
// Words a verb's object is never read across: relatives and verbs of being (الذي كان صحفياً).
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'حيث', 'بعد', 'قبل', 'بينما', 'فيما', 'لكن'].map(fold));

/**
 * واعتقلت السلطات الأذربيجانية عند المعبر مسؤولاً سابقاً: an indefinite accusative
 * singular of people whose clause opens with a casualty or arrest verb (its
 * subject and a place between) is that verb's object, one it befell (after the
 * twenty-sixth set). Not across punctuation, a number, a relative or a verb of being.
 */
function objectOfVerb(t: Tokenized, i: number): EventEntry | null {
  // راعياً شاباً، زياً عسكرياً 4 أطباء: after another indefinite accusative, or before a number, it is an adjective.
  const prev = word(t, i - 1);
  // (عند حاجز عورتا مسؤولاً: a name in ا, with no tanween, is no accusative.)
  const accusativeBefore = !!prev && /^[^ ]{2,}ا$/u.test(prev.n) && !STOPWORDS.has(prev.n) && /\u064B/u.test(sliceText(t, prev.s, prev.e));
  if (!prev || accusativeBefore || t.tokens[i + 1]?.type === NUM || numberWord(t.tokens[i + 1])) return null;
  for (let k = i - 1; k >= 0 && i - k <= OBJECT_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD || numberWord(tok) || CLAUSE_BREAKS.has(tok.n) || inSet(BEING, tok.n, ['و', 'ف', 'ل']) !== null) return null;
    if (isDefinite(tok.n)) continue;
    const entry = lookupEventBefore(tok.n);
    if (!entry) continue;
    return entry.near || (entry.category !== 'casualties' && entry.category !== 'politics') ? null : entry;
  }
  return null;
}

const AGE_VERBS: ReadonlySet<string> = new Set(['يبلغ', 'تبلغ', 'البالغ', 'البالغة'].map(fold));
const LIFE: ReadonlySet<string> = new Set(['العمر', 'عمره', 'عمرها'].map(fold));
const DECADE = /^(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|عشرينات|ثلاثينات|اربعينات|خمسينات|ستينات|سبعينات|ثمانينات|تسعينات|عشرينيات|ثلاثينيات|اربعينيات|خمسينيات|ستينيات|سبعينيات|ثمانينيات|تسعينيات|(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ه?)$/u;

/** رجلاً في الستين من عمره، امرأة في العقد السابع من عمرها: an age told by a decade; the index after it, or k. */
function pastDecade(t: Tokenized, k: number): number {
  if (word(t, k)?.n !== 'في') return k;
  let m = k + 1;
  if (word(t, m)?.n === fold('العقد')) m += 1;
  const decade = word(t, m);
  // في الثانية عشرة من عمره: a teen told by its ordinal and عشرة.
  const teen = word(t, m + 1)?.n === 'عشر' || word(t, m + 1)?.n === fold('عشرة') ? 1 : 0;
  if (!decade || !DECADE.test(decade.n) || word(t, m + 1 + teen)?.n !== 'من' || !LIFE.has(word(t, m + 2 + teen)?.n ?? '')) return k;
  m += 3 + teen;
  return t.tokens[m]?.type === PUNCT && ',،'.includes(t.tokens[m]!.n) ? m + 1 : m;
}

/**
 * متظاهراً يبلغ من العمر 19 عاماً قُتل: an age told between a lone singular and
 * its verb is stepped over; the index after it (after its comma too), or k.
 */
export function pastAge(t: Tokenized, k: number): number {
  const decade = pastDecade(t, k);
  if (decade !== k) return decade;
  const bound = pastAgeBound(t, k);
  if (bound !== k) return bound;
  const span = pastAgeSpan(t, k);
  if (span !== k) return span;
  // امرأة في الـ67 من عمرها توفيت، طفل في السابعة والستين من العمر: «in her sixty-seventh year» (after the fifty-ninth set).
  if (word(t, k)?.n === 'في') {
    for (let m = k + 1; m < t.tokens.length && m - k <= 5; m += 1) {
      const w = t.tokens[m]!;
      if (w.type === WORD && w.n === 'من' && LIFE.has(word(t, m + 1)?.n ?? '')) return t.tokens[m + 2]?.type === PUNCT && ',،'.includes(t.tokens[m + 2]!.n) ? m + 3 : m + 2;
      if (w.type === PUNCT && w.n !== '-') break;
      if (w.type === WORD && (lookupEventBefore(w.n) || lookupEventAfter(w.n))) break;
    }
  }
  let m = t.tokens[k]?.type === PUNCT && ',،'.includes(t.tokens[k]!.n) ? k + 1 : k;
  if (!word(t, m) || !AGE_VERBS.has(word(t, m)!.n) || word(t, m + 1)?.n !== 'من' || !LIFE.has(word(t, m + 2)?.n ?? '')) return k;
  m += 3;
  if (t.tokens[m]?.type !== NUM && !numberWord(t.tokens[m])) return k;
  m += 1;
  if (word(t, m) && !lookupEventBefore(word(t, m)!.n) && !lookupEventAfter(word(t, m)!.n)) m += 1; // عاماً، سنة
  if (t.tokens[m]?.type === PUNCT && ',،'.includes(t.tokens[m]!.n)) m += 1;
  return m;
}

const AGE_BOUNDS: ReadonlySet<string> = new Set(['دون', 'تحت', 'فوق'].map(fold));
const AGE_ORDINAL = /^ال(?:ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره)$/u;

/** 11 طفلاً دون الـ15 عاماً، دون العاشرة: an age bound after a figure is stepped over; the index after it, or k. */
function pastAgeBound(t: Tokenized, k: number): number {
  if (!AGE_BOUNDS.has(word(t, k)?.n ?? '')) return k;
  let m = k + 1;
  if (word(t, m)?.n === 'ال' && t.tokens[m + 1]?.type === NUM) m += 1;
  if (t.tokens[m]?.type === NUM) {
    m += 1;
    if (AGE_YEARS.has(word(t, m)?.n ?? '')) m += 1;
    return m;
  }
  return AGE_ORDINAL.test(word(t, m)?.n ?? '') ? m + 1 : k;
}

// A dual ending: صاروخان، جماعتين، منشأتان.
const DUAL_ENDING = /(?:ان|ين)$/u;

/**
 * جماعتان مسلحتان، منشأتان مدنيتان، صاروخان عسكريان: a dual right after a dual
 * indefinite noun that is not a person is its adjective, not a count of two people.
 */
function agreesWithDual(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i]!;
  const prev = word(t, i - 1);
  // An adjective agrees in definiteness: في الغارتين مدنيان is two civilians (آليتين, with its madda, has no article).
  const definite = !!prev && isDefinite(prev.n) && /^(?:[وفبلك]{0,2})ال/u.test(sliceText(t, prev.s, prev.e));
  if (!prev || /^و/u.test(tok.n) || STOPWORDS.has(prev.n) || numberWord(prev) || definite) return false;
  // طائرتين مسيّرتين: after the dual of a thing, a dual is its adjective too.
  const counted = lookupImplicit(prev.n);
  // طفلان شقيقان: a person dual right after a person dual is in apposition, the same two.
  if (counted?.count === 2 && counted.noun.person && lookupImplicit(tok.n)?.noun.person) return true;
  // وأن، لأن end in ان too: a particle is no dual noun.
  if (prev.n.replace(/^[وفل]/u, '').length < 4) return false;
  // (تسليم يريفان جنديين: a name in ان is no dual noun to agree with; a dual the lexicon knows, or a feminine one, is.)
  const dualBefore = counted?.count === 2 || /ت(?:ين|ان)$/u.test(prev.n);
  return dualBefore && DUAL_ENDING.test(prev.n) && !counted?.noun.person && !lookupEventBefore(prev.n) && !lookupEventAfter(prev.n);
}

// Words after which a true dual takes the genitive or accusative -ين, never -ان:
// prepositions and إن and its sisters (عن طالبين، إن طالبين).
const NOT_NOMINATIVE: ReadonlySet<string> = new Set(
  ['من', 'في', 'إلى', 'على', 'عن', 'مع', 'ضد', 'لدى', 'عند', 'حول', 'بين', 'قبل', 'بعد', 'خلال', 'منذ', 'حتى', 'عبر', 'داخل', 'خارج', 'تجاه', 'بحق', 'إن', 'أن', 'بأن', 'لأن', 'لكن', 'كأن'].map(fold),
);

/**
 * حكومة طالبان، عن طالبان، بطالبان: a word in -ان (the nominative dual) where
 * grammar wants -ين (after a preposition, a glued ب/ل/ك, إن and its sisters,
 * or an indefinite noun it would be the genitive of) is a name that ends like
 * a dual (طالبان، عمّان، شعبان), not a count of two. وأصيب طالبان stays two.
 */
function nameLikeDual(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i]!;
  if (!/ان$/u.test(tok.n) || /^[وف]/u.test(tok.n)) return false;
  if (/^[بلك]/u.test(tok.n) && lookupImplicit(tok.n.slice(1))?.count === 2) return true;
  const prev = word(t, i - 1);
  if (!prev) return false;
  if (NOT_NOMINATIVE.has(prev.n)) return true;
  if (STOPWORDS.has(prev.n) || isDefinite(prev.n) || numberWord(prev) || inSet(TRIGGERS, prev.n, ['و', 'ف', 'ل']) !== null) return false;
  if (lookupEventBefore(prev.n) || lookupEventAfter(prev.n)) return false;
  // حكومة طالبان، عناصر طالبان: the second term of a construct (a ta marbuta, not the pronoun of فيه);
  // سلطات طالبان، قوات طالبان: or of a feminine plural (after the thirty-fifth set).
  if (/ة[\u064B-\u0652]*$/u.test(sliceText(t, prev.s, prev.e)) || (/ات$/u.test(prev.n) && prev.n.length >= 4)) return true;
  const before = lookupImplicit(prev.n);
  if (before) return !!before.construct;
  // عناصر طالبان; مقاتلي طالبان, the construct of مقاتلين.
  return !!lookupNoun(prev.n) || (/ي$/u.test(prev.n) && !!lookupNoun(`${prev.n}ن`)?.person);
}

/** The word before token i is a casualty event (وأصيب والدهما، قُتل زوجها). */

/**
 * بينهم والدته؛ بينهم سيدة حامل وزوجها: right after «among them», or joined by و
 * within three words of it, with no punctuation between.
 */
function amongBefore(t: Tokenized, i: number): boolean {
  const prev = word(t, i - 1);
  if (prev && AMONG_THEM.has(prev.n)) return true;
  if (!/^و/u.test(t.tokens[i]!.n)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return false;
    if (AMONG_THEM.has(tok.n)) return k < i - 1;
  }
  return false;
}

function casualtyBefore(t: Tokenized, i: number): boolean {
  const prev = word(t, i - 1);
  const entry = prev ? (lookupEventBefore(prev.n) ?? lookupEventAfter(prev.n)) : null;
  return !!entry && !entry.near && entry.category === 'casualties';
}

// What a vehicle is for, as the second term of its construct (سيارتي إسعاف، مركبتي إطفاء).
const VEHICLE_USES: ReadonlySet<string> = new Set(['إسعاف', 'اسعاف', 'الإسعاف', 'الاسعاف', 'إطفاء', 'اطفاء', 'الإطفاء', 'الاطفاء', 'نقل', 'شحن', 'أجرة', 'اجرة'].map(fold));

const KIN_REACH = 8;
const CENTRES: ReadonlySet<string> = new Set(['مركزي', 'مركزا'].map(fold));
const CENTRE_USES: ReadonlySet<string> = new Set(['إيواء', 'استقبال', 'احتجاز', 'علاج', 'عزل', 'تغذية', 'إسعاف', 'توزيع'].map(fold));
const WITH: ReadonlySet<string> = new Set(['مع', 'برفقة'].map(fold));

/**
 * أُصيب طفل وشقيقته، قُتل رجل في الستين من عمره وابنه: a relative joined by و to a single
 * person whom a casualty event right before befell (an age between them aside) is one more
 * person it befell, as the twenty-first set annotates.
 */
function kinJoinedToVictim(t: Tokenized, i: number): EventEntry | null {
  const kin = word(t, i);
  // قُتلت امرأة مع ابنتيها: «with» joins them as و does (after the review of the seen sets).
  const withWord = WITH.has(word(t, i - 1)?.n ?? '');
  if (!kin || (!kin.n.startsWith('و') && !withWord)) return null;
  for (let k = withWord ? i - 2 : i - 1; k >= 1 && i - k <= KIN_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return null;
    const form = lookupImplicit(tok.n);
    // قُتل شقيقان وأمهما: a dual before a relative possessed by the pair (هما).
    if (form && form.noun.person && !form.kin && (form.count === 1 || (form.count === 2 && !form.construct && /هما$/u.test(kin.n)))) {
      const prev = word(t, k - 1);
      const entry = prev ? (lookupEventBefore(prev.n) ?? lookupEventAfter(prev.n)) : null;
      return entry && !entry.near && entry.category === 'casualties' ? entry : null;
    }
  }
  return null;
}

// Adjectives that may follow an indefinite nisba such as إقليمي (دور إقليمي كبير وفعال): no name.
const COMMON_ADJECTIVES: ReadonlySet<string> = new Set(['كبير', 'جديد', 'مهم', 'واسع', 'بارز', 'قوي', 'فاعل', 'متزايد', 'خاص', 'عام'].map(fold));

/**
 * A named pair after the construct dual at i: a name of one or two words,
 * then a second joined by و (رفح وزكيم، باي وغدو، جديدة يابوس والدبوسية، الحكومة والحوثيين).
 */
function namedPairAfter(t: Tokenized, i: number): boolean {
  return namedPairEnd(t, i) > i + 1;
}

/** The token after the named pair that follows the construct dual at i, or i + 1 when there is none. */
function namedPairEnd(t: Tokenized, i: number): number {
  const first = word(t, i + 1);
  if (!first || /^و/u.test(first.n) || STOPWORDS.has(first.n) || COMMON_ADJECTIVES.has(first.n) || numberWord(first)) return i + 1;
  for (const k of [i + 2, i + 3]) {
    const next = word(t, k);
    if (!next) return i + 1;
    // (وسط، وفق، وزارة …: words whose و is their own, no conjunction.)
    if (/^و./u.test(next.n) && !OWN_WAW.has(next.n)) return k + 1;
  }
  return i + 1;
}

/** جولتين من المحادثات، عمليتين عسكريتين: the noun at i takes a kind from the word after it (من aside). */
function kindFollows(t: Tokenized, i: number): boolean {
  const next = word(t, i + 1)?.n === 'من' ? word(t, i + 2) : word(t, i + 1);
  return !!next && compoundKind(word(t, i)!.n, next.n) !== null;
}

/**
 * A lone singular or dual person noun at token i; `joined` when a figure ends
 * right before it, with و; `sharedNumber` when that figure's number governs
 * an accusative singular (50 جندياً): then ومتطوعاً shares the number (50
 * soldiers and volunteers) and is no count of one.
 */
export function implicitCount(t: Tokenized, i: number, joined: boolean, sharedNumber = false): ImplicitCount | null {
  const tok = word(t, i);
  if (!tok) return null;
  const form = lookupImplicit(tok.n);
  if (!form) return oneOf(t, i) ?? remainingOne(t, i) ?? casesDual(t, i);
  if (joined && sharedNumber && form.accusative) return null;
  // وأبنية غير مكتملة: a word in ة is no possessive in ه (ابنيه, his two sons), whatever folding makes of it.
  if ((form.needsSense || form.kin) && /ة[\u064B-\u0652]*$/u.test(sliceText(t, tok.s, tok.e))) return null;
  // وأصيب والدهما: a relative is one person only right after what happened to them.
  // بينهم والدته، بينهم سيدة حامل وزوجها: or named among a group counted before.
  const among = form.kin && amongBefore(t, i);
  // وابنه، وشقيقته، وسائقها after a victim told a few words before: possessed people joined to them.
  const possessed = form.kin || (form.noun.person && form.count === 1 && /^و.{2,}(?:ه|ها|هما)$/u.test(tok.n));
  const kinOfVictim = possessed && !casualtyBefore(t, i) && !among ? kinJoinedToVictim(t, i) : null;
  if (form.kin && !casualtyBefore(t, i) && !among && !kinOfVictim) return null;
  // معبري رفح وزكيم، وفدي الحكومة والحوثيين: a construct dual counts two only before a named pair.
  // سيارتي إسعاف، عربتي إطفاء: a construct dual of vehicles whose second term says what they are counts two.
  // (مركزي إيواء، مركزي احتجاز: so does one of centres, after the hundred-and-thirtieth and hundred-and-thirty-first sets.)
  if (form.construct && !namedPairAfter(t, i) && !(form.noun.materiel && VEHICLE_USES.has(word(t, i + 1)?.n ?? '')) && !(CENTRES.has(tok.n.replace(/^[وف]/u, '')) && CENTRE_USES.has(word(t, i + 1)?.n ?? ''))) return null;
  // في العاصمة وإقليمي أرتيبونيت والوسط: a construct dual of places joined by و to a place after a preposition of place says
  // where as that place does (after the sixty-fifth set).
  // (من مخيمات منطقة الشهباء وبلدتي نبل والزهراء: the place before may take a few words, after the sixty-sixth set.)
  if (form.construct && form.count === 2 && /^و/u.test(tok.n) && !form.noun.person && PLACE_NOUNS.has(tok.n.slice(1).replace(/تي$/u, 'ه').replace(/ي$/u, '')) && placeBehind(t, i)) return null;
  // هجوم روسي واسع … على مدينتي أوديسا وخاركيف: a construct dual of places after the على of an attack says where it struck
  // (after the hundred-and-seventh set).
  if (form.construct && form.count === 2 && PLACE_EN.has(form.noun.en[0] ?? '') && attackOn(t, i - 1)) return null;
  // موقعاً، زورقاً خشبياً: a construct in ا written with its tanwin is an accusative singular, no dual (after the fifty-second set).
  if (form.construct && tok.n.endsWith('ا') && sliceText(t, tok.s, tok.e).includes('\u064B')) return null;
  if (form.count === 2 && agreesWithDual(t, i)) return null;
  // قال الجيش إنهما مطلوبان: a dual predicate after «that they two» says what the two counted before are (after the
  // hundred-and-ninety-sixth set).
  if (form.count === 2 && THEY_TWO.has(word(t, i - 1)?.n ?? '')) return null;
  // تطعيم … على جولتين، على دفعتين: in two rounds or batches, told after على with nothing counted after it, is how, no
  // count (after the hundred-and-seventy-second set; على مرحلتين is no count already).
  if (form.count === 2 && word(t, i - 1)?.n === ON_WORD && STAGES.has(tok.n) && word(t, i + 1)?.n !== 'من') return null;
  if (form.count === 2 && nameLikeDual(t, i)) return null;
  const prev = word(t, i - 1);
  if (prev && NO_COUNT_BEFORE.has(prev.n)) return null;
  // واحدة من كل 3 أسر عائدة: a noun of what befell people right after a people noun is its adjective (after the thirty-ninth set).
  if (form.count === 1 && form.noun.kind && !/^[وف]/u.test(tok.n) && prev && !isDefinite(prev.n) && lookupNoun(prev.n)?.person && !lookupImplicit(prev.n)) return null;
  // مراكز احتجاز عسكرية: a feminine nisba after a noun and its verbal noun describes them, no one counted (after the thirty-fourth set).
  if (form.count === 1 && /يه$/u.test(tok.n) && word(t, i - 2) && lookupNoun(word(t, i - 2)!.n)?.person === false) return null;
  // مواقع عسكرية: a feminine nisba right after a noun of things describes it, no servicewoman (after the hundred-and-forty-eighth set).
  if (form.count === 1 && /يه$/u.test(tok.n) && prev && lookupNoun(prev.n)?.person === false) return null;
  // ومرافق أخرى: «other» in the feminine after a noun with no ة makes it a broken plural of things (facilities), no one
  // counted (after the hundred-and-forty-ninth set).
  if (form.count === 1 && OTHER_FEMININE.has(word(t, i + 1)?.n ?? '') && !/ة[\u064B-\u0652]*$/u.test(sliceText(t, tok.s, tok.e))) return null;
  // حالة إصابة مشتبهاً بها: «suspected» of a case, told by the feminine pronoun, is no suspect.
  if (/^[وف]?مشتبه/u.test(tok.n) && SUSPECTED_OF_IT.has(word(t, i + 1)?.n ?? '')) return null;
  // لاعتقال مشتبه بهم، حافلة تقل مفرجاً عنهم: a participle whose preposition takes a plural pronoun is many, none counted
  // (after the hundred-and-fourth and hundred-and-seventh sets).
  if (form.count === 1 && PLURAL_OBJECTS.has(word(t, i + 1)?.n ?? '')) return null;
  // وقال معلم نجا من الغارة: someone told as the speaker is a source, no count (after the hundred-and-twenty-fifth set).
  if (form.count === 1 && SPEECH.has(word(t, i - 1)?.n ?? '')) return null;
  // طائرتي نقل عسكريتين: a nisba dual after a construct dual and its second term is their adjective (after the
  // hundred-and-twenty-fifth set).
  if (form.count === 2 && /يت?ين$|يتان$|يان$/u.test(tok.n) && lookupImplicit(word(t, i - 2)?.n ?? '')?.construct === true && lookupImplicit(word(t, i - 2)!.n)?.count === 2) return null;
  // أمضى 6 سنوات موقوفاً: an accusative right after a duration says the state it was spent in, no one counted (after the
  // two-hundred-and-fourteenth set).
  if (form.count === 1 && form.accusative && prev && TIME_UNITS.has(prev.n) && (t.tokens[i - 2]?.type === NUM || !!numberWord(t.tokens[i - 2]))) return null;
  // ونقلت المنصة عن لاجئ سوداني قوله: someone a report is quoted from is a source, no count (after the hundred-and-seventeenth set).
  if (form.count === 1 && word(t, i - 1)?.n === 'عن' && [2, 3, 4].some((d) => QUOTED_FROM.has(word(t, i - d)?.n ?? ''))) return null;
  // ٤١٢ طفلاً دون الخامسة مصاباً بسوء التغذية: an accusative right after an age told of the people before describes them
  // (after the hundred-and-nineteenth set).
  if (form.count === 1 && form.accusative && describesAged(t, i)) return null;
  // 24 أسيراً محكوماً بالسجن المؤبد: an accusative right after a figure's accusative noun describes those counted (after the
  // hundred-and-sixty-eighth set).
  // (132 سجيناً سورياً محكوماً: a nisba may stand between, after the hundred-and-seventy-sixth set.)
  const tamyizAt = prev && looksLikeNisba(prev.n) && !lookupImplicit(prev.n) && /\u064B/u.test(sliceText(t, prev.s, prev.e)) ? i - 2 : i - 1;
  const tamyiz = word(t, tamyizAt);
  if (form.count === 1 && form.accusative && tamyiz && /\u064B/u.test(sliceText(t, tamyiz.s, tamyiz.e)) && (t.tokens[tamyizAt - 1]?.type === NUM || !!numberWord(t.tokens[tamyizAt - 1]))) return null;
  // نحو 8 آلاف سجين محكوم بالإعدام: or right after the genitive singular of thousands or hundreds (after the
  // hundred-and-ninety-first set).
  if (form.count === 1 && !form.accusative && !/^و/u.test(tok.n) && prev && lookupNoun(prev.n)?.person && numberWord(t.tokens[i - 2])?.word.kind?.startsWith('mult')) return null;
  // توفي طفل رضيع غرقاً: a lone singular right after another describes it, one person (after the hundred-and-seventy-sixth set).
  // لا يزال صياد مفقوداً: an accusative predicate right after a lone singular says its state; the singular is the count
  // (after the hundred-and-eighty-ninth set).
  if (form.count === 1 && form.accusative && prev && !/^و/u.test(tok.n) && lookupImplicit(prev.n)?.count === 1 && lookupImplicit(prev.n)!.noun.person && !lookupImplicit(prev.n)!.accusative) return null;
  // توفوا في مرافق احتجاز، مرافق صحية: facilities, the plural of مرفق, before what they are for (after the
  // hundred-and-eighty-ninth set).
  if (form.count === 1 && FACILITIES.has(tok.n.replace(/^[وف]/u, '')) && FACILITY_USES.has(word(t, i + 1)?.n ?? '')) return null;
  // (Only the words that describe an age or a state: جثة رجل, a body and the man, stays one count of the man.)
  if (form.count === 1 && prev && DESCRIBING_ONE.has(tok.n) && lookupImplicit(prev.n)?.count === 1 && lookupImplicit(prev.n)!.noun.person && !lookupImplicit(prev.n)!.noun.kind) return null;
  // (كان آخرهم مسعف متطوع: or a singular of people read or not, after the two-hundred-and-twelfth set.)
  if (form.count === 1 && prev && DESCRIBING_ONE.has(tok.n) && !/^[وف]/u.test(tok.n) && lookupNoun(prev.n)?.person && !lookupNoun(prev.n)!.kind) return null;
  // إعدام شخص كل ثماني ساعات: one person every so often is a rate (after the hundred-and-fifth set).
  if (form.count === 1 && form.noun.person && everyWhile(t, i + 1)) return null;
  // بفارق نقطتين: a margin, no count.
  if (form.count === 2 && prev && MARGIN_CUES.has(prev.n)) return null;
  // لا يزال شخص في عداد المفقودين: one counted among a group the noun after عداد names.
  const amongGroup = form.count === 1 && !form.kin ? countedAmong(t, i + 1) : null;
  if (amongGroup) {
    const counted = phraseAt(t, i);
    if (counted) return { start: i, end: counted.end, s: tok.s, e: t.tokens[counted.end - 1]!.e, count: 1, counted, event: amongGroup };
  }
  // ولا يزال مفقوداً، بات نازحاً: a predicate of a verb of being says the state of someone told before, no count.
  if (form.count === 1 && prev && inSet(BEING, prev.n, ['و', 'ف', 'ل']) !== null) return null;
  // وطالب بالعودة، طالب بالإفراج: طالب before its ب-object is the verb "demanded", no student.
  if (form.count === 1 && /^[وف]?طالب$/u.test(tok.n) && /^ب/u.test(word(t, i + 1)?.n ?? '')) return null;
  // لا يزال الثالث محتجزاً، كان الطفل جريحاً: so is the predicate after a verb of being and its definite subject.
  // (لا يزال الصحفي "م. ب." (63 عاماً) موقوفاً: a name in quotes and an age in brackets may stand between, after the
  // hundred-and-sixth set.)
  const subject = pastAsides(t, i - 1);
  const being = word(t, subject - 1);
  if (form.count === 1 && word(t, subject) && isDefinite(word(t, subject)!.n) && being && inSet(BEING, being.n, ['و', 'ف', 'ل']) !== null) return null;
  // وكان أقدم المفرج عنهم أسيراً من نابلس: or a subject of a few words, one of them definite (after the hundred-and-seventy-fourth set).
  if (form.count === 1 && form.accusative && longSubjectAfterBeing(t, i)) return null;
  // أودى بحياة ٣١ شخصاً من عائلتين: the families the people counted belong to, no count of their own (after the hundred-and-first set).
  if (form.count === 2 && inSet(FAMILIES_HELD, tok.n, ['و', 'ف']) !== null && prev?.n === 'من' && lookupNoun(word(t, i - 2)?.n ?? '')?.person) return null;
  // تشريد عائلتين من ١١ فرداً: two families told by their size are their members, counted after (after the
  // hundred-and-eighty-eighth set).
  if (form.count === 2 && inSet(FAMILIES_HELD, tok.n, ['و', 'ف']) !== null && word(t, i + 1)?.n === 'من' && (t.tokens[i + 2]?.type === NUM || !!numberWord(t.tokens[i + 2]))) return null;
  // دون أمر اعتقال: «without» one is none (after the ninetieth set).
  if (form.count === 1 && prev && WITHOUT.has(prev.n)) return null;
  // لاجئة تدعى آنّا: someone introduced by name is quoted, not counted (after the ninety-fifth set).
  if (form.count === 1 && NAMED.has(word(t, i + 1)?.n ?? '')) return null;
  // أحد أفراد طاقمها، وهو ممرض يبلغ من العمر 34 عاماً، قُتل: «he is a nurse» describes someone counted, no count of its own.
  if (form.count === 1 && prev && HE_IS.has(prev.n)) return null;
  // تقتل عائلة بأكملها: a whole family is its members, no count of one (after the fifty-seventh set).
  if (form.count === 1 && inSet(FAMILIES, tok.n, ['و', 'ف']) !== null && WHOLE.has(word(t, i + 1)?.n ?? '')) return null;
  // حركة طالبان، عودة طالبان إلى السلطة، طالبان الباكستانية: the Taliban, no two students (after the fifty-third set).
  if (form.count === 2 && tok.n.replace(/^[وف]/u, '') === fold('طالبان') && taliban(t, i)) return null;
  // اتحاد بلديات جبل عامل، وادي شهيد: the second term of a construct completes the noun before it, a place or a name.
  if (form.count === 1 && !/^[وف]/u.test(tok.n) && constructSecond(t, i) && !introduced(t, i)) return null;
  // قتلت عائلة من 6 أفراد: a family told by its size is the group; its members are the count.
  if (form.count === 1 && inSet(FAMILIES, tok.n, ['و', 'ف']) !== null && word(t, i + 1)?.n === 'من' && (t.tokens[i + 2]?.type === NUM || numberWord(t.tokens[i + 2]))) return null;
  // عائلتين تضمان 11 فرداً، أسرة تضم 6 أفراد: the same, with the verb that holds them.
  if (inSet(FAMILIES_HELD, tok.n, ['و', 'ف']) !== null && HOLD_VERBS.has(word(t, i + 1)?.n ?? '') && (t.tokens[i + 2]?.type === NUM || numberWord(t.tokens[i + 2]))) return null;
  // ولغمان (19): a word followed by its figure in brackets is a name in a list, not a dual.
  // (بينهم طفلان (14 و16 عاماً): after a part word the brackets hold their ages.)
  if (form.count === 2 && t.tokens[i + 1]?.type === PUNCT && t.tokens[i + 1]!.n === '(' && !(prev && AMONG_THEM.has(prev.n))) return null;
  // في مدينتين، عبر موقعين: a dual of places after a preposition of place says where.
  // في جولتين من المحادثات is no place: the word after says what the dual counts.
  // إلى مدينتي الرهد وأم روابة، من مديريتي صرواح ورحبة: a place after any preposition of place; a building is counted everywhere.
  if (form.count === 2 && !form.noun.person && !form.noun.thingKind && !form.noun.notPlace && !kindFollows(t, i) && placeDual(t, i, form.noun)) return null;
  // «X-مدينتين» is part of a name; «- مسجدان» opening a list item on its own line is not.
  const listItem = !t.tokens[i - 2] || (t.tokens[i - 2]!.type === PUNCT && (t.tokens[i - 2]!.n === '\n' || t.tokens[i - 2]!.n === '\r'));
  if (t.tokens[i - 1]?.type === PUNCT && t.tokens[i - 1]!.n === '-' && !listItem) return null;
  const phrase = phraseAt(t, i);
  if (!phrase) return null;
  // بمعدل طفلين كل أسبوع: a rate of people is no count.
  if (form.noun.person && rateOfPeople(t, i, phrase.end)) return null;
  // جنديين اثنين، جندي واحد: the number word after the noun reads them.
  const after = numberWord(t.tokens[phrase.end]);
  if (after && after.word.kind === 'unit' && after.word.value <= 2 && after.stem.prefix === 0) return null;
  // محتجزاً واحداً توفي: «one» in the accusative, which numberWord leaves to the reader of a lone واحد, reads it too (after
  // the hundred-and-eighty-fifth set; it was read twice).
  if (form.count === 1 && phrase.end === i + 1 && word(t, phrase.end)?.n === ONE_ACCUSATIVE) return null;
  let event: EventEntry | null = null;
  if (form.count === 2) {
    if (form.ambiguous && !markedDual(t, i)) return null;
    // بين مرضى وعاملين صحيين: joined by و to a plural of people, -ين is the plural too (after the sixty-second set).
    // Only where -ين may be that plural (عاملين, not امرأتين), and the plural is bare, no figure's noun (5 أطفال وعاملين).
    const before = word(t, i - 1);
    const soundForm = /^و.+ين$/u.test(tok.n) && !/تين$/u.test(tok.n) && !!lookupNoun(tok.n.slice(1, -2));
    const barePlural = !!before && !!lookupNoun(before.n)?.person && !isNounSingular(before.n) && !lookupImplicit(before.n) && t.tokens[i - 2]?.type !== NUM && !numberWord(t.tokens[i - 2]);
    // (هجوماً على مرافق وعاملين صحيين: or to facilities, the plural of مرفق written as «companion», after the
    // hundred-and-forty-fifth set.)
    if (form.noun.person && soundForm && (barePlural || FACILITIES.has(before?.n ?? ''))) return null;
    // وعاملين في المجال الطبي: people "in the field of" are the sound plural, the people of a trade (after the forty-sixth set).
    if (form.noun.person && /ين$/u.test(tok.n) && word(t, phrase.end)?.n === 'في' && inSet(FIELDS, word(t, phrase.end + 1)?.n ?? '', ['ال']) !== null) return null;
    // قُتلت امرأة مع ابنتيها: two relatives of a victim share what befell them.
    if (kinOfVictim) event = kinOfVictim;
  } else if (kinOfVictim) {
    event = kinOfVictim;
  } else if (!(form.accusative && form.noun.kind) && !introduced(t, i) && !joined && !among) {
    // قضت المحكمة بالسجن 18 شهراً على فتى: the one a court sentenced.
    // وأن طفلاً ثالثاً توفي: an indefinite ordinal after the singular is its adjective (one more of a group).
    const verbAt = form.count === 1 && ordinalAdjective(t, phrase.end) ? phrase.end + 1 : phrase.end;
    event = sentencedOn(t, i) ? SENTENCED : (eventNext(t, verbAt) ?? (form.accusative ? (objectAfterAgent(t, i) ?? objectOfVerb(t, i)) : null));
    if (!event) return null;
  }
  const stem = /^[وف]/u.test(tok.n) && tok.n.length > 1 && lookupImplicit(tok.n.slice(1)) ? 1 : 0;
  const s = t.origin[tok.ns + stem]!;
  // جثتي امرأة وطفلها: the pair of people is the two counted, read with them, not again one by one.
  const end = form.construct && form.noun.person ? namedPairEnd(t, i) : phrase.end;
  return {
    start: i,
    end,
    s,
    e: t.tokens[end - 1]!.e,
    count: form.count,
    counted: phrase,
    ...(event ? { event } : {}),
    ...(form.needsSense ? { needsSense: true } : {}),
  };
}

const IN_THE_COUNT: ReadonlySet<string> = new Set(['عداد', 'عدد'].map(fold));

/** في عداد المفقودين، في عداد القتلى at k: the event of the group counted among, or null. */
function countedAmong(t: Tokenized, k: number): EventEntry | null {
  if (word(t, k)?.n !== 'في' || !IN_THE_COUNT.has(word(t, k + 1)?.n ?? '')) return null;
  const group = word(t, k + 2);
  const kind = group && isDefinite(group.n) ? lookupNoun(group.n)?.kind : undefined;
  return kind ? senseOf(kind) : null;
}

// Verbs of being and becoming (كان وأخواتها): the accusative after them is a predicate (لا يزال مفقوداً، بات مشرداً).
const BEING: ReadonlySet<string> = new Set(
  ['كان', 'كانت', 'يكون', 'تكون', 'يزال', 'تزال', 'زال', 'زالت', 'مازال', 'مازالت', 'لايزال', 'لاتزال', 'ظل', 'ظلت', 'يظل', 'تظل', 'بات', 'باتت', 'يبيت', 'أصبح', 'أصبحت', 'يصبح', 'تصبح', 'صار', 'صارت', 'يصير', 'أضحى', 'أضحت', 'أمسى', 'بقي', 'بقيت', 'يبقى', 'تبقى', 'ليس', 'ليست'].map(fold),
);
/** A preposition of place a few words before the place joined at i, with no punctuation between. */
function placeBehind(t: Tokenized, i: number): boolean {
  for (let k = i - 2; k >= 0 && i - k <= 5; k -= 1) {
    if (t.tokens[k + 1]?.type !== WORD) return false;
    if (placePrepositionBefore(t, k, false, false)) return true;
  }
  return false;
}

const HE_IS: ReadonlySet<string> = new Set(['هو', 'هي', 'وهو', 'وهي'].map(fold));
const WHOLE: ReadonlySet<string> = new Set(['بأكملها', 'بأسرها', 'كاملة', 'بكاملها', 'برمتها'].map(fold));
const FIELDS: ReadonlySet<string> = new Set(['مجال', 'قطاع', 'ميدان'].map(fold));
// (سلطات طالبان، محاكم طالبان, after the hundred-and-twenty-second set; قيود طالبان, after the two-hundred-and-tenth;
// على يد طالبان, after the two-hundred-and-eighteenth.)
const TALIBAN_BEFORE: ReadonlySet<string> = new Set(['حركة', 'عودة', 'حكم', 'حكومة', 'نظام', 'سيطرة', 'زعيم', 'قادة', 'مقاتلو', 'مقاتلي', 'عناصر', 'سلطات', 'محاكم', 'قوات', 'إدارة', 'مسؤولو', 'مسؤولي', 'قيود', 'يد', 'أيدي'].map(fold));
const TALIBAN_AFTER: ReadonlySet<string> = new Set(['الباكستانية', 'الأفغانية', 'السلطة', 'للسلطة', 'الحكم', 'للحكم', 'باكستان', 'أفغانستان'].map(fold));

/** The word before or after طالبان at i names the movement. */
function taliban(t: Tokenized, i: number): boolean {
  // حركة "طالبان باكستان": an opening quote may stand between (after the hundred-and-fifty-fourth set).
  const quoted = t.tokens[i - 1]?.type === PUNCT && '"«“'.includes(t.tokens[i - 1]!.n);
  const prev = word(t, quoted ? i - 2 : i - 1);
  const next = word(t, i + 1);
  const after = next?.n === 'الي' || next?.n === fold('إلى') ? word(t, i + 2) : next;
  return (!!prev && inSet(TALIBAN_BEFORE, prev.n, ['و', 'ب', 'ل']) !== null) || (!!after && TALIBAN_AFTER.has(after.n));
}
// Nouns that head a construct whose second term names a place or a body (جبل عامل، وادي خالد، بلدة شهيد; ود مدني, a Sudanese place name, after the forty-sixth set).
const CONSTRUCT_HEADS: ReadonlySet<string> = new Set(
  ['جبل', 'وادي', 'وادى', 'ود', 'بلدة', 'اتحاد', 'مخيم', 'حي', 'شارع', 'مدينة', 'قرية', 'منطقة', 'ساحة', 'دوار', 'تل', 'تلة', 'سهل', 'عين', 'بئر', 'رأس', 'باب', 'مرج', 'دير', 'كفر', 'بيت', 'جسر', 'معبر', 'مستشفى', 'مسجد', 'كنيسة', 'جامعة', 'مدرسة', 'نقابة', 'جمعية', 'مؤسسة', 'حزب', 'حركة', 'لواء', 'كتيبة', 'فرقة', 'ميدان', 'جزيرة', 'ميناء', 'مطار', 'سوق', 'بحر', 'نهر', 'بلدية', 'محافظة', 'ولاية', 'مقاطعة', 'ناحية', 'قضاء', 'مديرية'].map(fold),
);

/**
 * The lone singular at i is the second term of a construct: right after an
 * indefinite noun it completes, a place noun or a name's head (جبل، وادي، بلدة،
 * اتحاد، مخيم، حي، شارع …), or any indefinite noun in ة (a verb never ends so).
 */
function constructSecond(t: Tokenized, i: number): boolean {
  const prev = word(t, i - 1);
  if (!prev) return false;
  if (STOPWORDS.has(prev.n) || isDefinite(prev.n) || numberWord(prev) || inSet(TRIGGERS, prev.n, ['و', 'ف', 'ل']) !== null) return false;
  if (lookupEventBefore(prev.n) || lookupEventAfter(prev.n) || lookupImplicit(prev.n)) return false;
  if (inSet(CONSTRUCT_HEADS, prev.n, ['و', 'ف', 'ب', 'ل', 'وب', 'ول']) !== null) return true;
  return prev.n.length >= 4 && /ة[\u064B-\u0652]*$/u.test(sliceText(t, prev.s, prev.e));
}

// Places (PLACE_NOUNS, by the lexicon's English) and buildings: a dual of a place says where after every
// preposition of place, a building (مستشفيين، مدرستين، مركزين) never does, other sites (حيين، موقعين) after في، عبر ….
// A neighbourhood (من حيي الشيخ مقصود والأشرفية) is a place too, after the twenty-eighth set.
const PLACE_EN: ReadonlySet<string> = new Set(['village', 'town', 'city', 'camp', 'district', 'region', 'neighbourhood']);
const ATTACKS: ReadonlySet<string> = new Set(['هجوم', 'هجوما', 'هجمات', 'غارة', 'غارات', 'قصف', 'قصفا', 'ضربة', 'ضربات', 'هجومه', 'هجومها'].map(fold));
const ATTACK_REACH = 7;

/** على at k, with an attack a few words before it in its sentence (هجوم روسي واسع بالصواريخ على). */
function attackOn(t: Tokenized, k: number): boolean {
  if (!ON.has(word(t, k)?.n ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= ATTACK_REACH; j -= 1) {
    const tok = t.tokens[j]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    if (tok.type === WORD && inSet(ATTACKS, tok.n, ['و', 'ب', 'ال', 'بال', 'وال', 'في']) !== null) return true;
  }
  return false;
}
const BUILDING_EN: ReadonlySet<string> = new Set(['house', 'dwelling', 'shop', 'well', 'building', 'school', 'hospital', 'centre', 'clinic', 'shelter', 'tent']);

function placeDual(t: Tokenized, i: number, noun: NounEntry): boolean {
  const en = noun.en[0] ?? '';
  if (BUILDING_EN.has(en)) return false;
  return placePrepositionBefore(t, i - 1, !PLACE_EN.has(en), false);
}

// A family in the singular or dual, and the verbs that say how many it holds (عائلتين تضمان 11 فرداً).
// (عائلتي أبو حرب والطويل: the construct dual before the families' names, after the hundred-and-eightieth set.)
const FAMILIES_HELD: ReadonlySet<string> = new Set(['عائلة', 'أسرة', 'عائلتين', 'عائلتان', 'أسرتين', 'أسرتان', 'عائلتي', 'أسرتي'].map(fold));
const HOLD_VERBS: ReadonlySet<string> = new Set(['تضم', 'يضم', 'تضمان', 'يضمان', 'تضمّ', 'تضمّان'].map(fold));

const WITHOUT: ReadonlySet<string> = new Set(['دون', 'بدون', 'بلا'].map(fold));
const NAMED: ReadonlySet<string> = new Set(['تدعى', 'يدعى', 'اسمه', 'اسمها', 'يسمى', 'تسمى'].map(fold));
// Teams and delegations, told by their size (فريقاً من 168 منقذاً).
const GROUPS_BY_SIZE: ReadonlySet<string> = new Set(['فريق', 'فريقا', 'طاقم', 'طاقما', 'وفد', 'وفدا', 'مجموعة', 'دورية'].map(fold));
const ONE_OF: ReadonlySet<string> = new Set(['أحد', 'إحدى'].map(fold));
const POSSESSIVE = /(?:هما|هم|هن|ها|ه)$/u;

/**
 * وإن أحد عناصره أصيب، قُتل أحد المسعفين: «one of» a plural of people is a
 * count of one when an event says what happened to that one, right before
 * أحد or right after the noun (not a verb with an object: أحد المسلحين قتل 3).
 * قال أحد السكان، في أحد المنازل: no count.
 */
function oneOf(t: Tokenized, i: number): ImplicitCount | null {
  const tok = word(t, i)!;
  const one = inSet(ONE_OF, tok.n, ['و', 'ف']);
  const next = word(t, i + 1);
  if (!one || !next || lookupImplicit(next.n)) return null;
  // أحد متطوعيه: the construct of a sound plural (متطوعي) with a possessive suffix.
  const bare = POSSESSIVE.test(next.n) ? next.n.replace(POSSESSIVE, '') : null;
  const noun = lookupNoun(next.n) ?? (bare ? (lookupNoun(bare) ?? (/ي$/u.test(bare) ? lookupNoun(`${bare}ن`) : null)) : null);
  if (!noun?.person) return null;
  const prev = word(t, i - 1);
  // وقال أحد المعتقلين المفرج عنهم: one of a group told as the speaker is a source, no count (after the
  // two-hundred-and-eleventh set), as a lone singular is.
  if (prev && SPEECH.has(prev.n)) return null;
  // كل أسرة فقدت أحد أفرادها: one of each family's members is distributive, no count (after the hundred-and-twenty-second set).
  for (let k = i - 2; k >= 0 && i - k <= 4; k -= 1) if (EVERY.has(word(t, k)?.n ?? '')) return null;
  const before = prev ? (lookupEventBefore(prev.n) ?? null) : null;
  // أحد المصابين في حالة خطيرة: one of a group the noun says befell, told in a state (after the forty-second set).
  const inState = !!noun.kind && (word(t, i + 2)?.n === 'في' ? word(t, i + 3)?.n === fold('حالة') : /^ب?حاله$/u.test(word(t, i + 2)?.n ?? ''));
  // فارق أحد المصابين الحياة: an event needing a word near has it right after the noun (after the seventy-seventh set).
  const nearAfter = !!before?.near && before.category !== 'military' && !!word(t, i + 2) && before.near.has(word(t, i + 2)!.n);
  const event = nearAfter ? before : before && !before.near && before.category !== 'military' ? null : (eventNext(t, i + 2) ?? (inState ? senseOf(noun.kind!) : null));
  if (!event && !(before && !before.near && before.category !== 'military')) return null;
  const counted: CountedPhrase = { start: i + 1, end: i + 2, head: next, noun, adjectives: [] };
  return {
    start: i,
    end: i + 2,
    s: t.origin[tok.ns + one.prefix]!,
    e: next.e,
    count: 1,
    counted,
    ...(event ? { event } : {}),
  };
}

/** A verb of being up to four words before token i, with only words between and one of them definite: its predicate at i. */
function longSubjectAfterBeing(t: Tokenized, i: number): boolean {
  let definite = false;
  for (let k = i - 1; k >= 0 && i - k <= 4; k -= 1) {
    const w = word(t, k);
    if (!w || numberWord(w)) return false;
    if (k < i - 1 && inSet(BEING, w.n, ['و', 'ف', 'ل']) !== null) return definite;
    if (isDefinite(w.n)) definite = true;
  }
  return false;
}

// (مسعف متطوع: a volunteer, after the two-hundred-and-twelfth set.)
const DESCRIBING_ONE: ReadonlySet<string> = new Set(['رضيع', 'رضيعة', 'مسن', 'مسنة', 'قاصر', 'قاصرة', 'متطوع', 'متطوعة'].map(fold));
const FACILITIES: ReadonlySet<string> = new Set(['مرافق', 'المرافق'].map(fold));
const FACILITY_USES: ReadonlySet<string> = new Set(['احتجاز', 'الاحتجاز', 'صحية', 'طبية', 'عامة', 'تعليمية', 'المياه', 'حيوية', 'أخرى'].map(fold));
const SUSPECTED_OF_IT: ReadonlySet<string> = new Set(['بها', 'بهن'].map(fold));
const PLURAL_OBJECTS: ReadonlySet<string> = new Set(['بهم', 'عنهم', 'عليهم', 'بهن', 'عنهن', 'عليهن'].map(fold));
const ASIDE_REACH = 12;

/**
 * The token before a name in quotes and a bracketed aside that end at k (الصحفي "م. ب." (63 عاماً)),
 * stepped over back to the word they follow; k itself when none ends there.
 */
function pastAsides(t: Tokenized, k: number): number {
  const start = k;
  for (let guard = 0; guard < 2; guard += 1) {
    const tok = t.tokens[k];
    if (tok?.type !== PUNCT) return k;
    const open = tok.n === ')' ? '(' : tok.n === '"' || tok.n === '»' || tok.n === '”' ? null : undefined;
    if (open === undefined) return k;
    let j = k - 1;
    for (; j >= 0 && start - j <= ASIDE_REACH; j -= 1) {
      const inner = t.tokens[j]!;
      if (inner.type === PUNCT && (open ? inner.n === open : inner.n === '"' || inner.n === '«' || inner.n === '“')) break;
      if (inner.type === PUNCT && SENTENCE_ENDS.has(inner.n) && inner.n !== '.') return start;
    }
    if (j < 0 || start - j > ASIDE_REACH) return start;
    k = j - 1;
  }
  return k;
}

const SPEECH: ReadonlySet<string> = new Set(['قال', 'وقال', 'قالت', 'وقالت', 'أفاد', 'وأفاد', 'أفادت', 'وأفادت', 'روى', 'وروى', 'روت', 'وروت', 'أضاف', 'وأضاف', 'أضافت', 'وأضافت', 'يقول', 'ويقول', 'تقول', 'وتقول'].map(fold));
const QUOTED_FROM: ReadonlySet<string> = new Set(['نقلت', 'ونقلت', 'نقل', 'ونقل', 'تنقل', 'ينقل', 'نقلا', 'نقلاً'].map(fold));
const AGE_REACH = 5;

/** An age span (دون الخامسة، في العاشرة من عمره) ends right before i, after a person noun. */
function describesAged(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= AGE_REACH; k -= 1) {
    if (pastAge(t, k) === i) return !!lookupNoun(word(t, k - 1)?.n ?? '')?.person;
  }
  return false;
}

/** كل ثماني ساعات، كل يوم at k: «every» and a time or a number after it, a rate. */
function everyWhile(t: Tokenized, k: number): boolean {
  if (!EVERY.has(word(t, k)?.n ?? '')) return false;
  const next = t.tokens[k + 1];
  return !!next && (next.type === NUM || !!numberWord(next) || (next.type === WORD && inSet(TIME_UNITS, next.n, []) !== null));
}
const OWN_WAW: ReadonlySet<string> = new Set(['وسط', 'وفق', 'وفقا', 'وقت', 'وحدة', 'وزارة', 'وزير', 'وادي', 'وكالة', 'وضع', 'واقع', 'وصول', 'وراء', 'ولاية', 'وفد', 'وفاة', 'وثائق', 'وسائل'].map(fold));
const CASES_DUAL = /^[وف]?حالت(?:ي|ا|ين|ان)$/u;

/** 46 إصابة بالكوليرا وحالتي وفاة: the dual of «case» before the event it counts is two of that event (after the twenty-seventh set). */
function casesDual(t: Tokenized, i: number): ImplicitCount | null {
  const tok = word(t, i)!;
  const next = word(t, i + 1);
  if (!CASES_DUAL.test(tok.n) || !next) return null;
  const event = lookupEventBefore(next.n);
  if (!event || event.near || event.category === 'military') return null;
  const phrase = phraseAt(t, i);
  if (!phrase) return null;
  const stem = /^[وف]/u.test(tok.n) ? 1 : 0;
  return { start: i, end: i + 2, s: t.origin[tok.ns + stem]!, e: next.e, count: 2, counted: { ...phrase, end: i + 2 }, event, ownEvent: true };
}

// «The second», «the third» … as a person (مصير الثالث): not الأول, which is also "the former".
const REMAINING = new Set(
  ['ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة'].map((w) => fold(`ال${w}`)),
);
// رابع، ثالث: the same ordinals without the article.
const ANOTHER = new Set(
  ['ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة'].map(fold),
);
/** ثالثاً، ثالثة، رابع: an indefinite ordinal at k (its tanween alef aside), the adjective of the singular before. */
function ordinalAdjective(t: Tokenized, k: number): boolean {
  const w = word(t, k);
  return !!w && (ANOTHER.has(w.n) || (w.n.endsWith('ا') && ANOTHER.has(w.n.slice(0, -1))));
}
const FIRSTS: ReadonlySet<string> = new Set(['الأولى', 'الأول'].map(fold));
const ONE_PERSON: NounEntry = { en: ['person', 'people'], person: true };

const AFTER_ONE: ReadonlySet<string> = new Set(['في', 'جراء', 'إثر', 'اثر', 'خلال', 'على', 'برصاص', 'بجروح', 'بجراح'].map(fold));

/** وأصيب رابع بجروح، وأصيب رابع.: nothing after the ordinal that it could be the first of (ثاني أكبر). */
function prepositionOrEnd(t: Tokenized, j: number): boolean {
  const next = t.tokens[j];
  if (!next || next.type === PUNCT) return true;
  // وأصيب رابع بكمين: a means after ب too (after the thirty-first set).
  return next.type === WORD && (AFTER_ONE.has(next.n) || /^ب[^ ]{3,}$/u.test(next.n));
}

/** A number earlier in the sentence (خطفوا ثلاثة …), or the dual of a person (استشهد طفلان وأصيب ثالث): the group an ordinal names one of. */
function groupCountedBefore(t: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 40; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type === PUNCT && SENTENCE_ENDS.has(tok.n)) return false;
    // (لكوردستان24: digits glued to a name are part of it, after the hundred-and-sixty-fifth set.)
    const nameDigits = tok.type === NUM && tok.glued && (word(t, k - 1)?.n.length ?? 0) >= 3;
    if ((tok.type === NUM && !nameDigits) || numberWord(tok)) return true;
    // المسيّرة الأولى … فيما أصابت الثانية منزلاً: «the first» of a thing named before makes the ordinal that thing's.
    if (tok.type === WORD && FIRSTS.has(tok.n) && word(t, k - 1) && isDefinite(word(t, k - 1)!.n) && lookupNoun(word(t, k - 1)!.n)?.person !== true) return false;
    if (tok.type === WORD) {
      const form = lookupImplicit(tok.n);
      if (form && form.count === 2 && form.noun.person && !form.construct && !form.ambiguous) return true;
    }
  }
  return false;
}

/**
 * أُفرج عن اثنين منهم، فيما لا يزال مصير الثالث مجهولاً: a definite ordinal
 * right after an event word is the one of a group it names, a count of one
 * (في اليوم الثالث، للمرة الثالثة، الثالث عشر stay ordinals).
 */
function remainingOne(t: Tokenized, i: number): ImplicitCount | null {
  const tok = word(t, i)!;
  const indefinite = ANOTHER.has(tok.n);
  if ((!REMAINING.has(tok.n) && !indefinite) || word(t, i + 1)?.n === 'عشر' || word(t, i + 1)?.n === fold('عشرة')) return null;
  // قُتل 3 أطفال وأصيب رابع بجروح: an indefinite ordinal too, after a casualty verb and before a preposition or the end.
  if (indefinite && !prepositionOrEnd(t, i + 1)) return null;
  const prev = word(t, i - 1);
  // فيما لا يزال الثالث محتجزاً: the subject of a verb of being whose predicate says what befell it (a noun with a kind).
  const predicate = !indefinite && prev && inSet(BEING, prev.n, ['و', 'ف', 'ل']) !== null ? lookupImplicit(word(t, i + 1)?.n ?? '') : null;
  if (predicate && predicate.count === 1 && predicate.noun.person && predicate.noun.kind && groupCountedBefore(t, i)) {
    const counted: CountedPhrase = { start: i, end: i + 1, head: tok, noun: predicate.noun, adjectives: [] };
    return { start: i, end: i + 1, s: tok.s, e: tok.e, count: 1, counted };
  }
  const entry = prev ? lookupEventBefore(prev.n) : null;
  // وهي الوفاة الثانية من نوعها: a definite noun of what befell right before the ordinal is the ordinal's noun (after the
  // hundred-and-eighty-seventh set).
  if (prev && isDefinite(prev.n)) return null;
  if (!entry || entry.category === 'military' || (indefinite && entry.category !== 'casualties') || !groupCountedBefore(t, i)) return null;
  const counted: CountedPhrase = { start: i, end: i + 1, head: tok, noun: ONE_PERSON, adjectives: [] };
  return { start: i, end: i + 1, s: tok.s, e: tok.e, count: 1, counted };
}

/** ومثلهم من الجرحى، وأصيب مثلهم، وضعفهم: a reference to the figure ending at `prevEnd`, in the same sentence. */
export function referenceBack(t: Tokenized, i: number, prevEnd: number | null): Reference | null {
  const tok = word(t, i);
  if (!tok || prevEnd === null || i - prevEnd > REFERENCE_WINDOW || i < prevEnd) return null;
  const stem = inSet(REFERENCE_WORDS, tok.n, REFERENCE_CLITICS);
  const factor = stem ? REFERENCES.get(stem.stem) : undefined;
  if (factor === undefined || !stem) return null;
  const next = word(t, i + 1);
  if (REFERENCE_CONSTRUCTS.has(stem.stem) && next && !REFERENCE_TARGETS.has(next.n)) return null;
  // ١,٢٤٠ طفلاً، أي ضعفي العدد المسجل في الشهر السابق: «that is, twice» the number of another time restates the figure
  // before against that number; no figure of its own (after the hundred-and-sixty-eighth and hundred-and-seventy-second sets).
  const described = next && REFERENCE_TARGETS.has(next.n) && isDefinite(next.n) && !!word(t, i + 2) && isDefinite(word(t, i + 2)!.n);
  if (word(t, i - 1)?.n === THAT_IS || described) return null;
  for (let k = prevEnd; k < i; k += 1) {
    const between = t.tokens[k]!;
    if (between.type === PUNCT && SENTENCE_ENDS.has(between.n)) return null;
  }
  let end = i + 1;
  let counted: CountedPhrase | null = null;
  if (word(t, i + 1)?.n === 'من') {
    counted = phraseAt(t, i + 2);
    if (counted) end = counted.end;
  }
  return { start: i, end, s: t.origin[tok.ns + stem.prefix]!, e: t.tokens[end - 1]!.e, factor, counted };
}

/**
 * 9 منشآت، بينها 4 مساكن وبئر مياه: one thing behind و, right after a count
 * of things, is a count of one (no category unless the thing says it). `joined`
 * is true when the figure before ends right before it, with و.
 */
export function thingJoined(t: Tokenized, i: number, joined: boolean, prevThing: boolean): ImplicitCount | null {
  const tok = word(t, i);
  if (!tok || !joined || !prevThing || !/^و./u.test(tok.n) || isDefinite(tok.n)) return null;
  if (!lookupThingSingular(tok.n)) return null;
  // وفريقاً من 168 منقذاً: a team told by its size is the group; its members are the count (after the eighty-second set).
  if (inSet(GROUPS_BY_SIZE, tok.n, ['و']) !== null && word(t, i + 1)?.n === 'من' && (t.tokens[i + 2]?.type === NUM || numberWord(t.tokens[i + 2]))) return null;
  const phrase = phraseAt(t, i);
  if (!phrase) return null;
  // ومنزل واحد، ومركز صحي واحد: the number word after the noun (and an adjective the phrase did not take) reads it.
  if (numberWord(t.tokens[phrase.end]) || (word(t, phrase.end) && !lookupNoun(word(t, phrase.end)!.n) && numberWord(t.tokens[phrase.end + 1]))) return null;
  return { start: i, end: phrase.end, s: t.origin[tok.ns + 1]!, e: t.tokens[phrase.end - 1]!.e, count: 1, counted: phrase, thing: true };
}
