/**
 * Finds every quantity in a text: the number (digits, words or a vague
 * amount; or none written, as in سقط قتيل or ومثلهم من الجرحى), its
 * qualifier, the noun phrase it counts and the event it is part of. Numbers
 * that are not counts go to `rejected` with the reason.
 *
 * One left-to-right pass over the tokens; every rule looks a bounded number of
 * tokens around the number, so the pass is linear in the text length.
 */
import type { Category, QuantityReading, RejectedNumber, RejectReason, TextSpan } from './types';
import { inSet, isDefinite } from './clitics';
import { fold } from './normalize';
import { isWord, numberCore, rangeCore, reading, type Core, type Reading } from './core';
import { countedAfter, countedBefore, pastBrackets, type CountedPhrase } from './counted';
import { implicitCount, pastAge, referenceBack, thingJoined } from './implicit';
import { AMONG_THEM, CASE_WORDS, EVERY, FAMILIES, ORDINALS, OTHERS, PLACE_NOUNS, STOPWORDS, TIME_UNITS } from './word-classes';
import { SENTENCE_ENDS } from './sentence-cues';
import { numberWord, readNumber, type NumberRead } from './numbers';
import { governingQualifier, qualifierAfter, qualifierBefore, type QualifierMatch } from './qualifiers';
import { ageAfter, familyByMembers, familyBySize, rejectBefore, rejectByCounted, rejectDefinite, placePrepositionBefore, rejectPlace, rejectRange } from './noncounts';

// How far after its families (3 أسر مكونة من) the members' figure may start.
const FAMILY_SIZE_REACH = 4;
import { SenseReader, type SenseResult } from './sense';
import { NUM, PUNCT, WORD, sliceText, tokenize, type Tokenized } from './tokens';
import { compoundKind, isNounSingular, looksLikeNisba, lookupImplicit, lookupNoun, lookupThingSingular, nounAsWritten, possessedNoun } from './lexicon';
import { lookupEventAfter, lookupEventBefore } from './events';
import { readVague, type VagueAmount } from './vague';
import { learnedModel, relabel, ruleReading } from './learned';

/** A quantity with what the drafter needs beyond the public reading. */
export interface QuantityHit extends QuantityReading {
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
  /** English unit built from the lexicon glosses, "" when a word is unknown. */
  unitEn: string;
  /** Regions named by nationality adjectives of the counted phrase (جندياً تركياً → turkey). */
  related: string[];
  /** The vague amount, when the number is one. */
  vague: VagueAmount | null;
  /** The number as stated (34 in أكثر من 34), for ids. */
  stated: number;
  /** Index of the larger quantity this one is part of (بينهم 5 أطفال), or null. */
  partOf: number | null;
}

export interface Analysis {
  quantities: QuantityHit[];
  rejected: RejectedNumber[];
}

// Clitics on an ordinal: للمرة الثانية، والأول.
const ORDINAL_CLITICS: readonly string[] = ['و', 'ل', 'ب', 'ال', 'وال', 'بال', 'لل'];
// Words before a number written with the article (الألفين) that say a count follows.
const COUNT_CONTEXT: ReadonlySet<string> = new Set(['عدد', 'عددهم', 'عددهن', 'حصيله', 'الحصيله', 'اعداد']);
const COUNT_CONTEXT_WINDOW = 6;
// A list of parts after بينهم, with a long aside after its first item (listGoesOn).
const PARTS: ReadonlySet<string> = new Set(['بينهم', 'بينهن', 'منهم', 'منهن', 'وبينهم'].map(fold));
const LIST_REACH = 16;
// The number word that may follow an implicit count (مفقوداً واحداً، قذيفتين اثنتين), accusative too.
const ONE_AFTER: ReadonlySet<string> = new Set(['واحد', 'واحدا', 'واحدة'].map(fold));
const TWO_AFTER: ReadonlySet<string> = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان'].map(fold));
// منها too: توفي منها اثنان (of the cases), after the thirty-fourth set.
const OF_THEM: ReadonlySet<string> = new Set(['منهم', 'منهن', 'منهما', 'منها'].map(fold));
// The members of a group: أفراد عائلة واحدة names the family they belong to, not a count of one.
// (جثامين عائلة واحدة: the bodies of one family too, after the hundred-and-eightieth set.)
const GROUP_MEMBERS: ReadonlySet<string> = new Set(['أفراد', 'أبناء', 'عناصر', 'أعضاء', 'سكان', 'ركاب', 'طاقم', 'جثامين', 'جثث'].map(fold));
// سرير واحد لكل 10 آلاف نسمة: «per», after a lone واحد.
const EVERY_PER: ReadonlySet<string> = new Set(['لكل', 'بكل'].map(fold));
const REMAINING_ONES: ReadonlySet<string> = new Set(['الباقين', 'الباقون', 'الباقيات', 'المتبقين', 'المتبقون'].map(fold));
const COMPARED = fold('مقارنة');
const AGAINST = fold('مقابل');
const GROUP_NAMES: ReadonlySet<string> = new Set(['مجموعة'].map(fold));
// أسوأ، أكبر، أكثر، أخطر، أهم، أبرز (an elative, أفعل, folded with its hamza to ا).
const SUPERLATIVE = /^ا[^ ]{2}[اى]?$/u;
const MONDAY: ReadonlySet<string> = new Set(['الاثنين', 'الإثنين', 'والاثنين', 'والإثنين'].map(fold));
const DAY_PARTS: ReadonlySet<string> = new Set(['يوم', 'مساء', 'صباح', 'فجر', 'ليلة', 'ظهر', 'عصر', 'ليل', 'نهار', 'منذ'].map(fold));
// Prepositions after which «noun واحد» says "a single" (من عائلة واحدة، في خيمة واحدة), no count of one.
const ALL_AT_ONCE: ReadonlySet<string> = new Set(['دفعة', 'ضربة'].map(fold));
// على متن حافلة واحدة: aboard (after the sixty-sixth set).
const SINGLE_AFTER: ReadonlySet<string> = new Set(['من', 'في', 'على', 'إلى', 'عن', 'مع', 'داخل', 'ضمن', 'متن', 'تحت', 'فوق'].map(fold));
// What the second of two joined numbers may lend the first: units that are no count.
const SHARED_UNITS: ReadonlySet<RejectReason> = new Set(['age', 'duration', 'measure', 'money', 'percentage']);
// «One of them» (أحدهم بحالة خطرة) and the state it is told in.
const ONE_OF_THEM: ReadonlySet<string> = new Set(['أحدهم', 'إحداهن', 'أحدهما', 'إحداهما', 'وأحدهم', 'وإحداهن'].map(fold));
// (شابين فلسطينيين قُتلا برصاص القوات الإسرائيلية في بلدة قباطية خلال الليل، أحدهما فتى: a clause of words between, after the
// hundred-and-twenty-sixth set.)
const ONE_OF_THEM_REACH = 12;
// (أحدهم بجروح خطيرة: or told by the wound itself, after the hundred-and-eighth set.)
const IN_A_STATE = /^(?:ب?حاله|حالته|حالتها|بجروح|بجراح)$/u;

