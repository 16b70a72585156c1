/**
 * A story's own geodata, public/stories/<id>/regions.geojson: the story's
 * regions and the context needed to draw them, cut from the world topology
 * (geodata/world/), so every shared border is the same arc on both sides.
 *
 * One FeatureCollection holds both kinds of feature. A region (what facts sit
 * on) has `level`, `parent`, `label`, `iso`, `wikidata`, as the app's region
 * index reads them (src/model/regions.ts); a context feature (the basemap:
 * neighbouring countries, the divisions of the story's countries) has
 * `layer: 'country' | 'governorate'` instead of `level`. Every feature has
 * `id`, `properties.id`, `properties.iso`, `properties.name_en`, `properties.name_ar`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Geometry } from 'geojson';
import type { StoryFile } from '../../src/model/schema';
import { isContextFeature, splitStoryGeodata, STORY_GEODATA_FILE } from '../../src/geodata/split';
import { followRegions, viewForBox } from '../../src/studio/story-view';
import { compositeMembers, compositeRule } from './composites';
import { labelPoint } from './label';
import { countryBoxes, worldEntry, worldNames, worldShape, type Shape } from './world';

export const STORY_REGIONS_FILE = STORY_GEODATA_FILE;
export { isContextFeature, splitStoryGeodata };

export type StoryRegionLevel = 'admin1' | 'group' | 'country' | 'continent';

export interface StoryRegionProperties {
  id: string;
  name_ar: string;
  name_en: string;
  level: StoryRegionLevel;
  parent: string | null;
  label: [number, number];
  /** ISO 3166-1 or 3166-2 code; null for a composite (see `members`) or a continent. */
  iso: string | null;
  wikidata: string | null;
  /** A composite's divisions (ISO 3166-2), as its rule selected them. */
  members?: string[];
}

export interface StoryContextProperties {
  id: string;
  layer: 'country' | 'governorate';
  iso: string | null;
  name_ar: string;
  name_en: string;
  label: [number, number];
}

export type StoryGeodata = FeatureCollection<Geometry, StoryRegionProperties | StoryContextProperties>;

/** A region's id in a story made by the scaffold: its ISO code in lower case (SY-ID → sy-id), or the composite's id. */
export function regionIdFor(ref: string): string {
  return compositeRule(ref) ? ref : ref.toLowerCase();
}

/** Context feature ids: as the first story's (country-tr, gov-sy-id). */
const countryContextId = (iso: string) => `country-${iso.toLowerCase()}`;
const divisionContextId = (iso: string) => `gov-${iso.toLowerCase()}`;

function rounded(shape: Shape): Shape {
  return turf.truncate(turf.feature(shape), { precision: 4, coordinates: 2 }).geometry as Shape;
}

/** A story region for an ISO code or a composite id; null when the world data does not know it. */
export function worldRegion(ref: string): Feature<Shape, StoryRegionProperties> | null {
  const rule = compositeRule(ref);
  if (rule) {
    const members = compositeMembers(rule);
    const shape = worldShape(members);
    if (!shape) return null;
    return regionFeature({ id: rule.id, name_ar: rule.name_ar, name_en: rule.name_en, level: 'group', iso: null, members }, shape);
  }
  const entry = worldEntry(ref);
  if (!entry) return null;
  const shape = worldShape([entry.iso]);
  if (!shape) return null;
  return regionFeature({ id: regionIdFor(entry.iso), name_ar: entry.name_ar, name_en: entry.name_en, level: entry.level, iso: entry.iso }, shape);
}

function regionFeature(props: Omit<StoryRegionProperties, 'parent' | 'label' | 'wikidata'>, shape: Shape): Feature<Shape, StoryRegionProperties> {
  const geometry = rounded(shape);
  const properties: StoryRegionProperties = { id: props.id, name_ar: props.name_ar, name_en: props.name_en, level: props.level, parent: null, label: labelPoint(geometry), iso: props.iso, wikidata: null };
  if (props.members) properties.members = props.members;
  return { type: 'Feature', id: props.id, properties, geometry };
}

/** The country (ISO 3166-1) a region lies in, by its code; a composite's is its rule's. */
function countryOf(p: StoryRegionProperties): string | null {
  if (p.iso) return p.iso.slice(0, 2);
  return p.members?.[0]?.slice(0, 2) ?? null;
}

/**
 * Each region's parent among the story's regions, by ISO code: a division lies in
 * the composite that counts it, else in its country; a composite in its country.
 * A parent already set (the first story's, computed with turf) is kept.
 */
