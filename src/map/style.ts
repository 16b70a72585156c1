/**
 * The map style, built in code from the committed geodata: no tile server, no
 * glyphs, no sprites, so the map makes no request at all. Labels are HTML
 * (see labels.ts) because Arabic needs proper shaping and we ship no glyphs.
 * https://maplibre.org/maplibre-style-spec/
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { StoryModel } from '../model/story';

export interface Palette {
  sea: string;
  land: string;
  landStroke: string;
  governorate: string;
  region: string;
  regionStroke: string;
  selected: string;
  killed: string;
  killedStroke: string;
  hatch: string;
}

export const palettes: Record<'light' | 'dark', Palette> = {
  light: {
    sea: '#dfe9ef',
    land: '#f7f5f0',
    landStroke: '#a8a39a',
    governorate: '#c9c3b8',
    region: '#b0533c',
    regionStroke: '#7d2e1d',
    selected: '#1d4e89',
    killed: '#a1251b',
    killedStroke: '#ffffff',
    hatch: '#4b3a8c',
  },
  dark: {
    sea: '#16212b',
    land: '#2a2d31',
    landStroke: '#6f747b',
    governorate: '#4a4e54',
    region: '#e07a5f',
    regionStroke: '#f2a48f',
    selected: '#8fc1ff',
    killed: '#ff6b5e',
    killedStroke: '#1b1d20',
    hatch: '#b9a8ff',
  },
};

export const SOURCES = { context: 'context', regions: 'regions', figures: 'figures' } as const;

/** Layers that a click or hover can hit, most specific region first. */
export const REGION_FILL_LAYER = 'region-fill';
export const HATCH_IMAGE = 'isnad-hatch';

/** Deeper regions draw above their containers, so a click hits the most specific one. */
export function regionDepths(model: StoryModel): Record<string, number> {
  return Object.fromEntries(model.regions.map((r) => [r.id, model.regionIndex.ancestors(r.id).length]));
}

/** A `match` expression from region id to a value: data joined to geometry by key, at render time. */
export function matchById<T extends number | string>(values: Record<string, T>, fallback: T): ExpressionSpecification {
  const entries = Object.entries(values);
  if (entries.length === 0) return ['literal', fallback] as ExpressionSpecification;
  return ['match', ['get', 'id'], ...entries.flatMap(([id, value]) => [id, value]), fallback] as unknown as ExpressionSpecification;
}

/** Regions with displacement facts of their own (hatched). */
export function displacementRegions(model: StoryModel): string[] {
  const displaced = new Set(model.facts.filter((f) => f.category === 'displacement').map((f) => f.region));
  return model.regions.filter((r) => displaced.has(r.id)).map((r) => r.id);
}

/** What `regionCircles` reads of a fact: the story files' own shape, so the build can use it before any model exists. */
export interface CountedFact {
  region: string;
  kind?: string;
  partOf?: unknown;
  quantity?: { min: number | null; unit?: { en: string } } | null;
}

/**
 * One circle per region for the dead of facts that happened in that region itself (not in a
 * region inside it, which has its own circle), never counting a fact that is part of another:
 * nested regions never draw the same dead twice. Facts counting the same unit add up, as the
 * popup adds them; of several units the largest total is drawn ("at least", never more).
 */
export function regionCircles(facts: readonly CountedFact[], regionIds: readonly string[]): { region: string; min: number }[] {
  const totals = new Map<string, Map<string, number>>();
  for (const fact of facts) {
    const min = fact.quantity?.min;
    if (fact.kind !== 'killed' || typeof min !== 'number' || fact.partOf) continue;
    const byUnit = totals.get(fact.region) ?? totals.set(fact.region, new Map()).get(fact.region)!;
    const unit = fact.quantity?.unit?.en ?? '';
    byUnit.set(unit, (byUnit.get(unit) ?? 0) + min);
  }
  return regionIds.flatMap((region) => {
    const byUnit = totals.get(region);
    return byUnit ? [{ region, min: Math.max(...byUnit.values()) }] : [];
  });
}

/** The circles as GeoJSON points at their regions' label points. */
export function killedFigures(model: StoryModel): FeatureCollection<Point, { region: string; min: number }> {
  return {
    type: 'FeatureCollection',
    features: regionCircles(model.facts, model.regions.map((r) => r.id)).flatMap(({ region, min }) => {
      const at = model.regionIndex.get(region)?.label;
      return at ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: at }, properties: { region, min } }] : [];
    }),
  };
}

/** Circle radius in pixels: area proportional to the count. */
export function killedRadius(count: number): number {
  return Math.max(6, 2.2 * Math.sqrt(count));
}

const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function buildStyle(
  model: StoryModel,
  geodata: { regions: FeatureCollection; context: FeatureCollection },
  palette: Palette,
): StyleSpecification {
  const depths = regionDepths(model);
  const storyRegions = model.regions.map((r) => r.id);
  const figures = killedFigures(model);
  return {
    version: 8,
    name: 'isnad-offline',
    sources: {
      [SOURCES.context]: { type: 'geojson', data: geodata.context },
      [SOURCES.regions]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: geodata.regions.features.filter((f) => storyRegions.includes(String(f.properties?.['id']))),
        },
        promoteId: 'id',
      },
      [SOURCES.figures]: { type: 'geojson', data: figures, promoteId: 'region' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: 'land',
        type: 'fill',
        source: SOURCES.context,
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'fill-color': palette.land },
      },
      {
        id: 'governorate-line',
        type: 'line',
        source: SOURCES.context,
        filter: ['==', ['get', 'layer'], 'governorate'],
        // Solid, thin and light: a dashed line needs a shader of its own, ~0.15 s of the map's start in software GL.
        paint: { 'line-color': palette.governorate, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1.2] },
      },
      {
        id: 'country-line',
        type: 'line',
        source: SOURCES.context,
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'line-color': palette.landStroke, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6] },
      },
      {
        id: REGION_FILL_LAYER,
        type: 'fill',
        source: SOURCES.regions,
        layout: { 'fill-sort-key': matchById(depths, 0) },
        paint: {
          'fill-color': ['case', state('selected'), palette.selected, palette.region],
          // Nested regions stack, so each adds only a light tint; hover and selection lift it.
          'fill-opacity': ['case', state('selected'), 0.28, state('hover'), 0.22, 0.07],
        },
      },
      {
        id: 'region-hatch',
        type: 'fill',
        source: SOURCES.regions,
        filter: ['in', ['get', 'id'], ['literal', displacementRegions(model)]],
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.4 },
      },
      {
        id: 'region-line',
        type: 'line',
        source: SOURCES.regions,
        layout: { 'line-join': 'round', 'line-sort-key': matchById(depths, 0) },
        paint: {
          'line-color': ['case', state('selected'), palette.selected, palette.regionStroke],
          'line-width': ['case', state('selected'), 3, state('hover'), 2.5, matchById(Object.fromEntries(Object.entries(depths).map(([id, d]) => [id, 0.8 + 0.5 * d])), 1)],
        },
      },
      {
        id: 'killed-circle',
        type: 'circle',
        source: SOURCES.figures,
        paint: {
          'circle-color': palette.killed,
          'circle-opacity': 0.85,
          'circle-stroke-color': palette.killedStroke,
          'circle-stroke-width': 1.5,
          // Area ∝ count: radius ∝ √count, the same formula as the legend.
          'circle-radius': ['max', 6, ['*', 2.2, ['sqrt', ['get', 'min']]]],
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
