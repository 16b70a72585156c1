/**
 * Path geometry in pixels: clipping to the visible rectangle and Douglas–Peucker
 * simplification measured against the rounded segments actually written.
 */
export interface Rect {
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

export function clipPolygon(points: number[], r: Rect): number[] {
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

export type Snap = (v: number) => number;
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
export function douglasPeucker(points: readonly number[], n: number, a: number, b: number, tolerance: number, snap: Snap, keep: Uint8Array): void {
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
export function keepAtLeast(points: readonly number[], n: number, keep: Uint8Array, snap: Snap): void {
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

export const keptPoints = (points: readonly number[], keep: Uint8Array): number[] => {
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
