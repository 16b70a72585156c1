/**
 * The story's map as plain SVG, drawn in our own Web Mercator (projection.ts)
 * so it lines up with what MapLibre shows for the same view: a first paint
 * before WebGL, and the map itself where WebGL is unavailable.
 *
 * Layers and paint follow src/map/style.ts: sea, land, governorate
 * lines, country lines, then story region fills (containers first, so the most
 * specific region is on top and takes the click), displacement hatch, region
 * lines and the killed-figure circles. HTML labels (labels.ts) are not drawn.
 *
 * Two entry points:
 *  - `renderStaticMapSvg` → an SVG string at a reference size (build-time inlining);
 *  - `staticMapPaths` → path `d` strings for a real container size (run time,
 *    cheap: geometry is projected to normalized mercator once, by `prepareStaticMap`).
 *
 * Pure: no DOM. Safe in node and the browser.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { palettes, type Palette } from '../map/style';
import {
  mercatorX,
  mercatorY,
  pixelTransform,
  resolveView,
  type Bounds,
  type LngLat,
  type Padding,
  type PixelTransform,
  type Size,
  type View,
  type ViewSpec,
} from './projection';

// ---------------------------------------------------------------- escaping

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for XML/HTML attribute values and text content. Also drops characters
 * XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/F).
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

// ---------------------------------------------------------------- style (mirrors src/map/style.ts)

/** MapLibre's `interpolate linear` on zoom between two stops, clamped outside them. */
function interpolate(zoom: number, z0: number, v0: number, z1: number, v1: number): number {
  if (zoom <= z0) return v0;
  if (zoom >= z1) return v1;
  return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
}

export const STATIC_STYLE = {
  governorateWidth: (zoom: number) => interpolate(zoom, 4, 0.4, 8, 1.2),
  countryWidth: (zoom: number) => interpolate(zoom, 3, 0.6, 8, 1.6),
  regionFillOpacity: 0.07,
  regionWidth: (depth: number) => 0.8 + 0.5 * depth,
  hatchOpacity: 0.4,
  hatchSize: 8,
  killedOpacity: 0.85,
  killedStrokeWidth: 1.5,
} as const;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The SVG root's class; `staticMapCss` scopes its rules under it. */
export const STATIC_MAP_CLASS = 'isnad-static-map';

/*
 * The app runs under `style-src 'self'` (docs/csp.md): no `<style>` element and no `style` attribute may
 * appear in its markup. The SVG therefore carries its paint as presentation attributes (which CSP does not
 * govern), in one palette; any rule of a stylesheet overrides them, which is how `staticMapCss` adds the
 * dark palette and the layout of the 'bounds' fit from a same-origin stylesheet.
 */

export function paletteRules(p: Palette, scope: string): string {
  return [
    `${scope} .ism-sea{fill:${p.sea}}`,
    `${scope} .ism-land{fill:${p.land}}`,
    `${scope} .ism-gov{stroke:${p.governorate}}`,
    `${scope} .ism-border{stroke:${p.landStroke}}`,
    `${scope} .ism-fills{fill:${p.region}}`,
    `${scope} .ism-lines{stroke:${p.regionStroke}}`,
    `${scope} .ism-hatch-stripe{fill:${p.hatch}}`,
    `${scope} .ism-figures{fill:${p.killed};stroke:${p.killedStroke}}`,
    `${scope} .ism-dot{stroke:${p.killed}}`,
    `${scope} .ism-dot-ring{stroke:${p.killedStroke}}`,
  ].join('');
}

const px = (n: number) => `${Math.round(n * 1000) / 1000}px`;

/**
 * A stylesheet for the static map (serve it from a file: CSP forbids inline styles):
 * - the dark palette under `prefers-color-scheme: dark`, exactly when MapView picks it (the SVG's own
 *   attributes carry the light one);
 * - the layout of the 'bounds' fit: the SVG inset by MapLibre's padding, content past the viewBox visible.
 * The staticMapPlugin serves it as `virtual:isnad-static-map.css`.
 */
