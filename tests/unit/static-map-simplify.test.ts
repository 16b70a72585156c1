/**
 * The static map's path data: Douglas–Peucker in pixel space, whole-pixel rounding, shared borders kept
 * shared, and what that does to the first story's inlined drawing (accuracy, completeness, size).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatUnits, PATH_PRECISION, renderStaticMapSvg, simplify, staticMapPaths, type StaticMapGeodata } from '../../src/map/svg/svg';
import { MAP_PADDING, REFERENCE_SIZE, renderStaticMapHtml, storyDrawing } from '../../build/static-map-plugin';
import { FIRST_STORY, ROOT } from '../helpers/stories';

interface Jsdom {
  window: { document: Document };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (markup: string, options?: { contentType?: string }) => Jsdom };

type Point = [number, number];
interface ParsedRing {
  closed: boolean;
  points: Point[];
}

/** Absolute rings of the `M x y l dx dy … z` path data svg.ts writes (any number format SVG allows). */
function parsePath(d: string): ParsedRing[] {
  const tokens = d.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  const rings: ParsedRing[] = [];
  let ring: ParsedRing | null = null;
  let command = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      i += 1;
      if (command === 'z') {
        ring!.closed = true;
        [x, y] = ring!.points[0]!;
        ring = null;
      } else if (command !== 'M' && command !== 'l') throw new Error(`unexpected command ${command}`);
      continue;
    }
    const dx = Number(token);
    const dy = Number(tokens[i + 1]);
    i += 2;
    if (command === 'M') {
      [x, y] = [dx, dy];
      ring = { closed: false, points: [[x, y]] };
      rings.push(ring);
      command = ''; // svg.ts writes `l` before any further pair
    } else if (command === 'l') {
      x += dx;
      y += dy;
      ring!.points.push([x, y]);
    } else throw new Error(`numbers without a command in ${d.slice(0, 40)}`);
  }
  return rings;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

const segmentsOf = (rings: readonly ParsedRing[]): [Point, Point][] =>
  rings.flatMap(({ closed, points }) => {
    const segments = points.slice(1).map((p, i): [Point, Point] => [points[i]!, p]);
    if (closed && points.length > 1) segments.push([points[points.length - 1]!, points[0]!]);
    return points.length === 1 ? [[points[0]!, points[0]!] as [Point, Point]] : segments;
  });

/** The largest distance from any of `points` to the outline `rings` (0 for no points). */
function farthestFrom(points: readonly Point[], rings: readonly ParsedRing[]): { distance: number; at: Point | null } {
  const segments = segmentsOf(rings);
  let worst = { distance: 0, at: null as Point | null };
  for (const p of points) {
    let best = Infinity;
    for (const [a, b] of segments) {
      const d = distanceToSegment(p, a, b);
      if (d < best) best = d;
      if (best <= worst.distance) break;
    }
    if (best > worst.distance) worst = { distance: best, at: p };
  }
  return worst;
}

const pairs = (flat: readonly number[]): Point[] => Array.from({ length: flat.length / 2 }, (_, i) => [flat[i * 2]!, flat[i * 2 + 1]!]);

describe('parsePath (the test’s own reader of the path data)', () => {
  it.each([
    { d: 'M10 20l5-3 2 7z', expected: [{ closed: true, points: [[10, 20], [15, 17], [17, 24]] }] },
    { d: 'M1.5 .5l-.5-.5 1 0', expected: [{ closed: false, points: [[1.5, 0.5], [1, 0], [2, 0]] }] },
    { d: 'M0 0l1 0 0 1zM5 5l-1-1', expected: [{ closed: true, points: [[0, 0], [1, 0], [1, 1]] }, { closed: false, points: [[5, 5], [4, 4]] }] },
  ])('$d', ({ d, expected }) => {
    expect(parsePath(d)).toEqual(expected);
  });
});

describe('formatUnits: the shortest SVG number for a rounded coordinate', () => {
  it.each([
    [7, 0, '7'],
    [-10, 0, '-10'],
    [0, 0, '0'],
    [0, 1, '0'],
    [12, 1, '1.2'],
    [-3, 1, '-.3'],
    [40, 1, '4'],
    [-1205, 3, '-1.205'],
    [5, 3, '.005'],
    [1000, 3, '1'],
    [1230, 3, '1.23'],
  ])('%d × 10^-%d → %s', (units, decimals, expected) => {
    expect(formatUnits(units, decimals)).toBe(expected);
  });
});

