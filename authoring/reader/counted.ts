/**
 * What a number counts and what happens to it.
 *
 * The counted noun phrase follows the number (34 جندياً تركياً، الآلاف من
 * الضباط العسكريين الأتراك, آلاف المدنيين) or, for a definite number and for
 * واحد/اثنان, precedes it (الدول الأعضاء الـ29، يوم واحد). Adjectives agree in
 * definiteness with their noun, which is how the phrase's end is found.
 */
import { inSet, isDefinite } from './clitics';
import {
  forms,
  lookupAdjective,
  lookupImplicit,
  lookupNoun,
  nounAsWritten,
  isPersonSingular,
  looksLikeNisba,
  possessedNoun,
  sense,
  type AdjectiveEntry,
  type EventSense,
  type NounEntry,
} from './lexicon';
import {
  LIFE_WORDS,
  RESIDENCE_VERBS,
  isEventBehindConjunction,
  lookupEventAfter,
  lookupEventBefore,
  type EventEntry,
} from './events';
import { COMPOUND_MONTHS, MONTH_SECOND_WORDS, MONTHS, ON, OTHERS, STOPWORDS, TIME_UNITS } from './word-classes';
import { fold } from './normalize';
import { numberWord } from './numbers';
import { qualifierAfter } from './qualifiers';
import { NUM, PUNCT, WORD, isNewsYear, sliceText, type Token, type Tokenized } from './tokens';
import { readVague } from './vague';

export interface CountedPhrase {
  /** Token range of the noun phrase, without a partitive من. */
  start: number;
  end: number;
  /** The head noun of the phrase. */
  head: Token;
  noun: NounEntry | null;
  adjectives: (AdjectiveEntry | null)[];
  /** What happened to them, said by an adjective (23 ألف أسرة نازحة، 4 آلاف شخص مفقود). */
  state?: string;
}

const MAX_ADJECTIVES = 3;

function wordAt(t: Tokenized, i: number): Token | null {
  const tok = t.tokens[i];
  return tok && tok.type === WORD ? tok : null;
}

/** A word that can head a counted noun phrase. */
function canHead(t: Tokenized, i: number): boolean {
  const tok = wordAt(t, i);
  // إمام folds to امام, the particle أمام: the hamza below, as written, says it is the imam.
  const imam = !!tok && tok.n === 'امام' && sliceText(t, tok.s, tok.e).startsWith('إ');
  if (!tok || (STOPWORDS.has(tok.n) && !imam) || tok.n.length < 2) return false;
  if (numberWord(tok) || readVague(t, i) || qualifierAfter(t, i) || inSet(MONTHS, tok.n)) return false;
  // A verb of the event after the number (قتلوا) is not what is counted.
  if (lookupEventAfter(tok.n) && !lookupNoun(tok.n)) return false;
  // Nor is a verb of living (نحو 49 ألفاً يقيمون في …) or a point in time (755 ألفاً مطلع العام), after the twenty-fifth set.
  if (inSet(RESIDENCE_VERBS, tok.n, ['و']) !== null || TIME_POINTS.has(tok.n)) return false;
  // Nor is a preposition's object: و19 بانفجار مخلفات الحرب، 3 باستهداف، 5 بالقصف (ب then the article or a verbal noun).
  if (/^ب(?:ال|ان|است)/u.test(tok.n) && !lookupNoun(tok.n)) return false;
  // 2 برصاص قناص، 1 بقذيفة: ب on a means of harm, or on a thing the lexicon knows, is "by", not what is counted.
  if (byMeans(tok.n)) return false;
  // Nor is the next clause's verb (قُتل ثلاثة وأصيب سبعة): an event word behind a conjunction.
  return !(isEventBehindConjunction(tok.n) && !lookupNoun(tok.n));
}

const TIME_POINTS: ReadonlySet<string> = new Set(['مطلع', 'منتصف', 'أواخر', 'أوائل', 'نهاية', 'بداية', 'مستهل', 'قبيل', 'أواسط'].map(fold));
const MEANS: ReadonlySet<string> = new Set(['رصاص', 'رصاصة', 'نيران', 'نار', 'شظايا', 'شظية', 'طلق', 'طلقات', 'سلاح', 'أسلحة'].map(fold));

/** برصاص، بقذيفة، بنيران: the preposition ب on a means of harm or on a thing (not بلدة, whose ب is its own). */
function byMeans(word: string): boolean {
  if (!word.startsWith('ب')) return false;
  const stem = word.slice(1);
  if (MEANS.has(stem)) return true;
  // قصف بطائرتين مسيرتين: the dual of a weapon after ب is itself a count of two (lexicon.ts).
  if (stem.endsWith('ين') && lookupImplicit(word)?.count === 2) return false;
  const thing = lookupNoun(stem);
  return !!thing && !thing.person && lookupNoun(word) === thing;
}

function adjectiveAt(t: Tokenized, i: number, definite: boolean): AdjectiveEntry | null | undefined {
  const tok = wordAt(t, i);
  if (!tok || STOPWORDS.has(tok.n) || isDefinite(tok.n) !== definite) return undefined;
  // 12 طفلاً وإحدى وعشرون امرأة: a number word is the next figure, not an adjective in -ي (after the fifty-second set).
  if (numberWord(tok)) return undefined;
  // 5 صحفيين وأردنيان: a nationality in the dual behind و is the next item of the list, not an adjective.
  if (/^[وف].{3,}يان$/u.test(tok.n)) return undefined;
  // بينهم طفلان ومسنة: a person noun behind و is the next item too (مسنة is also the adjective of امرأة مسنة).
  // 5 مسلحين ومدنيين اثنين: a people noun behind و with its own number word after it is the next item.
  if (/^و/u.test(tok.n) && lookupNoun(tok.n)?.person && numberWord(t.tokens[i + 1])) return undefined;
  // (وافد keeps its own و: the noun after the clitic must be one.)
  if (/^[وف]/u.test(tok.n) && lookupImplicit(tok.n.slice(1))?.count === 1 && !lookupImplicit(tok.n)?.accusative) return undefined;
  const known = lookupAdjective(tok.n);
  if (known) return known;
  // طفلين توفيا: a verb of what befell them is no adjective, however it ends (after the forty-second set).
  if (lookupEventAfter(tok.n)) return undefined;
  const bare = definite ? tok.n.replace(/^.*?ال/u, '') : tok.n;
  return looksLikeNisba(bare) && !lookupNoun(tok.n) ? null : undefined;
}