interface Counting {
  counted: CountedPhrase | null;
  /** Token index where the number and its counted phrase end. */
  phraseEnd: number;
  /** The counted phrase when it precedes a lone واحد/اثنان. */
  nounFirst: CountedPhrase | null;
}

interface Bounds {
  /** Token range [start, end) of the whole quantity phrase. */
  start: number;
  end: number;
  /** Code-point span of the phrase, and where the number (or its noun) starts. */
  s: number;
  e: number;
  coreS: number;
  qualifier: QualifierMatch | null;
  /** Where the words that say what happened are looked for: after a governing verb's subject, the number itself. */
  senseStart: number;
}

/** A figure about to be recorded: its span, reading, counted phrase and sense. */
interface Figure extends Reading {
  start: number;
  end: number;
  s: number;
  e: number;
  counted: CountedPhrase | null;
  sensed: SenseResult;
  unitEn: string;
  vague: VagueAmount | null;
  stated: number;
}

class Reader {
  readonly quantities: QuantityHit[] = [];
  readonly rejected: RejectedNumber[] = [];
  private lastYearEnd = -1;
  /** Token index where the last sum of money ended: 18 مليون دولار من أصل 70 مليوناً. */
  private lastMoneyEnd = -1;
  /** The families of «3 أسر من 20 فرداً», kept out: their members after them take the event said before them. */
  private familyBefore: { start: number; end: number } | null = null;
  private readonly senses: SenseReader;

  constructor(private readonly t: Tokenized) {
    this.senses = new SenseReader(t, this.quantities);
  }

  run(): void {
    const { tokens } = this.t;
    for (let i = 0; i < tokens.length; ) i = this.step(i);
  }

  private step(i: number): number {
    const tok = this.t.tokens[i]!;
    if (tok.type === WORD && inSet(ORDINALS, tok.n, ORDINAL_CLITICS)) {
      // مصير الثالث مجهولاً: an ordinal after an event word may be the one it names (implicit.ts).
      const one = this.implicit(i);
      if (one !== null) return one;
      // القرن الثاني عشر، الدورة الحادية عشرة: the teen's عشر belongs to the ordinal.
      const teen = isWord(this.t, i + 1, 'عشر') || isWord(this.t, i + 1, 'عشره');
      this.reject('ordinal', tok.s, this.t.tokens[teen ? i + 1 : i]!.e, null);
      return teen ? i + 2 : i + 1;
    }
    const unwritten = tok.type === WORD ? this.reference(i) ?? this.oneOfThem(i) ?? this.implicit(i) : null;
    if (unwritten !== null) return unwritten;
    const vague = readVague(this.t, i);
    if (vague) {
      const core: Core = { start: vague.start, end: vague.end, s: vague.s, e: vague.e, value: vague.amount.min, max: vague.amount.max, vague: vague.amount, number: null };
      return this.quantity(core, false);
    }
    const num = readNumber(this.t, i) ?? (this.countFollows(i) || this.afterItsNoun(i) ? readNumber(this.t, i, true) : null);
    if (!num) return i + 1;
    return this.number(num);
  }

  /** A qualifier or a count word before token i: a number may carry the article there (يقارب الألفين). */
  private countFollows(i: number): boolean {
    const tok = this.t.tokens[i]!;
    if (tok.type !== WORD || !numberWord(tok, true)) return false;
    // مساء الاثنين، يوم الإثنين: Monday, not «the two» (after the twenty-ninth set).
    if (MONDAY.has(tok.n) && (inSet(DAY_PARTS, this.t.tokens[i - 1]?.n ?? '', ['و', 'ب', 'ل']) !== null || this.t.tokens[i + 1]?.type === NUM)) return false;
    if (qualifierBefore(this.t, i) || governingQualifier(this.t, i)) return true;
    // مصير الثلاثة الآخرين، الستة الآخرون: a definite number of the «others» counts them (after the review of the seen sets).
    const next = this.t.tokens[i + 1];
    // (الثلاثة الباقين: the remaining ones too, after the hundred-and-twenty-second set.)
    if (next?.type === WORD && (inSet(OTHERS, next.n, ['ال']) !== null || REMAINING_ONES.has(next.n)) && isDefinite(next.n)) return true;
    for (let k = i - 1; k >= 0 && i - k <= COUNT_CONTEXT_WINDOW; k -= 1) {
      const prev = this.t.tokens[k]!;
      if (prev.type !== WORD) return false;
      if (inSet(COUNT_CONTEXT, prev.n, ['و', 'ال', 'وال'])) return true;
    }
    return false;
  }

  /**
   * قتلت القوات المهاجمين الأربعة، أصيب الأطفال الثلاثة: a definite number word
   * (3–10) after a definite person noun that an event governs counts that noun.
   * With no event before it (الأطفال الثلاثة لعبوا) it only names a known group.
   */
  private afterItsNoun(i: number): boolean {
    const t = this.t;
    const tok = t.tokens[i]!;
    const read = tok.type === WORD && !numberWord(tok) ? numberWord(tok, true) : null;
    // الرهائن العشرين: a definite tens word counts too (after the ninetieth set).
    const small = read?.word.kind === 'unit' && read.word.value >= 3 && read.word.value <= 10;
    if (!read || !(small || read.word.kind === 'tens') || !isDefinite(tok.n)) return false;
    // الرهائن الإسرائيليين العشرين: one definite nisba may stand between the noun and its number.
    const between = t.tokens[i - 1];
    const nisba = between?.type === WORD && isDefinite(between.n) && !lookupNoun(between.n) && looksLikeNisba(between.n.replace(/^(?:[وف]?ال)/u, ''));
    const noun = t.tokens[nisba ? i - 2 : i - 1];
    // وأحفاده الخمسة: a noun with a possessive suffix is definite too.
    const own = noun?.type === WORD ? (isDefinite(noun.n) ? lookupNoun(noun.n) : possessedNoun(noun.n.replace(/^[وف]/u, ''))) : null;
    // مراكز الاحتجاز الخمسة، ولايات دارفور الخمس: the head of a construct before its genitive (after the hundred-and-thirteenth
    // set's review of the seen sets).
    // (دول مجموعة السبع: «the Group of Seven» is a name.)
    const head = !own && !nisba && noun?.type === WORD && !GROUP_NAMES.has(noun.n) ? t.tokens[i - 2] : undefined;
    const entry = own ?? (head?.type === WORD && !isDefinite(head.n) && !STOPWORDS.has(noun!.n) ? lookupNoun(head.n) : null);
    // القتلى الثلاثة names people already counted: no second figure of them. سفراء الدول الخمس counts states (after the thirty-first set).
    if (!entry || entry.kind || (entry.thingKind && entry.thingKind !== 'state')) return false;
    // الجسور الخمسة، الأطفال الثلاثة: a count of the noun, as الدول الأعضاء الـ29 is (the eighth set's convention);
    // it takes a category only from an event (sense.ts).
    return true;
  }

