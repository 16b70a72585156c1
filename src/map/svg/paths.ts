/**
 * Path `d` strings for one view and size: each ring projected, clipped, simplified
 * (shared borders once) and written in whole pixels.
 */
import { atZoom, PAINT } from '../../map-model/paint';
import { pixelTransform, resolveView, type PixelTransform, type Size, type View, type ViewSpec } from './projection';
import { prepareStaticMap, type PreparedStaticMap, type Ring, type StaticMapGeodata } from './prepare';
import { clipPolygon, douglasPeucker, formatUnits, keepAtLeast, keptPoints, PATH_PRECISION, simplify, type PathPrecision, type Rect, type Snap } from './simplify';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

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
  moved: boolean;
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
export const CLIP_MARGIN = 4;
/** Rings smaller than this in both directions (px) are dropped: MapLibre draws them as at most a pixel. */
const MIN_RING_SIZE = 0.5;

export function pathsFor(map: PreparedStaticMap, view: View, size: Size, t: PixelTransform, clip: Rect, precision: PathPrecision): StaticMapPaths {
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const govWidth = round3(atZoom(PAINT.governorateWidth, view.zoom));
  const arcs: ArcCache = new Map();
  return {
    width: size.width,
    height: size.height,
    view,
    land: pathOf(map.land, t, clip, MIN_RING_SIZE, precision, arcs),
    governorates: pathOf(map.governorates, t, clip, MIN_RING_SIZE, precision, arcs),
    governorateWidth: govWidth,
    countryWidth: round3(atZoom(PAINT.countryWidth, view.zoom)),
    regions: map.regions.map((r) => ({
      id: r.id,
      depth: r.depth,
      d: pathOf(r.rings, t, clip, MIN_RING_SIZE, precision, arcs),
      strokeWidth: round3(PAINT.regionWidth(r.depth)),
      hatched: r.hatched,
      moved: r.moved,
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

