/**
 * The drawing's geometry, prepared once per geodata: rings projected to normalized
 * mercator, shared borders found (so neighbours are simplified alike), story regions
 * ordered by depth (containers first: the most specific region is on top and takes the click).
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { MapFigures } from '../../map-model/figures';
import { mercatorX, mercatorY, type LngLat } from './projection';

export interface StaticMapGeodata {
  /** All regions (geodata/regions.geojson): ancestors are looked up here by `properties.parent`. */
  regions: FeatureCollection;
  /** Basemap context (geodata/context.geojson): `properties.layer` is 'country' or 'governorate'. */
  context: FeatureCollection;
  /** The story's regions, drawn and clickable; any order. */
  storyRegionIds: readonly string[];
  /** Regions with displacement facts of their own (the map model's `hatchedRegionIds`), hatched. */
  hatchedRegionIds?: readonly string[];
  /** Regions people moved to (the map model's `movementRegionIds`), outlined in dashes. */
  movementRegionIds?: readonly string[];
  /** Killed-figure circles (the map model's `circles`), radius in CSS px. */
  figures?: readonly { at: LngLat; radius: number }[];
}

/** What the drawing takes of the map model (src/map/figures.ts), the same one MapLibre's style reads. */
export function drawingLayers(figures: MapFigures): Pick<StaticMapGeodata, 'storyRegionIds' | 'hatchedRegionIds' | 'movementRegionIds' | 'figures'> {
  return {
    storyRegionIds: figures.storyRegionIds,
    hatchedRegionIds: figures.hatchedRegionIds,
    movementRegionIds: figures.movementRegionIds,
    figures: figures.circles.map(({ at, radius }) => ({ at, radius })),
  };
}

export interface Ring {
  /** Normalized mercator x, y pairs (0..1). */
  xy: Float64Array;
  closed: boolean;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Per vertex: one id for equal coordinates across all prepared rings (set by `buildTopology`). */
  ids: Int32Array;
  /** Per vertex: 1 where simplification must keep it (ring starts, line ends, junctions of shared borders). */
  fixed: Uint8Array;
}

export interface PreparedRegion {
  id: string;
  depth: number;
  hatched: boolean;
  moved: boolean;
  rings: Ring[];
}

export interface PreparedStaticMap {
  readonly prepared: true;
  land: Ring[];
  governorates: Ring[];
  /** Story regions, containers first (ascending depth, stable). */
  regions: PreparedRegion[];
  figures: { x: number; y: number; radius: number }[];
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}

