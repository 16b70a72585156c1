/**
 * Checks the committed geodata (written by `npm run geodata`); downloads nothing.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { check, getIssues } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

type Shape = Polygon | MultiPolygon;
type RegionProps = {
  id: string;
  name_ar: string;
  name_en: string;
  level: string;
  parent: string | null;
  label: [number, number];
  iso: string | null;
  wikidata: string | null;
};
type ContextProps = { id: string; layer: string; name_ar: string; name_en: string; label: [number, number] };
type Place = { id: string; name_ar: string; name_en: string; lon: number; lat: number; kind: string };
type AnyFeature = Feature<Shape, RegionProps | ContextProps>;

const readText = (file: string) => readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8');
const texts = { regions: readText('regions.geojson'), context: readText('context.geojson') };
const regions = JSON.parse(texts.regions) as FeatureCollection<Shape, RegionProps>;
const context = JSON.parse(texts.context) as FeatureCollection<Shape, ContextProps>;
const places = JSON.parse(readText('places.json')) as Place[];

const collections = [
  { file: 'regions.geojson', text: texts.regions, collection: regions as FeatureCollection<Shape, RegionProps | ContextProps> },
  { file: 'context.geojson', text: texts.context, collection: context as FeatureCollection<Shape, RegionProps | ContextProps> },
];

const GOVERNORATES = ['di', 'dr', 'dy', 'ha', 'hi', 'hl', 'hm', 'id', 'la', 'qu', 'ra', 'rd', 'su', 'ta'];
const NORTHERN_GOVERNORATES = ['gov-sy-la', 'gov-sy-id', 'gov-sy-hl', 'gov-sy-ra', 'gov-sy-ha'];
const REQUIRED_COUNTRIES = ['sy', 'tr', 'lb', 'il', 'ps', 'jo', 'iq', 'ir', 'sa', 'eg', 'cy', 'gr', 'bg', 'ge', 'am', 'az'];

function byId<P extends { id: string }>(collection: FeatureCollection<Shape, P>, id: string): Feature<Shape, P> {
  const found = collection.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}
const region = (id: string) => byId(regions, id);
const contextFeature = (id: string) => byId(context, id);
const governorates = () => context.features.filter((f) => f.properties.layer === 'governorate');

const km2 = (shape: Feature<Shape> | Shape) => turf.area(shape) / 1e6;
const polygonsOf = (shape: Shape): Position[][][] => (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates);
const ringPoints = (shape: Shape) => polygonsOf(shape).flat().reduce((sum, ring) => sum + ring.length - 1, 0);

function differenceKm2(a: Feature<Shape>, b: Feature<Shape>): number {
  const rest = turf.difference(turf.featureCollection([a, b]));
  return rest ? km2(rest) : 0;
}

function intersectionKm2(a: Feature<Shape>, b: Feature<Shape>): number {
  const common = turf.intersect(turf.featureCollection([a, b]));
  return common ? km2(common) : 0;
}

/** Length of `a`'s boundary made of segments whose both ends are vertices of `b`: an identical shared border. */
function sharedBorderKm(a: Shape, b: Shape): number {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const verticesOfB = new Set(polygonsOf(b).flat(2).map(key));
  let km = 0;
  for (const ring of polygonsOf(a).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [from, to] = [ring[i - 1] as Position, ring[i] as Position];
      if (verticesOfB.has(key(from)) && verticesOfB.has(key(to))) km += turf.distance(from, to);
    }
  }
  return km;
}

const bboxesOverlap = (a: Feature<Shape>, b: Feature<Shape>) => {
  const [aw, as, ae, an] = turf.bbox(a);
  const [bw, bs, be, bn] = turf.bbox(b);
  return aw <= be && bw <= ae && as <= bn && bs <= an;
};