  /** A definite number word (الثلاثة) after a definite unit of time (a duration) or a place behind a preposition of place. */
  private definiteWordNames(i: number): RejectReason | null {
    const t = this.t;
    const tok = t.tokens[i]!;
    const read = tok.type === WORD && !numberWord(tok) ? numberWord(tok, true) : null;
    if (!read || read.word.kind !== 'unit' || !isDefinite(tok.n)) return null;
    const prev = t.tokens[i - 1];
    if (prev?.type === WORD && isDefinite(prev.n) && inSet(TIME_UNITS, prev.n, ['ال', 'وال', 'بال', 'لل', 'فال']) !== null) return 'duration';
    // مخيمات داداب الثلاثة: a plural place noun, its name, and the number, all after في.
    const place = t.tokens[i - 2];
    if (prev?.type === WORD && !lookupNoun(prev.n) && place?.type === WORD && PLACE_NOUNS.has(place.n) && placePrepositionBefore(t, i - 3, false, false)) return 'place';
    return null;
  }

  /**
   * في 12 ولاية من أصل 18، في ٤ من أصل ٧ محليات: the base of a share of places says where too; ثلاثة أيام أو أربعة: a
   * number after «or» that shares the rejected number's unit is that kind of number (after the fifty-fourth set).
   */
  private sharesRejection(num: NumberRead): RejectReason | null {
    const t = this.t;
    const last = this.rejected.at(-1);
    const endsAt = (k: number) => !!last && k >= 0 && t.tokens[k]?.e === last.end;
    const bare = !lookupNoun(t.tokens[num.end]?.type === WORD ? t.tokens[num.end]!.n : '');
    if (isWord(t, num.start - 2, 'من') && isWord(t, num.start - 1, fold('أصل')) && last?.reason === 'place' && endsAt(num.start - 3)) return 'place';
    if (isWord(t, num.start - 1, fold('أو')) && bare && (last?.reason === 'duration' || last?.reason === 'age') && endsAt(num.start - 2)) return last.reason;
    // نحو ٣٠٠ شخص يومياً، مقارنة بـ١٢٠ شخصاً: what a rate is compared with is a rate too (after the hundred-and-fourteenth set).
    const by = isWord(t, num.start - 1, 'ب') ? num.start - 2 : num.start - 1;
    const compared = isWord(t, by, COMPARED) || isWord(t, by, AGAINST);
    if (compared && last?.reason === 'ratio' && [1, 2, 3].some((d) => endsAt(by - d))) return 'ratio';
    // على الرقم 444 48 68: a telephone number written in groups, each right after the one before (after the sixty-sixth set).
    if (last?.reason === 'designation' && endsAt(num.start - 1) && t.tokens[num.start]?.type === NUM) return 'designation';
    // قرارات مجلس الأمن 822 و853 و874، مواجهات 2020 و2021: a bare number joined by و to a designation or a year is one too
    // (after the ninety-fifth set).
    if ((last?.reason === 'designation' || last?.reason === 'year') && bare && t.tokens[num.start]?.type === NUM && isWord(t, num.start - 1, 'و') && endsAt(num.start - 2)) return last.reason;
    // في 180 مستوطنة و256 بؤرة: more places joined to places that say where.
    const joinedPlace = t.tokens[num.end];
    if (last?.reason === 'place' && t.tokens[num.start]!.glued && isWord(t, num.start - 1, 'و') && endsAt(num.start - 2) && joinedPlace?.type === WORD && PLACE_NOUNS.has(joinedPlace.n)) return 'place';
    // في ٤ من أصل ٧ محليات: the share itself, when its base counts places.
    const base = t.tokens[num.end + 2];
    const place = t.tokens[num.end + 3];
    if (isWord(t, num.end, 'من') && isWord(t, num.end + 1, fold('أصل')) && base?.type === NUM && place?.type === WORD && PLACE_NOUNS.has(place.n) && placePrepositionBefore(t, num.start - 1, false, false)) return 'place';
    return null;
  }

