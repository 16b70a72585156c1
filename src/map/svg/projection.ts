/**
 * Web Mercator exactly as MapLibre GL JS (v5/v6, flat "mercator" projection,
 * no pitch, no bearing) computes it, so a static SVG drawn here lines up with
 * the WebGL map pixel for pixel.
 *
 * MapLibre's world is a square of `512 × 2^zoom` CSS pixels (tileSize 512);
 * the camera center sits in the middle of the container. Formulas follow
 * maplibre-gl's `mercator_coordinate.ts` (mercatorXfromLng / mercatorYfromLat)
 * and `cameraForBoxAndBearing` in `camera_helper.ts` (used by `fitBounds`
 * and by the `Map` option `bounds` + `fitBoundsOptions`).
 *
 * Pure: no DOM, no maplibre import; safe in node (build time) and the browser.
 */

export type LngLat = readonly [lon: number, lat: number];
/** `[[west, south], [east, north]]`, as MapLibre's `LngLatBoundsLike` array form. */
export type Bounds = readonly [LngLat, LngLat];
export interface Size {
  width: number;
  height: number;
}
export interface View {
  center: LngLat;
  zoom: number;
}
export type Padding = number | { top: number; right: number; bottom: number; left: number };
/** A view given as a story gives it: either a camera or bounds to fit (MapLibre's `bounds` + `fitBoundsOptions.padding`). */
export type ViewSpec = View | { bounds: Bounds; padding?: Padding };

