/**
 * Benchmark reference (a fixture, not part of the app): the story's regions on
 * a bare MapLibre map. Inline style with a background, one fill and one line
 * layer, a plain-text popup on click (the most specific region under the
 * click, tagged `data-region`). Marks `maplibre:map-ready` at the first `idle`
 * after `load`, the same moment the app marks `isnad:map-ready`.
 */
import { Map, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mostSpecific, popupContent, regions } from '../regions';
import { FIT_PADDING, STORY_BOUNDS } from '../story-view';

setWorkerUrl(workerUrl);

const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: { regions: { type: 'geojson', data: regions } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9ef' } },
      { id: 'region-fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#b0533c', 'fill-opacity': 0.15 } },
      { id: 'region-line', type: 'line', source: 'regions', paint: { 'line-color': '#7d2e1d', 'line-width': 1.2 } },
    ],
  },
  // The story's view, as the app opens it.
  bounds: STORY_BOUNDS,
  fitBoundsOptions: { padding: FIT_PADDING },
});

map.on('click', 'region-fill', (event) => {
  const features = event.features ?? [];
  const id = mostSpecific(features.map((f) => String(f.properties['id'])));
  const feature = features.find((f) => String(f.properties['id']) === id);
  if (!feature) return;
  new Popup().setLngLat(event.lngLat).setDOMContent(popupContent(feature)).addTo(map);
});

map.once('load', () => {
  map.once('idle', () => performance.mark('maplibre:map-ready'));
});