  private number(num: NumberRead): number {
    const t = this.t;
    const likeLast = this.sharesRejection(num);
    if (likeLast) {
      // The place noun right after it goes with it.
      const next = t.tokens[num.end];
      const end = likeLast === 'place' && next?.type === WORD && PLACE_NOUNS.has(next.n) ? num.end + 1 : num.end;
      this.reject(likeLast, num.s, t.tokens[end - 1]!.e, num.value);
      return end;
    }
    const rejection = rejectBefore(t, num, this.lastYearEnd === num.start - 1 || this.lastYearEnd === num.start - 2);
    if (rejection) {
      if (rejection.reason === 'year') this.lastYearEnd = num.end;
      this.reject(rejection.reason, num.s, t.tokens[rejection.end - 1]!.e, num.value);
      return rejection.end;
    }
    const range = rangeCore(t, num);
    const shared = range ? null : this.unitOfTheNext(num);
    if (shared) {
      this.reject(shared, num.s, t.tokens[num.end - 1]!.e, num.value);
      return num.end;
    }
    const rangeRejection = range?.second ? rejectRange(t, num, range.second) : null;
    if (range && rangeRejection) {
      this.reject(rangeRejection.reason, range.s, t.tokens[rangeRejection.end - 1]!.e, num.value);
      return rangeRejection.end;
    }
    // الـ29: the article glued to digits. After a qualifier (ما يقارب الـ50 شخصاً) the noun still follows.
    // والـ11: the article may carry «and» (after the sixty-fifth set).
    const article = (isWord(t, num.start - 1, 'ال') || isWord(t, num.start - 1, 'وال')) && t.tokens[num.start]!.glued && !range;
    // الأشهر الثلاثة المقبلة: a definite number word after a definite unit of time is a duration; في مخيمات داداب
    // الثلاثة, after a place named behind a preposition of place, says where (after the fifty-second set).
    const namedAfter = !article && num.end - num.start === 1 ? this.definiteWordNames(num.start) : null;
    if (namedAfter) {
      this.reject(namedAfter, num.s, t.tokens[num.end - 1]!.e, num.value);
      return num.end;
    }
    // المهاجمين الأربعة: a number word with the article after its noun.
    const wordAfterNoun = !article && num.end - num.start === 1 && this.afterItsNoun(num.start);
    const definite = (article && !qualifierBefore(t, num.start - 1)) || wordAfterNoun;
    const core = range ?? numberCore(num);
    if (article) core.s = t.tokens[num.start - 1]!.s;
    if (definite) {
      // The noun sits where the article token would: one token to the right for a number word.
      const reason = rejectDefinite(t, wordAfterNoun ? num.start + 1 : num.start, num.end);
      if (reason) {
        const next = t.tokens[num.end];
        // An age takes its unit (الـ15 عاماً) or its من عمره along.
        const ageWords = ageAfter(t, num.end) ? 2 : next?.type === WORD ? 1 : 0;
        const end = reason === 'age' ? num.end + ageWords : num.end;
        this.reject(reason, core.s, t.tokens[end - 1]!.e, num.value);
        return end;
      }
    }
    if (article && !definite) core.start -= 1;
    return this.quantity(core, definite, wordAfterNoun);
  }

  private quantity(core: Core, definite: boolean, nounRightBefore = false): number {
    const counting = this.counting(core, definite, nounRightBefore);
    if (!counting) return core.end;
    const span = this.bounds(core, counting);
    const { counted } = counting;
    const reason =
      this.rejectAfterCounted(core, counted, counting.phraseEnd) ??
      (rejectPlace(this.t, span.start, counted?.head ?? null) ? 'place' : null) ??
      (familyBySize(this.t, counted?.head ?? null, counting.phraseEnd) ? 'family-size' : null);
    // ٤١٢ عائداً ضمن ٩٥ عائلة: members told before their families leave them no second count (and no event to pass on).
    if (!reason && familyByMembers(this.t, span.start, counted?.head ?? null, counting.phraseEnd)) {
      this.reject('family-size', span.coreS, span.e, core.value);
      return span.end;
    }
    if (reason) {
      if (reason === 'money') this.lastMoneyEnd = span.end;
      // نزحت 3 أسر من 20 فرداً: the members take the event said before their families (أسر is no capture there).
      if (reason === 'family-size') this.familyBefore = { start: span.senseStart, end: span.end };
      this.reject(reason, span.coreS, span.e, core.value);
      return span.end;
    }
    // نحو 38 ألف مادة متفجرة، 4 طائرات مسيّرة: the word that says what the noun counts belongs to the figure.
    if (counted && span.end === counting.phraseEnd && counting.phraseEnd === counted.end && counted.end === counted.start + 1 && counted.start >= span.start) {
      const next = this.t.tokens[counted.end];
      if (next?.type === WORD && compoundKind(counted.head.n, next.n)) {
        span.end = counted.end + 1;
        span.e = next.e;
      }
    }
    // The event comes before the whole phrase, counted noun included when it precedes the number.
    let senseStart = counted && counted.start < span.senseStart ? counted.start : span.senseStart;
    if (this.familyBefore && span.start >= this.familyBefore.end && span.start - this.familyBefore.end <= FAMILY_SIZE_REACH) senseStart = this.familyBefore.start;
    this.familyBefore = null;
    this.record({
      start: span.start,
      end: span.end,
      s: span.s,
      e: span.e,
      ...reading(core, span.qualifier),
      counted,
      sensed: this.senses.of({ start: senseStart, end: span.end, counted }),
      unitEn: counted ? unitEn(counted, core.max === 1 && core.value === 1) : '',
      vague: core.vague,
      stated: core.value,
    });
    return span.end;
  }

  /**
   * الطفلين (٨ و١١ عاماً)، بين 5 و10 كيلومترات aside: the first of two numbers joined by و
   * shares the unit of the second when that unit is no count (an age, a duration, a measure,
   * money, a share): the reason it is kept out, or null.
   */
  private unitOfTheNext(num: NumberRead, depth = 0): RejectReason | null {
    const t = this.t;
    // طفلان في الـ7 والـ11 من العمر: two definite ages joined, the years told after the second (after the sixty-fifth set).
    if (isWord(t, num.end, 'وال') && t.tokens[num.end + 1]?.type === NUM && t.tokens[num.end + 1]!.glued) {
      const second = readNumber(t, num.end + 1);
      if (second && ageAfter(t, second.end)) return 'age';
    }
    // 30 في 30 متراً: a length by a width shares the unit too; so does a change «من 100 إلى 50 دولاراً» (after the ninety-sixth set).
    const change = isWord(t, num.start - 1, 'من') && isWord(t, num.end, fold('إلى'));
    if (depth > 3 || !(isWord(t, num.end, 'و') || isWord(t, num.end, 'في') || change) || t.tokens[num.end + 1]?.type !== NUM) return null;
    const second = readNumber(t, num.end + 1);
    if (!second) return null;
    // (9 و11 و13 عاماً): the unit may come after a third number.
    const further = this.unitOfTheNext(second, depth + 1);
    if (further) return further;
    const after = countedAfter(t, second.end);
    const head = after && !after.partitive ? after.phrase.head : null;
    const reason = rejectBefore(t, second, false)?.reason ?? rejectByCounted(t, second.start, second.end, after?.phrase.end ?? second.end, head, -1, second.value);
    return reason && SHARED_UNITS.has(reason) ? reason : null;
  }

  /** ومثلهم من الجرحى: the figure before, again (or twice, ضعفهم). */
  private reference(i: number): number | null {
    const prev = this.quantities.at(-1);
    const ref = referenceBack(this.t, i, prev ? prev.endTok : null);
    if (!ref || !prev) return null;
    const scale = (n: number | null) => (n === null ? null : n * ref.factor);
    const read = this.senses.of({ start: ref.start, end: ref.end, counted: ref.counted });
    // 5 من عناصر الإطفاء أصيبوا …، ومثلهم من المدنيين: with nothing of its own, the same again of the same event.
    const own = prev.category && prev.kind && (!read.sense || read.weak) ? { ...read, sense: { category: prev.category, kind: prev.kind } } : read;
    this.record({
      ...ref,
      min: scale(prev.min),
      max: scale(prev.max),
      qualifier: prev.qualifier,
      counted: ref.counted,
      sensed: own,
      unitEn: ref.counted ? unitEn(ref.counted, false) : prev.unitEn,
      vague: null,
      stated: prev.stated * ref.factor,
    });
    return ref.end;
  }