export function staticMapCss(options: { dark?: Palette; padding?: Padding; scope?: string } = {}): string {
  const scope = options.scope ?? `.${STATIC_MAP_CLASS}`;
  const p = options.padding ?? 12;
  const pad = typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p;
  return [
    `${scope}{display:block}`,
    `${scope}.${STATIC_MAP_CLASS}--bounds{position:absolute;left:${px(pad.left)};top:${px(pad.top)};` +
      `width:calc(100% - ${px(pad.left + pad.right)});height:calc(100% - ${px(pad.top + pad.bottom)});overflow:visible}`,
    `@media (prefers-color-scheme: dark){${paletteRules(options.dark ?? palettes.dark, scope)}}`,
  ].join('\n');
}

// ---------------------------------------------------------------- preparation (once per geodata)

export interface StaticMapGeodata {
  /** All regions (geodata/regions.geojson): ancestors are looked up here by `properties.parent`. */
  regions: FeatureCollection;
  /** Basemap context (geodata/context.geojson): `properties.layer` is 'country' or 'governorate'. */
  context: FeatureCollection;
  /** The story's regions, drawn and clickable; any order. */
  storyRegionIds: readonly string[];
  /** Regions with displacement facts of their own (style.ts `displacementRegions(model)`), hatched. */
  hatchedRegionIds?: readonly string[];
  /** Killed-figure circles (style.ts `killedFigures(model)` + `killedRadius`), radius in CSS px. */
  figures?: readonly { at: LngLat; radius: number }[];
}

interface Ring {
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
  const regions = input.regions.features
    .flatMap((feature) => {
      const id = idOf(feature.properties);
      if (id === null || !story.has(id)) return [];
      return [{ id, depth: regionDepth(id, parents), hatched: hatched.has(id), rings: ringsOf(feature.geometry) }];
    })
    // Stable: equal depths keep the geodata's order, as MapLibre's sort key does.
    .sort((a, b) => a.depth - b.depth);
  const figures = (input.figures ?? []).map((f) => ({ x: mercatorX(f.at[0]), y: mercatorY(f.at[1]), radius: f.radius }));
  buildTopology([...land, ...governorates, ...regions.flatMap((r) => r.rings)]);
  return { prepared: true, land, governorates, regions, figures };
}

// ---------------------------------------------------------------- paths (per size)

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sutherland–Hodgman against one edge of the rectangle, on flat [x, y, x, y, …] arrays. */
function clipEdge(points: number[], inside: (x: number, y: number) => boolean, cross: (ax: number, ay: number, bx: number, by: number) => [number, number]): number[] {
  const out: number[] = [];
  const n = points.length / 2;
  if (n === 0) return out;
  let px = points[(n - 1) * 2]!;
  let py = points[(n - 1) * 2 + 1]!;
  let pIn = inside(px, py);
  for (let i = 0; i < n; i += 1) {
    const x = points[i * 2]!;
    const y = points[i * 2 + 1]!;
    const cIn = inside(x, y);
    if (cIn !== pIn) out.push(...cross(px, py, x, y));
    if (cIn) out.push(x, y);
    px = x;
    py = y;
    pIn = cIn;
  }
  return out;
}

function clipPolygon(points: number[], r: Rect): number[] {
  const atX = (edge: number) => (ax: number, ay: number, bx: number, by: number): [number, number] => [edge, ay + ((by - ay) * (edge - ax)) / (bx - ax)];
  const atY = (edge: number) => (ax: number, ay: number, bx: number, by: number): [number, number] => [ax + ((bx - ax) * (edge - ay)) / (by - ay), edge];
  let p = clipEdge(points, (x) => x >= r.x0, atX(r.x0));
  p = clipEdge(p, (x) => x <= r.x1, atX(r.x1));
  p = clipEdge(p, (_, y) => y >= r.y0, atY(r.y0));
  return clipEdge(p, (_, y) => y <= r.y1, atY(r.y1));
}

/**
 * How exactly path geometry is written, in drawing units (at the reference size, 1 unit = 1 CSS px).
 * - `tolerance`: each ring/line is simplified (Douglas–Peucker) so that every dropped vertex stays within
 *   this distance of the written outline, measured from the exact projection to the *rounded* segments.
 * - `decimals`: coordinates are rounded to 10^-decimals units (0 = whole pixels), shortest SVG numbers.
 */
export interface PathPrecision {
  tolerance: number;
  decimals: number;
}

