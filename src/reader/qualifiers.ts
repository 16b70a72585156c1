/**
 * Qualifiers: the words that say how exact a number is. They may come before
 * the number (أكثر من 20) or after the counted noun phrase
 * (34 جندياً تركياً على الأقل). Longest phrase wins, so ما لا يزيد عن (at most)
 * is never read as يزيد عن (more than).
 */
import type { Qualifier } from './types';
import { fold } from './normalize';
import { firstStem } from './clitics';
import { WORD, type Tokenized } from './tokens';

export interface QualifierPhrase {
  ar: string;
  qualifier: Exclude<Qualifier, 'exact' | 'vague'>;
  /** "Fewer than N": the bound itself is excluded. */
  strict?: boolean;
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
  { ar: 'يزيد على', qualifier: 'more-than' },
  { ar: 'يزيد عن', qualifier: 'more-than' },
  { ar: 'تزيد على', qualifier: 'more-than' },
  { ar: 'تزيد عن', qualifier: 'more-than' },
  { ar: 'ما يربو على', qualifier: 'more-than' },
  { ar: 'يربو على', qualifier: 'more-than' },
  { ar: 'ما يفوق', qualifier: 'more-than' },
  { ar: 'يفوق', qualifier: 'more-than' },
  { ar: 'نحو', qualifier: 'about' },
  { ar: 'حوالي', qualifier: 'about' },
  { ar: 'حوالى', qualifier: 'about' },
  { ar: 'قرابة', qualifier: 'about' },
  { ar: 'زهاء', qualifier: 'about' },
  { ar: 'ما يقارب', qualifier: 'about' },
  { ar: 'يقارب', qualifier: 'about' },
  { ar: 'ما يقرب من', qualifier: 'about' },
  { ar: 'يقرب من', qualifier: 'about' },
  { ar: 'ما يناهز', qualifier: 'about' },
  { ar: 'يناهز', qualifier: 'about' },
  { ar: 'تقريباً', qualifier: 'about' },
  { ar: 'أقل من', qualifier: 'at-most', strict: true },
  { ar: 'ما لا يزيد عن', qualifier: 'at-most' },
  { ar: 'ما لا يزيد على', qualifier: 'at-most' },
  { ar: 'لا يزيد عن', qualifier: 'at-most' },
  { ar: 'لا يزيد على', qualifier: 'at-most' },
  { ar: 'ما لا يتجاوز', qualifier: 'at-most' },
  { ar: 'لا يتجاوز', qualifier: 'at-most' },
  { ar: 'ما يصل إلى', qualifier: 'at-most' },
  { ar: 'يصل إلى', qualifier: 'at-most' },
];

export const POST_QUALIFIERS: readonly QualifierPhrase[] = [
  { ar: 'على الأقل', qualifier: 'at-least' },
  { ar: 'على أقل تقدير', qualifier: 'at-least' },
  { ar: 'كحد أدنى', qualifier: 'at-least' },
  { ar: 'أو أكثر', qualifier: 'at-least' },
  { ar: 'ونيف', qualifier: 'more-than' },
  { ar: 'ونيّف', qualifier: 'more-than' },
  { ar: 'تقريباً', qualifier: 'about' },
  { ar: 'على الأكثر', qualifier: 'at-most' },
  { ar: 'كحد أقصى', qualifier: 'at-most' },
  { ar: 'أو أقل', qualifier: 'at-most' },
];

interface Compiled extends QualifierPhrase {
  tokens: string[];
}

function compile(list: readonly QualifierPhrase[]): Compiled[] {
  return list
    .map((q) => ({ ...q, tokens: fold(q.ar).split(' ') }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

const PRE = compile(PRE_QUALIFIERS);
const POST = compile(POST_QUALIFIERS);

// The first word of a qualifier may carry a conjunction or preposition (وأكثر من، بنحو، لأكثر من).
const QUALIFIER_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];

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

/** The qualifier that starts at token j. */
export function qualifierAfter(t: Tokenized, j: number): QualifierMatch | null {
  for (const q of POST) {
    const m = matchAt(t, j, q);
    if (m) return m;
  }
  return null;
}