  /**
   * وأصيب ثلاثة آخرون، أحدهم بحالة خطرة: «one of them» told in a state, right
   * after the figure it belongs to, is one of that figure (after the twenty-fifth set).
   */
  private oneOfThem(i: number): number | null {
    const t = this.t;
    const prev = this.quantities.at(-1);
    const tok = t.tokens[i]!;
    // ما مجموعه 59 من موظفي الأمم المتحدة، توفي أحدهم: one of them right after what befell that one, the figure a comma
    // before the verb (after the hundred-and-twenty-first set).
    if (!ONE_OF_THEM.has(tok.n)) return null;
    const verb = t.tokens[i - 1]?.type === WORD ? lookupEventBefore(t.tokens[i - 1]!.n) : null;
    if (prev && verb && !verb.near && verb.category === 'casualties' && i - prev.endTok <= 4 && t.tokens[i - 2]?.type === PUNCT && ',،'.includes(t.tokens[i - 2]!.n)) {
      this.record({ start: i, end: i + 1, s: tok.s, e: tok.e, min: 1, max: 1, qualifier: 'exact', counted: null, sensed: { sense: { category: verb.category, kind: verb.kind }, partOf: this.quantities.length - 1, understood: null }, unitEn: '', vague: null, stated: 1 });
      return i + 1;
    }
    // Right after the figure, or after a comma a few words on in its sentence (وفاة 4 محتجزين أثناء الاحتجاز، أحدهم).
    if (!prev || !prev.category || !ONE_OF_THEM.has(tok.n) || i - prev.endTok > ONE_OF_THEM_REACH) return null;
    // (حالة أحدهما حرجة: «the state of» may stand between the comma and the one.)
    const lead = isWord(t, i - 1, 'حاله') ? i - 1 : i;
    if (lead - prev.endTok >= 1 && !(t.tokens[lead - 1]!.type !== WORD && ',،'.includes(t.tokens[lead - 1]!.n))) return null;
    for (let k = prev.endTok; k < lead - 1; k += 1) if (t.tokens[k]!.type !== WORD) return null;
    const next = t.tokens[i + 1];
    // أحدهم طالب جامعي، أحدهم شاب يبلغ 23 عاماً: or a person noun told of the one (after the thirty-fourth and thirty-fifth sets).
    // (أحدهم في حال خطرة، حالة أحدهما حرجة: حال too, and the state told before, after the hundred-and-twenty-seventh and
    // hundred-and-twenty-eighth sets; أحدهم مسؤول عن تفجير is what one of them did, no state.)
    const state = lead !== i || (next?.type === WORD && (IN_A_STATE.test(next.n) || (next.n === 'في' && (isWord(t, i + 2, 'حاله') || isWord(t, i + 2, 'حال'))) || (!!lookupNoun(next.n)?.person && !isWord(t, i + 2, 'عن'))));
    if (!state) return null;
    this.record({
      start: i,
      end: i + 1,
      s: tok.s,
      e: tok.e,
      min: 1,
      max: 1,
      qualifier: 'exact',
      counted: null,
      sensed: { sense: { category: prev.category, kind: prev.kind! }, partOf: this.quantities.length - 1, understood: null },
      unitEn: '',
      vague: null,
      stated: 1,
    });
    return i + 1;
  }

  /** سقط قتيل، طفلين: a person noun whose number says the count. */
  private implicit(i: number): number | null {
    const t = this.t;
    const prev = this.quantities.at(-1);
    const tok = t.tokens[i]!;
    const listed = !!prev && tok.n.startsWith('و') && this.listGoesOn(prev, i);
    // بينهم سيدة حامل وزوجها: a possessed relative joined to one person after the word that describes that person.
    // (بينهم امرأة حامل ورضيع: or one more person joined to a part named so, after the hundred-and-twenty-third set.)
    const joinedForm = lookupImplicit(tok.n);
    const described = !!prev && tok.n.startsWith('و') && prev.endTok === i - 1 && prev.stated === 1 && describingWord(t, i - 1) && (!!joinedForm?.kin || (prev.partOf !== null && prev.partOf !== undefined && !!joinedForm?.noun.person && joinedForm.count === 1));
    // بين القتلى طفلاً في الثانية عشرة من عمره وسائق: an age told after the one before is stepped over.
    const prevEnd = prev ? pastBrackets(t, pastAge(t, prev.endTok)) : -1;
    const joined = !!prev && ((isWord(t, i - 1, 'و') && (prev.endTok === i - 1 || prevEnd === i - 1)) || (tok.n.startsWith('و') && (prev.endTok === i || prevEnd === i)) || listed || described);
    // 1,200 مهاجر ولاجئ وطالب لجوء: a singular joined to the singular of a hundred's or thousand's figure goes on its
    // counted noun, no one more (after the hundred-and-eighty-sixth set).
    if (joined && prev.stated >= 100 && tok.n.startsWith('و') && joinedForm?.count === 1 && joinedForm.noun.person && this.singularTamyiz(prev)) return null;
    const found = implicitCount(t, i, joined, joined && this.governsAccusative(prev)) ?? thingJoined(t, i, joined && !tok.glued, !!prev && this.countsThings(prev));
    if (!found) return null;
    const own = this.senses.of({ start: found.start, end: found.end, counted: found.counted });
    // The next item of a list of parts is a part of the same figure, with its sense.
    const read: SenseResult = (listed || described) && !own.sense && prev!.category && prev!.kind ? { sense: { category: prev!.category, kind: prev!.kind }, partOf: prev!.partOf, understood: null } : own;
    // إن عسكرياً قُتل: the verb right after the noun says what happened to it.
    const sensed = (!read.sense || read.weak || found.ownEvent) && found.event ? { ...read, sense: { category: found.event.category, kind: found.event.kind } } : read;
    // A lone singular with nothing that says what happened to it is just a noun; so is a possessive or nationality dual.
    // A dual of people or things is a count of two even then (نُقلوا إلى مستشفيين): a quantity with no category.
    if ((found.count === 1 || found.needsSense) && !sensed.sense && !found.thing) return null;
    // قذيفتين على الأقل، مفقوداً واحداً على الأقل: a qualifier after the noun (and its واحد/اثنين) is the count's (after the forty-ninth set).
    const unitTok = t.tokens[found.end];
    const qualifierAt = unitTok?.type === WORD && (found.count === 1 ? ONE_AFTER : TWO_AFTER).has(unitTok.n) ? found.end + 1 : found.end;
    const post = qualifierAfter(t, qualifierAt);
    const bounds =
      post?.qualifier === 'at-least' ? { min: found.count, max: null }
      : post?.qualifier === 'at-most' ? { min: null, max: found.count }
      : post?.qualifier === 'about' ? { min: found.count, max: found.count }
      : null;
    const end = bounds ? post!.end : found.end;
    this.record({
      ...found,
      ...(bounds ? { end, e: post!.e } : {}),
      min: bounds ? bounds.min : found.count,
      max: bounds ? bounds.max : found.count,
      qualifier: bounds ? post!.qualifier : 'exact',
      sensed,
      unitEn: unitEn(found.counted, found.count === 1),
      vague: null,
      stated: found.count,
    });
    return end;
  }