/** The noun phrase from token i: a head noun and the adjectives that agree with it. */
export function phraseAt(t: Tokenized, i: number): CountedPhrase | null {
  if (!canHead(t, i)) return null;
  const head = t.tokens[i]!;
  const definite = isDefinite(head.n);
  const adjectives: (AdjectiveEntry | null)[] = [];
  const noun = lookupNoun(head.n);
  let state: string | undefined;
  let j = i + 1;
  // 4,500 مهاجر ولاجئ: a second singular of people joined by و to a singular head is the same tamyiz, not a count of one.
  // Only a genitive tamyiz right after its number: 12 رجلاً وطفل and رجل وطفل are two figures.
  if (afterNumber(t, i) && !head.n.endsWith('ا') && isPersonSingular(head.n) && joinedSingular(t, j)) j += 1;
  // 86 مهاجراً وطالب لجوء إثيوبياً: an asylum seeker joined to the tamyiz in any case is the same group, in construct with
  // لجوء and so with no alif of its own (after the forty-eighth set).
  else if (afterNumber(t, i) && noun?.person && wordAt(t, j)?.n === fold('وطالب') && ASYLUM.has(wordAt(t, j + 1)?.n ?? '')) j += 2;
  // ٣٬٥٧٦ مختطفاً ومختطفة، 287 تلميذاً وتلميذة: the feminine of the same noun joined to it is the same group, men and women
  // (after the fifty-first and fifty-second sets).
  // (3 آلاف ناجٍ وناجية: a defective noun takes its ي back in the feminine, after the hundred-and-eighteenth set.)
  else if (afterNumber(t, i) && noun?.person && (wordAt(t, j)?.n === `و${head.n.replace(/ا$/u, '')}ه` || wordAt(t, j)?.n === `و${head.n}يه`)) j += 1;
  while (adjectives.length < MAX_ADJECTIVES) {
    // 240 ألف تشادي عائد: a nationality the lexicon does not list is people too.
    const told = !state && ((noun?.person && !noun.kind) || (!noun && looksLikeNisba(head.n))) ? stateAt(t, j, definite) : null;
    if (told) {
      state = told;
      adjectives.push({ en: STATE_ADJECTIVES[told] ?? '' });
      j += 1;
      continue;
    }
    const adj = adjectiveAt(t, j, definite);
    if (adj === undefined) break;
    adjectives.push(adj);
    j += 1;
  }
  return { start: i, end: j, head, noun, adjectives, ...(state ? { state } : {}) };
}

function afterNumber(t: Tokenized, i: number): boolean {
  const prev = t.tokens[i - 1];
  return !!prev && (prev.type === NUM || (prev.type === WORD && numberWord(prev) !== null));
}

const ASYLUM: ReadonlySet<string> = new Set(['لجوء', 'اللجوء'].map(fold));

function joinedSingular(t: Tokenized, j: number): boolean {
  const tok = wordAt(t, j);
  if (!tok || !tok.n.startsWith('و') || tok.n.length < 4) return false;
  const rest = tok.n.slice(1);
  return isPersonSingular(rest) && lookupNoun(rest)?.person === true;
}

const STATE_ADJECTIVES: Readonly<Record<string, string>> = {
  displaced: 'displaced', missing: 'missing', refugees: 'refugee', returned: 'returning', injured: 'injured', detained: 'detained', abducted: 'abducted',
};

/**
 * أسرة نازحة، عائلة مهجرة، شخص مفقود: a noun that says what happened, right
 * after a person noun that does not and agreeing with it in definiteness, is
 * its adjective (not a second count of one): its kind.
 */
function stateAt(t: Tokenized, j: number, definite: boolean): string | null {
  const tok = wordAt(t, j);
  if (!tok || /^[وف]/u.test(tok.n) || isDefinite(tok.n) !== definite) return null;
  const noun = lookupNoun(tok.n);
  return noun?.person && noun.kind && STATE_ADJECTIVES[noun.kind] ? noun.kind : null;
}

/** The counted phrase after a number ending at token j; `partitive` when introduced by من. */
export function countedAfter(t: Tokenized, j: number): { phrase: CountedPhrase; partitive: boolean } | null {
  const tok = wordAt(t, j);
  if (!tok) return null;
  if (tok.n === 'من') {
    const next = wordAt(t, j + 1);
    // اثنين من متطوعي الهلال الأحمر: the construct of a sound plural of people before its definite genitive (after the
    // hundred-and-ninth set).
    const construct = !!next && /ي$/u.test(next.n) && !!lookupNoun(`${next.n}ن`)?.person && isDefinite(wordAt(t, j + 2)?.n ?? '');
    if (!next || !(isDefinite(next.n) || lookupNoun(next.n) || possessedNoun(next.n) || construct)) return null;
    const found = phraseAt(t, j + 1);
    // (The construct is the plural's people: مقاتلي is مقاتلين.)
    const phrase = found && construct && !found.noun ? { ...found, noun: lookupNoun(`${next.n}ن`) } : found;
    return phrase ? { phrase: withGenitive(t, phrase), partitive: true } : null;
  }
  // ترتفع إلى 18 وعمليات البحث متواصلة: a word behind «and» starts the next clause, no counted noun (after the forty-ninth set).
  // 250 ألفاً عام 2020، ١,٤ مليون للمرة الأولى: a year's word before its year, or «for the first time», is no counted noun
  // (after the eighty-eighth and eighty-ninth sets).
  if (YEAR_WORDS.has(tok.n) && t.tokens[j + 1]?.type === NUM) return null;
  if (tok.n === FOR_THE_TIME) return null;
  const rest = tok.n.slice(1);
  if (tok.n.startsWith('و') && !nounAsWritten(tok.n) && !lookupEventBefore(tok.n) && (nounAsWritten(rest) || isDefinite(rest))) return null;
  const phrase = phraseAt(t, j);
  return phrase ? { phrase, partitive: false } : null;
}

/** 20 من عناصر النظام: an indefinite head after من takes its definite genitive (idafa). */
function withGenitive(t: Tokenized, phrase: CountedPhrase): CountedPhrase {
  const next = wordAt(t, phrase.end);
  if (phrase.adjectives.length > 0 || isDefinite(phrase.head.n) || !next || !canHead(t, phrase.end)) return phrase;
  // 4 من أفراد عائلته: a noun with a possessive suffix is definite too.
  if (!isDefinite(next.n) && !possessedNoun(next.n)) return phrase;
  // 4 من عناصر الدفاع المدني: the genitive's own adjectives belong to the phrase, so what is joined after it is joined to it.
  let end = phrase.end + 1;
  // (أصيب 4 من موظفي المنظمة بالعدوى: a preposition's object, بال…, is no adjective of the genitive.)
  while (end < phrase.end + 3 && isDefinite(next.n) && !/^بال/u.test(wordAt(t, end)?.n ?? '') && adjectiveAt(t, end, true) !== undefined) end += 1;
  return { ...phrase, end };
}

/** The adjectives (up to three) right before token i that follow a noun: the k of the noun, else i. */
function adjectivesBefore(t: Tokenized, i: number): number {
  let k = i;
  while (i - k < MAX_ADJECTIVES && k - 1 > 0) {
    const tok = wordAt(t, k - 1);
    const adjective = tok && (lookupAdjective(tok.n) || (looksLikeNisba(tok.n) && !lookupNoun(tok.n)));
    const noun = wordAt(t, k - 2);
    // في فصل دراسي: after a preposition an event word is a noun with its adjective, no verb.
    const afterPreposition = PREPOSITIONS_BEFORE_NOUN.has(wordAt(t, k - 3)?.n ?? '');
    if (!adjective || !noun || !canHead(t, k - 2) || (lookupEventBefore(noun.n) && !afterPreposition)) break;
    // 5 مسلحين ومدنيين اثنين: a word behind و that is a people noun starts a new item, no adjective of the one before.
    if (/^و/u.test(tok.n) && lookupNoun(tok.n)?.person) break;
    k -= 1;
  }
  return k;
}

