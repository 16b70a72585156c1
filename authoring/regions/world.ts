/**
 * The committed world geodata (geodata/world/, from `npm run geodata`): every
 * country and first-level division of Natural Earth, addressable by ISO code.
 * Authoring time only (node): story folders get their own regions.geojson cut
 * from it; the app never loads it.
 */
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type * as Topo from 'topojson-specification';

export type WorldLevel = 'country' | 'admin1';

/** A country (ISO 3166-1 alpha-2) or first-level division (ISO 3166-2) and its names. */
export interface WorldNameEntry {
  iso: string;
  level: WorldLevel;
  /** ISO 3166-1 alpha-2 of the country (itself for a country). */
  country: string;
  name_en: string;
  /** Empty when the source has no Arabic name. */
  name_ar: string;
  /** Other spellings in the source (English transliterations, the long Arabic form "محافظة …"). */
  alt_en: string[];
  alt_ar: string[];
}

export interface WorldNames {
  source: string;
  entries: WorldNameEntry[];
}

export type Shape = Polygon | MultiPolygon;
interface UnitProps {
  iso: string;
  country: string;
}
export type WorldTopology = Topo.Topology<{ units: Topo.GeometryCollection<UnitProps> }>;

const WORLD_DIR = new URL('../../geodata/world/', import.meta.url);

let names: WorldNames | null = null;
let topo: WorldTopology | null = null;

export function worldNames(): WorldNames {
  names ??= JSON.parse(readFileSync(new URL('names.json', WORLD_DIR), 'utf8')) as WorldNames;
  return names;
}

export function worldTopology(): WorldTopology {
  topo ??= JSON.parse(readFileSync(new URL('units.topo.json', WORLD_DIR), 'utf8')) as WorldTopology;
  return topo;
}

/** A unit geometry's properties (every geometry of units.topo.json carries them). */
export const unitProps = (g: Topo.GeometryObject<UnitProps>): UnitProps => g.properties as UnitProps;

const ISO_COUNTRY = /^[A-Z]{2}$/;
const ISO_DIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** The names entry of an ISO code (case-insensitive), or undefined. */
export function worldEntry(iso: string): WorldNameEntry | undefined {
  const code = iso.trim().toUpperCase();
  if (!ISO_COUNTRY.test(code) && !ISO_DIVISION.test(code)) return undefined;
  return worldNames().entries.find((e) => e.iso === code);
}

/** The unit geometries whose country (a country code) or own code (a division code) is `iso`. */
export function unitsOf(iso: string): Topo.GeometryObject<UnitProps>[] {
  const code = iso.toUpperCase();
  return worldTopology().objects.units.geometries.filter((g) => (ISO_COUNTRY.test(code) ? unitProps(g).country === code : unitProps(g).iso === code));
}

/** The world shape of a set of division codes or country codes, dissolved inside the topology (shared borders kept). */
export function worldShape(isos: readonly string[]): Shape | null {
  const geometries = isos.flatMap(unitsOf);
  if (geometries.length === 0) return null;
  const t = worldTopology() as unknown as Topo.Topology;
  if (geometries.length === 1) return (feature(t, geometries[0] as Topo.Polygon) as Feature<Shape>).geometry;
  return merge(t, geometries as Topo.Polygon[]) as Shape;
}

type Box = [number, number, number, number];
let countryBoxCache: Map<string, Box> | null = null;

/** Each country's bounding box, from the topology's arcs (decoded once, no shapes built). */
export function countryBoxes(): Map<string, Box> {
  if (countryBoxCache) return countryBoxCache;
  const t = worldTopology();
  const [sx, sy] = t.transform?.scale ?? [1, 1];
  const [tx, ty] = t.transform?.translate ?? [0, 0];
  const arcBoxes = t.arcs.map((arc): Box => {
    let [x, y] = [0, 0];
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [dx = 0, dy = 0] of arc) {
      [x, y] = t.transform ? [x + dx, y + dy] : [dx, dy];
      const [lon, lat] = [x * sx + tx, y * sy + ty];
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
    return box;
  });
  const boxes = new Map<string, Box>();
  const arcsOf = (g: Topo.GeometryObject): number[] => (g.type === 'Polygon' ? (g as Topo.Polygon).arcs.flat() : g.type === 'MultiPolygon' ? (g as Topo.MultiPolygon).arcs.flat(2) : []);
  for (const g of t.objects.units.geometries) {
    const country = unitProps(g).country;
    const box = boxes.get(country) ?? [Infinity, Infinity, -Infinity, -Infinity];
    for (const arc of arcsOf(g)) {
      const a = arcBoxes[arc < 0 ? ~arc : arc]!;
      box[0] = Math.min(box[0], a[0]);
      box[1] = Math.min(box[1], a[1]);
      box[2] = Math.max(box[2], a[2]);
      box[3] = Math.max(box[3], a[3]);
    }
    boxes.set(country, box);
  }
  countryBoxCache = boxes;
  return boxes;
}
