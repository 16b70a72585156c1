/**
 * Map interactions, each attached by one function that returns its teardown.
 * https://maplibre.org/maplibre-gl-js/docs/examples/hover-styles/
 * https://maplibre.org/maplibre-gl-js/docs/examples/popup-on-click/
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import { REGION_FILL_LAYER, SOURCES } from './style';

export type Teardown = () => void;

/** The most specific region under the pointer: the one drawn on top. */
export function topRegion(features: readonly MapGeoJSONFeature[] | undefined, depthOf: (id: string) => number): string | null {
  let best: string | null = null;
  let bestDepth = -1;
  for (const feature of features ?? []) {
    const id = feature.properties?.['id'];
    if (typeof id !== 'string') continue;
    const depth = depthOf(id);
    if (depth > bestDepth) {
      best = id;
      bestDepth = depth;
    }
  }
  return best;
}

/** Calls `onHover` with the region under the pointer (or null) and sets the pointer cursor. */
export function hoverRegions(map: MapLibreMap, depthOf: (id: string) => number, onHover: (id: string | null) => void): Teardown {
  let current: string | null = null;
  const set = (id: string | null) => {
    if (id === current) return;
    current = id;
    map.getCanvas().style.cursor = id === null ? '' : 'pointer';
    onHover(id);
  };
  const move = (event: MapLayerMouseEvent) => set(topRegion(event.features, depthOf));
  const leave = () => set(null);
  map.on('mousemove', REGION_FILL_LAYER, move);
  map.on('mouseleave', REGION_FILL_LAYER, leave);
  return () => {
    map.off('mousemove', REGION_FILL_LAYER, move);
    map.off('mouseleave', REGION_FILL_LAYER, leave);
  };
}

export function clickRegions(map: MapLibreMap, depthOf: (id: string) => number, onClick: (id: string) => void): Teardown {
  const click = (event: MapLayerMouseEvent) => {
    const id = topRegion(event.features, depthOf);
    if (id !== null) onClick(id);
  };
  map.on('click', REGION_FILL_LAYER, click);
  return () => map.off('click', REGION_FILL_LAYER, click);
}

/** Keeps one feature-state flag on exactly one region (or none). Compares with null: id 0 is a real id. */
export function regionFlag(map: MapLibreMap, key: 'hover' | 'selected', id: string | null): Teardown {
  if (id === null) return () => {};
  map.setFeatureState({ source: SOURCES.regions, id }, { [key]: true });
  return () => {
    // The style may be gone when the map is removed first.
    if (map.getSource(SOURCES.regions)) map.setFeatureState({ source: SOURCES.regions, id }, { [key]: false });
  };
}