/** The definite noun phrase right before a definite number (الدول الأعضاء الـ29) or واحد (يوم واحد). */
export function countedBefore(t: Tokenized, i: number, definiteOnly: boolean): CountedPhrase | null {
  // واحد/اثنان: the noun may carry adjectives (جندي تركي واحد).
  let k = definiteOnly ? i - 1 : adjectivesBefore(t, i) - 1;
  let start = -1;
  // في فصل دراسي واحد: a verbal noun with an adjective after it is a noun (a classroom), the head.
  const described = !definiteOnly && k < i - 1 && !!wordAt(t, k) && !!lookupEventBefore(wordAt(t, k)!.n) && !/^[وف]/u.test(wordAt(t, k)!.n);
  if (described) start = k;
  while (!described && k >= 0 && i - k <= 3 + MAX_ADJECTIVES) {
    const tok = wordAt(t, k);
    // مركز عزل واحد: a verbal noun completing a noun before it (a construct) leaves that noun the head.
    if (!definiteOnly && tok && !/^[وف]/u.test(tok.n) && lookupEventBefore(tok.n) && k === i - 1 && lookupNoun(wordAt(t, k - 1)?.n ?? '') && canHead(t, k - 1)) {
      start = k - 1;
      break;
    }
    if (!tok || !canHead(t, k) || lookupEventBefore(tok.n)) break;
    // جنودها الـ10 آلاف: a possessed noun of people is definite too, right before the number.
    const possessed = definiteOnly && k === i - 1 && !isDefinite(tok.n) && possessedNoun(tok.n)?.person === true;
    if (definiteOnly && !isDefinite(tok.n) && !possessed) break;
    start = k;
    if (possessed) break;
    k -= 1;
    if (!definiteOnly) break; // واحد/اثنان follow a single noun
  }
  if (start < 0) return null;
  const head = t.tokens[start]!;
  const adjectives: (AdjectiveEntry | null)[] = [];
  for (let m = start + 1; m < i; m += 1) adjectives.push(lookupAdjective(t.tokens[m]!.n));
  return { start, end: i, head, noun: lookupNoun(head.n) ?? possessedNoun(head.n), adjectives };
}

export interface EventHit extends EventEntry {
  /** Token index of the event word. */
  tok: number;
}

const FOR_THE_TIME = fold('للمرة');
const REMAINS: ReadonlySet<string> = new Set(['رفات', 'جثث', 'جثامين', 'بقايا'].map(fold));
const EVENT_WINDOW = 4;
const LAST_OR_FIRST: ReadonlySet<string> = new Set(['آخر', 'أول'].map(fold));

const WHERE: ReadonlySet<string> = new Set(['في', 'داخل', 'قرب', 'عند'].map(fold));

/** عاملاً في المحطة قُتل: a place of one or two definite words after a lone singular is stepped over; the index after it, or k. */
export function pastPlaceOfOne(t: Tokenized, k: number): number {
  if (!WHERE.has(wordAt(t, k)?.n ?? '')) return k;
  let m = k + 1;
  while (m - k <= 2 && wordAt(t, m) && isDefinite(wordAt(t, m)!.n) && !lookupEventBefore(wordAt(t, m)!.n)) m += 1;
  return m > k + 1 ? m : k;
}

const OR: ReadonlySet<string> = new Set(['أو', 'او'].map(fold));

// «Others» after a figure: the group before it had its own verb (قُتلوا وأصيب 13 آخرون).
const OTHERS_REACH = 3;

/** Token i starts a figure of «others»: its number and then آخرون/آخران within a few tokens. */
function figureOfOthers(t: Tokenized, i: number): boolean {
  for (let m = i + 1; m <= i + OTHERS_REACH && m < t.tokens.length; m += 1) {
    const tok = t.tokens[m]!;
    if (tok.type !== WORD && tok.type !== NUM) return false;
    if (tok.type === WORD && OTHERS.has(tok.n)) return true;
  }
  return false;
}

/** Combined events: مقتل وإصابة 20 (killed or injured), منح اللجوء لـ500 (granted asylum). */
function combine(t: Tokenized, hit: EventHit, floor: number, i: number): EventHit {
  // عسكرياً قُتل وأصيب اثنان: the verb right after the figure before is that figure's, not part of this event;
  // so is the verb after its place (عاملاً في المحطة قُتل وأصيب اثنان).
  if (floor > 0 && (hit.tok - 1 === floor || hit.tok - 1 === pastPlaceOfOne(t, floor))) return hit;
  const prev = wordAt(t, hit.tok - 1);
  // وفاة أو فقدان 657 منهم: dead or missing, one toll, is counted as the dead.
  if (prev && OR.has(prev.n) && hit.kind === 'missing') {
    const first = wordAt(t, hit.tok - 2);
    const firstEvent = first ? lookupEventBefore(first.n) : null;
    if (firstEvent?.kind === 'killed') return { ...hit, kind: 'killed', category: 'casualties' };
  }
  const prevEvent = prev ? lookupEventBefore(prev.n) : null;
  if (!prevEvent) return hit;
  // الرفات تعود إلى ٣٢ رجلاً: remains that «belong to» people are their dead, no return (after the eighty-eighth set).
  if (hit.kind === 'returned' && prevEvent.kind === 'killed' && inSet(REMAINS, prev!.n, ['ال', 'و', 'وال']) !== null) return { ...prevEvent, tok: hit.tok - 1 };
  // 3 من عناصر الباسيج قُتلوا وأصيب 120 شرطياً: a verb that agrees with a subject told before it is that subject's (after the eighty-eighth set).
  if (prev && lookupEventAfter(prev.n)) return hit;
  const kinds = new Set([prevEvent.kind, hit.kind]);
  // ستة مدنيين قُتلوا وأصيب 13 آخرون: the killed verb is the first group's; «others» are only injured (after the seventy-seventh set).
  if (kinds.has('killed') && kinds.has('injured')) return figureOfOthers(t, i) ? hit : { ...hit, kind: 'killed-or-injured', category: 'casualties' };
  if (kinds.has('granted-asylum')) return { ...prevEvent, tok: hit.tok - 1, kind: 'granted-asylum' };
  return hit;
}

// Quotation marks and brackets between an event and its figure: تسجيل نزوح "14 ألفاً".
const QUOTES: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”', "'", '(', ')', '‘', '’']);
const AMONG: ReadonlySet<string> = new Set(['بين', 'وبين', 'ضمن', 'وضمن']);
const AFTER_WINDOW = 5;

function isQuote(tok: Token | undefined): boolean {
  return !!tok && tok.type !== WORD && QUOTES.has(tok.n);
}

/** A month's name or the second word of a two-word one (تشرين الثاني), with a preposition glued or not. */
function monthWord(t: Tokenized, k: number): boolean {
  const w = wordAt(t, k);
  if (!w) return false;
  if (inSet(MONTHS, w.n, ['في', 'ب', 'و', 'ل', 'من']) !== null) return true;
  const first = wordAt(t, k - 1);
  return MONTH_SECOND_WORDS.has(w.n) && !!first && inSet(COMPOUND_MONTHS, first.n, ['في', 'ب', 'و', 'ل', 'من']) !== null;
}

