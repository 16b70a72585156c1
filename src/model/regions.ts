/**
 * Regions: the places facts sit on, read from the committed geodata.
 * Geometry stays in the GeoJSON for the map; the model keeps only what the
 * logic needs (names, hierarchy, label point), joined to facts by id.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type RegionLevel = 'admin1' | 'group' | 'country' | 'continent';

export interface Region {
  id: string;
  name: { ar: string; en: string };
  level: RegionLevel;
  /** The region that contains this one geometrically, or null. */
  parent: string | null;
  /** A point inside the shape for labels and keyboard focus, [lon, lat]. */
  label: [number, number];
}

export interface RegionProperties {
  id: string;
  name_ar: string;
  name_en: string;
  level: RegionLevel;
  parent: string | null;
  label: [number, number];
  iso: string | null;
  wikidata: string | null;
}

export type RegionCollection = FeatureCollection<Geometry, RegionProperties>;

export function regionFromFeature(feature: Feature<Geometry, RegionProperties>): Region {
  const p = feature.properties;
  return { id: p.id, name: { ar: p.name_ar, en: p.name_en }, level: p.level, parent: p.parent, label: p.label };
}

/** Regions by id, with hierarchy queries. */
export class RegionIndex {
  private readonly byId: ReadonlyMap<string, Region>;

  constructor(regions: readonly Region[]) {
    this.byId = new Map(regions.map((r) => [r.id, r]));
  }

  static fromGeoJSON(collection: RegionCollection): RegionIndex {
    return new RegionIndex(collection.features.map(regionFromFeature));
  }

  /** From the regions' properties alone (the app's `virtual:isnad-region-index`: no geometry needed). */
  static fromProperties(properties: readonly RegionProperties[]): RegionIndex {
    return new RegionIndex(properties.map((p) => regionFromFeature({ type: 'Feature', geometry: null as unknown as Geometry, properties: p })));
  }

  get(id: string): Region | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get all(): Region[] {
    return [...this.byId.values()];
  }

  /** The region's ancestors, nearest first. Stops on a cycle instead of looping. */
  ancestors(id: string): string[] {
    const chain: string[] = [];
    for (let at = this.byId.get(id)?.parent ?? null; at !== null && !chain.includes(at); ) {
      chain.push(at);
      at = this.byId.get(at)?.parent ?? null;
    }
    return chain;
  }

  /** True when `id` is `container` or lies inside it. */
  isWithin(id: string, container: string): boolean {
    return id === container || this.ancestors(id).includes(container);
  }
}