function neighbouringPairs<P extends GeoJsonProperties>(features: Feature<Shape, P>[]): [Feature<Shape, P>, Feature<Shape, P>][] {
  return features.flatMap((a, i) => features.slice(i + 1).filter((b) => bboxesOverlap(a, b)).map((b) => [a, b] as [typeof a, typeof b]));
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe.each(collections)('$file', ({ text, collection }) => {
  const features = collection.features as AnyFeature[];

  it('is valid GeoJSON according to @placemarkio/check-geojson', () => {
    expect(getIssues(text)).toEqual([]);
    expect(() => check(text)).not.toThrow();
  });

  it('is a plain RFC 7946 FeatureCollection of polygons, without crs', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    for (const f of features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
  });

  it('gives every feature a unique top-level id equal to properties.id', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of features) expect(f.id).toBe(f.properties.id);
  });

  it('has lon/lat coordinates with at most 6 decimals', () => {
    for (const f of features) {
      for (const [lon = NaN, lat = NaN] of polygonsOf(f.geometry).flat(2)) {
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
        expect(Math.max(decimals(lon), decimals(lat))).toBeLessThanOrEqual(6);
      }
    }
  });

  it('winds exterior rings counterclockwise and holes clockwise', () => {
    for (const f of features) {
      for (const [exterior, ...holes] of polygonsOf(f.geometry)) {
        expect(turf.booleanClockwise(exterior ?? []), `${f.id} exterior`).toBe(false);
        for (const hole of holes) expect(turf.booleanClockwise(hole), `${f.id} hole`).toBe(true);
      }
    }
  });

  it('has no self-intersecting rings', () => {
    for (const f of features) expect(turf.kinks(f).features, String(f.id)).toEqual([]);
  });

  it('names every feature in Arabic and English', () => {
    for (const { properties: p } of features) {
      expect(p.name_ar, p.id).toMatch(/[\u0621-\u064A]/);
      expect(p.name_en.trim(), p.id).not.toBe('');
    }
  });

  it('puts every label inside its own shape', () => {
    for (const f of features) {
      const label = f.properties.label;
      expect(label.every((v) => decimals(v) <= 6)).toBe(true);
      expect(turf.booleanPointInPolygon(label, f), String(f.id)).toBe(true);
    }
  });
});

