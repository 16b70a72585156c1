/**
 * Place and region labels on the WebGL map as HTML markers (label-text.ts builds and places
 * them): each marker is a point, and the placement pass runs again whenever the view changes,
 * so no two labels and no label and dot ever overlap.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../model/format';
import type { Teardown } from './interactions';
import type { Box } from '../map-model/label-placement';
import { labelEntry, placeEntries, type Label } from './label-text';

export type { Place } from '../geodata/load';
export { overlayObstacles, type Label } from './label-text';

export interface LabelOptions {
  /** The selected region, whose name wins any crowded spot. */
  selected: () => string | null;
  /** Boxes over the map (legend, buttons) that labels keep clear of, in the map container's pixels. */
  obstacles: () => Box[];
}

export function addLabels(map: MapLibreMap, labels: readonly Label[], lang: Lang, options: LabelOptions): Teardown {
  const entries = labels.map((label) => {
    const entry = labelEntry(label, lang);
    return { ...entry, marker: new Marker({ element: entry.element, anchor: 'center' }).setLngLat(label.at).addTo(map) };
  });

  let frame = 0;
  function place() {
    frame = 0;
    const container = map.getContainer();
    placeEntries(entries, (label) => map.project(label.at), {
      zoom: map.getZoom(),
      bounds: { x: 0, y: 0, width: container.clientWidth, height: container.clientHeight },
      obstacles: options.obstacles(),
      selected: options.selected(),
      lang,
    });
  }
  function schedule() {
    if (frame === 0) frame = requestAnimationFrame(place);
  }
  place();
  map.on('move', schedule);
  map.on('resize', schedule);
  return () => {
    cancelAnimationFrame(frame);
    map.off('move', schedule);
    map.off('resize', schedule);
    entries.forEach((entry) => entry.marker.remove());
  };
}
