/**
 * A Vite plugin that serves the app's geodata as two modules:
 * - `virtual:isnad-geodata`: `import { regions, context } from 'virtual:isnad-geodata'` gives the
 *   FeatureCollections of geodata/regions.geojson and geodata/context.geojson. The app imports it
 *   lazily: the geometry is for the WebGL map, a drawing made at run time and the exports, never
 *   for the first answer (the build's drawing is in the page);
 * - `virtual:isnad-region-index`: `import { regionProperties } from 'virtual:isnad-region-index'`
 *   gives each region's properties (id, names, level, parent, label point) without geometry: all the
 *   model needs to join facts to regions, a few hundred bytes on the critical path.
 *
 * The bundle carries them as one TopoJSON topology (topojson-server: each
 * shared border stored once), quantised on the grid of the files' own
 * decimals, its arcs flattened (see unpack.ts); topojson-client turns it back
 * into GeoJSON when the module runs. Every feature keeps its id and
 * properties; a coordinate differs from the file's by rounding only (under
 * 1e-13°, some nanometres); a ring keeps its winding but may start at another
 * vertex; a point neighbours share decodes to the same position in each.
 *
 * Why TopoJSON and not our former codec.ts (287 lines, exact), measured on
 * the committed geodata, gzip -9 of the module plus its decoder: minified by
 * esbuild, codec 18,796 B, TopoJSON with flat arcs 18,882 B; in a Vite build
 * of the module alone, 19,396 B and 18,898 B. Either way under the ~1 kB that
 * would make our own lines worth keeping. TopoJSON with arcs as pairs, as the
 * format writes them, is 20,387 B (esbuild), hence the flattening. The
 * GeoJSON text is 34,338 B. Parsing and decoding both files takes 0.6 ms
 * either way in Node, and about 1 ms warm either way in Chromium; a first run
 * takes 3 to 10 ms for both, too noisy on a loaded machine to tell apart.
 *
 * Per-story geodata: a story folder with its own regions.geojson (the
 * story's regions, then its context; src/geodata/split.ts) is drawn from it.
 * `virtual:isnad-region-index` also exports `storyRegionProperties` (story id →
 * its regions' properties) and `storyGeodata` (story id → a loader of
 * `virtual:isnad-geodata/<id>`, the same packed topology cut from that file,
 * on its own lazy chunk). A story without one uses the shared files above.
 * The public build leaves out stories that are not published yet (drafts).
 *
 * Runs in dev and build; reads the files on every load and watches them, so
 * an edit shows on reload.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { normalizePath, type Plugin } from 'vite';
import type { PackedTopology } from '../src/geodata/unpack';
import { splitStoryGeodata, STORY_GEODATA_FILE } from '../src/geodata/split';
import { ID_PATTERN } from '../src/model/ids';

export const GEODATA_ID = 'virtual:isnad-geodata';
const RESOLVED_ID = '\0isnad-geodata';
/** The module's exports, each read from `<name>.geojson`. */
export const GEODATA_NAMES = ['regions', 'context'] as const;
/** The decoder the module imports, by absolute path (a virtual module has no folder to be relative to). */
const UNPACK_PATH = normalizePath(fileURLToPath(new URL('../src/geodata/unpack.ts', import.meta.url)));
export const REGION_INDEX_ID = 'virtual:isnad-region-index';
const RESOLVED_INDEX_ID = '\0isnad-region-index';
/** The most decimals a coordinate may have (tests/unit/geodata.test.ts holds the files to it; scripts/geodata.ts writes 4). */
export const MAX_DECIMALS = 6;

export interface GeodataPluginOptions {
  /** The folder holding regions.geojson and context.geojson, relative to Vite's root or absolute (default 'geodata'). */
  dir?: string;
  /** Folders holding one folder per story, searched for stories with their own regions.geojson (default ['public/stories']). */
  storyRoots?: string[];
}

const STORY_GEODATA_PREFIX = `${GEODATA_ID}/`;
const RESOLVED_STORY_PREFIX = `${RESOLVED_ID}/`;

/** Story id → its own geodata file (absolute), for every story folder under the roots that has one. */
export function storyGeodataFiles(roots: readonly string[], publishedOnly = false): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const id of readdirSync(root).sort()) {
      const file = join(root, id, STORY_GEODATA_FILE);
      if (!ID_PATTERN.test(id) || files.has(id) || !existsSync(file) || !statSync(file).isFile()) continue;
      if (publishedOnly && !looksPublished(join(root, id))) continue;
      files.set(id, file);
    }
  }
  return files;
}

/**
 * A quick look, without validating, at whether a story is finished: no draft fact and no
 * sentence left to translate. The seal plugin decides for real; this only keeps the
 * geometry of unfinished stories out of a public build.
 */
function looksPublished(folder: string): boolean {
  try {
    type Text = { en?: unknown; ar?: unknown };
    const facts = JSON.parse(readFileSync(join(folder, 'facts.json'), 'utf8')) as { facts?: { draft?: unknown; summary?: Text; translation?: unknown }[] };
    const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as { title?: Text; sentences?: Text[] };
    const blank = (value: unknown) => typeof value === 'string' && value.trim() === '';
    // The same rules as build/story-folder.ts: publicationProblems, on the raw files.
    return (
      !(facts.facts ?? []).some((f) => f.draft === true || blank(f.summary?.en) || blank(f.summary?.ar) || blank(f.translation)) &&
      !(story.sentences ?? []).some((s) => blank(s.en)) &&
      !blank(story.title?.en)
    );
  } catch {
    return true; // the validator reports it; the seal keeps readers from it
  }
}