  /**
   * بينهم امرأة في الخمسين من عمرها أطلق الجنود عليها النار أمام منزلها، وطفل:
   * a lone singular behind «، و» goes on a list of parts that began with a lone
   * singular after بينهم/منهم and words about it, in the same sentence and not far from it.
   */
  private listGoesOn(prev: QuantityHit, i: number): boolean {
    const t = this.t;
    const comma = t.tokens[i - 1];
    if (!comma || comma.type === WORD || !',،'.includes(comma.n) || prev.stated !== 1 || prev.min !== 1 || i - prev.endTok > LIST_REACH) return false;
    // «، بينهم امرأة، وطبيب قال»: an aside closed right after its item ends the list.
    if (i - 1 === prev.endTok) return false;
    const part = t.tokens[prev.startTok - 1];
    if (!part || part.type !== WORD || !PARTS.has(part.n)) return false;
    for (let k = prev.endTok; k < i; k += 1) {
      const tok = t.tokens[k]!;
      if (tok.type === NUM || (tok.type !== WORD && SENTENCE_ENDS.has(tok.n))) return false;
    }
    return true;
  }

  /**
   * The figure counts things the lexicon knows in the plural (4 مساكن), not
   * people; a singular after its number (18 مدرسة ومبنى، 3 آلاف لغم وعبوة)
   * shares the number with the noun joined to it.
   */
  private countsThings(q: QuantityHit): boolean {
    for (let k = q.startTok; k < q.endTok; k += 1) {
      const tok = this.t.tokens[k]!;
      const noun = tok.type === WORD ? lookupNoun(tok.n) : null;
      if (noun) return !noun.person && !lookupThingSingular(tok.n);
    }
    return false;
  }

  /** The figure's counted phrase ends on a person noun in the singular, with no tanwin (مهاجر ولاجئ): a tamyiz that may go on. */
  private singularTamyiz(q: QuantityHit): boolean {
    const last = this.t.tokens[q.endTok - 1];
    if (last?.type !== WORD) return false;
    const bare = last.n.replace(/^و/u, '');
    if (!lookupNoun(bare)?.person || !isNounSingular(bare)) return false;
    return !/\u064B/u.test(sliceText(this.t, last.s, last.e));
  }

  /** 50 جندياً: a stated number whose counted noun is an accusative singular (the tamyiz of 11–99). */

  private governsAccusative(q: QuantityHit): boolean {
    const t = this.t;
    for (let k = q.startTok; k + 1 < q.endTok; k += 1) {
      const tok = t.tokens[k]!;
      const stated = tok.type === NUM || (tok.type === WORD && numberWord(tok) !== null);
      const next = t.tokens[k + 1]!;
      if (stated && next.type === WORD && lookupImplicit(next.n)?.accusative) return true;
    }
    return false;
  }

  private record(f: Figure): void {
    const t = this.t;
    const understood = f.counted === null && f.sensed.understood !== null ? this.quantities[f.sensed.understood]! : null;
    const sense = f.sensed.sense;
    this.quantities.push({
      text: sliceText(t, f.s, f.e),
      start: f.s,
      end: f.e,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      // An understood noun carries over from the figure this one refines (قُتل 9 أشخاص: 3 في المدينة).
      counted: f.counted ? this.span(t.tokens[f.counted.start]!.s, t.tokens[f.counted.end - 1]!.e) : (understood?.counted ?? null),
      category: sense?.category ?? null,
      kind: sense?.kind ?? null,
      startTok: f.start,
      endTok: f.end,
      unitEn: f.counted ? f.unitEn : (understood?.unitEn ?? ''),
      related: f.counted ? related(f.counted) : [],
      vague: f.vague,
      partOf: f.sensed.partOf,
      stated: f.stated,
    });
  }

  /** A noun or a unit of time right before token i (شهر واحد، جندي واحد). */
  private nounBefore(i: number): boolean {
    const tok = this.t.tokens[i - 1];
    return !!tok && tok.type === WORD && (inSet(TIME_UNITS, tok.n, ['و', 'ب', 'ل', 'ال']) !== null || !!lookupNoun(tok.n));
  }

