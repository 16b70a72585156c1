/**
 * The geometry, loaded when something draws with it: the WebGL map, a drawing
 * made at run time, the GeoJSON export. Never on the path to the first answer:
 * the build's drawing is in the page, and the model needs only the regions'
 * properties (`virtual:isnad-region-index`).
 */
import type { FeatureCollection } from 'geojson';

/** A city of the gazetteer (geodata/places.json), labelled on the WebGL map. */
export interface Place {
  id: string;
  name_ar: string;
  name_en: string;
  lon: number;
  lat: number;
  kind: 'city' | 'capital';
}

export interface Geodata {
  regions: FeatureCollection;
  context: FeatureCollection;
  places: readonly Place[];
}

let pending: Promise<Geodata> | null = null;

/** The geodata, fetched and decoded once per page. */
export function loadGeodata(): Promise<Geodata> {
  pending ??= Promise.all([import('virtual:isnad-geodata'), import('../../geodata/places.json')]).then(([shapes, places]) => ({
    regions: shapes.regions,
    context: shapes.context,
    places: places.default as Place[],
  }));
  return pending;
}
