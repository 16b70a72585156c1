/**
 * The MapLibre renderer of the map model (figures.ts) with the paint table
 * (paint.ts): a style built in code from the committed geodata — no tile
 * server, no glyphs, no sprites, so the map makes no request at all. Labels
 * are HTML (see labels.ts) because Arabic needs proper shaping and we ship no glyphs.
 * https://maplibre.org/maplibre-style-spec/
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapFigures } from '../map-model/figures';
import { PAINT, type Palette, type ZoomRamp } from '../map-model/paint';

export const SOURCES = { context: 'context', regions: 'regions', figures: 'figures' } as const;

/** Layers that a click or hover can hit, most specific region first. */
export const REGION_FILL_LAYER = 'region-fill';
export const HATCH_IMAGE = 'isnad-hatch';

/** A `match` expression from region id to a value: data joined to geometry by key, at render time. */
export function matchById<T extends number | string>(values: Record<string, T>, fallback: T): ExpressionSpecification {
  const entries = Object.entries(values);
  if (entries.length === 0) return ['literal', fallback] as ExpressionSpecification;
  return ['match', ['get', 'id'], ...entries.flatMap(([id, value]) => [id, value]), fallback] as unknown as ExpressionSpecification;
}

/** The circles as GeoJSON points at their regions' label points, each with its radius from the story's scale. */
export function circleFeatures(figures: MapFigures): FeatureCollection<Point, { region: string; count: number; radius: number }> {
  return {
    type: 'FeatureCollection',
    features: figures.circles.map(({ region, at, count, radius }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { region, count, radius } })),
  };
}

const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const ramp = ({ from, to }: ZoomRamp): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], from[0], from[1], to[0], to[1]];

export function buildStyle(figures: MapFigures, geodata: { regions: FeatureCollection; context: FeatureCollection }, palette: Palette): StyleSpecification {
  const { depths, storyRegionIds } = figures;
  const opacity = PAINT.regionFillOpacity;
  return {
    version: 8,
    name: 'isnad-offline',
    sources: {
      [SOURCES.context]: { type: 'geojson', data: geodata.context },
      [SOURCES.regions]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: geodata.regions.features.filter((f) => storyRegionIds.includes(String(f.properties?.['id']))),
        },
        promoteId: 'id',
      },
      [SOURCES.figures]: { type: 'geojson', data: circleFeatures(figures), promoteId: 'region' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'land', type: 'fill', source: SOURCES.context, filter: ['==', ['get', 'layer'], 'country'], paint: { 'fill-color': palette.land } },
      {
        id: 'governorate-line',
        type: 'line',
        source: SOURCES.context,
        filter: ['==', ['get', 'layer'], 'governorate'],
        paint: { 'line-color': palette.governorate, 'line-width': ramp(PAINT.governorateWidth) },
      },
      {
        id: 'country-line',
        type: 'line',
        source: SOURCES.context,
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'line-color': palette.landStroke, 'line-width': ramp(PAINT.countryWidth) },
      },
      {
        id: REGION_FILL_LAYER,
        type: 'fill',
        source: SOURCES.regions,
        layout: { 'fill-sort-key': matchById(depths, 0) },
        paint: {
          'fill-color': ['case', state('selected'), palette.selected, palette.region],
          'fill-opacity': ['case', state('selected'), opacity.selected, state('hover'), opacity.hover, opacity.base],
        },
      },
      {
        id: 'region-hatch',
        type: 'fill',
        source: SOURCES.regions,
        filter: ['in', ['get', 'id'], ['literal', figures.hatchedRegionIds]],
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': PAINT.hatchOpacity },
      },
      {
        // Where people moved to (asylum granted): a dashed outline, not the displacement hatch.
        id: 'region-movement',
        type: 'line',
        source: SOURCES.regions,
        filter: ['in', ['get', 'id'], ['literal', figures.movementRegionIds]],
        paint: { 'line-color': palette.hatch, 'line-width': PAINT.movementWidth, 'line-dasharray': PAINT.movementDash },
      },
      {
        id: 'region-line',
        type: 'line',
        source: SOURCES.regions,
        layout: { 'line-join': 'round', 'line-sort-key': matchById(depths, 0) },
        paint: {
          'line-color': ['case', state('selected'), palette.selected, palette.regionStroke],
          'line-width': [
            'case',
            state('selected'),
            PAINT.regionWidthSelected,
            state('hover'),
            PAINT.regionWidthHover,
            matchById(Object.fromEntries(Object.entries(depths).map(([id, d]) => [id, PAINT.regionWidth(d)])), 1),
          ],
        },
      },
      {
        id: 'killed-circle',
        type: 'circle',
        source: SOURCES.figures,
        paint: {
          'circle-color': palette.killed,
          'circle-opacity': PAINT.killedOpacity,
          'circle-stroke-color': palette.killedStroke,
          'circle-stroke-width': PAINT.killedStrokeWidth,
          // Each circle's radius comes from the map model's scale, the same one the drawing and the legend use.
          'circle-radius': ['get', 'radius'],
        },
      },
    ],
  };
}

/** A diagonal hatch as raw RGBA pixels, for `map.addImage` (no image request). */
export function hatchImage(size: number, color: string): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Two-pixel stripes running bottom-left to top-right, tiling seamlessly.
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = on ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
