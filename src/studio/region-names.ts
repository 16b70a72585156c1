/**
 * The regions a story can place a fact in, with their names, from the story's
 * own geodata (public/stories/<id>/regions.geojson), else the committed geodata.
 */
import type { FeatureCollection } from 'geojson';
import { isContextFeature } from '../geodata/split';
import type { PlaceName } from './article-marks';

/** Each region's id (the feature's own, else properties.id) with its names; the context (neighbours, divisions) is not a place for facts. */
export function placeNames(collection: FeatureCollection | null): PlaceName[] {
  return (collection?.features ?? []).flatMap((feature) => {
    if (isContextFeature(feature)) return [];
    const p = feature.properties ?? {};
    const id = feature.id ?? p['id'];
    if (id === undefined || id === null) return [];
    return [{ id: String(id), name_ar: String(p['name_ar'] ?? id), name_en: String(p['name_en'] ?? id) }];
  });
}

/** The feature collection with each feature's id in `properties.id` too (MapLibre's filters and promoteId read it there). */
export function withPropertyIds(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, id: String(feature.id ?? feature.properties?.['id']) } })),
  };
}
