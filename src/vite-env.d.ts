/// <reference types="svelte" />
/// <reference types="vite/client" />

// Served by the static-map Vite plugin (build/static-map-plugin.ts).
declare module 'virtual:isnad-static-map.css';

// Served by the geodata Vite plugin (build/geodata-plugin.ts): the GeoJSON files, decoded when imported (lazily, src/geodata/load.ts).
declare module 'virtual:isnad-geodata' {
  import type { FeatureCollection } from 'geojson';
  export const regions: FeatureCollection;
  export const context: FeatureCollection;
}

// Served by the seal Vite plugin (build/seal-plugin.ts): the SHA-256 of every validated story's files.
declare module 'virtual:isnad-seals' {
  export const seals: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Dev server only: why a story was not sealed, as the validator's lines. */
  export const refused: Readonly<Record<string, readonly string[]>>;
}

// Served by the geodata Vite plugin: each region's properties, without geometry.
declare module 'virtual:isnad-region-index' {
  import type { FeatureCollection } from 'geojson';
  import type { RegionProperties } from './model/regions';
  export const regionProperties: readonly RegionProperties[];
  /** Story id → its own regions' properties (stories with their own regions.geojson). */
  export const storyRegionProperties: Readonly<Record<string, readonly RegionProperties[]>>;
  /** Story id → a loader of its own geometry (`virtual:isnad-geodata/<id>`, a lazy chunk). */
  export const storyGeodata: Readonly<Record<string, () => Promise<{ regions: FeatureCollection; context: FeatureCollection }>>>;
}
