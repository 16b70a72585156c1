/**
 * A story's own geodata (public/stories/<id>/regions.geojson) is one
 * FeatureCollection: the regions facts sit on (with `level`), then the basemap
 * context (with `layer: 'country' | 'governorate'`). The map draws them as two
 * collections, the same two the shared geodata/ folder holds as two files.
 */
import type { Feature, FeatureCollection } from 'geojson';

/** The story geodata file's name inside a story folder. */
export const STORY_GEODATA_FILE = 'regions.geojson';

export const isContextFeature = (f: Feature): boolean => typeof (f.properties as { layer?: unknown } | null)?.layer === 'string';

/** The story file split as the app draws it: the regions facts sit on, and the basemap context; file order kept. */
export function splitStoryGeodata(collection: FeatureCollection): { regions: FeatureCollection; context: FeatureCollection } {
  return {
    regions: { type: 'FeatureCollection', features: collection.features.filter((f) => !isContextFeature(f)) },
    context: { type: 'FeatureCollection', features: collection.features.filter(isContextFeature) },
  };
}
