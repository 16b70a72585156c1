/**
 * Benchmark reference (a fixture, not part of the app): the story's regions on
 * a minimal Leaflet map with no tile layer, one GeoJSON layer (SVG) and a
 * plain-text popup (tagged `data-region`). Parents are drawn before their
 * children, so a click answers with the most specific region. Marks
 * `leaflet:map-ready` on the animation frame after the layer is added, once
 * the map has rendered it.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { popupContent, regions } from '../regions';
import { FIT_PADDING, STORY_BOUNDS } from '../story-view';

const map = L.map('map', { zoomSnap: 0 });
// The story's view, as the app opens it ([lat, lon] pairs; zoomSnap 0 fits exactly, as MapLibre does).
const [[west, south], [east, north]] = STORY_BOUNDS;
map.fitBounds(
  [
    [south, west],
    [north, east],
  ],
  { padding: [FIT_PADDING, FIT_PADDING] },
);

L.geoJSON(regions, {
  style: { color: '#7d2e1d', weight: 1.2, fillColor: '#b0533c', fillOpacity: 0.15 },
  onEachFeature: (feature, layer) => layer.bindPopup(() => popupContent(feature)),
}).addTo(map);

requestAnimationFrame(() => performance.mark('leaflet:map-ready'));
