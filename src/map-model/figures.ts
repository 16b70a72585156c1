/**
 * The one map model: what the map shows of a story, decided once, read by
 * every renderer (MapLibre's style, the SVG drawing at build and run time, the
 * legend, the labels). Pure: the story model in, plain data out.
 *
 *   regions  the story's regions, with their depth (deeper draws on top and wins a click)
 *   hatched  regions with displacement facts of their own
 *   circles  one per region for the dead of facts that happened there, sized by the story's own scale
 *   scale    that scale, for the legend
 */
import type { StoryModel } from '../model/story';

export type LngLat = [number, number];

export interface CircleFigure {
  region: string;
  at: LngLat;
  /** At least this many dead (the sum of the region's own killed facts, parts never added). */
  count: number;
  /** CSS px. */
  radius: number;
}

/**
 * Circle area proportional to the count, fitted to the story: the area per
 * person is the usual one unless the story's largest circle would then pass
 * MAX_RADIUS, in which case every circle shrinks in proportion (a story with
 * 400,000 dead must not cover the map with one circle). Below MIN_RADIUS a
 * circle is drawn at MIN_RADIUS, so it can still be seen and clicked.
 */
export interface CircleScale {
  /** px of radius per √person. */
  k: number;
  /** Counts the legend shows: the largest on the map, and a smaller round one. */
  legend: number[];
  radius(count: number): number;
}

export const DEFAULT_K = 2.2;
export const MAX_RADIUS = 36;
export const MIN_RADIUS = 5;

export function circleScale(counts: readonly number[]): CircleScale {
  const largest = Math.max(0, ...counts);
  const k = largest > 0 ? Math.min(DEFAULT_K, MAX_RADIUS / Math.sqrt(largest)) : DEFAULT_K;
  const radius = (count: number) => Math.max(MIN_RADIUS, k * Math.sqrt(Math.max(0, count)));
  const round = largest >= 10 ? roundDown(largest / 4) : 0;
  const legend = largest > 0 ? [largest, ...(round > 0 && radius(round) < radius(largest) - 4 ? [round] : [])] : [];
  return { k, legend, radius };
}

/** 1, 2 or 5 times a power of ten, at most `value`. */
function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [5, 2, 1].map((m) => m * power).find((v) => v <= value) ?? power;
}

/** What `regionCircles` reads of a fact. */
export interface CountedFact {
  region: string;
  kind?: string;
  partOf?: unknown;
  quantity?: { min: number | null; unit?: { en: string } } | null;
}

/**
 * One circle per region for the dead of facts that happened in that region itself (not in a
 * region inside it, which has its own circle), never counting a fact that is part of another:
 * nested regions never draw the same dead twice. Facts counting the same unit add up, as the
 * popup adds them; of several units the largest total is drawn ("at least", never more).
 */
export function regionCircles(facts: readonly CountedFact[], regionIds: readonly string[]): { region: string; min: number }[] {
  const totals = new Map<string, Map<string, number>>();
  for (const fact of facts) {
    const min = fact.quantity?.min;
    if (fact.kind !== 'killed' || typeof min !== 'number' || fact.partOf) continue;
    const byUnit = totals.get(fact.region) ?? totals.set(fact.region, new Map()).get(fact.region)!;
    const unit = fact.quantity?.unit?.en ?? '';
    byUnit.set(unit, (byUnit.get(unit) ?? 0) + min);
  }
  return regionIds.flatMap((region) => {
    const byUnit = totals.get(region);
    return byUnit ? [{ region, min: Math.max(...byUnit.values()) }] : [];
  });
}

/** Kinds that hatch their region: people forced from their homes there. */
export const DISPLACED_KINDS: ReadonlySet<string> = new Set(['displaced', 'fled', 'evacuated', 'refugees', 'sheltering', 'homeless']);

export interface MapFigures {
  storyRegionIds: string[];
  /** Region id → depth in the story's hierarchy (0 for a top-level region). */
  depths: Record<string, number>;
  hatchedRegionIds: string[];
  /** Regions people moved to (asylum granted, a destination): a dashed outline, not the displacement hatch. */
  movementRegionIds: string[];
  circles: CircleFigure[];
  scale: CircleScale;
}

export function mapFigures(model: StoryModel): MapFigures {
  const storyRegionIds = model.regions.map((r) => r.id);
  const depths = Object.fromEntries(model.regions.map((r) => [r.id, model.regionIndex.ancestors(r.id).length]));
  // The hatch means people displaced from their homes there; asylum granted abroad is a movement, not that.
  const displaced = new Set(model.facts.filter((f) => f.category === 'displacement' && DISPLACED_KINDS.has(f.kind)).map((f) => f.region));
  const moved = new Set(
    model.facts.flatMap((f) => [...(f.destination ? [f.destination] : []), ...(f.category === 'displacement' && !DISPLACED_KINDS.has(f.kind) ? [f.region] : [])]),
  );
  const counted = regionCircles(model.facts, storyRegionIds);
  const scale = circleScale(counted.map((c) => c.min));
  const circles = counted.flatMap(({ region, min }) => {
    const at = model.regionIndex.get(region)?.label;
    return at ? [{ region, at, count: min, radius: scale.radius(min) }] : [];
  });
  return {
    storyRegionIds,
    depths,
    hatchedRegionIds: storyRegionIds.filter((id) => displaced.has(id)),
    movementRegionIds: storyRegionIds.filter((id) => moved.has(id)),
    circles,
    scale,
  };
}