function toRing(positions: Position[], closed: boolean, exterior: boolean): Ring | null {
  if (positions.length < (closed ? 3 : 2)) return null;
  let points = positions;
  if (closed) {
    // One winding for exteriors and the other for holes, so `fill-rule: nonzero` is right for any input.
    const clockwiseInLonLat = signedArea(points) > 0;
    if (clockwiseInLonLat === exterior) points = [...points].reverse();
    const first = points[0]!;
    const last = points[points.length - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) points = points.slice(0, -1);
  }
  const xy = new Float64Array(points.length * 2);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  points.forEach((p, i) => {
    const x = mercatorX(p[0]!);
    const y = mercatorY(p[1]!);
    xy[i * 2] = x;
    xy[i * 2 + 1] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  return { xy, closed, minX, minY, maxX, maxY, ids: new Int32Array(points.length), fixed: new Uint8Array(points.length) };
}

function ringsOf(geometry: Geometry | null): Ring[] {
  if (!geometry) return [];
  const polygon = (rings: Position[][]) => rings.map((ring, i) => toRing(ring, true, i === 0));
  let out: (Ring | null)[];
  switch (geometry.type) {
    case 'Polygon':
      out = polygon(geometry.coordinates);
      break;
    case 'MultiPolygon':
      out = geometry.coordinates.flatMap(polygon);
      break;
    case 'LineString':
      out = [toRing(geometry.coordinates, false, false)];
      break;
    case 'MultiLineString':
      out = geometry.coordinates.map((line) => toRing(line, false, false));
      break;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      out = [];
  }
  return out.filter((r): r is Ring => r !== null);
}

const idOf = (properties: unknown): string | null => {
  const id = (properties as { id?: unknown } | null)?.['id'];
  return typeof id === 'string' ? id : null;
};

/** Ancestors counted by `properties.parent`, stopping on a cycle (as RegionIndex.ancestors). */
export function regionDepth(id: string, parents: ReadonlyMap<string, string | null>): number {
  const chain: string[] = [];
  for (let at = parents.get(id) ?? null; at !== null && !chain.includes(at); ) {
    chain.push(at);
    at = parents.get(at) ?? null;
  }
  return chain.length;
}

/**
 * Finds the borders rings share, so each shared stretch is simplified once and every ring draws it with the
 * same vertices (neighbouring fills meet without slivers, a border drawn by two layers stays one line).
 * As TopoJSON: a vertex is a junction where the rings through it do not all have the same two neighbours
 * there; between junctions, a stretch of vertices is the same wherever it appears (either direction).
 * Ring starts and line ends are fixed too.
 */
function buildTopology(rings: readonly Ring[]): void {
  const idOf = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 0; i < ring.ids.length; i += 1) {
      const key = `${ring.xy[i * 2]!},${ring.xy[i * 2 + 1]!}`;
      let id = idOf.get(key);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(key, id);
      }
      ring.ids[i] = id;
    }
  }
  const pairLo = new Int32Array(idOf.size).fill(-1);
  const pairHi = new Int32Array(idOf.size).fill(-1);
  const junction = new Uint8Array(idOf.size);
  for (const ring of rings) {
    const n = ring.ids.length;
    for (let i = 0; i < n; i += 1) {
      const id = ring.ids[i]!;
      const prev = i > 0 ? ring.ids[i - 1]! : ring.closed ? ring.ids[n - 1]! : -1;
      const next = i < n - 1 ? ring.ids[i + 1]! : ring.closed ? ring.ids[0]! : -1;
      const lo = Math.min(prev, next);
      const hi = Math.max(prev, next);
      if (i === 0 || lo < 0 || prev === id || next === id) junction[id] = 1;
      else if (pairLo[id]! < 0) {
        pairLo[id] = lo;
        pairHi[id] = hi;
      } else if (pairLo[id] !== lo || pairHi[id] !== hi) junction[id] = 1;
    }
  }
  for (const ring of rings) ring.ids.forEach((id, i) => (ring.fixed[i] = junction[id]!));
}

/** Projects the geodata to normalized mercator once; `staticMapPaths` then only scales and clips. */
export function prepareStaticMap(input: StaticMapGeodata): PreparedStaticMap {
  const land: Ring[] = [];
  const governorates: Ring[] = [];
  for (const feature of input.context.features) {
    const layer = (feature.properties as { layer?: unknown } | null)?.['layer'];
    if (layer === 'country') land.push(...ringsOf(feature.geometry));
    else if (layer === 'governorate') governorates.push(...ringsOf(feature.geometry));
  }
  const parents = new Map<string, string | null>();
  for (const feature of input.regions.features) {
    const id = idOf(feature.properties);
    const parent = (feature.properties as { parent?: unknown } | null)?.['parent'];
    if (id !== null) parents.set(id, typeof parent === 'string' ? parent : null);
  }
  const story = new Set(input.storyRegionIds);
  const hatched = new Set(input.hatchedRegionIds ?? []);
  const moved = new Set(input.movementRegionIds ?? []);
  const regions = input.regions.features
    .flatMap((feature) => {
      const id = idOf(feature.properties);
      if (id === null || !story.has(id)) return [];
      return [{ id, depth: regionDepth(id, parents), hatched: hatched.has(id), moved: moved.has(id), rings: ringsOf(feature.geometry) }];
    })
    // Stable: equal depths keep the geodata's order, as MapLibre's sort key does.
    .sort((a, b) => a.depth - b.depth);
  const figures = (input.figures ?? []).map((f) => ({ x: mercatorX(f.at[0]), y: mercatorY(f.at[1]), radius: f.radius }));
  buildTopology([...land, ...governorates, ...regions.flatMap((r) => r.rings)]);
  return { prepared: true, land, governorates, regions, figures };
}

