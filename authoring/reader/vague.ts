/**
 * THE table of vague amounts ("tens", "thousands" …) and its matcher.
 *
 * A plural of a unit means at least two of it (one or two would be said with
 * the singular or the dual) and fewer than ten of it (ten or more would be the
 * next bucket up): عشرات is 20–99, الآلاف 2,000–9,999. The validator reads
 * quantities with this same table, so a figure and its check never disagree.
 */
import { fold } from './normalize';
import { firstStem } from './clitics';
import { WORD, followsFrom, type Tokenized } from './tokens';

import { VAGUE_AMOUNTS, type VagueAmount } from '../../src/model/vague-table';

export { VAGUE_AMOUNTS, type VagueAmount };

/** Folded first token → candidate phrases (as folded token lists), longest first. */
const BY_FIRST: ReadonlyMap<string, readonly { tokens: string[]; amount: VagueAmount }[]> = (() => {
  const map = new Map<string, { tokens: string[]; amount: VagueAmount }[]>();
  for (const amount of VAGUE_AMOUNTS) {
    for (const ar of new Set(amount.ar)) {
      const tokens = fold(ar).split(' ');
      const list = map.get(tokens[0]!) ?? [];
      list.push({ tokens, amount });
      map.set(tokens[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
})();

// A vague amount may carry a conjunction or a preposition (وعشرات، بآلاف، لملايين).
const VAGUE_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];

export interface VagueRead {
  amount: VagueAmount;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Original code-point span, the clitic of the first token excluded. */
  s: number;
  e: number;
}

/** The longest vague amount starting at token i, or null. */
export function readVague(t: Tokenized, i: number): VagueRead | null {
  const first = t.tokens[i];
  if (!first || first.type !== WORD) return null;
  let found: VagueRead | null = null;
  firstStem(first.n, VAGUE_CLITICS, (stem) => {
    const c = BY_FIRST.get(stem.stem)?.find((cand) => followsFrom(t, i, cand.tokens));
    if (!c) return false;
    const end = i + c.tokens.length;
    found = { amount: c.amount, start: i, end, s: t.origin[first.ns + stem.prefix]!, e: t.tokens[end - 1]!.e };
    return true;
  });
  return found;
}
