/**
 * Qualifiers: the words that say how exact a number is. They may come before
 * the number (أكثر من 20) or after the counted noun phrase
 * (34 جندياً تركياً على الأقل). Longest phrase wins, so ما لا يزيد عن (at most)
 * is never read as يزيد عن (more than).
 */
import type { Qualifier } from './types';
import { fold } from './normalize';
import { firstStem, inSet } from './clitics';
import { WORD, type Tokenized } from './tokens';

export interface QualifierPhrase {
  ar: string;
  qualifier: Exclude<Qualifier, 'exact' | 'vague'>;
  /** "Fewer than N": the bound itself is excluded. */
  strict?: boolean;
  /** A verb: it may govern a number a few words on, after its subject (تجاوز عدد النازحين 600 ألف). */
  verb?: boolean;
}

export const PRE_QUALIFIERS: readonly QualifierPhrase[] = [
  { ar: 'على الأقل', qualifier: 'at-least' },
  { ar: 'على أقل تقدير', qualifier: 'at-least' },
  { ar: 'ما لا يقل عن', qualifier: 'at-least' },
  { ar: 'لا يقل عن', qualifier: 'at-least' },
  { ar: 'ما لا تقل عن', qualifier: 'at-least' },
  { ar: 'لا تقل عن', qualifier: 'at-least' },
  { ar: 'أكثر من', qualifier: 'more-than' },
  { ar: 'أزيد من', qualifier: 'more-than' },
  { ar: 'ما يزيد على', qualifier: 'more-than' },
  { ar: 'ما يزيد عن', qualifier: 'more-than' },
  { ar: 'يزيد على', verb: true, qualifier: 'more-than' },
  { ar: 'يزيد عن', verb: true, qualifier: 'more-than' },
  { ar: 'تزيد على', verb: true, qualifier: 'more-than' },
  { ar: 'تزيد عن', verb: true, qualifier: 'more-than' },
  { ar: 'ما يربو على', qualifier: 'more-than' },
  { ar: 'يربو على', verb: true, qualifier: 'more-than' },
  { ar: 'ما يفوق', qualifier: 'more-than' },
  { ar: 'يفوق', verb: true, qualifier: 'more-than' },
  { ar: 'نحو', qualifier: 'about' },
  { ar: 'حوالي', qualifier: 'about' },
  { ar: 'حوالى', qualifier: 'about' },
  { ar: 'قرابة', qualifier: 'about' },
  { ar: 'زهاء', qualifier: 'about' },
  { ar: 'ما يقارب', qualifier: 'about' },
  { ar: 'يقارب', verb: true, qualifier: 'about' },
  { ar: 'ما يقرب من', qualifier: 'about' },
  { ar: 'يقرب من', verb: true, qualifier: 'about' },
  { ar: 'ما يناهز', qualifier: 'about' },
  { ar: 'يناهز', verb: true, qualifier: 'about' },
  { ar: 'تقريباً', qualifier: 'about' },
  { ar: 'أقل من', qualifier: 'at-most', strict: true },
  { ar: 'ما لا يزيد عن', qualifier: 'at-most' },
  { ar: 'ما لا يزيد على', qualifier: 'at-most' },
  { ar: 'لا يزيد عن', verb: true, qualifier: 'at-most' },
  { ar: 'لا يزيد على', verb: true, qualifier: 'at-most' },
  { ar: 'ما لا يتجاوز', qualifier: 'at-most' },
  { ar: 'لا يتجاوز', verb: true, qualifier: 'at-most' },
  // The feminine (سعته لا تتجاوز 120 سريراً), after the thirty-fourth set.
  { ar: 'ما لا تتجاوز', qualifier: 'at-most' },
  { ar: 'لا تتجاوز', verb: true, qualifier: 'at-most' },
  { ar: 'لا تزيد على', verb: true, qualifier: 'at-most' },
  { ar: 'لا تزيد عن', verb: true, qualifier: 'at-most' },
  { ar: 'ما يصل إلى', qualifier: 'at-most' },
  // Up to (أي حتى 40 ألف شخص), after the forty-eighth set: four blind authors read it so.
  { ar: 'حتى', qualifier: 'at-most' },
  { ar: 'يصل إلى', verb: true, qualifier: 'at-most' },
  { ar: 'لم يتجاوز', qualifier: 'at-most', verb: true },
  { ar: 'لم تتجاوز', qualifier: 'at-most', verb: true },
  { ar: 'لم يزد على', qualifier: 'at-most', verb: true },
  { ar: 'لم يزد عن', qualifier: 'at-most', verb: true },
  // Verbs that say "neared", "exceeded" of the number they govern (قارب عددهم المليونين).
  ...verbs('about', 'قارب قاربت تقارب ناهز ناهزت تناهز'),
  ...verbs('more-than', 'تجاوز تجاوزت يتجاوز تتجاوز تخطى تخطت يتخطى تتخطى فاق فاقت تفوق'),
];

