/**
 * Scale budget (a script, not a test): a generated story with 200 regions and
 * 5,000 facts reaches `isnad:map-ready` within 1.5× the first story.
 *
 *   npx tsx bench/scale.ts [--runs 7] [--regions 200] [--facts 5000]
 *
 * Builds the app twice into .cache/bench/scale/ (never touching dist/): as
 * shipped, for the first story; and with generated geodata (ISNAD_GEODATA_DIR,
 * read by vite.config.ts) holding `--regions` grid cells over the first story's
 * area, with the generated story in its stories/ folder. Loads the two pages
 * alternately in headless Chromium, a fresh context each run, and prints the
 * medians and their ratio. Nothing here is committed data: all is regenerated.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/static-server';
import { median, summary } from './stats';
import { syntheticRegions, syntheticStory } from './synthetic-story';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/bench/scale');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const runs = option('--runs', 7);
const regionCount = option('--regions', 200);
const factCount = option('--facts', 5000);
const BUDGET = 1.5;

async function buildInto(outDir: string, geodataDir: string | null): Promise<void> {
  if (geodataDir) process.env['ISNAD_GEODATA_DIR'] = geodataDir;
  else delete process.env['ISNAD_GEODATA_DIR'];
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env['ISNAD_GEODATA_DIR'];
  }
}

async function main(): Promise<number> {
  // The generated geodata: the grid as regions, the real context around it.
  const geodata = join(OUT, 'geodata');
  mkdirSync(geodata, { recursive: true });
  const regions = syntheticRegions(regionCount);
  writeFileSync(join(geodata, 'regions.geojson'), JSON.stringify(regions));
  cpSync(join(ROOT, 'geodata/context.geojson'), join(geodata, 'context.geojson'));
  const props = regions.features.map((f) => (f as { properties: { id: string; name_ar: string } }).properties);
  const { article, story, facts } = syntheticStory(factCount, { ids: props.map((p) => p.id), names: props.map((p) => p.name_ar) });

  console.log(`building the app twice into ${OUT} …`);
  await buildInto(join(OUT, 'first'), null);
  await buildInto(join(OUT, 'synthetic'), geodata);
  const folder = join(OUT, 'synthetic/stories/synthetic-story');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'article.txt'), article);
  writeFileSync(join(folder, 'story.json'), JSON.stringify(story));
  writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts));

  const server = await serveDirectory(OUT);
  const browser = await launchChromium();
  const pages = [
    { name: 'first story (5 regions, 18 facts)', url: new URL('first/index.html', server.url).href, times: [] as number[] },
    { name: `synthetic story (${regionCount} regions, ${factCount} facts)`, url: new URL('synthetic/index.html?story=synthetic-story', server.url).href, times: [] as number[] },
  ];
  try {
    // One discarded warm-up round, then alternating rounds, each page first in turn.
    for (let round = 0; round <= runs; round += 1) {
      for (const k of [0, 1]) {
        const page = pages[(k + round) % 2]!;
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(page.url);
        await tab.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 120_000 });
        const at = await tab.evaluate(() => performance.getEntriesByName('isnad:map-ready')[0]!.startTime);
        const regionsShown = await tab.evaluate(() => document.querySelectorAll('.regions [data-region]').length);
        await context.close();
        if (errors.length > 0) throw new Error(`${page.name}: ${errors[0]}`);
        if (round === 0) {
          console.log(`warm-up: ${page.name} map-ready at ${Math.round(at)} ms, ${regionsShown} regions in the list`);
          continue;
        }
        page.times.push(at);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const page of pages) console.log(`${page.name}: map-ready ${summary(page.times, 0)}`);
  const ratio = median(pages[1]!.times) / median(pages[0]!.times);
  console.log(`${ratio <= BUDGET ? 'PASS' : 'FAIL'} synthetic map-ready ≤ ${BUDGET}× the first story: ${ratio.toFixed(2)}×`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench/scale: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);