export function assignParents(regions: Feature<Geometry, StoryRegionProperties>[]): void {
  const byIso = new Map(regions.filter((r) => r.properties.iso).map((r) => [r.properties.iso!, r.properties.id]));
  for (const { properties: p } of regions) {
    if (p.parent !== null || p.level === 'country' || p.level === 'continent') continue;
    const composite = p.iso ? regions.find((r) => r.properties.members?.includes(p.iso!)) : undefined;
    const country = countryOf(p);
    p.parent = composite?.properties.id ?? (country ? byIso.get(country) ?? null : null);
  }
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The regions' bounding box, widened by half its size (at least 3°) on each side: what the basemap must cover. */
function contextFrame(box: BBox): BBox {
  const dx = Math.max(3, (box[2] - box[0]) / 2);
  const dy = Math.max(3, (box[3] - box[1]) / 2);
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}

function contextFeature(id: string, layer: StoryContextProperties['layer'], iso: string, name_en: string, name_ar: string, shape: Shape): Feature<Shape, StoryContextProperties> {
  const geometry = rounded(shape);
  return { type: 'Feature', id, properties: { id, layer, iso, name_ar, name_en, label: labelPoint(geometry) }, geometry };
}

/** Context for a set of regions: every country near them, and the divisions of the countries they lie in. */
export function contextFor(regions: readonly Feature<Geometry, StoryRegionProperties>[]): Feature<Shape, StoryContextProperties>[] {
  if (regions.length === 0) return [];
  const frame = contextFrame(turf.bbox(turf.featureCollection([...regions] as Feature[])));
  const countries = [...countryBoxes()].filter(([, box]) => overlaps(box, frame)).map(([iso]) => iso).sort();
  const storyCountries = new Set(regions.map((r) => countryOf(r.properties)).filter((c): c is string => c !== null));
  const entries = worldNames().entries;
  const out: Feature<Shape, StoryContextProperties>[] = [];
  for (const iso of countries) {
    const entry = entries.find((e) => e.iso === iso);
    const shape = worldShape([iso]);
    if (entry && shape) out.push(contextFeature(countryContextId(iso), 'country', iso, entry.name_en, entry.name_ar, shape));
  }
  for (const country of [...storyCountries].sort()) {
    for (const entry of entries.filter((e) => e.level === 'admin1' && e.country === country)) {
      const shape = worldShape([entry.iso]);
      if (shape) out.push(contextFeature(divisionContextId(entry.iso), 'governorate', entry.iso, entry.name_en, entry.name_ar, shape));
    }
  }
  return out;
}

/** A story's geodata for regions given by ISO code or composite id. Unknown codes are returned, not guessed. */
export function buildStoryGeodata(refs: readonly string[]): { geodata: StoryGeodata; unknown: string[] } {
  const regions: Feature<Shape, StoryRegionProperties>[] = [];
  const unknown: string[] = [];
  for (const ref of [...new Set(refs)]) {
    const region = worldRegion(ref);
    if (!region) unknown.push(ref);
    else if (!regions.some((r) => r.properties.id === region.properties.id)) regions.push(region);
  }
  assignParents(regions);
  return { geodata: { type: 'FeatureCollection', features: [...regions, ...contextFor(regions)] }, unknown };
}

/** One feature per line, as geodata/ writes them: small diffs. */
export function storyGeodataJson(collection: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** The map view that fits the regions: centre, zoom for a ~640×480 map, and the bounds small screens keep (the studio's own rule, src/studio/story-view.ts). */
export function fittedView(regions: readonly Feature[]): { center: [number, number]; zoom: number; bounds: [[number, number], [number, number]] } {
  return viewForBox(turf.bbox(turf.featureCollection(regions as Feature[])) as [number, number, number, number]);
}

export function readStoryGeodata(storyDir: string): StoryGeodata | null {
  const file = join(storyDir, STORY_REGIONS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoryGeodata) : null;
}

/**
 * Adds a region (ISO 3166-1/3166-2 code, or a composite id) to a story's
 * regions.geojson, with the context it needs, and its id to story.json's
 * `regions`. Idempotent: a region already there is left as it is.
 * Throws, naming the code, when the world data does not know it.
 */
export async function addRegionToStory(storyDir: string, iso: string): Promise<{ id: string }> {
  const region = worldRegion(iso);
  if (!region) throw new Error(`${iso}: not an ISO 3166-1 or 3166-2 code (or composite) of the world geodata`);
  const collection: StoryGeodata = readStoryGeodata(storyDir) ?? { type: 'FeatureCollection', features: [] };
  const id = region.properties.id;
  const has = (fid: string) => collection.features.some((f) => f.properties.id === fid);
  if (!has(id)) {
    const regions = collection.features.filter((f) => !isContextFeature(f)) as Feature<Geometry, StoryRegionProperties>[];
    const context = collection.features.filter(isContextFeature);
    regions.push(region);
    assignParents(regions);
    const newContext = contextFor([region]).filter((f) => !has(f.properties.id) && !context.some((c) => c.properties.id === f.properties.id));
    collection.features = [...regions, ...context, ...newContext];
    writeFileSync(join(storyDir, STORY_REGIONS_FILE), storyGeodataJson(collection));
  }
  const storyFile = join(storyDir, 'story.json');
  if (existsSync(storyFile)) {
    const story = JSON.parse(readFileSync(storyFile, 'utf8')) as StoryFile;
    if (Array.isArray(story.regions) && !story.regions.includes(id)) {
      // A view fitted to the regions follows them; one set by hand stays.
      const next = followRegions({ ...story, regions: [...story.regions, id] }, story.regions, collection);
      writeFileSync(storyFile, `${JSON.stringify(next, null, 2)}\n`);
    }
  }
  return { id };
}