/** أسفرت عن "تحييد" 40 مسلحاً: quoted words that are themselves an event are no name. */
function eventWithin(t: Tokenized, a: number, b: number): boolean {
  for (let m = a; m < b; m += 1) {
    const w = wordAt(t, m);
    if (w && (lookupEventBefore(w.n) || lookupEventAfter(w.n))) return true;
  }
  return false;
}

const NAME_QUOTES: ReadonlyMap<string, string> = new Map([['"', '"'], ['»', '«'], ['”', '“']]);
const QUOTED_NAME_WORDS = 4;

/** k closes a quoted name of a few words and nothing else (تحالف "فيف أنسانم"): the index of its opening mark, or null. */
function quotedName(t: Tokenized, k: number): number | null {
  const close = t.tokens[k];
  const open = close && close.type !== WORD ? NAME_QUOTES.get(close.n) : undefined;
  if (!open) return null;
  for (let m = k - 1; m >= 0 && k - m <= QUOTED_NAME_WORDS + 1; m -= 1) {
    const tok = t.tokens[m]!;
    if (tok.type === WORD) continue;
    return tok.n === open && m < k - 1 ? m : null;
  }
  return null;
}

// Relatives with a possessive suffix: فقد 7 من أفراد أسرته (he lost them: they died).
// (ئ folds to ي: أبنائه is ابنايه, عائلته عايلته.)
const KIN = /^(?:افراد|اسر|عايل|ابناء|ابناي|اطفال|اولاد|اقارب|ذوي|اشقاء|اشقاي|اخو|زوج|والد|بنات|شقيق|نجل|ابن)[^ ]{0,3}?(?:ه|ها|هم|هن|هما)$/u;
const KIN_WINDOW = 6;
const DAMMA = 0x064f;

/** فُقد written with its damma: the passive (went missing), whatever follows. */
function passive(t: Tokenized, k: number): boolean {
  const tok = t.tokens[k]!;
  return Array.from(sliceText(t, tok.s, tok.e)).some((c, n) => n <= 2 && c.codePointAt(0) === DAMMA);
}

/**
 * "Lost their lives": missing becomes killed when a life word follows the
 * verb; so does "lost his relatives" (الذي فقد 7 من أفراد أسرته), unless the
 * verb is marked passive (فُقد: they went missing).
 */
function withLife(t: Tokenized, k: number, entry: EventEntry): EventEntry {
  if (entry.kind !== 'missing') return entry;
  for (let m = k + 1; m <= k + KIN_WINDOW && m < t.tokens.length; m += 1) {
    const tok = t.tokens[m]!;
    if (tok.type === NUM) continue; // فقد 12 شخصاً حياتهم
    if (tok.type !== WORD) break;
    if (m <= k + 4 && inSet(LIFE_WORDS, tok.n)) return sense('killed');
    if (KIN.test(tok.n) && !passive(t, k)) return sense('killed'); // فقدت السيدة 4 من أفراد عائلتها
  }
  return entry;
}

/**
 * The nearest event word among the few words before token i, not crossing
 * punctuation (quotation marks and brackets aside) or another number; also
 * بين القتلى / من بين الضحايا before a part.
 */
export function eventBefore(t: Tokenized, i: number, floor = 0, accept: (e: EventEntry) => boolean = () => true): EventHit | null {
  for (let k = i - 1, seen = 0; k >= floor && seen < EVENT_WINDOW; k -= 1) {
    const tok = t.tokens[k]!;
    // قتل مسلحون من تحالف العصابات "فيف أنسانم" 70 شخصاً: a quoted name names the noun before it and takes no room
    // of the window (after the forty-seventh set).
    const name = quotedName(t, k);
    const named = name === null ? null : wordAt(t, name - 1);
    if (name !== null && name > floor && named && !STOPWORDS.has(named.n) && !eventWithin(t, name + 1, k)) {
      k = name;
      continue;
    }
    if (isQuote(tok)) continue;
    // نزعت خلال تشرين الثاني/نوفمبر 1,126 لغماً: a month named in two calendars is a word of time, stepped over (after the forty-seventh set).
    if (tok.type === PUNCT && tok.n === '/' && monthWord(t, k - 1) && monthWord(t, k + 1)) continue;
    if (monthWord(t, k)) continue;
    // أعادت السلطات، الثلاثاء، 157 عائلة: a day named between commas is stepped over.
    const aside = dayAside(t, k);
    if (aside !== null && aside >= floor) {
      k = aside;
      continue;
    }
    // عاد إلى سنجار منذ تحريره عام 2017 أكثر من 120 ألف شخص: a year named in between is stepped over.
    // اعتقلت منذ إعلان حالة الطوارئ في أغسطس/آب 2023 آلاف الأشخاص: so is a year after its month (after the ninety-third set).
    if (tok.type === NUM && (yearAfterCue(t, k) || (isNewsYear(tok) && monthWord(t, k - 1)))) continue;
    if (tok.type !== WORD) return null;
    // Particles and words of time do not count towards the window: قُتل في لبنان منذ بدء التصعيد 589 شخصاً،
    // اعتقلت القوات الإسرائيلية خلال الفترة نفسها أكثر من 1,900.
    // أعادت فرنسا خلال الأسابيع الثلاثة الماضية 11 امرأة: a plural unit of time and its definite number are words of time too
    // (after the fifty-first set).
    const timeWord = (isDefinite(tok.n) && inSet(TIME_UNITS, tok.n, ['ال', 'وال', 'بال', 'لل']) !== null) || (isDefinite(tok.n) && numberWord(tok, true) !== null && DAYS.has(wordAt(t, k + 1)?.n ?? ''));
    // أفرجت حماس يوم الاثنين عن آخر 20 رهينة: «the last» or «the first» right before the figure is part of it (after the seventy-seventh set).
    const lastOrFirst = k === i - 1 && LAST_OR_FIRST.has(tok.n);
    // أنقذت فرق الهلال الأحمر الليبي 27 شخصاً: a definite nisba describing the word before takes no room either (after the
    // hundred-and-fifty-third set).
    const nisbaAdjective = k < i - 1 && isDefinite(tok.n) && looksLikeNisba(tok.n.replace(/^(?:ال)/u, '')) && !lookupNoun(tok.n) && wordAt(t, k - 1) !== null && isDefinite(wordAt(t, k - 1)!.n);
    // أجلت فرق الدفاع المدني بالقوارب 2,140 شخصاً: nor does a phrase of means behind بال (after the hundred-and-sixty-sixth set).
    const means = k < i - 1 ? false : /^بال.{3,}/u.test(tok.n) && !lookupEventBefore(tok.n);
    if (!STOPWORDS.has(tok.n) && !DAYS.has(tok.n) && !PERIOD_WORDS.has(tok.n) && !timeWord && !lastOrFirst && !nisbaAdjective && !means) seen += 1;
    // عبر معبرا طورخم وسبين بولدك 380 ألف شخص: the names of a crossing point count as one word.
    if (inSet(CROSSING_POINTS, tok.n, ['و', 'ال', 'وال'])) seen = 1;
    const entry = partOfName(t, k) ? null : (executionOn(t, k) ?? sentencing(t, k) ?? penaltyOfRuling(t, k) ?? lookupEventBefore(tok.n));
    // An event that cannot apply to what is counted (أطلق … on people) is passed over.
    if (entry && nearOk(t, k, entry) && !isDefiniteNoun(tok.n) && accept(entry) && !(entry.adjacent && seen > 1)) return combine(t, { ...withLife(t, k, entry), tok: k }, floor, i);
    const noun = lookupNoun(tok.n);
    const among = wordAt(t, k - 1);
    if (noun?.kind && isDefinite(tok.n) && among && AMONG.has(among.n)) return { ...sense(noun.kind), tok: k };
  }
  return null;
}