describe('regions.geojson', () => {
  it('holds exactly the story regions, with exactly the agreed properties', () => {
    expect(regions.features.map((f) => f.id).sort()).toEqual(['europe', 'idlib', 'northern-syria', 'syria', 'turkey']);
    const keys = ['id', 'name_ar', 'name_en', 'level', 'parent', 'label', 'iso', 'wikidata'];
    for (const f of regions.features) expect(Object.keys(f.properties).sort()).toEqual([...keys].sort());
  });

  it.each([
    { id: 'idlib', level: 'admin1', parent: 'northern-syria', iso: 'SY-ID', name_en: 'Idlib' },
    { id: 'northern-syria', level: 'group', parent: 'syria', iso: null, name_en: 'Northern Syria' },
    { id: 'syria', level: 'country', parent: null, iso: 'SY', name_en: 'Syria' },
    { id: 'turkey', level: 'country', parent: null, iso: 'TR', name_en: 'Turkey' },
    { id: 'europe', level: 'continent', parent: null, iso: null, name_en: 'Europe' },
  ])('$id is a $level with parent $parent', ({ id, level, parent, iso, name_en }) => {
    const { properties: p } = region(id);
    expect({ level: p.level, parent: p.parent, iso: p.iso, name_en: p.name_en }).toEqual({ level, parent, iso, name_en });
    expect(p.wikidata === null || /^Q\d+$/.test(p.wikidata)).toBe(true);
  });

  it.each([
    { child: 'idlib', container: 'northern-syria' },
    { child: 'idlib', container: 'syria' },
    { child: 'northern-syria', container: 'syria' },
  ])('$child lies within $container (uncovered area < 0.1%)', ({ child, container }) => {
    expect(differenceKm2(region(child), region(container)) / km2(region(child))).toBeLessThan(0.001);
  });

  it.each([
    { child: 'syria', other: 'turkey' },
    { child: 'turkey', other: 'syria' },
    { child: 'syria', other: 'europe' },
    { child: 'turkey', other: 'europe' },
  ])('$child is not within $other, so it has no parent there', ({ child, other }) => {
    expect(differenceKm2(region(child), region(other)) / km2(region(child))).toBeGreaterThan(0.5);
  });

  it('gives each parent as the smallest region that contains the child', () => {
    for (const { properties: p } of regions.features) {
      if (!p.parent) continue;
      expect(km2(region(p.parent))).toBeGreaterThan(km2(region(p.id)));
      const smallerContainers = regions.features.filter(
        (other) =>
          other.id !== p.id &&
          km2(other) > km2(region(p.id)) &&
          km2(other) < km2(region(p.parent as string)) &&
          differenceKm2(region(p.id), other) / km2(region(p.id)) < 0.001,
      );
      expect(smallerContainers.map((f) => f.id)).toEqual([]);
    }
  });

  it('shares the whole Syria–Turkey border with Turkey, on identical vertices, without overlap', () => {
    const northern = region('northern-syria');
    const turkey = region('turkey');
    const sharedKm = sharedBorderKm(northern.geometry, turkey.geometry);
    expect(sharedKm).toBeGreaterThan(700); // the real border is ~900 km; simplification shortens it
    expect(sharedBorderKm(region('syria').geometry, turkey.geometry)).toBeCloseTo(sharedKm, 3);
    expect(intersectionKm2(northern, turkey) / km2(northern)).toBeLessThan(0.001);
  });

  it('makes Idlib plausible in area and detailed enough for zoom 9', () => {
    const idlib = region('idlib');
    expect(km2(idlib)).toBeGreaterThan(5000);
    expect(km2(idlib)).toBeLessThan(7500);
    expect(ringPoints(idlib.geometry)).toBeGreaterThanOrEqual(40);
  });

  it('builds northern-syria from the governorates bordering Turkey', () => {
    const northern = region('northern-syria');
    const parts = NORTHERN_GOVERNORATES.map(contextFeature);
    const union = turf.union(turf.featureCollection(parts));
    if (!union) throw new Error('empty union');
    expect(Math.abs(km2(union) - km2(northern)) / km2(northern)).toBeLessThan(0.001);
    for (const other of governorates().filter((g) => !NORTHERN_GOVERNORATES.includes(g.properties.id))) {
      expect(sharedBorderKm(other.geometry, region('turkey').geometry), other.properties.id).toBe(0);
    }
  });

  it('keeps europe small, mainland-labelled and free of Russia and Turkey', () => {
    const europe = region('europe');
    expect(polygonsOf(europe.geometry).length).toBeLessThanOrEqual(20);
    const [lon, lat] = europe.properties.label;
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(30);
    expect(lat).toBeGreaterThan(43);
    expect(lat).toBeLessThan(55);
    for (const outside of [[37.6, 55.75], [32.85, 39.92]]) {
      expect(turf.booleanPointInPolygon(outside, europe)).toBe(false); // Moscow, Ankara
    }
    expect(turf.booleanPointInPolygon([13.4, 52.52], europe)).toBe(true); // Berlin
  });
});

