/**
 * A label point: the pole of inaccessibility of a shape's largest polygon (the
 * interior point farthest from its edges), as scripts/geodata.ts computes it
 * for the first story's regions; a grid search, coarse to fine.
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import type { Shape } from './world';

const DECIMALS = 4;
const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

export function labelPoint(shape: Shape): [number, number] {
  // A label needs no coastline detail: rings are thinned to at most MAX_RING_POINTS for the search.
  const polygon = largestPolygon(shape).map(thin);
  const [x, y] = poleOfInaccessibility(polygon).map(round) as [number, number];
  if (turf.booleanPointInPolygon([x, y], shape)) return [x, y];
  const [px, py] = turf.pointOnFeature(shape).geometry.coordinates.map(round) as [number, number];
  return [px, py];
}

const MAX_RING_POINTS = 400;

function thin(ring: Position[]): Position[] {
  if (ring.length <= MAX_RING_POINTS) return ring;
  const step = Math.ceil(ring.length / MAX_RING_POINTS);
  const kept = ring.filter((_, i) => i % step === 0);
  kept.push(ring[ring.length - 1]!);
  return kept;
}

function largestPolygon(shape: Shape): Position[][] {
  if (shape.type === 'Polygon') return shape.coordinates;
  let best: Position[][] = shape.coordinates[0] ?? [];
  let bestArea = -1;
  for (const polygon of shape.coordinates) {
    const area = ringArea(polygon[0] ?? []);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/** Planar area of a ring in degrees², longitude shrunk by cos(latitude): enough to rank a shape's polygons. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    sum += (x0 * y1 - x1 * y0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  }
  return Math.abs(sum) / 2;
}

function poleOfInaccessibility(polygon: Position[][]): Position {
  const [west, south, east, north] = turf.bbox(turf.polygon(polygon));
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const steps = 12;
  let centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  let half: [number, number] = [(east - west) / 2, (north - south) / 2];
  for (let pass = 0; pass < 5; pass++) {
    let best = { point: centre, distance: -Infinity };
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const point: [number, number] = [centre[0] + half[0] * ((2 * i) / steps - 1), centre[1] + half[1] * ((2 * j) / steps - 1)];
        const distance = signedDistance(point, polygon, xScale);
        if (distance > best.distance) best = { point, distance };
      }
    }
    centre = best.point;
    half = [(half[0] * 2) / steps, (half[1] * 2) / steps];
  }
  return centre;
}

function signedDistance([x, y]: [number, number], polygon: Position[][], xScale: number): number {
  let inside = false;
  let nearest = Infinity;
  const [px, py] = [x * xScale, y];
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [ring[i - 1]![0]! * xScale, ring[i - 1]![1]!];
      const [bx, by] = [ring[i]![0]! * xScale, ring[i]![1]!];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
    }
  }
  return inside ? nearest : -nearest;
}