const AGAINST: ReadonlySet<string> = new Set(['بحق'].map(fold));
const CARRY_OUT: ReadonlySet<string> = new Set(forms('نفذ نفذت ينفذ تنفذ تنفيذ نفذوا'));
const VERDICTS: ReadonlySet<string> = new Set(forms('الحكم حكم الإعدام أحكام الأحكام حكمي'));
const EXECUTION_REACH = 6;
const EXECUTED: EventEntry = sense('executed');

/**
 * نُفذ حكم الإعدام فجر الخميس بحق شاب، نُفذ الحكم بحق 9 منهم: بحق after a sentence
 * carried out (a verb of carrying out and the verdict a few words before) says
 * those it was carried out on were executed (after the twenty-third and twenty-sixth sets).
 */
export function executionOn(t: Tokenized, k: number): EventEntry | null {
  const tok = wordAt(t, k);
  if (!tok || !AGAINST.has(tok.n)) return null;
  let verdict = false;
  for (let m = k - 1; m >= 0 && k - m <= EXECUTION_REACH; m -= 1) {
    const w = wordAt(t, m);
    if (!w) return null;
    if (VERDICTS.has(w.n)) verdict = true;
    if (inSet(CARRY_OUT, w.n, ['و', 'ف']) !== null) return verdict ? EXECUTED : null;
  }
  return null;
}

const DAYS: ReadonlySet<string> = new Set(
  ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'أمس', 'اليوم', 'مساء', 'صباح', 'فجر', 'ليلة', 'الأسبوع', 'الشهر', 'الماضي', 'الماضية', 'الفائت', 'الجاري'].map(fold),
);

/** A period named by what came before (خلال الفترة نفسها، المدة ذاتها). */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['الفترة', 'المدة', 'نفسها', 'ذاتها', 'نفسه', 'ذاته'].map(fold));

/** «، الثلاثاء،», «، الأسبوع الماضي،» or «، فجر اليوم الثلاثاء،» (up to three day words) ending at the comma k: the index of the comma that opens it, or null. */
function dayAside(t: Tokenized, k: number): number | null {
  const tok = t.tokens[k];
  if (!tok || tok.type !== PUNCT || !',،'.includes(tok.n)) return null;
  for (let m = k - 1; m >= 0 && k - m <= 4; m -= 1) {
    const inner = t.tokens[m]!;
    if (inner.type === PUNCT) return m < k - 1 && ',،'.includes(inner.n) ? m : null;
    if (inner.type !== WORD || !DAYS.has(inner.n)) return null;
  }
  return null;
}

// فريق إنقاذ، فرق الإخلاء، طواقم الإسعاف: a verbal noun after a team names what the team does, not an event.
// Teams, and the offices and bodies named by what they do (مكتب إنقاذ المختطفين، هيئة شؤون الأسرى، لجنة إغاثة).
const NAMED_BUILDINGS: ReadonlySet<string> = new Set(['مستشفى', 'مدرسة', 'مسجد', 'مجمع', 'مشفى'].map(fold));
const TEAMS: ReadonlySet<string> = new Set(
  ['فريق', 'فرق', 'فرقة', 'طاقم', 'طواقم', 'فريقا', 'فريقي', 'مكتب', 'مكاتب', 'هيئة', 'لجنة', 'وحدة', 'دائرة', 'جمعية'].map(fold),
);

/**
 * The word at k follows a team noun in construct (فريق إنقاذ تركي، فرق الإنقاذ): it
 * names the team. A definite team (ووثق الفريق وفاة 9 أشخاص) or one with a
 * possessive (فرقه نزعت: his teams removed) is no construct: the word is the event.
 * A definite word after a building's noun names the building (مستشفى العودة).
 */
export function partOfName(t: Tokenized, k: number): boolean {
  const prev = wordAt(t, k - 1);
  // مستشفى العودة، مدرسة العودة: the name of a building after its noun (after the hundred-and-sixty-eighth set).
  if (prev && isDefinite(wordAt(t, k)?.n ?? '') && inSet(NAMED_BUILDINGS, prev.n, ['و', 'ب', 'ل']) !== null) return true;
  if (!prev || inSet(TEAMS, prev.n, ['و', 'ب', 'ل']) === null) return false;
  return !sliceText(t, prev.s, prev.e).replace(/[\u064B-\u065F\u0670]+$/u, '').endsWith('ه');
}

export const CROSSING_POINTS: ReadonlySet<string> = new Set(['معبر', 'معبرا', 'معبري', 'معابر', 'منفذ', 'منفذا', 'منفذي', 'منافذ'].map(fold));

// منذ 2023 too: «since» before a year (after the ninety-third set).
const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'العام', 'سنة', 'السنة', 'منذ'].map(fold));

/** A four-digit year right after عام, سنة or منذ. */
function yearAfterCue(t: Tokenized, k: number): boolean {
  const tok = t.tokens[k]!;
  const prev = wordAt(t, k - 1);
  return isNewsYear(tok) && !!prev && YEAR_WORDS.has(prev.n);
}

/** الأسر النازحة (the displaced families) is no capture (أسر): a definite word that is a person noun is that noun. */
function isDefiniteNoun(word: string): boolean {
  const noun = isDefinite(word) ? lookupNoun(word) : null;
  return !!noun && noun.person && !noun.kind;
}

/** A feminine singular verb after a figure agrees with a feminine noun (2,100 أسرة نزحت), never with أطفال. */
function agrees(entry: EventEntry, head: Token | null): boolean {
  return !entry.feminine || head === null || /(?:ه|ات)$/u.test(head.n) || FEMININE_PLURALS.has(head.n);
}

// (عشرات الأسر فرت: the definite plural after a vague word too, after the hundred-and-third set.)
const FEMININE_PLURALS: ReadonlySet<string> = new Set(['أسر', 'عوائل', 'الأسر', 'العوائل'].map(fold));
const ONLY: ReadonlySet<string> = new Set(['فقط'].map(fold));

// After هؤلاء, منهم or في عداد a kind-bearing noun is the predicate: أكثر من 3 ملايين من هؤلاء لاجئون;
// so it is after كان and its sisters: 8 مدنيين كانوا محتجزين، 40 شخصاً لا يزالون مفقودين، باتوا نازحين.
const PREDICATE_CUES: ReadonlySet<string> = new Set(
  ['هؤلاء', 'منهم', 'منهن', 'عداد', 'كان', 'كانوا', 'كانت', 'كن', 'باتوا', 'بات', 'باتت', 'أصبحوا', 'أصبح', 'صاروا', 'ظلوا', 'ظل', 'يزالون', 'تزال', 'يزال', 'زالوا', 'يبقون', 'بقوا'].map(fold),
);

