/**
 * Place and region labels as HTML markers: Arabic is shaped by the browser
 * (we ship no glyphs), and labels never take clicks meant for the map.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../model/format';
import type { Teardown } from './interactions';

export type { Place } from '../geodata/load';

export interface Label {
  id: string;
  name: { ar: string; en: string };
  at: [number, number];
  kind: 'city' | 'capital' | 'region';
  /** Pixels to push a region label below a figure circle drawn on the same point. */
  below?: number;
  /** A region's level (admin1, group, country, continent): small ones hide when zoomed far out. */
  level?: string;
}

export function labelElement(label: Label, lang: Lang): HTMLElement {
  const element = document.createElement('div');
  element.className = `map-label map-label--${label.kind}${label.level ? ` map-label--level-${label.level}` : ''}`;
  element.setAttribute('aria-hidden', 'true');
  element.dataset['label'] = label.id;
  const primary = document.createElement('span');
  primary.className = 'map-label__primary';
  primary.lang = lang;
  primary.textContent = label.name[lang];
  const secondaryLang: Lang = lang === 'en' ? 'ar' : 'en';
  const secondary = document.createElement('span');
  secondary.className = 'map-label__secondary';
  secondary.lang = secondaryLang;
  secondary.textContent = label.name[secondaryLang];
  element.append(primary, secondary);
  return element;
}

export function addLabels(map: MapLibreMap, labels: readonly Label[], lang: Lang): Teardown {
  const markers = labels.map((label) =>
    new Marker({
      element: labelElement(label, lang),
      anchor: label.kind !== 'region' ? 'left' : label.below ? 'top' : 'center',
      offset: label.below ? [0, label.below] : [0, 0],
    })
      .setLngLat(label.at)
      .addTo(map),
  );
  return () => markers.forEach((marker) => marker.remove());
}
