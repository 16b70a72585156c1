/**
 * Interaction budgets, measured in the page by the app itself:
 * - click on a region → popup on screen ≤ 16 ms (the `isnad:popup-visible` measure:
 *   from the selection to the next animation frame after the popup rendered);
 * - a popup with 100 facts opens within 50 ms (a synthetic story, served under its own id).
 *
 *   npx tsx bench/interaction.ts [--runs 20]
 * Builds the app into .cache/bench/interaction/ (never touching dist/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/static-server';
import { median, summary } from './stats';
import { syntheticStory } from './synthetic-story';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/bench/interaction');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 20) || 20;

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  // 100 facts, every one on Idlib, served as a story the app has never seen.
  const big = syntheticStory(100);
  const files: Record<string, string> = {
    'story.json': JSON.stringify(big.story),
    'facts.json': JSON.stringify({ facts: (big.facts as { facts: { region: string }[] }).facts.map((f) => ({ ...f, region: 'idlib' })) }),
    'article.txt': big.article,
  };
  const server = await serveDirectory(OUT, {
    override: (req, res) => {
      const match = /^\/stories\/hundred-facts\/([a-z.]+)$/.exec(req.url ?? '');
      if (!match || !files[match[1]!]) return false;
      res.writeHead(200).end(files[match[1]!]);
      return true;
    },
  });
  const browser = await launchChromium();
  try {
    const measure = async (url: string, region: string, label: string, budget: number) => {
      const page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        await page.locator(`.regions [data-region="${region}"]`).click();
        await page.waitForFunction((n) => performance.getEntriesByName('isnad:popup-visible').length >= n, i + 1);
        times.push(await page.evaluate(() => performance.getEntriesByName('isnad:popup-visible').at(-1)!.duration));
        await page.keyboard.press('Escape');
      }
      const facts = await page.evaluate(() => document.querySelectorAll('[role="dialog"] [data-fact]').length);
      await page.context().close();
      const ok = median(times) <= budget;
      console.log(`${label}: ${summary(times)}${facts ? '' : ''} — ${ok ? 'PASS' : 'FAIL'} (budget ${budget} ms)`);
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
