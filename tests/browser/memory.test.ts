/**
 * Opening and closing every popup 200 times and switching the language 50
 * times must not leak: the JS heap grows by less than 5 MB after GC.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { waitForMapReady } from './app-page';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium({ args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
});
afterAll(async () => {
  await browser?.close();
});

it('popups and language switches do not leak memory', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(inject('baseUrl'));
  await waitForMapReady(page);

  const heapAfterGc = () =>
    page.evaluate(async () => {
      const w = window as unknown as { gc: () => void; performance: { memory: { usedJSHeapSize: number } } };
      for (let i = 0; i < 3; i += 1) {
        w.gc();
        await new Promise((done) => setTimeout(done, 50));
      }
      return w.performance.memory.usedJSHeapSize;
    });

  // One warm-up round so lazy chunks and caches are not counted as growth.
  const cycle = (rounds: number, switches: number) =>
    page.evaluate(
      async ({ rounds, switches }) => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
        const ids = [...document.querySelectorAll<HTMLElement>('.regions [data-region]')].map((b) => b.dataset['region']!);
        let opened = 0;
        for (let round = 0; round < rounds; round += 1) {
          for (const id of ids) {
            document.querySelector<HTMLButtonElement>(`.regions [data-region="${id}"]`)!.click();
            await Promise.resolve();
            const dialog = document.querySelector(`[role="dialog"][data-region="${id}"]`);
            if (dialog) opened += 1;
            document.querySelector<HTMLButtonElement>('[role="dialog"] button.close')?.click();
            if (round % 20 === 0) await frame();
          }
        }
        const lang = document.querySelector<HTMLButtonElement>('button.lang')!;
        for (let i = 0; i < switches; i += 1) {
          lang.click();
          await frame();
        }
        return { opened, expected: rounds * ids.length, closed: document.querySelector('[role="dialog"]') === null };
      },
      { rounds, switches },
    );

  await cycle(5, 2);
  const before = await heapAfterGc();
  const result = await cycle(200, 50);
  const after = await heapAfterGc();
  expect(result.opened).toBe(result.expected);
  expect(result.closed).toBe(true);
  const growthMb = (after - before) / 2 ** 20;
  console.log(`heap after GC: ${(before / 2 ** 20).toFixed(1)} MB → ${(after / 2 ** 20).toFixed(1)} MB (growth ${growthMb.toFixed(2)} MB) over ${result.opened} popups and 50 language switches`);
  expect(growthMb).toBeLessThan(5);
  expect(errors).toEqual([]);
  await context.close();
});