const APPOSITION_WINDOW = 12;
const SENTENCE_END_MARKS = '.؟?!\n\r؛;';
const COMMAS = ',،';

/** «، أي ما يعادل 90% من السكان،»: an aside between commas after a figure; the index after its closing comma, or null. */
function appositionEnd(t: Tokenized, k: number): number | null {
  const tok = t.tokens[k];
  const next = wordAt(t, k + 1);
  if (!tok || tok.type !== PUNCT || !COMMAS.includes(tok.n) || next?.n !== 'اي') return null;
  for (let m = k + 2; m < t.tokens.length && m - k <= APPOSITION_WINDOW; m += 1) {
    const inner = t.tokens[m]!;
    if (inner.type === PUNCT && COMMAS.includes(inner.n)) return m + 1;
    if (inner.type === PUNCT && SENTENCE_END_MARKS.includes(inner.n)) return null;
  }
  return null;
}

const DEAD_WORDS: ReadonlySet<string> = new Set(['قتيل', 'قتلى', 'شهيد', 'شهداء'].map(fold));
const WOUNDED_WORDS: ReadonlySet<string> = new Set(['وجريح', 'وجرحى', 'ومصاب', 'ومصابين', 'ومصابون'].map(fold));

/** قتيل وجريح at k: the dead and the wounded, joined. */
function killedAndInjured(t: Tokenized, k: number): boolean {
  return DEAD_WORDS.has(wordAt(t, k)?.n ?? '') && WOUNDED_WORDS.has(wordAt(t, k + 1)?.n ?? '');
}

const BRACKET_REACH = 8;

/** The token after a bracket that opens at k and closes within a few tokens, or k: a short aside (طفلان (14 و16 عاماً) وأسيرة). */
export function pastBrackets(t: Tokenized, k: number): number {
  if (t.tokens[k]?.type !== PUNCT || t.tokens[k]!.n !== '(') return k;
  for (let m = k + 1; m < t.tokens.length && m - k <= BRACKET_REACH; m += 1) {
    const inner = t.tokens[m]!;
    if (inner.type === PUNCT && inner.n === ')') return m + 1;
  }
  return k;
}

const OUT_OF: ReadonlySet<string> = new Set(['أصل', 'اصل'].map(fold));
const SCALE_WORDS: ReadonlySet<string> = new Set(['ألف', 'ألفا', 'آلاف', 'مليون', 'مليونا', 'ملايين'].map(fold));

/** True when the figure starting at token i is the base after «من أصل» (من أصل 12 ألفاً). */
export function isBaseOfPart(t: Tokenized, i: number): boolean {
  return wordAt(t, i - 2)?.n === 'من' && OUT_OF.has(wordAt(t, i - 1)?.n ?? '');
}

/**
 * «من أصل 12 ألفاً» or «من أصل 200 عائلة» right after a figure: the index after
 * the base (its number, scale words and one noun), or null.
 */
function baseAsideEnd(t: Tokenized, k: number): number | null {
  // نحو ٤٠٠ عائلة فقط من أصل ١٬٦٠٠ عادت: «only» may open the aside (after the hundred-and-fourth set).
  if (ONLY.has(wordAt(t, k)?.n ?? '') && wordAt(t, k + 1)?.n === 'من') k += 1;
  if (wordAt(t, k)?.n !== 'من' || !OUT_OF.has(wordAt(t, k + 1)?.n ?? '')) return null;
  let m = k + 2;
  const first = t.tokens[m];
  if (!first || (first.type !== NUM && !(first.type === WORD && (SCALE_WORDS.has(first.n) || numberWord(first))))) return null;
  while (t.tokens[m]?.type === NUM || (t.tokens[m]?.type === WORD && (SCALE_WORDS.has(t.tokens[m]!.n) || numberWord(t.tokens[m]!)))) m += 1;
  const noun = wordAt(t, m);
  if (noun && lookupNoun(noun.n)) m += 1;
  return m;
}

// Long enough for an age told in the aside (، بينهم طفل في العاشرة من عمره،), after the twenty-seventh set.
export const AGE_YEARS: ReadonlySet<string> = new Set(['عاما', 'عام', 'سنة', 'سنه', 'سنوات', 'أعوام'].map(fold));
const RANGE_VERBS: ReadonlySet<string> = new Set(['تتراوح', 'يتراوح', 'تراوحت', 'تراوح'].map(fold));
const AGES: ReadonlySet<string> = new Set(['أعمارهم', 'أعمارهن', 'أعمارهما', 'عمرهم'].map(fold));

/** ٤ أطفال تتراوح أعمارهم بين ٦ و١٢ عاماً أصيبوا: their ages' span is stepped over; the index after it, or k. */
export function pastAgeSpan(t: Tokenized, k: number): number {
  if (!RANGE_VERBS.has(wordAt(t, k)?.n ?? '') || !AGES.has(wordAt(t, k + 1)?.n ?? '')) return k;
  for (let m = k + 2; m <= k + 8 && m < t.tokens.length; m += 1) {
    if (AGE_YEARS.has(wordAt(t, m)?.n ?? '')) return t.tokens[m + 1]?.type === PUNCT && ',،'.includes(t.tokens[m + 1]!.n) ? m + 2 : m + 1;
  }
  return k;
}

const PART_ASIDE_WINDOW = 8;

/**
 * «، بينهم رضيع،» or «، بينهم 4 أطفال،»: a part between commas right after a
 * figure (4 أشخاص، بينهم رضيع، توفوا): the index after its closing comma, or null.
 */
function partAsideEnd(t: Tokenized, k: number): number | null {
  const tok = t.tokens[k];
  const next = wordAt(t, k + 1);
  if (!tok || tok.type !== PUNCT || !COMMAS.includes(tok.n) || !next || !PART_WORDS.has(next.n)) return null;
  for (let m = k + 2; m < t.tokens.length && m - k <= PART_ASIDE_WINDOW; m += 1) {
    const inner = t.tokens[m]!;
    if (inner.type === PUNCT) return COMMAS.includes(inner.n) && m > k + 2 ? m + 1 : null;
  }
  return null;
}

