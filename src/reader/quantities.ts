/**
 * Finds every quantity in a text: the number (digits, words or a vague
 * amount), its qualifier, the noun phrase it counts and the event it is part
 * of. Numbers that are not counts go to `rejected` with the reason.
 *
 * One left-to-right pass over the tokens; every rule looks a bounded number of
 * tokens around the number, so the pass is linear in the text length.
 */
import type { Category, Qualifier, QuantityReading, RejectedNumber, RejectReason, TextSpan } from './types';
import { inSet } from './clitics';
import { countedAfter, countedBefore, eventAfter, eventBefore, tollBefore, type CountedPhrase, type EventHit } from './counted';
import { ORDINALS, lookupEventBefore, sense } from './lexicon';
import { fold } from './normalize';
import { readNumber, type NumberRead } from './numbers';
import { qualifierAfter, qualifierBefore, type QualifierMatch } from './qualifiers';
import { rejectBefore, rejectByCounted, rejectRange } from './noncounts';
import { PUNCT, WORD, sliceText, tokenize, type Tokenized } from './tokens';
import { readVague, type VagueAmount } from './vague';

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

/** The number core: a stated number, a vague amount, or a range of two numbers. */
interface Core {
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
const SUBSET_WORDS: ReadonlySet<string> = new Set(['بينهم', 'بينهن', 'منهم', 'منهن', 'وبينهم', 'ومنهم'].map(fold));
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '؟', '?', '!', '\n', '\r', '؛', ';']);
const SUBSET_WINDOW = 12;
// Clitics on an ordinal: للمرة الثانية، والأول.
const ORDINAL_CLITICS: readonly string[] = ['و', 'ل', 'ب', 'ال', 'وال', 'بال', 'لل'];
const RANGE_JOINERS = new Set(['الي', 'او']);

function isWord(t: Tokenized, i: number, n: string): boolean {
  const tok = t.tokens[i];
  return !!tok && tok.type === WORD && tok.n === n;
}

/** The second number of a range after the first ends at j: و20، إلى 30، أو 30، -30. */
function rangeEnd(t: Tokenized, j: number, afterBetween: boolean): NumberRead | null {
  const tok = t.tokens[j];
  if (!tok) return null;
  if (tok.type === WORD && (RANGE_JOINERS.has(tok.n) || (afterBetween && tok.n === 'و'))) return readNumber(t, j + 1);
  if (tok.type === PUNCT && tok.n === '-' && tok.glued && t.tokens[j + 1]?.glued) return readNumber(t, j + 1);
  // و glued as a clitic to a number word: بين عشرة وعشرين.
  if (afterBetween && tok.type === WORD && tok.n.startsWith('و')) return readNumber(t, j);
  return null;
}

