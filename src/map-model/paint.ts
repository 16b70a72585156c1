/**
 * The one paint table: every colour, width, opacity and size the map is drawn
 * with, read by both renderers — MapLibre (style.ts) and SVG (the drawing, the
 * fallback, the build's first paint). A value changed here changes both.
 */

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

/** A width that grows linearly with zoom between two stops, flat outside them (MapLibre's `interpolate linear`). */
export interface ZoomRamp {
  from: [zoom: number, value: number];
  to: [zoom: number, value: number];
}

export function atZoom(ramp: ZoomRamp, zoom: number): number {
  const [z0, v0] = ramp.from;
  const [z1, v1] = ramp.to;
  if (zoom <= z0) return v0;
  if (zoom >= z1) return v1;
  return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
}

export const PAINT = {
  /** Solid, thin and light: a dashed line needs a shader of its own, ~0.15 s of the map's start in software GL. */
  governorateWidth: { from: [4, 0.4], to: [8, 1.2] } as ZoomRamp,
  countryWidth: { from: [3, 0.6], to: [8, 1.6] } as ZoomRamp,
  /** Nested regions stack, so each adds only a light tint; hover and selection lift it. */
  regionFillOpacity: { base: 0.07, hover: 0.22, selected: 0.28 },
  /** Deeper (more specific) regions get heavier outlines. */
  regionWidth: (depth: number) => 0.8 + 0.5 * depth,
  regionWidthHover: 2.5,
  regionWidthSelected: 3,
  hatchOpacity: 0.4,
  /** The movement outline (asylum, a destination): dashes of the hatch colour, in line widths. */
  movementWidth: 2.5,
  movementDash: [2, 1.5] as [number, number],
  /** The hatch tile: 2-px stripes in an 8-px square. */
  hatchSize: 8,
  killedOpacity: 0.85,
  killedStrokeWidth: 1.5,
} as const;
