/**
 * Interaction budgets, measured in the page by the app itself:
 * - click on a region → popup on screen ≤ 16 ms (the `isnad:popup-visible` measure:
 *   from the selection to the next animation frame after the popup rendered);
 * - a popup with 100 facts opens within 50 ms (a synthetic story, served under its own id).
 *
 *   npx tsx bench/interaction.ts [--runs 20]
 * Builds the app into .cache/bench/interaction/ (never touching dist/), with the synthetic story
 * sealed (ISNAD_STORY_ROOTS) and copied where the app fetches it. For 20,000 facts in one popup and
 * a sentence of a megabyte, see bench/scale-popup.ts.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/static-server';
import { median, summary } from './stats';
import { syntheticStory, writeStory } from './synthetic-story';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/bench/interaction');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 20) || 20;

async function main(): Promise<number> {
  // 100 facts, every one on Idlib, as a story of its own: stories are sealed, so the build validates it too.
  const stories = join(ROOT, '.cache/bench/interaction-stories');
  rmSync(stories, { recursive: true, force: true });
  writeStory(join(stories, 'hundred-facts'), syntheticStory(100, undefined, { id: 'hundred-facts', region: 'idlib' }));
  process.env['ISNAD_STORY_ROOTS'] = stories;
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    delete process.env['ISNAD_STORY_ROOTS'];
  }
  cpSync(join(stories, 'hundred-facts'), join(OUT, 'stories/hundred-facts'), { recursive: true });
  const server = await serveDirectory(OUT);
  const browser = await launchChromium();
  try {
    const measure = async (url: string, region: string, label: string, budget: number) => {
      const page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
      const times: number[] = [];
      let facts = 0;
      for (let i = 0; i < runs; i += 1) {
        await page.locator(`.regions [data-region="${region}"]`).click();
        await page.waitForFunction((n) => performance.getEntriesByName('isnad:popup-visible').length >= n, i + 1);
        times.push(await page.evaluate(() => performance.getEntriesByName('isnad:popup-visible').at(-1)!.duration));
        if (i === runs - 1) facts = await page.evaluate(() => document.querySelectorAll('[role="dialog"] [data-fact]').length);
        await page.keyboard.press('Escape');
      }
      await page.context().close();
      const ok = median(times) <= budget;
      console.log(`${label}: ${summary(times)}, ${facts} facts in the popup's page — ${ok ? 'PASS' : 'FAIL'} (budget ${budget} ms)`);
      return ok;
    };
    const a = await measure(server.url, 'idlib', 'click → popup visible, first story (Idlib)', 16);
    const b = await measure(`${server.url}?story=hundred-facts`, 'idlib', 'click → popup visible, 100 facts in one popup', 50);
    return a && b ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