export const TILE_SIZE = 512;
/** MapLibre's `defaultMaxZoom` and `defaultMinZoom` (src/ui/map.ts). */
export const DEFAULT_MAX_ZOOM = 22;
export const DEFAULT_MIN_ZOOM = -2;
/** MapLibre's `MAX_VALID_LATITUDE`. */
export const MAX_LATITUDE = 85.051129;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Longitude → 0..1 across the world (MapLibre's `mercatorXfromLng`). */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Latitude → 0..1 down the world, clamped to MapLibre's valid range (`mercatorYfromLat`). */
export function mercatorY(lat: number): number {
  const clamped = clamp(lat, -MAX_LATITUDE, MAX_LATITUDE);
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export function lonFromMercatorX(x: number): number {
  return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
  const y2 = 180 - y * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

/** The world's side in CSS pixels at a zoom. */
export function worldSize(zoom: number): number {
  return TILE_SIZE * Math.pow(2, zoom);
}

/**
 * The affine map from normalized mercator (0..1) to container pixels for a
 * view: `x_px = mx * scale + tx`, `y_px = my * scale + ty`. Everything else
 * in this module is this transform.
 */
export interface PixelTransform {
  scale: number;
  tx: number;
  ty: number;
}

export function pixelTransform(view: View, size: Size): PixelTransform {
  const scale = worldSize(view.zoom);
  return {
    scale,
    tx: size.width / 2 - mercatorX(view.center[0]) * scale,
    ty: size.height / 2 - mercatorY(view.center[1]) * scale,
  };
}

/** `[lon, lat]` → `[x, y]` in CSS pixels of a container of `size` showing `view` (what `map.project` returns). */
export function project(lngLat: LngLat, view: View, size: Size): [number, number] {
  const scale = worldSize(view.zoom);
  return [
    (mercatorX(lngLat[0]) - mercatorX(view.center[0])) * scale + size.width / 2,
    (mercatorY(lngLat[1]) - mercatorY(view.center[1])) * scale + size.height / 2,
  ];
}

/** The inverse of `project` (what `map.unproject` returns). */
export function unproject(point: readonly [number, number], view: View, size: Size): [number, number] {
  const scale = worldSize(view.zoom);
  return [
    lonFromMercatorX(mercatorX(view.center[0]) + (point[0] - size.width / 2) / scale),
    latFromMercatorY(mercatorY(view.center[1]) + (point[1] - size.height / 2) / scale),
  ];
}

function paddingBox(padding: Padding | undefined): { top: number; right: number; bottom: number; left: number } {
  if (padding === undefined) return { top: 0, right: 0, bottom: 0, left: 0 };
  if (typeof padding === 'number') return { top: padding, right: padding, bottom: padding, left: padding };
  return padding;
}

export interface FitOptions {
  /** MapLibre's `fitBoundsOptions.maxZoom`, else the map's maxZoom (22 by default). */
  maxZoom?: number;
  /** The map's minZoom (−2 by default). */
  minZoom?: number;
}

/**
 * The camera MapLibre's `Map` constructor ends at for `{ bounds, fitBoundsOptions: { padding } }`
 * (bearing 0, pitch 0, no `offset`, no `absolutePadding`, no `zoomSnap`), then constrained
 * like MapLibre's mercator transform does (the world must cover the viewport's height).
 *
 * MapLibre: zoom = log2(min(availableWidth / boundsWidth, availableHeight / boundsHeight)) with the
 * bounds measured in world pixels at zoom 0 and the available box = size − padding; the center is the
 * middle of the projected bounds, shifted by half the padding's asymmetry. Returns null where MapLibre
 * warns and does nothing (the padding leaves no room).
 */
export function fitBounds(bounds: Bounds, size: Size, padding: Padding = 0, options: FitOptions = {}): View | null {
  const pad = paddingBox(padding);
  let [[west, south], [east, north]] = bounds;
  // LngLatBounds.adjustAntiMeridian: a box across the antimeridian runs east past 180.
  if (west > east) east += 360;
  // The world at the constructor's initial zoom 0 (tr.scale = 1), as MapLibre measures it.
  const ws = TILE_SIZE;
  const minX = mercatorX(west) * ws;
  const maxX = mercatorX(east) * ws;
  const minY = mercatorY(Math.max(north, south)) * ws;
  const maxY = mercatorY(Math.min(north, south)) * ws;
  const sizeX = maxX - minX;
  const sizeY = maxY - minY;
  const availableWidth = size.width - (pad.left + pad.right);
  const availableHeight = size.height - (pad.top + pad.bottom);
  const scaleX = availableWidth / sizeX;
  const scaleY = availableHeight / sizeY;
  if (scaleY < 0 || scaleX < 0 || !Number.isFinite(sizeX) || !Number.isFinite(sizeY)) return null;
  const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
  const zoom = Math.min(Math.log(Math.min(scaleX, scaleY)) / Math.LN2, maxZoom);
  // Padding asymmetry moves the center (offsetAtFinalZoom, in world pixels at zoom 0).
  const k = 1 / Math.pow(2, zoom);
  const middleX = (minX + maxX) / 2 - ((pad.left - pad.right) / 2) * k;
  const middleY = (minY + maxY) / 2 - ((pad.top - pad.bottom) / 2) * k;
  const view: View = { center: [lonFromMercatorX(middleX / ws), latFromMercatorY(middleY / ws)], zoom };
  return constrainView(view, size, options);
}

/**
 * MapLibre's mercator `defaultConstrain` with its defaults (latitude range ±85.051129, world copies on,
 * no maxBounds): zoom within [minZoom, maxZoom], the world at least as tall as the viewport, and the
 * center moved so no space shows above or below the world.
 */
export function constrainView(view: View, size: Size, options: FitOptions = {}): View {
  let zoom = clamp(view.zoom, options.minZoom ?? DEFAULT_MIN_ZOOM, options.maxZoom ?? DEFAULT_MAX_ZOOM);
  const ws = worldSize(zoom);
  // The default latRange [-MAX_LATITUDE, MAX_LATITUDE], in world pixels (not exactly 0 and ws).
  const minY = mercatorY(MAX_LATITUDE) * ws;
  const maxY = mercatorY(-MAX_LATITUDE) * ws;
  const y = mercatorY(view.center[1]) * ws;
  let modifiedY: number | undefined;
  if (maxY - minY < size.height) {
    // Zoom in until the world covers the viewport's height, centered on the world.
    zoom += Math.log(size.height / (maxY - minY)) / Math.LN2;
    modifiedY = (maxY + minY) / 2;
  } else {
    const h2 = size.height / 2;
    if (y - h2 < minY) modifiedY = minY + h2;
    if (y + h2 > maxY) modifiedY = maxY - h2;
  }
  if (modifiedY === undefined) return { center: view.center, zoom };
  const lon = view.center[0];
  // LngLat.wrap, as MapLibre applies it to a center it moved.
  const wrapped = lon === 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
  return { center: [wrapped, latFromMercatorY(modifiedY / ws)], zoom };
}

/** A `ViewSpec` resolved for a container size, as MapView creates the map (bounds win over center/zoom). */
export function resolveView(spec: ViewSpec, size: Size, options: FitOptions = {}): View {
  if ('bounds' in spec) {
    const fitted = fitBounds(spec.bounds, size, spec.padding ?? 0, options);
    if (fitted) return fitted;
    // MapLibre warns ("Map cannot fit…") and keeps the constructor's camera: [0, 0] at zoom 0.
    return constrainView({ center: [0, 0], zoom: 0 }, size, options);
  }
  return constrainView(spec, size, options);
}
