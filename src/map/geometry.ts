/** Small geometry helpers the app needs at run time (turf stays in build scripts and tests). */
import type { Geometry, Position } from 'geojson';

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** [west, south, east, north] of a geometry. */
export function boundsOf(geometry: Geometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions(geometry)) {
    w = Math.min(w, lon!);
    e = Math.max(e, lon!);
    s = Math.min(s, lat!);
    n = Math.max(n, lat!);
  }
  return [w, s, e, n];
}
