/**
 * MapLibre's worker, started as the page starts: its script downloads and
 * boots while the story is fetched and validated, instead of after.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let started = false;

export function startMapWorker(): void {
  if (started) return;
  started = true;
  // Bundled, MapLibre cannot find its worker by itself.
  setWorkerUrl(workerUrl);
  prewarm();
}