/**
 * Half a pixel, whole pixels: the written outline passes within 0.5 px of every exact projected vertex, and each
 * written vertex is within 0.5 px per axis (≤ 0.71 px) of its exact place, so the visible error stays at about
 * half a pixel at the reference size (the 'bounds' fit is shown at most ~1.3× larger): below what anti-aliasing
 * shows. Against every vertex at 0.1 px, the first story's inlined map is ~40 % smaller gzipped and has fewer
 * vertices to rasterise.
 */
export const PATH_PRECISION: Readonly<PathPrecision> = { tolerance: 0.5, decimals: 0 };

/** A closed ring is never simplified below this many vertices (a tiny island stays a quadrilateral, not a sliver). */
const MIN_CLOSED_VERTICES = 4;

/** Units of 10^-decimals as the shortest SVG number: (12, 1) → "1.2", (-3, 1) → "-.3", (40, 1) → "4", (7, 0) → "7". */
export function formatUnits(k: number, decimals: number): string {
  if (decimals === 0 || k === 0) return String(k);
  const digits = String(Math.abs(k)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, -decimals).replace(/^0+/, '');
  const frac = digits.slice(-decimals).replace(/0+$/, '');
  return (k < 0 ? '-' : '') + (frac ? `${whole}.${frac}` : whole);
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by); a degenerate segment is a point. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

type Snap = (v: number) => number;
const exact: Snap = (v) => v;

/**
 * The vertex strictly between positions a and b of flat [x, y, …] `points` (position n is the first point again,
 * for rings) farthest from the segment a–b as it will be written (`snap`), and its squared distance.
 */
function farthest(points: readonly number[], n: number, a: number, b: number, snap: Snap): [index: number, distance2: number] {
  const ia = (a % n) * 2;
  const ib = (b % n) * 2;
  const ax = snap(points[ia]!);
  const ay = snap(points[ia + 1]!);
  const bx = snap(points[ib]!);
  const by = snap(points[ib + 1]!);
  let best = -1;
  let bestD = -1;
  for (let i = a + 1; i < b; i += 1) {
    const j = (i % n) * 2;
    const d = segmentDistance2(points[j]!, points[j + 1]!, ax, ay, bx, by);
    if (d > bestD) {
      bestD = d;
      best = i % n;
    }
  }
  return [best, bestD];
}

/** Douglas–Peucker, iterative: marks in `keep` what must stay strictly between positions a < b (both kept). */
function douglasPeucker(points: readonly number[], n: number, a: number, b: number, tolerance: number, snap: Snap, keep: Uint8Array): void {
  const tol2 = tolerance * tolerance;
  const stack = [a, b];
  while (stack.length > 0) {
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo < 2) continue;
    const [i, d] = farthest(points, n, lo, hi, snap);
    if (d <= tol2) continue;
    keep[i] = 1;
    // Positions past n wrap to the ring's start: split at the position, not the index.
    const at = i < lo ? i + n : i;
    stack.push(lo, at, at, hi);
  }
}

/** A closed ring with fewer than MIN_CLOSED_VERTICES kept: keeps the farthest dropped vertex until it has them (or all). */
function keepAtLeast(points: readonly number[], n: number, keep: Uint8Array, snap: Snap): void {
  let kept = keep.reduce((sum, k) => sum + k, 0);
  while (kept < Math.min(MIN_CLOSED_VERTICES, n)) {
    let best = -1;
    let bestD = -1;
    const first = keep.indexOf(1);
    for (let a = first; a < first + n; ) {
      let b = a + 1;
      while (!keep[b % n]) b += 1;
      const [i, d] = farthest(points, n, a, b, snap);
      if (i >= 0 && d > bestD) {
        bestD = d;
        best = i;
      }
      a = b;
    }
    keep[best] = 1;
    kept += 1;
  }
}

const keptPoints = (points: readonly number[], keep: Uint8Array): number[] => {
  const out: number[] = [];
  for (let i = 0; i < keep.length; i += 1) if (keep[i]) out.push(points[i * 2]!, points[i * 2 + 1]!);
  return out;
};