/** The virtual module of one story's own geodata: the same packed topology as the shared one. */
export function storyGeodataModule(file: string): string {
  const collections = splitStoryGeodata(readCollection(file));
  const literal = `'${JSON.stringify(packGeodata(collections)).replace(/[\\']/g, '\\$&')}'`;
  return [`import { unpackGeodata } from ${JSON.stringify(UNPACK_PATH)};`, `export const { regions, context } = unpackGeodata(JSON.parse(${literal}));`, ''].join('\n');
}

/** The file each export is read from, in a geodata folder (absolute path). */
export const geodataFile = (dir: string, name: string): string => join(dir, `${name}.geojson`);

function readCollection(file: string): FeatureCollection {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Named collections as one topology, quantised on the grid of the most decimals their coordinates use.
 * Throws, naming the collection and feature, on a coordinate with more than MAX_DECIMALS.
 */
export function packGeodata<Name extends string>(collections: Record<Name, FeatureCollection>): PackedTopology<Name> {
  // 1 / 10^d, not 10^-d: 10 ** -4 is 0.00009999999999999999, 1 / 10 ** 4 is 0.0001.
  const step = 1 / 10 ** decimalsOf(collections);
  const { bbox: _bbox, ...quantised } = quantize(topology(collections) as Topology<Objects>, { scale: [step, step], translate: [0, 0] });
  return { ...quantised, objects: quantised.objects as Record<Name, GeometryCollection>, arcs: quantised.arcs.map((arc) => arc.flat()) };
}

/** The fewest decimals (0 to MAX_DECIMALS) on whose grid every coordinate lies. */
function decimalsOf(collections: Record<string, FeatureCollection>): number {
  let decimals = 0;
  const onGrid = (value: number) => Math.round(value * 10 ** decimals) / 10 ** decimals === value;
  for (const [name, { features }] of Object.entries(collections)) {
    features.forEach((feature, i) => {
      for (const value of coordinateValues(feature.geometry)) {
        while (decimals <= MAX_DECIMALS && !onGrid(value)) decimals++;
        if (decimals > MAX_DECIMALS) {
          const id = feature.id === undefined ? '' : ` (id ${JSON.stringify(feature.id)})`;
          throw new Error(`${name}.features[${i}]${id}: coordinate ${JSON.stringify(value)} is not a number with at most ${MAX_DECIMALS} decimals`);
        }
      }
    });
  }
  return decimals;
}

function* coordinateValues(geometry: Geometry | null): Generator<number> {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') for (const part of geometry.geometries) yield* coordinateValues(part);
  else yield* [geometry.coordinates].flat(Infinity) as number[];
}

/** The virtual module's source for a geodata folder (absolute path). */
export function geodataModule(dir: string): string {
  const collections = Object.fromEntries(GEODATA_NAMES.map((name) => [name, readCollection(geodataFile(dir, name))]));
  const json = JSON.stringify(packGeodata(collections));
  // JSON.parse of a string, not an object literal: it parses faster, and a "__proto__" key stays a key.
  // Single quotes: JSON has none of its own to escape, only those inside its strings.
  const literal = `'${json.replace(/[\\']/g, '\\$&')}'`;
  return [
    `import { unpackGeodata } from ${JSON.stringify(UNPACK_PATH)};`,
    `export const { ${GEODATA_NAMES.join(', ')} } = unpackGeodata(JSON.parse(${literal}));`,
    '',
  ].join('\n');
}

/** The region-index module's source: every region's properties, no geometry; and each story's own, with a loader of its geometry. */
export function regionIndexModule(dir: string, stories: ReadonlyMap<string, string> = new Map()): string {
  const quote = (value: unknown) => `'${JSON.stringify(value).replace(/[\\']/g, '\\$&')}'`;
  const properties = readCollection(geodataFile(dir, 'regions')).features.map((feature) => feature.properties);
  const own = Object.fromEntries([...stories].map(([id, file]) => [id, splitStoryGeodata(readCollection(file)).regions.features.map((feature) => feature.properties)]));
  const loaders = [...stories.keys()].map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(STORY_GEODATA_PREFIX + id)}),`);
  return [
    `export const regionProperties = JSON.parse(${quote(properties)});`,
    `export const storyRegionProperties = JSON.parse(${quote(own)});`,
    `export const storyGeodata = {\n${loaders.join('\n')}\n};`,
    '',
  ].join('\n');
}

export function geodataPlugin(options: GeodataPluginOptions = {}): Plugin {
  let root = process.cwd();
  let build = false;
  const stories = () => storyGeodataFiles((options.storyRoots ?? ['public/stories']).map((r) => resolve(root, r)), build);
  return {
    name: 'isnad:geodata',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    resolveId(id) {
      if (id === GEODATA_ID) return RESOLVED_ID;
      if (id.startsWith(STORY_GEODATA_PREFIX)) return RESOLVED_STORY_PREFIX + id.slice(STORY_GEODATA_PREFIX.length);
      return id === REGION_INDEX_ID ? RESOLVED_INDEX_ID : null;
    },
    load(id) {
      const dir = resolve(root, options.dir ?? 'geodata');
      if (id === RESOLVED_INDEX_ID) {
        this.addWatchFile(geodataFile(dir, 'regions'));
        const own = stories();
        for (const file of own.values()) this.addWatchFile(file);
        return regionIndexModule(dir, own);
      }
      if (id.startsWith(RESOLVED_STORY_PREFIX)) {
        const file = stories().get(id.slice(RESOLVED_STORY_PREFIX.length));
        if (!file) return null;
        this.addWatchFile(file);
        return storyGeodataModule(file);
      }
      if (id !== RESOLVED_ID) return null;
      for (const name of GEODATA_NAMES) this.addWatchFile(geodataFile(dir, name));
      return geodataModule(dir);
    },
  };
}
