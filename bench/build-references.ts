/**
 * Builds the two benchmark reference pages (bench/pages/maplibre and
 * bench/pages/leaflet) with Vite, the same bundler and minifier as the app, so
 * the comparison is between pages and not between build pipelines.
 *
 *   npx tsx bench/build-references.ts [outDir]   (default .cache/bench/site/bench)
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const BENCH_DIR = import.meta.dirname;
export const ROOT = resolve(BENCH_DIR, '..');
export const REFERENCES = ['maplibre', 'leaflet'] as const;
export type Reference = (typeof REFERENCES)[number];

/** Builds each reference page into `<outDir>/<name>/` (index.html + assets/), with relative URLs. */
export async function buildReferences(outDir: string): Promise<Record<Reference, string>> {
  const out = {} as Record<Reference, string>;
  for (const name of REFERENCES) {
    const dir = join(outDir, name);
    await build({
      configFile: false,
      root: join(BENCH_DIR, 'pages', name),
      base: './',
      publicDir: false,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, target: 'es2022' },
    });
    out[name] = dir;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, '.cache/bench/site/bench'));
  buildReferences(outDir).then(
    (dirs) => console.log(Object.values(dirs).join('\n')),
    (error: unknown) => {
      console.error(`bench: building the reference pages failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
      process.exit(1);
    },
  );
}