function verbs(qualifier: QualifierPhrase['qualifier'], list: string): QualifierPhrase[] {
  return list.split(' ').map((ar) => ({ ar, qualifier, verb: true }));
}

export const POST_QUALIFIERS: readonly QualifierPhrase[] = [
  { ar: 'على الأقل', qualifier: 'at-least' },
  { ar: 'على أقل تقدير', qualifier: 'at-least' },
  { ar: 'كحد أدنى', qualifier: 'at-least' },
  { ar: 'أو أكثر', qualifier: 'at-least' },
  { ar: 'ونيف', qualifier: 'more-than' },
  { ar: 'ونيّف', qualifier: 'more-than' },
  // The accusative after a tens word (أربعين ونيفاً، مئتين ونيفاً), after the hundred-and-thirteenth and hundred-and-nineteenth sets.
  { ar: 'ونيفاً', qualifier: 'more-than' },
  { ar: 'ونيّفاً', qualifier: 'more-than' },
  { ar: 'تقريباً', qualifier: 'about' },
  { ar: 'على الأكثر', qualifier: 'at-most' },
  { ar: 'كحد أقصى', qualifier: 'at-most' },
  { ar: 'أو أقل', qualifier: 'at-most' },
];

interface Compiled extends QualifierPhrase {
  tokens: string[];
}

/**
 * The spellings of a phrase with ما and لا joined to the next word, as many
 * outlets write them: ما لا يقل عن → مالا يقل عن، ما لايقل عن، مالايقل عن.
 */
function joinedSpellings(tokens: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (let k = 0; k < tokens.length; k += 1) {
    const next: string[][] = [];
    for (const prefix of out) {
      next.push([...prefix, tokens[k]!]);
      const last = prefix.at(-1);
      // Join this word to the previous one when the previous one is ما or ends in لا (مالا).
      if (last !== undefined && (last === 'ما' || last.endsWith('لا'))) next.push([...prefix.slice(0, -1), last + tokens[k]!]);
    }
    out = next;
  }
  return out;
}

function compile(list: readonly QualifierPhrase[]): Compiled[] {
  return list
    .flatMap((q) => joinedSpellings(fold(q.ar).split(' ')).map((tokens) => ({ ...q, tokens })))
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

const PRE = compile(PRE_QUALIFIERS);
const POST = compile(POST_QUALIFIERS);

// The first word of a qualifier may carry a conjunction or preposition (وأكثر من، بنحو، لأكثر من).
const QUALIFIER_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];
const COUNT_WORD_CLITICS: readonly string[] = ['و', 'ال', 'وال'];

export interface QualifierMatch extends QualifierPhrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Original code-point span, without the clitic of the first word. */
  s: number;
  e: number;
}

function firstMatches(word: string, first: string): number | null {
  return firstStem(word, QUALIFIER_CLITICS, (stem) => stem.stem === first)?.prefix ?? null;
}

function matchAt(t: Tokenized, start: number, q: Compiled): QualifierMatch | null {
  if (start < 0) return null;
  for (let k = 1; k < q.tokens.length; k += 1) {
    const tok = t.tokens[start + k];
    if (!tok || tok.type !== WORD || tok.n !== q.tokens[k]) return null;
  }
  const first = t.tokens[start];
  if (!first || first.type !== WORD) return null;
  const prefix = firstMatches(first.n, q.tokens[0]!);
  if (prefix === null) return null;
  const end = start + q.tokens.length;
  return { ...q, start, end, s: t.origin[first.ns + prefix]!, e: t.tokens[end - 1]!.e };
}

/** The qualifier that ends right before token i. */
export function qualifierBefore(t: Tokenized, i: number): QualifierMatch | null {
  for (const q of PRE) {
    const m = matchAt(t, i - q.tokens.length, q);
    if (m) return m;
  }
  return null;
}

// The subject between a qualifier verb and its number: a count word, then a few words (عدد الأسر النازحة في المحافظة).
const COUNT_WORDS: ReadonlySet<string> = new Set(['عدد', 'عددهم', 'عددهن', 'عددها', 'اعداد', 'حصيله', 'الحصيله']);
const SUBJECT_WORDS = 6;

/**
 * A qualifier verb that governs the number at token i across its subject:
 * قارب عددهم المليونين، تجاوز عدد النازحين 600 ألف. The subject starts with
 * عدد or حصيلة and holds only words.
 */
export function governingQualifier(t: Tokenized, i: number): QualifierMatch | null {
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_WORDS + 1; k -= 1) {
    const tok = t.tokens[k]!;
    if (tok.type !== WORD) return null;
    const subject = t.tokens[k + 1];
    if (k + 1 < i && subject?.type === WORD && inSet(COUNT_WORDS, subject.n, COUNT_WORD_CLITICS)) {
      const q = qualifierBefore(t, k + 1);
      if (q?.verb) return q;
    }
  }
  return null;
}

/** The qualifier that starts at token j. */
export function qualifierAfter(t: Tokenized, j: number): QualifierMatch | null {
  for (const q of POST) {
    const m = matchAt(t, j, q);
    if (m) return m;
  }
  return null;
}