/** An event verb shortly after the quantity (20 مدنياً قتلوا، لقوا حتفهم، تمكن 300 شخص من الفرار). */
export function eventAfter(t: Tokenized, j: number, head: Token | null = null): EventHit | null {
  for (let k = j, seen = 0; k < t.tokens.length && seen < AFTER_WINDOW; k += 1) {
    const tok = t.tokens[k]!;
    // قرابة ٢٬١٠٠ أسرة (نحو ١٢٬٥٠٠ فرد) لجأت: a bracket right after the figure is stepped over (after the hundred-and-fifteenth set).
    const bracket = k === j ? pastBrackets(t, k) : k;
    if (bracket !== k) {
      k = bracket - 1;
      continue;
    }
    if (isQuote(tok)) continue;
    // نحو 1,9 مليون شخص، أي ما يعادل 90% من السكان، نزحوا: the aside is stepped over.
    // نحو 4 آلاف عائلة من أصل 12 ألفاً عادت: the base after «من أصل» is stepped over; the verb is the part's.
    const ages = k === j ? pastAgeSpan(t, k) : k;
    const aside = k === j ? (appositionEnd(t, k) ?? partAsideEnd(t, k) ?? baseAsideEnd(t, k) ?? (ages !== k ? ages : null)) : null;
    if (aside !== null) {
      k = aside - 1;
      continue;
    }
    if (tok.type !== WORD) return null;
    // سقوط ٦ أشخاص بين قتيل وجريح: «between dead and wounded» says both befell them (after the review of the seen sets).
    if (tok.type === WORD && tok.n === 'بين' && killedAndInjured(t, k + 1)) return { ...sense('killed-or-injured'), tok: k };
    // 3 آلاف شخص بينهم أطفال غير مصحوبين: what follows بينهم is said of the part, not of the whole.
    if (PART_WORDS.has(tok.n)) return null;
    // إلى 1,347 شخصاً، بينهم 312 مدنياً، فيما نزح أكثر من 100 ألف: «whereas» opens a clause of its own (after the fifty-first set).
    if (CLAUSE_OPENERS.has(tok.n)) return null;
    // Particles do not count towards the window: طفلين في الخامسة والسابعة من العمر أصيبا.
    if (!STOPWORDS.has(tok.n)) seen += 1;
    // 23 راكباً كانوا على متن حافلة: «على متن» is on board, not «متن» (they died).
    // على أحياء سكنية: after a preposition أحياء is neighbourhoods, not people brought out alive.
    const entry = onBoard(t, k) || (tok.n === ALIVE && PREPOSITIONS_BEFORE_NOUN.has(wordAt(t, k - 1)?.n ?? '')) ? null : lookupEventAfter(tok.n);
    // نحو 3,100 أسرة، أي …، نزح منهم قرابة 7 آلاف: a verb with «of them» after it is said of a part, not of the figure.
    if (entry && PART_OF.has(wordAt(t, k + 1)?.n ?? '')) return null;
    if (entry && nearOk(t, k, entry) && agrees(entry, head)) return { ...withLife(t, k, entry), tok: k };
    const prev = wordAt(t, k - 1);
    const noun = lookupNoun(tok.n);
    // من هؤلاء لاجئون; في عداد المفقودين; right after the phrase, 60 شخصاً من المرحلين.
    const partitive = k === j + 1 && prev?.n === 'من' && isDefinite(tok.n);
    if (noun?.kind && prev && (PREDICATE_CUES.has(prev.n) || partitive)) return { ...sense(noun.kind), tok: k };
    // 1,340 مواطناً عائدين من لبنان، 800 شخص نازحين: a participle in the accusative right after the figure says its state.
    if (noun?.kind && noun.person && k === j && !isDefinite(tok.n) && /ين$/u.test(tok.n)) return { ...sense(noun.kind), tok: k };
    // غادر 500 شخص المخيم عائدين إلى قراهم: the same after the verb's definite object, a place or thing.
    if (noun?.kind && noun.person && k === j + 1 && !isDefinite(tok.n) && /ين$/u.test(tok.n) && definiteObject(t, j)) return { ...sense(noun.kind), tok: k };
  }
  return null;
}

const PART_OF: ReadonlySet<string> = new Set(['منهم', 'منهن', 'منهما', 'منها'].map(fold));
const ALIVE = fold('أحياء');
const PREPOSITIONS_BEFORE_NOUN: ReadonlySet<string> = new Set(['على', 'في', 'إلى', 'الى', 'عن', 'مع', 'داخل'].map(fold));
const PART_WORDS: ReadonlySet<string> = new Set(['بينهم', 'بينهن', 'بينهما', 'وبينهم', 'وبينهن', 'وبينهما'].map(fold));

// في حين (whereas) too: يزيد على ١٠ آلاف و٨٠٠ أسير، بينهم …، في حين ارتفع عدد الأسرى الذين استشهدوا (after the fifty-seventh set).
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['فيما', 'بينما', 'وفيما', 'وبينما', 'حين', 'وحين'].map(fold));
const TOLL_WINDOW = 10;
// ارتفعت حصيلة قتلى انفجار سيارة مفخخة قرب دوار الكتاب في مدينة منبج بريف حلب الشرقي، صباح الإثنين، إلى 21 شخصاً (after the fifty-first set).
const TOLL_REACH_WINDOW = 20;
const TO_WORDS: ReadonlySet<string> = new Set(forms('إلى الى'));
const TOLL_WORDS: ReadonlySet<string> = new Set(['حصيلة', 'عدد', 'أعداد', 'إجمالي', 'مجموع'].map(fold));
const TOLLS: ReadonlySet<string> = new Set(['حصيلة'].map(fold));

/** The kind of what a toll counts: حصيلة القتلى، عدد الأسر النازحة، الحصيلة الإجمالية للقتلى، حصيلة الوفيات. */
export function tollKind(t: Tokenized, k: number): EventSense | null {
  for (let m = k + 1; m <= k + 2; m += 1) {
    const tok = wordAt(t, m);
    if (!tok) return null;
    const noun = lookupNoun(tok.n);
    const kind = noun?.kind ?? noun?.thingKind; // حصيلة القتلى، عدد الغارات
    // حصيلة الضحايا (the toll of the victims) is a death toll; عدد الضحايا stays victims.
    if (kind === 'victims' && inSet(TOLLS, t.tokens[k]!.n, ['و', 'ال', 'وال'])) return sense('killed');
    if (kind) return sense(kind);
    const event = lookupEventBefore(tok.n);
    if (event && !event.near && isDefinite(tok.n) && !isDefiniteNoun(tok.n)) return sense(event.kind);
  }
  return null;
}

/** بلغت حصيلة القتلى … 1,750: a toll or count of a kind-bearing noun earlier in the clause. */
export function tollBefore(t: Tokenized, i: number): EventSense | null {
  return tollAt(t, i)?.sense ?? null;
}

/** The toll before token i and where its count word is; null when another figure (not a year) lies between. */
export function tollAt(t: Tokenized, i: number): { sense: EventSense; tok: number } | null {
  // ترتفع حصيلة القتلى منذ سريان وقف إطلاق النار في ٢٧ تشرين الثاني ٢٠٢٤ إلى ٣٤٦ شخصاً: the toll a rise reaches after
  // إلى may be told its start at length; numbers and words of a date between do not end it.
  const reach = TO_WORDS.has(t.tokens[i - 1]?.n ?? '') ? TOLL_REACH_WINDOW : TOLL_WINDOW;
  // عدد الوفيات إلى ٢,٩٤٦ والمصابين إلى ٥,٦٧٤: a definite noun of a kind joined by و right before إلى is the second
  // toll's own noun (after the eighty-second set).
  const joinedNoun = reach === TOLL_REACH_WINDOW ? wordAt(t, i - 2) : null;
  const joinedKind = joinedNoun && /^و/u.test(joinedNoun.n) && isDefinite(joinedNoun.n.slice(1)) ? lookupNoun(joinedNoun.n.slice(1))?.kind : undefined;
  if (joinedKind) return { sense: sense(joinedKind), tok: i - 2 };
  for (let k = i - 2, seen = 0; k >= 0 && seen < reach; k -= 1, seen += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === NUM) continue; // عدد المفقودين منذ عام 2014 في نينوى بأكثر من 8 آلاف
    // منذ ٢٧ تشرين الثاني/نوفمبر ٢٠٢٤: the slash between a month's two names is part of a date.
    if (tok.type === PUNCT && tok.n === '/' && t.tokens[k - 1]?.type === WORD && t.tokens[k + 1]?.type === WORD) continue;
    // «، صباح الإثنين،»: a day named between commas is stepped over, as before an event.
    const aside = dayAside(t, k);
    if (aside !== null) {
      k = aside;
      continue;
    }
    // في مناطق سيطرة "قسد": quotation marks around a name are stepped over (after the eightieth set).
    if (isQuote(tok) && tok.n !== '(' && tok.n !== ')') continue;
    if (tok.type !== WORD) return null;
    if (!inSet(TOLL_WORDS, tok.n)) continue;
    const sense = tollKind(t, k);
    return sense ? { sense, tok: k } : null;
  }
  return null;
}

