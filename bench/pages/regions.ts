/**
 * The regions both reference pages draw (fixtures, not part of the app), and
 * which region answers a click where regions nest (idlib ⊂ northern-syria ⊂ syria).
 */
import type { Feature, FeatureCollection } from 'geojson';
import regionsText from '../../geodata/regions.geojson?raw';

const parsed = JSON.parse(regionsText) as FeatureCollection;
const idOf = (f: Feature) => String(f.properties?.['id']);
const parentOf = new Map(parsed.features.map((f) => [idOf(f), f.properties?.['parent'] as string | null]));

function depth(id: string): number {
  let d = 0;
  for (let p = parentOf.get(id); p; p = parentOf.get(p)) d += 1;
  return d;
}

/**
 * The regions, parents before their children: drawn in this order, the most
 * specific region is on top, so it is the SVG shape a click hits (Leaflet).
 */
export const regions: FeatureCollection = { ...parsed, features: [...parsed.features].sort((a, b) => depth(idOf(a)) - depth(idOf(b))) };

/** Of the regions under a click, the one no other of them contains (MapLibre lists every layer feature under the point). */
export function mostSpecific(ids: string[]): string | undefined {
  return [...ids].sort((a, b) => depth(b) - depth(a))[0];
}

/** A popup's content: the region's name, tagged with its id so the benchmark can tell whose popup it is. */
export function popupContent(feature: Feature): HTMLElement {
  const span = document.createElement('span');
  span.dataset['region'] = idOf(feature);
  span.textContent = String(feature.properties?.['name_ar'] ?? idOf(feature));
  return span;
}
