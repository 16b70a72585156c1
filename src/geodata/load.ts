/**
 * The geometry, loaded when something draws with it: the WebGL map, a drawing
 * made at run time, the GeoJSON export. Never on the path to the first answer:
 * the build's drawing is in the page, and the model needs only the regions'
 * properties (`virtual:isnad-region-index`).
 *
 * A story with its own geodata (public/stories/<id>/regions.geojson) gets its
 * regions and geometry from it, on a chunk of its own; any other story, the
 * shared geodata/ files.
 */
import type { FeatureCollection } from 'geojson';
import { regionProperties, storyGeodata, storyRegionProperties } from 'virtual:isnad-region-index';
import type { RegionProperties } from '../model/regions';

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

/** The shared geodata, fetched and decoded once per page. */
export function loadGeodata(): Promise<Geodata> {
  pending ??= Promise.all([import('virtual:isnad-geodata'), import('../../geodata/places.json')]).then(([shapes, places]) => ({
    regions: shapes.regions,
    context: shapes.context,
    places: places.default as Place[],
  }));
  return pending;
}

/** The regions' properties a story's facts are joined to: its own, else the shared ones. */
export function regionPropertiesFor(storyId: string): readonly RegionProperties[] {
  return Object.hasOwn(storyRegionProperties, storyId) ? storyRegionProperties[storyId]! : regionProperties;
}

/** The geometry loader for a story: its own geodata's chunk, else the shared one. Each loads once per page. */
export function geodataLoaderFor(storyId: string): () => Promise<Geodata> {
  const load = Object.hasOwn(storyGeodata, storyId) ? storyGeodata[storyId] : undefined;
  if (!load) return loadGeodata;
  let own: Promise<Geodata> | null = null;
  return () => {
    own ??= Promise.all([load(), import('../../geodata/places.json')]).then(([shapes, places]) => ({
      regions: shapes.regions,
      context: shapes.context,
      places: places.default as Place[],
    }));
    return own;
  };
}