/**
 * Douglas–Peucker on one ring or line of flat [x, y, x, y, …] points. Keeps the first point (and a line's last);
 * a closed ring is walked back to its first point, so its first split is the vertex farthest from it, and keeps
 * at least MIN_CLOSED_VERTICES vertices (or all it has). Segments are measured between the kept vertices as they
 * will be written (`snap`: rounded to the output grid) from the exact dropped ones, so rounding does not add to
 * the tolerance. Returns the kept points in order (a ring's first point is not repeated at the end).
 */
export function simplify(points: readonly number[], closed: boolean, tolerance: number, snap: Snap = exact): number[] {
  const n = points.length / 2;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = closed ? 0 : 1;
  douglasPeucker(points, n, 0, closed ? n : n - 1, tolerance, snap, keep);
  if (closed) keepAtLeast(points, n, keep, snap);
  return keptPoints(points, keep);
}

/** Kept offsets of each shared stretch, by its canonical `startId,secondId,length` (per drawing: they depend on the scale). */
type ArcCache = Map<string, number[]>;

/**
 * `simplify` for a prepared ring, stretch by stretch between its fixed vertices (see `buildTopology`): a stretch
 * is simplified once, in one canonical direction, and every ring through it keeps the same vertices.
 */
function simplifyShared(ring: Ring, points: readonly number[], tolerance: number, snap: Snap, arcs: ArcCache): number[] {
  const n = points.length / 2;
  if (n <= 2) return points.slice();
  const { ids } = ring;
  const keep = Uint8Array.from(ring.fixed);
  const fixedAt: number[] = [];
  ring.fixed.forEach((f, i) => f && fixedAt.push(i));
  if (ring.closed) fixedAt.push(fixedAt[0]! + n);
  for (let k = 0; k + 1 < fixedAt.length; k += 1) {
    const a = fixedAt[k]!;
    const b = fixedAt[k + 1]!;
    const length = b - a;
    if (length < 2) continue;
    const id = (i: number) => ids[i % n]!;
    const forward = id(a) < id(b) || (id(a) === id(b) && id(a + 1) <= id(b - 1));
    const key = forward ? `${id(a)},${id(a + 1)},${length}` : `${id(b)},${id(b - 1)},${length}`;
    let offsets = arcs.get(key);
    if (!offsets) {
      const stretch: number[] = [];
      for (let o = 0; o <= length; o += 1) {
        const j = ((forward ? a + o : b - o) % n) * 2;
        stretch.push(points[j]!, points[j + 1]!);
      }
      const arcKeep = new Uint8Array(length + 1);
      douglasPeucker(stretch, length + 1, 0, length, tolerance, snap, arcKeep);
      offsets = [];
      for (let o = 1; o < length; o += 1) if (arcKeep[o]) offsets.push(o);
      arcs.set(key, offsets);
    }
    for (const o of offsets) keep[(forward ? a + o : b - o) % n] = 1;
  }
  if (ring.closed) keepAtLeast(points, n, keep, snap);
  return keptPoints(points, keep);
}

/**
 * One ring as `M x y l dx dy … z`: projected, clipped, simplified and rounded as `precision` says;
 * consecutive duplicates (after rounding) dropped.
 */