  /** What the number counts, and where its noun phrase ends; null when a lone واحد counts nothing. */
  private counting(core: Core, definite: boolean, nounRightBefore = false): Counting | null {
    const postposed = core.number !== null && core.number.lonePostposed && core.max === core.value;
    // A definite number (الـ29) follows the noun it counts; what comes after it is the rest of the sentence.
    // So does a lone واحد/اثنان, unless من follows (واحد من المقاتلين): عائلة واحدة حين … counts no حين.
    const found = definite ? null : countedAfter(this.t, core.end);
    // وأصيب اثنان آخران: a lone اثنان/واحد with آخر after it counts "others".
    const others = !!found && !found.partitive && inSet(OTHERS, found.phrase.head.n, ['و']) !== null;
    // خلال شهر واحد من مديريتي …، جندي واحد من القوات: واحد after its noun belongs to it, not to a من after it.
    // إصابة ممرضة واثنين من المرضى: a واحد/اثنان with its own و starts a new item, of the noun after it.
    const owned = postposed && found?.partitive === true && this.nounBefore(core.start) && !numberWord(this.t.tokens[core.start]!)?.stem.prefix;
    const after = found && !owned && (!postposed || found.partitive || others) ? found : null;
    if (after) return { counted: after.phrase, phraseEnd: after.phrase.end, nounFirst: null };
    // سرير واحد لكل 10 آلاف نسمة: one per so many is a rate, not a count of one.
    if (postposed && core.value === 1 && inSet(EVERY_PER, this.t.tokens[core.end]?.n ?? '') !== null) return null;
    // كل واحد منهم دفع: «each one» of a group is distributive, no count (after the hundred-and-third set).
    if (postposed && core.value === 1 && inSet(EVERY, this.t.tokens[core.start - 1]?.n ?? '', ['ل', 'ب', 'و']) !== null) return null;
    // نُقل اثنان منهم، توفي واحد منهن: "of them" counts a part of the figure before, not the word before (sense.ts).
    if (postposed && inSet(OF_THEM, this.t.tokens[core.end]?.n ?? '', ['و']) !== null) return { counted: null, phraseEnd: core.end, nounFirst: null };
    const before = definite || postposed ? countedBefore(this.t, definite && !nounRightBefore ? core.start - 1 : core.start, definite && !nounRightBefore) : null;
    // A lone واحد/اثنان with nothing counted is a pronoun or an adverb (في آن واحد), not a figure;
    // after من it says "a single": 7 أفراد من عائلة واحدة.
    // قُتل اثنان في بنت جبيل، توفي منهم اثنان: a lone اثنان right after a casualty verb (and منهم) is two people.
    if (postposed && !before && core.value === 2 && this.casualtyVerbBefore(core.start)) return { counted: null, phraseEnd: core.end, nounFirst: null };
    // وإصابة 5 آخرين، بينهم اثنان بجروح خطيرة: a lone اثنان right after «among them» is two of the figure before
    // (after the seventy-seventh set).
    // (بينهم اثنان متهمان: a noun after it is what the two are, read with them.)
    const nounAfter = this.t.tokens[core.end]?.type === WORD && (!!lookupNoun(this.t.tokens[core.end]!.n) || !!lookupImplicit(this.t.tokens[core.end]!.n));
    if (postposed && !before && !nounAfter && core.value === 2 && inSet(AMONG_THEM, this.t.tokens[core.start - 1]?.n ?? '', ['و']) !== null) return { counted: null, phraseEnd: core.end, nounFirst: null };
    // So does a noun of members before it: 4 من أفراد عائلة واحدة، أبناء أسرة واحدة name the group, not a count of one.
    // في خيمة واحدة، على وجبة واحدة: after any preposition it says "a single" too (after the twenty-seventh set).
    // في يوم واحد stays a duration (rejected by its unit below).
    // تُعد واحدة من أسوأ الأزمات: «one of the worst», a superlative after من, counts nothing (after the thirty-second set).
    // واحد من مستشفيين: one of a pair counts nothing; the dual is read on its own (after the thirty-fourth set).
    if (postposed && core.value === 1 && isWord(this.t, core.end, 'من') && lookupImplicit(this.t.tokens[core.end + 1]?.n ?? '')?.count === 2) return null;
    // (وقُتل واحد من أكبر القادة: after an event it is the one it befell.)
    const eventRightBefore = this.t.tokens[core.start - 1]?.type === WORD && !!lookupEventBefore(this.t.tokens[core.start - 1]!.n);
    if (postposed && core.value === 1 && !eventRightBefore && isWord(this.t, core.end, 'من') && SUPERLATIVE.test(this.t.tokens[core.end + 1]?.n ?? '')) return null;
    // يعمل بمولد واحد: the preposition ب glued to the noun says «a single» too (after the fifty-seventh set).
    const gluedBi = !!before && /^و?ب/u.test(before.head.n) && !nounAsWritten(before.head.n);
    // فقدت 10 من أفرادها دفعة واحدة: «all at once», no count (after the sixty-fourth set).
    // (إن ضربة واحدة بصاروخ باليستي: a strike told with its weapon after it is one strike, after the eighty-fourth set.)
    const wordAfter = this.t.tokens[core.end]?.type === WORD ? this.t.tokens[core.end]!.n : '';
    const withWeapon = /^ب/u.test(wordAfter) && !!lookupNoun(wordAfter.slice(1))?.materiel;
    if (postposed && core.value === 1 && before && ALL_AT_ONCE.has(before.head.n) && !withWeapon) return null;
    // (من أسرة عائدة واحدة: or after a family and its adjective, after the hundred-and-ninety-seventh set.)
    const familyBefore = !!before && inSet(FAMILIES, this.t.tokens[before.start - 1]?.type === WORD ? this.t.tokens[before.start - 1]!.n : '', ['و']) !== null && inSet(SINGLE_AFTER, this.t.tokens[before.start - 2]?.n ?? '', []) !== null;
    const single = !!before && core.value === 1 && inSet(TIME_UNITS, before.head.n, ['و', 'ب', 'ل', 'ال']) === null && (gluedBi || familyBefore || inSet(SINGLE_AFTER, this.t.tokens[before.start - 1]?.n ?? '', []) !== null);
    if (postposed && (!before || isWord(this.t, before.start - 1, 'من') || single || this.membersBefore(before.start - 1))) return null;
    return { counted: before, phraseEnd: core.end, nounFirst: postposed || nounRightBefore ? before : null };
  }

  /** A noun of the members of a group at token k (أفراد، أبناء، عناصر، أعضاء، سكان), the group's name after it. */
  private membersBefore(k: number): boolean {
    const tok = this.t.tokens[k];
    return !!tok && tok.type === WORD && inSet(GROUP_MEMBERS, tok.n, ['و', 'ف', 'ب', 'ل', 'وب', 'ول']) !== null;
  }

  private casualtyVerbBefore(i: number): boolean {
    const t = this.t;
    let k = i - 1;
    if (t.tokens[k]?.type === WORD && OF_THEM.has(t.tokens[k]!.n)) k -= 1;
    const verb = t.tokens[k];
    const event = verb?.type === WORD ? lookupEventBefore(verb.n) : null;
    return !!event && event.category === 'casualties' && !event.near && !/^(ال|بال|لل)/u.test(verb!.n);
  }

