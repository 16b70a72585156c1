/**
 * Prefix clitics: و (and), ف (so), ب (by/in), ل (for), ك (like) and the
 * article ال, alone or stacked (وبال، فلل …). Arabic writes them glued to the
 * word, so a lexicon lookup tries the word as written, then each stripping.
 */

export interface Stem {
  /** The folded word without the clitics. */
  stem: string;
  /** Folded length of the stripped prefix (0 when nothing was stripped). */
  prefix: number;
  /** True when the stripped prefix ends in the article ال (the word is definite). */
  definite: boolean;
}

// Longest first is not needed: every stripping is tried, the caller takes the first hit.
const PREFIXES: readonly string[] = [
  'و', 'ف', 'ب', 'ل', 'ك', 'ال',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
  'وال', 'فال', 'بال', 'كال', 'لل',
  'وبال', 'وكال', 'فبال', 'ولل', 'فلل',
];

/** Conjunction-only prefixes, used where a stronger clitic would change the meaning (number words). */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/**
 * Every reading of a folded word as clitics + stem, the unstripped word first.
 * `allowed` limits which prefixes may be stripped.
 */
export function stems(word: string, allowed: readonly string[] = PREFIXES): Stem[] {
  const out: Stem[] = [];
  firstStem(word, allowed, (stem) => {
    out.push(stem);
    return false;
  });
  return out;
}

// Readings of each distinct word, computed once: a text has far fewer distinct words than tokens.
const READINGS = new Map<string, readonly Reading[]>();
const READINGS_LIMIT = 200_000;

interface Reading extends Stem {
  /** The stripped prefix as written, to check against an allowed list. */
  clitic: string;
}

/** The word as written, then every stripping of it by the known prefixes; computed once per distinct word. */
function readingsOf(word: string): readonly Reading[] {
  let readings = READINGS.get(word);
  if (readings) return readings;
  const out: Reading[] = [{ stem: word, prefix: 0, definite: false, clitic: '' }];
  for (const p of PREFIXES) {
    if (word.length - p.length < 2 || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (p.endsWith('لل')) {
      // ل + ال drops the alef: للجنود = ل + الجنود; before a lam-initial word one lam goes too (للاذقية = ل + اللاذقية).
      out.push({ stem: rest, prefix: p.length, definite: true, clitic: p });
      out.push({ stem: 'ال' + rest, prefix: p.length - 1, definite: false, clitic: p });
      out.push({ stem: 'الل' + rest, prefix: p.length - 1, definite: false, clitic: p });
    } else {
      out.push({ stem: rest, prefix: p.length, definite: p.endsWith('ال'), clitic: p });
    }
  }
  readings = out;
  if (READINGS.size >= READINGS_LIMIT) READINGS.clear();
  READINGS.set(word, readings);
  return readings;
}

/**
 * Calls `test` on each reading of `word` (unstripped first, then by the order
 * of PREFIXES) until it returns true, and returns that reading. `allowed` must
 * be a subset of PREFIXES. (It is searched as it is: the lists are short, and
 * callers often pass a literal, so a set cached by the array's identity was
 * rebuilt on most calls.)
 */
export function firstStem(word: string, allowed: readonly string[], test: (stem: Stem) => boolean): Stem | null {
  const readings = readingsOf(word);
  if (test(readings[0]!)) return readings[0]!;
  for (let k = 1; k < readings.length; k += 1) {
    const r = readings[k]!;
    if (allowed.includes(r.clitic) && test(r)) return r;
  }
  return null;
}

/** First stem of `word` found in `map`, with the stem that matched. */
export function lookup<T>(map: ReadonlyMap<string, T>, word: string, allowed: readonly string[] = PREFIXES): { value: T; stem: Stem } | null {
  let value: T | undefined;
  const stem = firstStem(word, allowed, (s) => (value = map.get(s.stem)) !== undefined);
  return stem && value !== undefined ? { value, stem } : null;
}

/** True when a folded word carries the article, possibly after a conjunction or preposition. */
export function isDefinite(word: string): boolean {
  return /^(?:[وف]?[بلك]?ال|[وف]?لل)/u.test(word);
}

/** The stem of `word` found in `set`, or null. */
export function inSet(set: ReadonlySet<string>, word: string, allowed: readonly string[] = PREFIXES): Stem | null {
  return firstStem(word, allowed, (s) => set.has(s.stem));
}