describe('context.geojson', () => {
  it('holds the countries around the story and the 14 Syrian governorates', () => {
    const ids = context.features.map((f) => f.properties.id);
    for (const country of REQUIRED_COUNTRIES) expect(ids).toContain(`country-${country}`);
    expect(governorates().map((f) => f.properties.id).sort()).toEqual(GOVERNORATES.map((g) => `gov-sy-${g}`));
    for (const { properties: p } of context.features) {
      expect(Object.keys(p).sort()).toEqual(['id', 'label', 'layer', 'name_ar', 'name_en']);
      expect(p.id).toMatch(p.layer === 'country' ? /^country-[a-z]{2}$/ : /^gov-sy-[a-z]{2}$/);
    }
  });

  it('covers the land between 24–50°E and 28–43°N: sample points on land are inside a country', () => {
    const onLand = [
      [25, 42.5], [26, 29], [30, 30], [33, 35], [35.5, 37.2], [39.5, 28.5], [44, 42.5], [46.5, 42.8], [47.5, 29.5], [49.5, 34],
    ];
    const countries = context.features.filter((f) => f.properties.layer === 'country');
    for (const point of onLand) {
      expect(countries.some((c) => turf.booleanPointInPolygon(point, c)), String(point)).toBe(true);
    }
  });

  it('uses the same geometry for Syria and Turkey as regions.geojson', () => {
    expect(contextFeature('country-sy').geometry).toEqual(region('syria').geometry);
    expect(contextFeature('country-tr').geometry).toEqual(region('turkey').geometry);
  });

  it('has no overlap between neighbouring governorates (< 0.1% of the smaller)', () => {
    for (const [a, b] of neighbouringPairs(governorates())) {
      const smaller = Math.min(km2(a), km2(b));
      expect(intersectionKm2(a, b) / smaller, `${a.id}/${b.id}`).toBeLessThan(0.001);
    }
  });

  it('has no overlap between neighbouring countries (< 0.1% of the smaller)', () => {
    const countries = context.features.filter((f) => f.properties.layer === 'country');
    for (const [a, b] of neighbouringPairs(countries)) {
      const smaller = Math.min(km2(a), km2(b));
      expect(intersectionKm2(a, b) / smaller, `${a.id}/${b.id}`).toBeLessThan(0.001);
    }
  });

  it('has no gap: the governorates together make up Syria (area difference < 0.5%)', () => {
    const union = turf.union(turf.featureCollection(governorates()));
    if (!union) throw new Error('empty union');
    const syria = region('syria');
    expect(differenceKm2(syria, union) / km2(syria)).toBeLessThan(0.005);
    expect(differenceKm2(union, syria) / km2(syria)).toBeLessThan(0.001);
  });

  it('shares Idlib’s borders with its neighbours on identical vertices', () => {
    const idlib = contextFeature('gov-sy-id').geometry;
    expect(idlib).toEqual(region('idlib').geometry);
    for (const neighbour of ['gov-sy-la', 'gov-sy-hl', 'gov-sy-hm', 'country-tr']) {
      expect(sharedBorderKm(idlib, contextFeature(neighbour).geometry), neighbour).toBeGreaterThan(10);
    }
  });
});

describe('places.json', () => {
  it('lists unique places with names, kinds and 4-decimal coordinates', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const place of places) {
      expect(place.name_ar).toMatch(/[\u0621-\u064A]/);
      expect(place.name_en.trim()).not.toBe('');
      expect(['city', 'capital']).toContain(place.kind);
      expect(Math.max(decimals(place.lon), decimals(place.lat))).toBeLessThanOrEqual(4);
    }
  });

  it.each([
    { id: 'idlib-city', within: 'gov-sy-id', kind: 'city' },
    { id: 'aleppo', within: 'gov-sy-hl', kind: 'city' },
    { id: 'damascus', within: 'gov-sy-di', kind: 'capital' },
    { id: 'ankara', within: 'country-tr', kind: 'capital' },
  ])('$id is a $kind inside $within', ({ id, within, kind }) => {
    const place = places.find((p) => p.id === id);
    if (!place) throw new Error(`no place ${id}`);
    expect(place.kind).toBe(kind);
    expect(turf.booleanPointInPolygon([place.lon, place.lat], contextFeature(within))).toBe(true);
  });
});

describe('size budget', () => {
  it('keeps regions + context within 50 KB gzipped (level 9)', () => {
    const gzipped = gzipSync(texts.regions, { level: 9 }).length + gzipSync(texts.context, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(50 * 1024);
  });
});
