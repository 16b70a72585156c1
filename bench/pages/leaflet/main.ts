/**
 * Benchmark reference (a fixture, not part of the app): the story's regions on
 * a minimal Leaflet map with no tile layer, one GeoJSON layer (SVG) and a
 * plain-text popup. Marks `leaflet:map-ready` on the animation frame after the
 * layer is added, once the map has rendered it.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import regionsText from '../../../geodata/regions.geojson?raw';

const regions = JSON.parse(regionsText) as FeatureCollection;

const map = L.map('map', { zoomSnap: 0 });
map.fitBounds(
  [
    [32.3, 29.5],
    [41.6, 42.5],
  ],
  { padding: [12, 12] },
);

L.geoJSON(regions, {
  style: { color: '#7d2e1d', weight: 1.2, fillColor: '#b0533c', fillOpacity: 0.15 },
  onEachFeature: (feature, layer) => {
    const text = String(feature.properties?.['name_ar'] ?? feature.properties?.['id']);
    layer.bindPopup(() => {
      const span = document.createElement('span');
      span.textContent = text;
      return span;
    });
  },
}).addTo(map);

requestAnimationFrame(() => performance.mark('leaflet:map-ready'));