function rangeCore(t: Tokenized, num: NumberRead): Core | null {
  const between = t.tokens[num.start - 1];
  const afterBetween = !!between && between.type === WORD && RANGE_WORDS.has(between.n.replace(/^و/u, ''));
  const second = rangeEnd(t, num.end, afterBetween);
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

function numberCore(num: NumberRead): Core {
  return { start: num.start, end: num.end, s: num.s, e: num.e, value: num.value, max: num.value, vague: null, number: num };
}

interface Reading {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

/** min/max/qualifier of a core under a qualifier. */
function reading(core: Core, q: QualifierMatch | null): Reading {
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
}

class Reader {
  readonly quantities: QuantityHit[] = [];
  readonly rejected: RejectedNumber[] = [];
  private lastYearEnd = -1;

  constructor(private readonly t: Tokenized) {}

  run(): void {
    const { tokens } = this.t;
    for (let i = 0; i < tokens.length; ) i = this.step(i);
  }

  private step(i: number): number {
    const tok = this.t.tokens[i]!;
    if (tok.type === WORD && inSet(ORDINALS, tok.n, ORDINAL_CLITICS)) {
      this.reject('ordinal', tok.s, tok.e, null);
      return i + 1;
    }
    const vague = readVague(this.t, i);
    if (vague) {
      const core: Core = { start: vague.start, end: vague.end, s: vague.s, e: vague.e, value: vague.amount.min, max: vague.amount.max, vague: vague.amount, number: null };
      return this.quantity(core, false);
    }
    const num = readNumber(this.t, i);
    if (!num) return i + 1;
    return this.number(num);
  }

  private number(num: NumberRead): number {
    const rejection = rejectBefore(this.t, num, this.lastYearEnd === num.start - 1 || this.lastYearEnd === num.start - 2);
    if (rejection) {
      if (rejection.reason === 'year') this.lastYearEnd = num.end;
      this.reject(rejection.reason, num.s, this.t.tokens[rejection.end - 1]!.e, num.value);
      return rejection.end;
    }
    const range = rangeCore(this.t, num);
    const rangeRejection = range?.second ? rejectRange(this.t, num, range.second) : null;
    if (range && rangeRejection) {
      this.reject(rangeRejection.reason, range.s, this.t.tokens[rangeRejection.end - 1]!.e, num.value);
      return rangeRejection.end;
    }
    const definite = isWord(this.t, num.start - 1, 'ال') && this.t.tokens[num.start]!.glued;
    const core = range ?? numberCore(num);
    if (definite && !range) core.s = this.t.tokens[num.start - 1]!.s; // الـ29
    return this.quantity(core, definite);
  }

  private quantity(core: Core, definite: boolean): number {
    const counting = this.counting(core, definite);
    if (!counting) return core.end;
    const span = this.bounds(core, counting);
    const { counted } = counting;
    const reason = this.rejectAfterCounted(core, counted, counting.phraseEnd);
    if (reason) {
      this.reject(reason, span.coreS, span.e, core.value);
      return span.end;
    }
    // The event comes before the whole phrase, counted noun included when it precedes the number.
    const senseStart = counted && counted.start < span.start ? counted.start : span.start;
    const part = this.subsetOf(senseStart);
    const sense = this.senseOf(senseStart, span.end, counted) ?? (part === null ? null : this.quantities[part]!);
    this.quantities.push({
      text: sliceText(this.t, span.s, span.e),
      start: span.s,
      end: span.e,
      ...reading(core, span.qualifier),
      counted: counted ? this.span(this.t.tokens[counted.start]!.s, this.t.tokens[counted.end - 1]!.e) : null,
      category: sense?.category ?? null,
      kind: sense?.kind ?? null,
      startTok: span.start,
      endTok: span.end,
      unitEn: counted ? unitEn(counted, core) : '',
      related: counted ? related(counted) : [],
      vague: core.vague,
      partOf: part,
      stated: core.value,
    });
    return span.end;
  }

  /** What the number counts, and where its noun phrase ends; null when a lone واحد counts nothing. */
  private counting(core: Core, definite: boolean): Counting | null {
    const postposed = core.number !== null && core.number.lonePostposed && core.max === core.value;
    // A definite number (الـ29) follows the noun it counts; what comes after it is the rest of the sentence.
    const after = definite ? null : countedAfter(this.t, core.end);
    if (after) return { counted: after.phrase, phraseEnd: after.phrase.end, nounFirst: null };
    const before = definite || postposed ? countedBefore(this.t, definite ? core.start - 1 : core.start, definite) : null;
    // A lone واحد/اثنان with nothing counted is a pronoun or an adverb (في آن واحد), not a figure.
    if (postposed && !before) return null;
    return { counted: before, phraseEnd: core.end, nounFirst: postposed ? before : null };
  }

  /** The quantity phrase: qualifier before, number, counted phrase, qualifier after. */
  private bounds(core: Core, counting: Counting): Bounds {
    const t = this.t;
    const first = counting.nounFirst;
    // واحد/اثنان only make sense with the noun before them: the phrase is جنديين اثنين.
    const coreStart = first ? first.start : core.start;
    const coreS = first ? t.tokens[first.start]!.s : core.s;
    const pre = qualifierBefore(t, coreStart);
    const post = pre ? null : qualifierAfter(t, counting.phraseEnd);
    const end = post ? post.end : counting.phraseEnd;
    return {
      start: pre ? pre.start : coreStart,
      end,
      s: pre ? pre.s : coreS,
      e: post ? post.e : t.tokens[end - 1]!.e,
      coreS,
      qualifier: pre ?? post,
    };
  }

  private rejectAfterCounted(core: Core, counted: CountedPhrase | null, phraseEnd: number): RejectReason | null {
    const byCounted = rejectByCounted(this.t, core.start, core.end, phraseEnd, counted?.head ?? null);
    if (byCounted) return byCounted;
    if (core.number?.decimal) return 'fraction';
    return null;
  }

  /** Category and kind: the event before the number, else the counted noun, else an event after, else coordination. */
  private senseOf(start: number, end: number, counted: CountedPhrase | null): { category: Category; kind: string } | null {
    const noun = counted?.noun ?? null;
    const thing = noun !== null && !noun.person;
    const allowed = (e: EventHit | { category: Category; kind: string } | null) => {
      if (!e) return null;
      if (e.kind === 'deployed') return noun && (noun.person || noun.materiel) ? e : null;
      return thing ? null : e;
    };
    const before = allowed(eventBefore(this.t, start));
    if (before) return { category: before.category, kind: before.kind };
    if (noun?.kind) return sense(noun.kind);
    if (counted && !noun) {
      const asEvent = lookupEventBefore(counted.head.n); // 20 إصابة، 3 وفيات
      if (asEvent) return { category: asEvent.category, kind: asEvent.kind };
    }
    const afterHit = allowed(eventAfter(this.t, end));
    if (afterHit) return { category: afterHit.category, kind: afterHit.kind };
    const toll = thing ? null : tollBefore(this.t, start);
    return toll ?? this.coordinated(start);
  }

  /** بينهم 5 أطفال، منهم 300 امرأة: a part of the figure just before, in the same sentence. */
  private subsetOf(start: number): number | null {
    const index = this.quantities.length - 1;
    const prev = this.quantities[index];
    const tok = this.t.tokens[start - 1];
    if (!prev?.kind || !tok || tok.type !== WORD || !SUBSET_WORDS.has(tok.n)) return null;
    for (let k = prev.endTok; k < start - 1; k += 1) {
      const between = this.t.tokens[k]!;
      if (between.type === PUNCT && SENTENCE_ENDS.has(between.n)) return null;
    }
    return start - prev.endTok <= SUBSET_WINDOW ? index : null;
  }

  /** مقتل 20 جندياً و30 مدنياً: the second figure shares the first one's event. */
  private coordinated(start: number): { category: Category; kind: string } | null {
    const prev = this.quantities.at(-1);
    if (!prev || !prev.category || !prev.kind) return null;
    const tok = this.t.tokens[start - 1];
    const joined = tok?.type === WORD && tok.n === 'و' && prev.endTok === start - 1;
    return joined ? { category: prev.category, kind: prev.kind } : null;
  }

  private span(start: number, end: number): TextSpan {
    return { text: sliceText(this.t, start, end), start, end };
  }

  private reject(reason: RejectReason, start: number, end: number, value: number | null): void {
    this.rejected.push({ ...this.span(start, end), value, reason });
  }
}

function unitEn(counted: CountedPhrase, core: Core): string {
  if (!counted.noun || counted.adjectives.some((a) => a === null)) return '';
  const one = core.max === 1 && core.value === 1;
  const noun = counted.noun.en[one ? 0 : 1];
  const adjectives = counted.adjectives.map((a) => a!.en).reverse();
  return [...new Set(adjectives)].concat(noun).join(' ');
}

function related(counted: CountedPhrase): string[] {
  const regions = counted.adjectives.map((a) => a?.region).filter((r): r is string => !!r);
  return [...new Set(regions)];
}

/** Reads every quantity of a tokenized text. */
export function analyze(t: Tokenized): Analysis {
  const reader = new Reader(t);
  reader.run();
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
