/**
 * A Vite plugin that serves the app's geodata as `virtual:isnad-geodata`:
 * `import { regions, context } from 'virtual:isnad-geodata'` gives the
 * FeatureCollections of geodata/regions.geojson and geodata/context.geojson,
 * equal to JSON.parse of the files.
 *
 * The bundle carries them in codec.ts's compact form (shared borders once,
 * integer deltas: about half the gzipped bytes of the GeoJSON text), and the
 * module decodes them when it runs. Runs in dev and build; reads the files on
 * every load and watches them, so an edit shows on reload.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { normalizePath, type Plugin } from 'vite';
import { encodeCollections } from './codec';

export const GEODATA_ID = 'virtual:isnad-geodata';
const RESOLVED_ID = '\0isnad-geodata';
/** The module's exports, each read from `<name>.geojson`. */
export const GEODATA_NAMES = ['regions', 'context'] as const;
/** The decoder the module imports, by absolute path (a virtual module has no folder to be relative to). */
const CODEC_PATH = normalizePath(fileURLToPath(new URL('./codec.ts', import.meta.url)));

export interface GeodataPluginOptions {
  /** The folder holding regions.geojson and context.geojson, relative to Vite's root or absolute (default 'geodata'). */
  dir?: string;
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

/** The virtual module's source for a geodata folder (absolute path). */
export function geodataModule(dir: string): string {
  const collections = Object.fromEntries(GEODATA_NAMES.map((name) => [name, readCollection(geodataFile(dir, name))]));
  const json = JSON.stringify(encodeCollections(collections));
  // JSON.parse of a string, not an object literal: it parses faster, and a "__proto__" key stays a key.
  // Single quotes: JSON has none of its own to escape, only those inside its strings.
  const literal = `'${json.replace(/[\\']/g, '\\$&')}'`;
  return [
    `import { decodeCollections } from ${JSON.stringify(CODEC_PATH)};`,
    `export const { ${GEODATA_NAMES.join(', ')} } = decodeCollections(JSON.parse(${literal}));`,
    '',
  ].join('\n');
}

export function geodataPlugin(options: GeodataPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'isnad:geodata',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === GEODATA_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const dir = resolve(root, options.dir ?? 'geodata');
      for (const name of GEODATA_NAMES) this.addWatchFile(geodataFile(dir, name));
      return geodataModule(dir);
    },
  };
}