const NEAR_WINDOW = 8;

// A court's ruling: حكمت، قضت، أصدرت with a penalty near (قضت المحكمة بالسجن 18 شهراً، حكمت على 5 بالإعدام).
const SENTENCING_VERBS: ReadonlySet<string> = new Set(forms('حكم حكمت يحكم تحكم قضت قضى تقضي يقضي أصدرت أصدر'));
// Said with ب (بالسجن): قضى 5 معتقلين في السجن (died in prison) is no sentence.
export const PENALTIES: ReadonlySet<string> = new Set(forms('بالسجن بسجن بالحبس بحبس بالإعدام بإعدام بالمؤبد بالأشغال'));
const SENTENCED: EventEntry = sense('sentenced');

/** A sentencing verb at token k with a penalty within a few words (so قضى 18 شخصاً تحت التعذيب stays killed). */
export function sentencing(t: Tokenized, k: number): EventEntry | null {
  const tok = wordAt(t, k);
  if (!tok || !inSet(SENTENCING_VERBS, tok.n, ['و', 'ف'])) return null;
  for (let m = Math.max(0, k - 2); m <= k + NEAR_WINDOW && m < t.tokens.length; m += 1) {
    const w = t.tokens[m]!;
    if (w.type === PUNCT && SENTENCE_END_MARKS.includes(w.n)) break;
    if (w.type === WORD && inSet(PENALTIES, w.n, ['و'])) return SENTENCED;
  }
  return null;
}

/**
 * أصدرت حكماً بالإعدام على 6 مدانين، قضت بالإعدام على 3: the penalty of a ruling
 * said before it in the same stretch of words (no punctuation, at most
 * NEAR_WINDOW words) is a sentence, not an execution.
 */
function penaltyOfRuling(t: Tokenized, k: number): EventEntry | null {
  const tok = wordAt(t, k);
  if (!tok || !inSet(PENALTIES, tok.n, ['و'])) return null;
  for (let m = k - 1; m >= 0 && k - m <= NEAR_WINDOW; m -= 1) {
    if (t.tokens[m]!.type !== WORD) return null;
    if (inSet(SENTENCING_VERBS, t.tokens[m]!.n, ['و', 'ف'])) return SENTENCED;
  }
  return null;
}

/**
 * A sense that needs a companion word (منح … اللجوء) has it within a few words;
 * one undone by the next word (إعادة افتتاح) does not have it there.
 */
export function nearOk(t: Tokenized, k: number, entry: EventEntry): boolean {
  if (entry.notNext) {
    const next = wordAt(t, k + 1);
    if (next && inSet(entry.notNext, next.n, ['ال', 'و'])) return false;
    // وأعادت القوة فتح 11 طريقاً: or after the verb's definite subject (after the hundred-and-fifty-eighth set).
    const afterSubject = next && isDefinite(next.n) ? wordAt(t, k + 2) : null;
    if (afterSubject && inSet(entry.notNext, afterSubject.n, ['ال', 'و'])) return false;
  }
  if (!entry.near) return true;
  // The companion stands in the event's own sentence: المستشفى closing the sentence before says nothing of نقلت.
  for (let m = k; m >= 0 && k - m <= NEAR_WINDOW; m -= 1) {
    const tok = t.tokens[m]!;
    if (tok.type === PUNCT && SENTENCE_END_MARKS.includes(tok.n)) break;
    if (tok.type === WORD && inSet(entry.near, tok.n)) return true;
  }
  const reach = k + Math.max(NEAR_WINDOW, entry.nearReach ?? 0);
  for (let m = k + 1; m <= reach && m < t.tokens.length; m += 1) {
    const tok = t.tokens[m]!;
    if (tok.type === PUNCT && SENTENCE_END_MARKS.includes(tok.n)) break;
    if (tok.type === WORD && inSet(entry.near, tok.n)) return true;
  }
  return false;
}

const BOARD: ReadonlySet<string> = new Set(['متن'].map(fold));

/** على متن (on board): متن there is a noun, not the verb «they died». */
export function onBoard(t: Tokenized, k: number): boolean {
  const tok = wordAt(t, k);
  const prev = wordAt(t, k - 1);
  return !!tok && !!prev && BOARD.has(tok.n) && ON.has(prev.n);
}

// The agents a verb of violence names before its object: مسلحون، مجهولون، القوات، عناصر.
// A force (اعتقلت قوة من جهاز مكافحة الإرهاب 12 مطلوباً), after the fifty-sixth set.
const AGENTS: ReadonlySet<string> = new Set(['مسلحون', 'مسلحين', 'مجهولون', 'مجهولين', 'مهاجمون', 'القوات', 'قوات', 'قوة', 'عناصر', 'الجيش', 'الشرطة', 'مقاتلون', 'متشددون', 'مستوطنون'].map(fold));
const AGENT_REACH = 12;

/**
 * خطف مسلحون يُشتبه في انتمائهم إلى جماعة نصرة الإسلام 23 راكباً: a casualty
 * or arrest verb, its agent right after it, then only words that describe the
 * agent (no punctuation, number or other event) up to the figure: the figure
 * is the verb's object. `floor` is where the figure before ends.
 */
export function verbOfAgentBefore(t: Tokenized, i: number, floor: number): EventHit | null {
  for (let k = i - 1; k > floor && i - k <= AGENT_REACH; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return null;
    // مسلحون مجهولون: an agent told by two words.
    const second = AGENTS.has(wordAt(t, k - 1)?.n ?? '') ? 1 : 0;
    const verb = wordAt(t, k - 1 - second);
    if (AGENTS.has(tok.n) && verb && k - 1 - second >= floor) {
      const entry = lookupEventBefore(verb.n);
      if (entry && !entry.near && (entry.category === 'casualties' || entry.kind === 'detained') && entry.kind !== 'missing') return { ...entry, tok: k - 1 - second };
      return null;
    }
    if (lookupEventBefore(tok.n) || lookupEventAfter(tok.n)) return null;
  }
  return null;
}

/** A definite word at j that is no person (المخيم، المدينة): the object between a figure and its participle. */
function definiteObject(t: Tokenized, j: number): boolean {
  const tok = wordAt(t, j);
  return !!tok && /^ال/u.test(tok.n) && !lookupNoun(tok.n)?.person && !lookupEventBefore(tok.n) && !lookupEventAfter(tok.n);
}
