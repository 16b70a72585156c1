/**
 * `virtual:isnad-seals`: the seal of every story that passes the validator,
 * computed when the build (or the dev server) loads the module.
 *
 *   import { seals, refused } from 'virtual:isnad-seals';
 *
 * `seals` maps a story id to its files' SHA-256; `refused` lists, in the dev
 * server only, why a story was not sealed, so an author sees the validator's
 * words in the page. The dev server re-seals when a story file changes.
 *
 * The public build seals only published stories: a story that validates but
 * still has draft facts or text to translate (build/story-folder.ts:
 * publicationProblems) is not sealed, and its folder is removed from the
 * build's output, so readers never see it. The dev server seals it, so its
 * author can look at it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/model/problems';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import type { StorySeal } from '../src/model/seal';
import { sealStoryFolder } from './story-folder';

export const SEALS_ID = 'virtual:isnad-seals';
const RESOLVED_ID = '\0isnad-seals';

export interface SealPluginOptions {
  /** Folders holding one folder per story (default ['public/stories']). */
  storyRoots?: string[];
  /** The folder holding regions.geojson (default 'geodata'). */
  geodataDir?: string;
}

export interface SealManifest {
  seals: Record<string, StorySeal>;
  /** Story id → the validator's error lines, for stories that were not sealed. */
  refused: Record<string, string[]>;
  /** Story id → what it still needs before it is published (drafts, translations): validated, but left out of a public build. */
  unpublished: Record<string, string[]>;
}

export interface SealOptions {
  /** The public build: seal only stories with nothing left to review or translate. */
  publishedOnly?: boolean;
}

/** Validates and seals every story folder under the roots. */
export async function sealStories(roots: readonly string[], geodataDir: string, cwd = process.cwd(), options: SealOptions = {}): Promise<SealManifest> {
  const collection = JSON.parse(readFileSync(join(geodataDir, 'regions.geojson'), 'utf8')) as RegionCollection;
  const geodata = { regions: RegionIndex.fromGeoJSON(collection), collection };
  const manifest: SealManifest = { seals: {}, refused: {}, unpublished: {} };
  for (const root of roots) {
    for (const name of readdirSync(root).sort()) {
      const folder = join(root, name);
      if (!statSync(folder).isDirectory()) continue;
      const { seal, problems, unpublished } = await sealStoryFolder(folder, relative(cwd, folder), geodata);
      if (seal && unpublished.length > 0) manifest.unpublished[name] = unpublished;
      if (seal && !(options.publishedOnly && unpublished.length > 0)) manifest.seals[name] = seal;
      else if (seal) continue;
      else manifest.refused[name] = problems.filter((p) => p.severity === 'error').map(formatProblem);
    }
  }
  return manifest;
}

export function sealPlugin(options: SealPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dev = false;
  let outDir = 'dist';
  let publicDir = '';
  let unpublished: string[] = [];
  const at = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  const roots = () => (options.storyRoots ?? ['public/stories']).map(at);
  return {
    name: 'isnad:seals',
    configResolved(config) {
      root = config.root;
      dev = config.command === 'serve';
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    resolveId(id) {
      return id === SEALS_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const manifest = await sealStories(roots(), at(options.geodataDir ?? 'geodata'), root, { publishedOnly: !dev });
      unpublished = Object.keys(manifest.unpublished);
      if (!dev) {
        for (const [story, reasons] of Object.entries(manifest.unpublished)) this.warn(`story "${story}" is not published yet (${reasons.join('; ')}): left out of the build`);
      }
      for (const [story, lines] of Object.entries(manifest.refused)) {
        this.warn(`story "${story}" is not sealed, so readers will not see it:\n  ${lines.join('\n  ')}`);
      }
      // The build ships no validator messages; the dev server shows them to the author.
      return `export const seals = ${JSON.stringify(manifest.seals)};\nexport const refused = ${JSON.stringify(dev ? manifest.refused : {})};\n`;
    },
    // Vite copies public/ whole: a story that is not published must not travel in dist/ either.
    closeBundle() {
      if (dev || !publicDir) return;
      for (const dir of roots().filter((d) => !relative(publicDir, d).startsWith('..'))) {
        for (const story of unpublished) {
          const copied = join(outDir, relative(publicDir, join(dir, story)));
          if (existsSync(join(dir, story)) && existsSync(copied)) rmSync(copied, { recursive: true, force: true });
        }
      }
    },
    configureServer(server) {
      // An edited story is validated and sealed again, and the page reloads with the new verdict.
      const reseal = (file: string) => {
        if (!roots().some((dir) => file.startsWith(dir))) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const dir of roots()) server.watcher.add(dir);
      server.watcher.on('change', reseal);
      server.watcher.on('add', reseal);
      server.watcher.on('unlink', reseal);
    },
  };
}