describe('simplify: Douglas–Peucker in pixel space', () => {
  it.each([
    { name: 'drops collinear points of a line', points: [0, 0, 1, 0, 2, 0, 3, 0, 10, 0], closed: false, expected: [0, 0, 10, 0] },
    { name: 'drops points within the tolerance', points: [0, 0, 3, 0.3, 5, -0.45, 7, 0.2, 10, 0], closed: false, expected: [0, 0, 10, 0] },
    { name: 'keeps a spike just above the tolerance, not its foot', points: [0, 0, 4, 0, 5, 0.6, 6, 0, 10, 0], closed: false, expected: [0, 0, 5, 0.6, 10, 0] },
    { name: 'keeps a tall spike and its foot', points: [0, 0, 4, 0, 5, 3, 6, 0, 10, 0], closed: false, expected: [0, 0, 4, 0, 5, 3, 6, 0, 10, 0] },
    { name: 'keeps both ends of a line', points: [0, 0.1, 5, 0, 10, 0.1], closed: false, expected: [0, 0.1, 10, 0.1] },
    { name: 'leaves a two-point line alone', points: [0, 0, 0.1, 0], closed: false, expected: [0, 0, 0.1, 0] },
    {
      name: 'keeps a square’s corners (from its first point) and drops its edges’ midpoints',
      points: [0, 0, 5, 0, 10, 0, 10, 5, 10, 10, 5, 10, 0, 10, 0, 5],
      closed: true,
      expected: [0, 0, 10, 0, 10, 10, 0, 10],
    },
    {
      name: 'keeps the first point of a ring even where it is a midpoint',
      points: [5, 0, 10, 0, 10, 10, 0, 10, 0, 0],
      closed: true,
      expected: [5, 0, 10, 0, 10, 10, 0, 10, 0, 0],
    },
    {
      name: 'keeps four vertices of a ring thinner than the tolerance',
      points: [0, 0, 3, 0.1, 6, 0.2, 10, 0, 6, -0.2, 3, -0.1],
      closed: true,
      expected: [0, 0, 6, 0.2, 10, 0, 6, -0.2],
    },
    { name: 'leaves a triangle alone', points: [0, 0, 10, 0, 5, 0.1], closed: true, expected: [0, 0, 10, 0, 5, 0.1] },
    { name: 'without rounding, a bump of 0.49 px is dropped', points: [0, 0.49, 5, 0.98, 10, 0.49], closed: false, expected: [0, 0.49, 10, 0.49] },
    {
      name: 'with rounding, the same bump is kept: the rounded segment is 0.98 px from it',
      points: [0, 0.49, 5, 0.98, 10, 0.49],
      closed: false,
      snap: Math.round,
      expected: [0, 0.49, 5, 0.98, 10, 0.49],
    },
  ])('$name', ({ points, closed, snap, expected }) => {
    expect(simplify(points, closed, 0.5, snap)).toEqual(expected);
  });

  /** A seeded random walk (mulberry32), so a failure reproduces. */
  function walk(seed: number, n: number, step: number): number[] {
    let s = seed;
    const random = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const out = [100, 100];
    for (let i = 1; i < n; i += 1) out.push(out[i * 2 - 2]! + (random() - 0.5) * step, out[i * 2 - 1]! + (random() - 0.3) * step);
    return out;
  }

  it.each([
    { seed: 1, closed: false, step: 1 },
    { seed: 2, closed: true, step: 1 },
    { seed: 3, closed: false, step: 4 },
    { seed: 4, closed: true, step: 0.3 },
  ])('seed $seed (closed $closed, step $step): every dropped vertex lies within 0.5 px of the rounded outline', ({ seed, closed, step }) => {
    const points = walk(seed, 400, step);
    const kept = simplify(points, closed, 0.5, Math.round);
    expect(kept.length).toBeLessThan(points.length);
    // Kept vertices are original vertices, in order, starting with the first.
    const original = pairs(points).map((p) => p.join());
    const indices = pairs(kept).map((p) => original.indexOf(p.join()));
    expect(indices[0]).toBe(0);
    expect(indices.every((index, i) => index >= 0 && (i === 0 || index > indices[i - 1]!))).toBe(true);
    if (!closed) expect(indices.at(-1)).toBe(points.length / 2 - 1);
    // Each dropped vertex against the rounded segment between the kept vertices around it.
    const rounded = pairs(kept).map(([x, y]): Point => [Math.round(x), Math.round(y)]);
    const all = pairs(points);
    for (let k = 0; k < indices.length; k += 1) {
      const end = k + 1 < indices.length ? indices[k + 1]! : closed ? all.length : indices[k]!;
      const b = rounded[(k + 1) % rounded.length]!;
      for (let i = indices[k]! + 1; i < end; i += 1) expect(distanceToSegment(all[i]!, rounded[k]!, b)).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });
});

describe('shared borders stay shared', () => {
  // Two countries meeting along a wiggly border (±0.001° ≈ 0.7 px at zoom 9): some wiggles are kept, some not.
  const border: [number, number][] = Array.from({ length: 41 }, (_, i) => [36 + 0.001 * Math.sin(i * 1.3), 35 + i / 40]);
  // Starting halfway up the border, so on its own its first split is there, unlike its neighbour's.
  const west = [...border.slice(20), [35.5, 36], [35.5, 35], ...border.slice(0, 21)];
  const east = [[36.5, 35.6], [36.5, 36], ...[...border].reverse(), [36.5, 35], [36.5, 35.6]];
  const country = (id: string, ring: number[][]) => ({ type: 'Feature' as const, properties: { id, layer: 'country' }, geometry: { type: 'Polygon' as const, coordinates: [ring] } });
  const data: StaticMapGeodata = {
    regions: { type: 'FeatureCollection', features: [] },
    context: { type: 'FeatureCollection', features: [country('west', west), country('east', east)] },
    storyRegionIds: [],
  };
  const view = { center: [36, 35.5] as const, zoom: 9 };
  const size = { width: 800, height: 1000 };

  it('both countries draw the same vertices along their border', () => {
    const [a, b] = parsePath(staticMapPaths(data, view, size).land);
    const borderX = size.width / 2; // the view is centred on the border's longitude
    const onBorder = (ring: ParsedRing) =>
      ring.points
        .filter(([x]) => Math.abs(x - borderX) < 3)
        .map((p) => p.join())
        .sort();
    expect(onBorder(a!).length).toBeGreaterThan(2);
    expect(onBorder(a!).length).toBeLessThan(border.length);
    expect(onBorder(a!)).toEqual(onBorder(b!));
  });

  it('each one alone would be simplified differently (so the test above can fail)', () => {
    const alone = (feature: (typeof data.context.features)[number]) =>
      parsePath(staticMapPaths({ ...data, context: { type: 'FeatureCollection', features: [feature] } }, view, size).land)[0]!;
    const [west1, east1] = data.context.features as [(typeof data.context.features)[number], (typeof data.context.features)[number]];
    const borderX = size.width / 2;
    const onBorder = (ring: ParsedRing) =>
      ring.points
        .filter(([x]) => Math.abs(x - borderX) < 3)
        .map((p) => p.join())
        .sort();
    expect(onBorder(alone(west1))).not.toEqual(onBorder(alone(east1)));
  });
});

const firstStoryLayers = (await storyDrawing(FIRST_STORY, JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8')) as FeatureCollection))!.layers;
const firstStoryImage = await renderStaticMapHtml(FIRST_STORY, join(ROOT, 'geodata'), { fit: 'bounds', as: 'image' });

describe('the first story’s drawing', () => {
  const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
  const regions = read<FeatureCollection>(join(ROOT, 'geodata/regions.geojson'));
  const context = read<FeatureCollection>(join(ROOT, 'geodata/context.geojson'));
  const story = read<{ regions: string[]; view: { center: [number, number]; zoom: number; bounds: [[number, number], [number, number]] } }>(join(FIRST_STORY, 'story.json'));
  const options = {
    regions,
    context,
    ...firstStoryLayers,
    view: { bounds: story.view.bounds, padding: MAP_PADDING },
    size: REFERENCE_SIZE,
    fit: 'bounds' as const,
    label: 'Map',
  };
  const drawn = renderStaticMapSvg(options);
  const exact = renderStaticMapSvg({ ...options, precision: { tolerance: 0, decimals: 6 } });

  /** Geometry by layer: `land`, `gov` and each region id. */
  const layers = (svg: string) => {
    const out = new Map<string, ParsedRing[]>();
    for (const m of svg.matchAll(/<path (?:class="ism-(land|gov)"|data-region="([^"]+)")[^>]*? d="([^"]*)"/g)) out.set(m[1] ?? m[2]!, parsePath(m[3]!));
    return out;
  };
  const drawnLayers = layers(drawn);
  const exactLayers = layers(exact);
  const vertices = (rings: readonly ParsedRing[]) => rings.flatMap((r) => r.points);

  // What a container from 1:4 to 4:1 shows of the drawing: the geometry is clipped 10 % beyond it.
  const [bx, by, bw, bh] = /viewBox="([^"]+)"/.exec(drawn)![1]!.split(' ').map(Number) as [number, number, number, number];
  const [cx, cy, halfW, halfH] = [bx + bw / 2, by + bh / 2, (Math.max(bw, 4 * bh) / 2) * 1.05, (Math.max(bh, 4 * bw) / 2) * 1.05];
  const shown = ([x, y]: Point) => Math.abs(x - cx) <= halfW && Math.abs(y - cy) <= halfH;

  it('draws the same layers as the exact projection', () => {
    expect([...drawnLayers.keys()]).toEqual(['land', 'gov', ...['syria', 'turkey', 'europe', 'northern-syria', 'idlib']]);
    expect([...exactLayers.keys()]).toEqual([...drawnLayers.keys()]);
  });

  it.each(['land', 'gov', 'syria', 'turkey', 'europe', 'northern-syria', 'idlib'])('%s: within 0.75 px of the exact projection both ways, dropped vertices within the tolerance', (layer) => {
    const simplified = drawnLayers.get(layer)!;
    const reference = exactLayers.get(layer)!;
    const drawnPoints = vertices(simplified).filter(shown);
    const exactPoints = vertices(reference).filter(shown);
    expect(drawnPoints.length).toBeGreaterThan(0);
    expect(drawnPoints.length).toBeLessThan(exactPoints.length);
    // Every drawn vertex is an exact vertex rounded to the pixel: ≤ √0.5 ≈ 0.71 px from the exact outline.
    const out = farthestFrom(drawnPoints, reference);
    expect(out.distance, `drawn vertex ${out.at} off the exact outline`).toBeLessThanOrEqual(0.75);
    // Every exact vertex is near the drawn outline: a kept one is its own drawn vertex, rounded (≤ 0.71 px);
    // a dropped one is within the simplification tolerance of the drawn (rounded) segments.
    const drawnSet = new Set(vertices(simplified).map((p) => p.join()));
    const isKept = ([x, y]: Point) => drawnSet.has(`${Math.round(x)},${Math.round(y)}`);
    const back = farthestFrom(exactPoints, simplified);
    expect(back.distance, `exact vertex ${back.at} off the drawn outline`).toBeLessThanOrEqual(0.75);
    const dropped = exactPoints.filter((p) => !isKept(p));
    expect(dropped.length).toBeGreaterThan(0);
    const backDropped = farthestFrom(dropped, simplified);
    expect(backDropped.distance, `dropped vertex ${backDropped.at} off the drawn outline`).toBeLessThanOrEqual(PATH_PRECISION.tolerance + 1e-9);
  });

  // The story regions are made of the basemap's borders: where a region and the basemap share a border, both
  // must keep the same vertices of it (one line, not two). Drawn at 1e-6 px, so each vertex keeps its identity.
  const fine = layers(renderStaticMapSvg({ ...options, precision: { tolerance: PATH_PRECISION.tolerance, decimals: 6 } }));
  const keys = (rings: readonly ParsedRing[]) => new Set(vertices(rings).map(([x, y]) => `${Math.round(x * 1e6)},${Math.round(y * 1e6)}`));

  it.each([
    { region: 'syria', layers: ['land'] },
    { region: 'turkey', layers: ['land'] },
    { region: 'idlib', layers: ['gov'] },
    { region: 'northern-syria', layers: ['land', 'gov'] },
  ])('$region keeps the same vertices as $layers along their shared borders', ({ region, layers: names }) => {
    const outline = keys(exactLayers.get(region)!);
    const own = keys(fine.get(region)!);
    const base = keys(names.flatMap((name) => fine.get(name)!));
    expect(own.size).toBeGreaterThan(3);
    expect(own.size).toBeLessThan(outline.size);
    // Kept by the region but dropped by the basemap, or the other way round.
    expect([...own].filter((k) => !base.has(k))).toEqual([]);
    expect([...base].filter((k) => outline.has(k) && !own.has(k))).toEqual([]);
  });

  const html = firstStoryImage;
  const image = decodeURIComponent(/src="data:image\/svg\+xml,([^"]*)"/.exec(html)![1]!);
  const doc = new JSDOM(image, { contentType: 'image/svg+xml' }).window.document;

  it.each(story.regions)('the inlined image still draws the region %s', (id) => {
    const path = doc.querySelector(`.ism-fills path[data-region="${id}"]`);
    expect(path).not.toBeNull();
    const rings = parsePath(path!.getAttribute('d')!);
    expect(rings.some((r) => r.closed && r.points.length >= 3)).toBe(true);
  });

  it('keeps the inlined markup within its size budget', () => {
    const gzipped = gzipSync(html, { level: 9 }).length;
    // 12 895 B gzipped (76 KB raw) with every vertex at 0.1 px; 7 552 B (41 KB) at PATH_PRECISION. The geodata is
    // already coarse at this scale (median edge 6.5 px), so half a pixel drops only ~12 % of the vertices; most of
    // the gain is the whole-pixel rounding. 6 000 B would take a tolerance above 1 px or less geometry beyond
    // what the reference view shows (the 'bounds' fit draws enough for 1:4 to 4:1 containers).
    // The regions' names (svg/labels.ts: two languages, placed for the reference size and for a narrow map)
    // add ~610 B gzipped (4.5 KB raw).
    expect(gzipped).toBeLessThan(8_400);
    expect(html.length).toBeLessThan(47_500);
  });
});
