/**
 * Roll-ups: what a region's figures add up to, without double counting.
 *
 * A region shows the facts that happened in it or in any region inside it.
 * Figures add up only when they count the same thing (kind and unit), and a
 * fact that is `partOf` another fact in the same sum is already counted by it:
 * northern Syria holds both "at least 34" (one strike) and "at least 54" (all of
 * Idlib since February, which includes the 34), and shows at least 54, never 88.
 */
import type { RegionIndex } from './regions';
import type { Category, Fact, Qualifier } from './schema';
import { quantitySpan, type Span } from './spans';

export interface Figure {
  category: Category;
  kind: string;
  unit: { ar: string; en: string };
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** The facts whose figures are summed. */
  counted: Fact[];
  /** Facts inside the sum that are already counted by one of `counted`. */
  included: Fact[];
}

/** How a region is concerned by a fact. */
export type Concern = 'here' | 'related';

export interface RegionFacts {
  region: string;
  /** Facts that happened in the region or inside it. */
  here: Fact[];
  /** Facts that happened elsewhere but concern the region (nationality, origin, destination). */
  related: Fact[];
  /** Totals of `here`, one per kind and unit. */
  figures: Figure[];
  /** Totals of `related`. */
  relatedFigures: Figure[];
}

/** True if `fact` is counted by another fact in `pool` through its partOf chain. */
function countedByAnother(fact: Fact, pool: ReadonlyMap<string, Fact>, byId: ReadonlyMap<string, Fact>): boolean {
  const seen = new Set<string>([fact.id]);
  for (let id = fact.partOf?.fact; id !== undefined && !seen.has(id); id = byId.get(id)?.partOf?.fact) {
    if (pool.has(id)) return true;
    seen.add(id);
  }
  return false;
}

function combinedQualifier(facts: readonly Fact[], max: number | null): Qualifier {
  const qualifiers = new Set(facts.map((f) => f.quantity!.qualifier));
  if (qualifiers.size === 1) return [...qualifiers][0]!;
  if (qualifiers.has('vague')) return 'vague';
  if (max === null) return 'at-least';
  return 'about';
}

/**
 * The validator refuses two facts backed by the same words of the article; should such
 * data arrive anyway, the figure is still added once: the first fact over a span counts it.
 */
function onePerSpan(facts: readonly Fact[], spanOf: (fact: Fact) => Span | null = quantitySpan): Fact[] {
  const bySpan = facts.map((fact) => ({ fact, span: spanOf(fact) })).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const kept = new Set<Fact>();
  let reach = -1;
  for (const { fact, span } of bySpan) {
    if (span && span.start < reach) continue;
    kept.add(fact);
    if (span) reach = Math.max(reach, span.end);
  }
  return facts.filter((fact) => kept.has(fact));
}

/** Sums facts with quantities, grouped by what they count; parts are never added to their whole. */
export function sumFigures(
  facts: readonly Fact[],
  allFacts: readonly Fact[] | ReadonlyMap<string, Fact>,
  spanOf: (fact: Fact) => Span | null = quantitySpan,
): Figure[] {
  const byId = allFacts instanceof Map ? allFacts : new Map((allFacts as readonly Fact[]).map((f) => [f.id, f]));
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.quantity) continue;
    const key = `${fact.category}\u0000${fact.kind}\u0000${fact.quantity.unit.en}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups.values()].map((group) => {
    const pool = new Map(group.map((f) => [f.id, f]));
    const counted = onePerSpan(group.filter((f) => !countedByAnother(f, pool, byId)), spanOf);
    const countedSet = new Set(counted);
    const included = group.filter((f) => !countedSet.has(f));
    const min = counted.reduce((sum, f) => sum + (f.quantity!.min ?? 0), 0);
    const max = counted.some((f) => f.quantity!.max === null) ? null : counted.reduce((sum, f) => sum + f.quantity!.max!, 0);
    const first = counted[0]!;
    return {
      category: first.category,
      kind: first.kind,
      unit: first.quantity!.unit,
      min,
      max,
      qualifier: combinedQualifier(counted, max),
      counted,
      included,
    };
  });
}

/** The regions a fact concerns without having happened there. */
export function relatedRegions(fact: Fact): string[] {
  const ids = [...(fact.related ?? []).map((r) => r.region), fact.origin, fact.destination];
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== fact.region))];
}

/** Lookups every region's roll-up needs, made once per story rather than once per region. */
export interface FactLookups {
  byId: ReadonlyMap<string, Fact>;
  related: ReadonlyMap<Fact, readonly string[]>;
  /** Where each figure sits in the article (`quantitySpan`), worked out once, not once per region. */
  span: (fact: Fact) => Span | null;
}

export function factLookups(facts: readonly Fact[]): FactLookups {
  const spans = new Map<Fact, Span | null>();
  const span = (fact: Fact) => {
    let found = spans.get(fact);
    if (found === undefined) spans.set(fact, (found = quantitySpan(fact)));
    return found;
  };
  return { byId: new Map(facts.map((f) => [f.id, f])), related: new Map(facts.map((f) => [f, relatedRegions(f)])), span };
}

export function rollUp(region: string, facts: readonly Fact[], regions: RegionIndex, lookups: FactLookups = factLookups(facts)): RegionFacts {
  // The hierarchy is asked once per distinct region id, not once per fact.
  const within = new Map<string, boolean>();
  const isWithin = (id: string) => within.get(id) ?? within.set(id, regions.isWithin(id, region)).get(id)!;
  const here = facts.filter((f) => isWithin(f.region));
  const isHere = new Set(here);
  const related = facts.filter((f) => !isHere.has(f) && (lookups.related.get(f) ?? relatedRegions(f)).some(isWithin));
  return {
    region,
    here,
    related,
    figures: sumFigures(here, lookups.byId, lookups.span),
    relatedFigures: sumFigures(related, lookups.byId, lookups.span),
  };
}

/** Every region's roll-up over the same facts. */
export function rollUpAll(regionIds: readonly string[], facts: readonly Fact[], regions: RegionIndex): Map<string, RegionFacts> {
  const lookups = factLookups(facts);
  return new Map(regionIds.map((id) => [id, rollUp(id, facts, regions, lookups)]));
}