  /** The quantity phrase: qualifier before (or a verb governing across its subject), number, counted phrase, qualifier after. */
  private bounds(core: Core, counting: Counting): Bounds {
    const t = this.t;
    const first = counting.nounFirst;
    // واحد/اثنان only make sense with the noun before them: the phrase is جنديين اثنين.
    const coreStart = first ? first.start : core.start;
    // وأحفاده الخمسة: the phrase leaves out the conjunction on the noun before the number.
    const firstTok = first ? t.tokens[first.start]! : null;
    const clitic = firstTok && /^[وف]/u.test(firstTok.n) && !lookupNoun(firstTok.n.slice(0, 2)) && (lookupNoun(firstTok.n.slice(1)) || possessedNoun(firstTok.n.slice(1))) ? 1 : 0;
    const coreS = firstTok ? t.origin[firstTok.ns + clitic]! : core.s;
    // 14 قتيلاً على الأقل وعشرات آلاف النازحين: a qualifier the figure before took is not this one's.
    const lastEnd = this.quantities.at(-1)?.endTok ?? -1;
    const nearFound = qualifierBefore(t, coreStart);
    const near = nearFound && nearFound.start < lastEnd ? null : nearFound;
    const governing = near ? null : governingQualifier(t, coreStart);
    const pre = near ?? governing;
    // أُعدم 187 منهم على الأقل: the qualifier may follow «of them» (after the forty-eighth set).
    const ofThem = t.tokens[counting.phraseEnd]?.type === WORD && OF_THEM.has(t.tokens[counting.phraseEnd]!.n);
    // 214 حالة اعتقال تعسفي على الأقل: the qualifier may follow the event a case word counts, and its adjective (after the
    // hundred-and-fourth and hundred-and-eleventh sets).
    // 70 محكوماً بالإعدام على الأقل: or the one-word complement of the noun, ب with the article (after the hundred-and-eighteenth set).
    const complement = /^بال/u.test(t.tokens[counting.phraseEnd]?.type === WORD ? t.tokens[counting.phraseEnd]!.n : '') ? counting.phraseEnd + 1 : null;
    const caseOf = this.caseEventEnd(counting) ?? complement;
    const post = pre
      ? null
      : (qualifierAfter(t, counting.phraseEnd) ??
        (ofThem ? qualifierAfter(t, counting.phraseEnd + 1) : null) ??
        (caseOf ? (qualifierAfter(t, caseOf) ?? qualifierAfter(t, caseOf + 1)) : null) ??
        atLeastPastComplement(t, counting.phraseEnd));
    const end = post ? post.end : counting.phraseEnd;
    return {
      start: pre ? pre.start : coreStart,
      end,
      s: pre ? pre.s : coreS,
      e: post ? post.e : t.tokens[end - 1]!.e,
      coreS,
      qualifier: pre ?? post,
      senseStart: governing ? coreStart : pre ? pre.start : coreStart,
    };
  }

  /** After a case word (حالة اعتقال): the token after the event it counts, or null. */
  private caseEventEnd(counting: Counting): number | null {
    const head = counting.counted?.head;
    if (!head || inSet(CASE_WORDS, head.n, ['و']) === null) return null;
    const event = this.t.tokens[counting.phraseEnd];
    return event?.type === WORD && lookupEventBefore(event.n) ? counting.phraseEnd + 1 : null;
  }

  private rejectAfterCounted(core: Core, counted: CountedPhrase | null, phraseEnd: number): RejectReason | null {
    const byCounted = rejectByCounted(this.t, core.start, core.end, phraseEnd, counted?.head ?? null, this.lastMoneyEnd, core.value);
    if (byCounted) return byCounted;
    if (core.number?.decimal) return 'fraction';
    return null;
  }

  private span(start: number, end: number): TextSpan {
    return { text: sliceText(this.t, start, end), start, end };
  }

  private reject(reason: RejectReason, start: number, end: number, value: number | null): void {
    this.rejected.push({ ...this.span(start, end), value, reason });
  }
}

function unitEn(counted: CountedPhrase, one: boolean): string {
  if (!counted.noun || counted.adjectives.some((a) => a === null)) return '';
  const noun = counted.noun.en[one ? 0 : 1];
  const adjectives = counted.adjectives.map((a) => a!.en).reverse();
  return [...new Set(adjectives)].concat(noun).join(' ');
}

function related(counted: CountedPhrase): string[] {
  const regions = counted.adjectives.map((a) => a?.region).filter((r): r is string => !!r);
  return [...new Set(regions)];
}

/** Reads every quantity of a tokenized text. */
export function analyze(t: Tokenized, learned = true): Analysis {
  const reader = new Reader(t);
  reader.run();
  if (learned) {
    // The learned layer (learned.ts) gives a category where the rules found none, or changes one, when it is sure.
    const model = learnedModel();
    for (const q of reader.quantities) {
      const better = relabel(model, t, ruleReading(t, q));
      if (better) {
        q.category = better.category as Category;
        q.kind = better.kind;
      }
    }
  }
  return { quantities: reader.quantities, rejected: reader.rejected };
}

/** Reads every quantity of a text, with the numbers that were kept out and why. */
export function analyzeQuantities(text: string): Analysis {
  return analyze(tokenize(text));
}

/** The public reading of a quantity hit. */
export function toReading(q: QuantityHit): QuantityReading {
  return { text: q.text, start: q.start, end: q.end, min: q.min, max: q.max, qualifier: q.qualifier, counted: q.counted, category: q.category, kind: q.kind };
}


/** Words of a noun's complement that «at least» may follow: 12 مركز احتجاز، 78 معتقلاً من غزة، 40 آلية ثقيلة. */
const COMPLEMENT_REACH = 3;

/**
 * «At least» a few words after the counted phrase, past its complement (a second term, an adjective, من and a place, a
 * noun joined by و), with no number, punctuation or event between (after the two-hundred-and-twenty-first set, seen
 * in four sets since the two-hundred-and-third).
 */
function atLeastPastComplement(t: Tokenized, end: number): QualifierMatch | null {
  for (let k = end + 1; k <= end + COMPLEMENT_REACH; k += 1) {
    const between = t.tokens[k - 1];
    if (!between || between.type !== WORD || numberWord(between) || lookupEventBefore(between.n) || lookupEventAfter(between.n)) return null;
    const post = qualifierAfter(t, k);
    if (post) return post.qualifier === 'at-least' ? post : null;
  }
  return null;
}

/**
 * The word at k describes the person before it (حامل، مسنة): a word that is no
 * noun, number, particle or event the reader knows, and carries no و.
 */
function describingWord(t: Tokenized, k: number): boolean {
  const tok = t.tokens[k];
  if (!tok || tok.type !== WORD || /^[وف]/u.test(tok.n) || STOPWORDS.has(tok.n) || numberWord(tok)) return false;
  return !lookupNoun(tok.n) && !lookupEventBefore(tok.n) && !lookupEventAfter(tok.n);
}