function ringPath(ring: Ring, t: PixelTransform, clip: Rect, minSize: number, precision: PathPrecision, arcs: ArcCache): string {
  const bx0 = ring.minX * t.scale + t.tx;
  const bx1 = ring.maxX * t.scale + t.tx;
  const by0 = ring.minY * t.scale + t.ty;
  const by1 = ring.maxY * t.scale + t.ty;
  if (bx1 < clip.x0 || bx0 > clip.x1 || by1 < clip.y0 || by0 > clip.y1) return '';
  if (ring.closed && bx1 - bx0 < minSize && by1 - by0 < minSize) return '';
  const n = ring.xy.length / 2;
  let points: number[] = new Array<number>(n * 2);
  for (let i = 0; i < n * 2; i += 2) {
    points[i] = ring.xy[i]! * t.scale + t.tx;
    points[i + 1] = ring.xy[i + 1]! * t.scale + t.ty;
  }
  const units = 10 ** precision.decimals;
  const toUnits = (v: number) => Math.round(v * units);
  const snap = (v: number) => toUnits(v) / units;
  // Simplified before clipping, so shared borders stay shared; the clip's cuts lie beyond what is seen.
  if (precision.tolerance > 0) points = simplifyShared(ring, points, precision.tolerance, snap, arcs);
  const contained = bx0 >= clip.x0 && bx1 <= clip.x1 && by0 >= clip.y0 && by1 <= clip.y1;
  // Lines are culled, not cut: a whole line a little past the edge is harmless.
  if (!contained && ring.closed) points = clipPolygon(points, clip);
  let out = '';
  let count = 0;
  let fx = 0;
  let fy = 0;
  let lx = 0;
  let ly = 0;
  for (let i = 0; i < points.length; i += 2) {
    const x = toUnits(points[i]!);
    const y = toUnits(points[i + 1]!);
    if (count === 0) {
      out = `M${formatUnits(x, precision.decimals)} ${formatUnits(y, precision.decimals)}l`;
      fx = x;
      fy = y;
    } else {
      if (x === lx && y === ly) continue;
      // A closed ring's last vertex on its first adds nothing: `z` draws that side.
      if (ring.closed && i === points.length - 2 && x === fx && y === fy) continue;
      const dx = formatUnits(x - lx, precision.decimals);
      const dy = formatUnits(y - ly, precision.decimals);
      out += `${count === 1 || dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
    }
    lx = x;
    ly = y;
    count += 1;
  }
  if (count < (ring.closed ? 3 : 2)) return '';
  return ring.closed ? `${out}z` : out;
}

function pathOf(rings: readonly Ring[], t: PixelTransform, clip: Rect, minSize: number, precision: PathPrecision, arcs: ArcCache): string {
  let d = '';
  for (const ring of rings) d += ringPath(ring, t, clip, minSize, precision, arcs);
  return d;
}

export interface StaticRegionPath {
  id: string;
  depth: number;
  /** Empty when the region is outside the viewport. */
  d: string;
  strokeWidth: number;
  hatched: boolean;
}

export interface StaticMapPaths {
  width: number;
  height: number;
  /** The camera these paths were drawn for: hand it to MapLibre (`center`, `zoom`) to start at the same place. */
  view: View;
  /** Country polygons: fill for land, stroke for country lines (fill-rule nonzero). */
  land: string;
  /** Governorate outlines. */
  governorates: string;
  governorateWidth: number;
  countryWidth: number;
  /** Story regions, containers first: draw fills in this order so the most specific region is on top. */
  regions: StaticRegionPath[];
  figures: { cx: number; cy: number; r: number }[];
}

/** Beyond the viewport, so the straight edges clipping adds are never seen, even under a stroke. */
const CLIP_MARGIN = 4;
/** Rings smaller than this in both directions (px) are dropped: MapLibre draws them as at most a pixel. */
const MIN_RING_SIZE = 0.5;

function pathsFor(map: PreparedStaticMap, view: View, size: Size, t: PixelTransform, clip: Rect, precision: PathPrecision): StaticMapPaths {
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const govWidth = round3(STATIC_STYLE.governorateWidth(view.zoom));
  const arcs: ArcCache = new Map();
  return {
    width: size.width,
    height: size.height,
    view,
    land: pathOf(map.land, t, clip, MIN_RING_SIZE, precision, arcs),
    governorates: pathOf(map.governorates, t, clip, MIN_RING_SIZE, precision, arcs),
    governorateWidth: govWidth,
    countryWidth: round3(STATIC_STYLE.countryWidth(view.zoom)),
    regions: map.regions.map((r) => ({
      id: r.id,
      depth: r.depth,
      d: pathOf(r.rings, t, clip, MIN_RING_SIZE, precision, arcs),
      strokeWidth: round3(STATIC_STYLE.regionWidth(r.depth)),
      hatched: r.hatched,
    })),
    figures: map.figures
      .map((f) => ({ cx: round1(f.x * t.scale + t.tx), cy: round1(f.y * t.scale + t.ty), r: round1(f.radius) }))
      .filter((f) => f.cx + f.r >= clip.x0 && f.cx - f.r <= clip.x1 && f.cy + f.r >= clip.y0 && f.cy - f.r <= clip.y1),
  };
}

const cache = new WeakMap<object, PreparedStaticMap>();

function preparedOf(data: PreparedStaticMap | StaticMapGeodata): PreparedStaticMap {
  if ('prepared' in data) return data;
  const hit = cache.get(data);
  if (hit) return hit;
  const made = prepareStaticMap(data);
  cache.set(data, made);
  return made;
}

/**
 * Path strings for a container of `size` (CSS px, as MapLibre reads it: `Math.floor(clientWidth)`,
 * `Math.floor(clientHeight)`) showing `view`, in the container's own pixels (SVG `viewBox="0 0 W H"`).
 * A `{ bounds, padding }` view is fitted exactly as MapLibre's `bounds` + `fitBoundsOptions` would.
 * Pass a `prepareStaticMap` result (or the same input object again) to skip the projection.
 * `precision` (default PATH_PRECISION) sets the simplification tolerance and rounding of the path data.
 */
export function staticMapPaths(data: PreparedStaticMap | StaticMapGeodata, view: ViewSpec, size: Size, precision: PathPrecision = PATH_PRECISION): StaticMapPaths {
  const map = preparedOf(data);
  const camera = resolveView(view, size);
  const t = pixelTransform(camera, size);
  const clip = { x0: -CLIP_MARGIN, y0: -CLIP_MARGIN, x1: size.width + CLIP_MARGIN, y1: size.height + CLIP_MARGIN };
  return pathsFor(map, camera, size, t, clip, precision);
}

// ---------------------------------------------------------------- SVG string

export interface SvgOptions {
  /** The root's `aria-label` (the map's accessible name). */
  label: string;
  /** The palette written into the SVG's attributes (default light; `staticMapCss` adds the dark one). */
  palette?: Palette;
  /** Extra attributes on the root (already trusted names; values are escaped). */
  attributes?: Record<string, string>;
  /** Prefix for the hatch pattern id: make it unique when two static maps share a page. */
  idPrefix?: string;
  /** Extra class on the root, besides `isnad-static-map`. */
  className?: string;
  /** Stroke widths stay in CSS px when the SVG is scaled by CSS (default true). */
  nonScalingStroke?: boolean;
}

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** The hatch of style.ts `hatchImage(8, …)`: pixels where (x + y) % 8 < 2, as one path. */
function hatchTile(size: number): string {
  let d = '';
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) if ((x + y) % size < 2) d += `M${x} ${y}h1v1h-1z`;
  }
  return d;
}

interface Frame {
  viewBox: [number, number, number, number];
  preserveAspectRatio: string;
  /** A modifier class (`isnad-static-map--<fit>`) that staticMapCss lays out. */
  fit: 'px' | 'slice' | 'bounds';
  /** Where the sea rectangle goes (it must cover whatever is visible). */
  sea: [number, number, number, number];
  /** The SVG is scaled by CSS: draw figures as fixed-size dots. */
  fixedSizeFigures?: boolean;
}

function svgString(paths: StaticMapPaths, frame: Frame, options: SvgOptions): string {
  const p = options.palette ?? palettes.light;
  const prefix = (options.idPrefix ?? 'ism').replace(/[^A-Za-z0-9_-]/g, '') || 'ism';
  const hatchId = `${prefix}-hatch`;
  const scale = options.nonScalingStroke === false ? '' : ' vector-effect="non-scaling-stroke"';
  const rootClass = [STATIC_MAP_CLASS, `${STATIC_MAP_CLASS}--${frame.fit}`, options.className ?? ''].join(' ').trim();
  const extra = Object.entries(options.attributes ?? {})
    .filter(([name]) => /^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(name) && name.toLowerCase() !== 'style' && !/^on/i.test(name))
    .map(([name, value]) => attr(name, value))
    .join('');
  const hatched = paths.regions.filter((r) => r.hatched && r.d);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attr('viewBox', frame.viewBox.map(num).join(' '))}${attr('preserveAspectRatio', frame.preserveAspectRatio)}` +
      ` width="100%" height="100%"${frame.fit === 'bounds' ? ' overflow="visible"' : ''}${attr('class', rootClass)} role="img"${attr('aria-label', options.label)}${extra}>`,
  );
  if (hatched.length > 0) {
    const size = STATIC_STYLE.hatchSize;
    parts.push(
      `<defs><pattern id="${hatchId}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
        `<path class="ism-hatch-stripe"${attr('fill', p.hatch)} d="${hatchTile(size)}"/></pattern></defs>`,
    );
  }
  const [sx, sy, sw, sh] = frame.sea;
  parts.push(`<g class="ism-base" pointer-events="none"><rect class="ism-sea"${attr('fill', p.sea)} x="${num(sx)}" y="${num(sy)}" width="${num(sw)}" height="${num(sh)}"/>`);
  if (paths.land) parts.push(`<path class="ism-land"${attr('fill', p.land)} d="${paths.land}"/>`);
  if (paths.governorates) {
    parts.push(
      `<path class="ism-gov" fill="none"${attr('stroke', p.governorate)} stroke-width="${num(paths.governorateWidth)}"${scale} d="${paths.governorates}"/>`,
    );
  }
  if (paths.land) parts.push(`<path class="ism-border" fill="none"${attr('stroke', p.landStroke)} stroke-width="${num(paths.countryWidth)}"${scale} d="${paths.land}"/>`);
  parts.push(`</g><g class="ism-fills"${attr('fill', p.region)} fill-opacity="${STATIC_STYLE.regionFillOpacity}">`);
  for (const region of paths.regions) {
    if (region.d) parts.push(`<path${attr('data-region', region.id)} d="${region.d}"/>`);
  }
  parts.push('</g>');
  if (hatched.length > 0) {
    parts.push(`<g class="ism-hatch" fill="url(#${hatchId})" fill-opacity="${STATIC_STYLE.hatchOpacity}" pointer-events="none">`);
    for (const region of hatched) parts.push(`<path d="${region.d}"/>`);
    parts.push('</g>');
  }
  parts.push(`<g class="ism-lines" fill="none"${attr('stroke', p.regionStroke)} stroke-linejoin="round" pointer-events="none">`);
  for (const region of paths.regions) {
    if (region.d) parts.push(`<path stroke-width="${num(region.strokeWidth)}"${scale} d="${region.d}"/>`);
  }
  parts.push('</g>');
  if (paths.figures.length > 0 && frame.fixedSizeFigures) {
    // Scaled by CSS, a circle's radius would scale too, but MapLibre's stays in px. A zero-length line with
    // round caps and a non-scaling stroke is a dot of a fixed size: the stroke colour's dot, then the fill's.
    const dot = (f: StaticMapPaths['figures'][number], cls: string, colour: string, width: number, opacity: number) =>
      `<path class="${cls}"${attr('stroke', colour)} stroke-opacity="${opacity}" stroke-width="${num(width)}" vector-effect="non-scaling-stroke" d="M${num(f.cx)} ${num(f.cy)}h0"/>`;
    parts.push('<g class="ism-figures ism-dots" fill="none" stroke-linecap="round" pointer-events="none">');
    for (const f of paths.figures) {
      parts.push(dot(f, 'ism-dot-ring', p.killedStroke, 2 * (f.r + STATIC_STYLE.killedStrokeWidth), 1), dot(f, 'ism-dot', p.killed, 2 * f.r, STATIC_STYLE.killedOpacity));
    }
    parts.push('</g>');
  } else if (paths.figures.length > 0) {
    // MapLibre strokes a circle outside its radius: a stroke centred half a width further out covers the same ring.
    parts.push(
      `<g class="ism-figures"${attr('fill', p.killed)} fill-opacity="${STATIC_STYLE.killedOpacity}"${attr('stroke', p.killedStroke)} stroke-width="${STATIC_STYLE.killedStrokeWidth}" pointer-events="none">`,
    );
    for (const f of paths.figures) parts.push(`<circle cx="${num(f.cx)}" cy="${num(f.cy)}" r="${num(f.r + STATIC_STYLE.killedStrokeWidth / 2)}"${scale}/>`);
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * An SVG string for paths from `staticMapPaths`, `viewBox="0 0 W H"` (1:1 with the container's pixels).
 * For run time, e.g. `{@html}` into the map container before WebGL is ready.
 */
export function svgFromPaths(paths: StaticMapPaths, options: SvgOptions): string {
  const frame: Frame = {
    viewBox: [0, 0, paths.width, paths.height],
    preserveAspectRatio: 'xMidYMid slice',
    fit: 'px',
    sea: [-CLIP_MARGIN, -CLIP_MARGIN, paths.width + 2 * CLIP_MARGIN, paths.height + 2 * CLIP_MARGIN],
  };
  return svgString(paths, frame, options);
}

export interface RenderOptions extends StaticMapGeodata, SvgOptions {
  view: ViewSpec;
  /** The reference size the SVG is drawn at (CSS px). */
  size: Size;
  /**
   * How the SVG meets an unknown container size:
   * - 'slice' (default): `viewBox="0 0 W H"` + `preserveAspectRatio="xMidYMid slice"`, scaled to cover the
   *   container. Matches MapLibre exactly only at the reference size; elsewhere MapLibre's fit differs (story 1:
   *   within 3–11 px at 1024×768…1920×1080, but ~90 px at 800×300 and ~260 px at 390×700, where MapLibre is
   *   zoomed out by one level compared with the sliced SVG).
   * - 'bounds': for a `{ bounds, padding }` view: `viewBox` = the projected bounds, `xMidYMid meet`, and
   *   `staticMapCss({ padding })` insets the SVG by the same padding with `overflow: visible` (the container
   *   must clip). The browser's layout then does MapLibre's `fitBounds` for any container size, exactly: same
   *   scale (min over x and y), same center. Geometry is kept for container aspect ratios from 1:4 to 4:1.
   */
  fit?: 'slice' | 'bounds';
  /** Simplification and rounding of the path data, in reference-size px (default PATH_PRECISION). */
  precision?: PathPrecision;
}

/** The widest and tallest container aspect ratios (width / height) the 'bounds' fit draws geometry for. */
const FIT_ASPECT_RANGE = [1 / 4, 4] as const;

/** The whole static map as one SVG string, at a reference size: for build-time inlining. */
export function renderStaticMapSvg(options: RenderOptions): string {
  const map = prepareStaticMap(options);
  const fit = options.fit ?? 'slice';
  const precision = options.precision ?? PATH_PRECISION;
  if (fit === 'slice' || !('bounds' in options.view)) {
    const paths = staticMapPaths(map, options.view, options.size, precision);
    const frame: Frame = {
      viewBox: [0, 0, options.size.width, options.size.height],
      preserveAspectRatio: 'xMidYMid slice',
      fit: 'slice',
      fixedSizeFigures: true,
      sea: [-CLIP_MARGIN, -CLIP_MARGIN, options.size.width + 2 * CLIP_MARGIN, options.size.height + 2 * CLIP_MARGIN],
    };
    return svgString(paths, frame, options);
  }
  const { bounds } = options.view;
  const view = resolveView(options.view, options.size);
  const t = pixelTransform(view, options.size);
  const box = projectedBox(bounds, t);
  // What a container of the extreme aspect ratios shows around the bounds, plus 10 % for the padding.
  const [minAspect, maxAspect] = FIT_ASPECT_RANGE;
  const w = Math.max(box.w, box.h * maxAspect) * 1.1;
  const h = Math.max(box.h, box.w / minAspect) * 1.1;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const clip = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
  const paths = pathsFor(map, view, options.size, t, clip, precision);
  const frame: Frame = {
    viewBox: [box.x, box.y, box.w, box.h],
    preserveAspectRatio: 'xMidYMid meet',
    fit: 'bounds',
    // The sea reaches far past any container; the container clips it.
    sea: [cx - 50 * w, cy - 50 * h, 100 * w, 100 * h],
    fixedSizeFigures: true,
  };
  return svgString(paths, frame, options);
}

function projectedBox(bounds: Bounds, t: PixelTransform): { x: number; y: number; w: number; h: number } {
  const [[west, south], [east0, north]] = bounds;
  const east = west > east0 ? east0 + 360 : east0;
  const x0 = mercatorX(west) * t.scale + t.tx;
  const x1 = mercatorX(east) * t.scale + t.tx;
  const y0 = mercatorY(Math.max(south, north)) * t.scale + t.ty;
  const y1 = mercatorY(Math.min(south, north)) * t.scale + t.ty;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export type { Bounds, LngLat, Padding, Size, View, ViewSpec };
