/**
 * The URL hash carries the reader's state so a link restores it:
 *   #map=ZOOM/LAT/LON&region=idlib&fact=killed-54-idlib&lang=ar
 * `map` follows MapLibre's own hash convention (zoom/lat/lon).
 */
import type { Lang } from '../model/format';
import { MAX_ID_LENGTH } from '../model/ids';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface HashState {
  map?: MapView;
  region?: string;
  fact?: string;
  lang?: Lang;
}

/** Reads the hash; values that are malformed are dropped (they never reach the app as ids). */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length >= 3 && map.every(Number.isFinite)) {
    const [zoom, lat, lon] = map as [number, number, number];
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85.06 && Math.abs(lon) <= 180) state.map = { zoom, lat, lon };
  }
  const region = params.get('region');
  if (region !== null && region.length <= MAX_ID_LENGTH) state.region = region;
  const fact = params.get('fact');
  if (fact !== null && fact.length <= MAX_ID_LENGTH) state.fact = fact;
  const lang = params.get('lang');
  if (lang === 'ar' || lang === 'en') state.lang = lang;
  return state;
}


const round = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  // MapLibre's own precision: zoom to 2 decimals, coordinates to 4.
  if (state.map) parts.push(`map=${round(state.map.zoom, 2)}/${round(state.map.lat, 4)}/${round(state.map.lon, 4)}`);
  if (state.region) parts.push(`region=${encodeURIComponent(state.region)}`);
  if (state.fact) parts.push(`fact=${encodeURIComponent(state.fact)}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
