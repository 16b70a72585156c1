/**
 * story.json's `view` (centre, zoom and the bounds small screens keep), fitted
 * to the story's regions, and kept fitted as regions come and go in the
 * studio. Pure, and shared with the scaffold (authoring/regions fittedView),
 * so a fitted view is recognised as one by the studio.
 *
 * A view is "by hand" when it is not the fit of the regions it was made for
 * (the first story's, typed by its editors): it is never moved.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { StoryFile } from '../model/schema';

export type StoryView = StoryFile['view'];
export type Box = [west: number, south: number, east: number, north: number];

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      return visit(geometry.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.forEach(visit);
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.forEach((line) => line.forEach(visit));
    case 'MultiPolygon':
      return geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
    case 'GeometryCollection':
      return geometry.geometries.forEach((g) => eachPosition(g, visit));
  }
}

/** The bounding box of features, as turf.bbox gives it; null for none. */
export function boxOf(features: readonly Feature[]): Box | null {
  let box: Box | null = null;
  for (const feature of features) {
    eachPosition(feature.geometry, ([x, y]) => {
      if (x === undefined || y === undefined) return;
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    });
  }
  return box;
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const clampLat = (v: number) => Math.max(-85, Math.min(85, v));
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (clampLat(lat) * Math.PI) / 360));

/** The view that fits a box: centre, zoom for a ~640×480 map (a little out), and the bounds small screens keep. */
export function viewForBox([w, s, e, n]: Box): Required<StoryView> {
  const zx = Math.log2((640 * 360) / (512 * Math.max(e - w, 0.01)));
  const zy = Math.log2((480 * 2 * Math.PI) / (512 * Math.max(mercY(n) - mercY(s), 0.0002)));
  const zoom = Math.round(Math.max(0, Math.min(12, Math.min(zx, zy) - 0.4)) * 10) / 10;
  return { center: [round4((w + e) / 2), round4(clampLat((s + n) / 2))], zoom, bounds: [[round4(w), round4(clampLat(s))], [round4(e), round4(clampLat(n))]] };
}

/** The features of the given region ids (a feature's own id, else properties.id). */
export function regionFeatures(collection: FeatureCollection, ids: readonly string[]): Feature[] {
  const wanted = new Set(ids);
  return collection.features.filter((f) => {
    const id = f.id ?? f.properties?.['id'];
    return id !== undefined && id !== null && wanted.has(String(id)) && f.properties?.['layer'] === undefined;
  });
}

/** The fitted view of some of a collection's regions; null when none of them has a shape there. */
export function fittedStoryView(collection: FeatureCollection, ids: readonly string[]): Required<StoryView> | null {
  const box = boxOf(regionFeatures(collection, ids));
  return box ? viewForBox(box) : null;
}

const sameView = (a: StoryView, b: StoryView) => JSON.stringify([a.center, a.zoom, a.bounds ?? null]) === JSON.stringify([b.center, b.zoom, b.bounds ?? null]);

/**
 * story.json after its regions changed from `before` to `story.regions`: the
 * view follows them when it was the fit of `before` (as the scaffold and the
 * studio write it), and stays as it is when it was set by hand, when the
 * regions' shapes are not in the collection, or when nothing changed.
 */
export function followRegions(story: StoryFile, before: readonly string[], collection: FeatureCollection | null): StoryFile {
  if (!collection) return story;
  const was = fittedStoryView(collection, before);
  if (!was || !sameView(was, story.view)) return story;
  const next = fittedStoryView(collection, story.regions);
  if (!next || sameView(next, story.view)) return story;
  return { ...story, view: next };
}
