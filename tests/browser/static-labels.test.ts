/**
 * The page the build writes names the story's regions in its drawing, before any script runs:
 * the document language's group shows, its names do not overlap, and the runtime labels take over.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first-paint drawing names the regions', () => {
  it('the raw index.html has the names in the SVG, in both languages', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const svg = html.match(/<div class="static-map" data-static-map[^>]*>(<svg[\s\S]*?<\/svg>)/)?.[1] ?? '';
    expect(svg).toMatch(/<g class="ism-labels ism-labels--en" lang="en"[^>]*>[\s\S]*?<text data-label="region-idlib"[^>]*><tspan[^>]*>Idlib<\/tspan>/);
    expect(svg).toMatch(/<g class="ism-labels ism-labels--ar" lang="ar" direction="rtl"[^>]*>[\s\S]*?<text data-label="region-idlib"[^>]*><tspan[^>]*>إدلب<\/tspan>/);
  });

  describe.each([
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ])('$name, scripts blocked', ({ name, viewport }) => {
    it.each([
      { lang: 'en', idlib: 'Idlib', hidden: 'ar' },
      { lang: 'ar', idlib: 'إدلب', hidden: 'en' },
    ])('$lang: only the $lang names show, apart from one another', async ({ lang, idlib, hidden }) => {
      const context = await browser.newContext({ reducedMotion: 'reduce', viewport });
      try {
        const page = await context.newPage();
        await page.route('**/*.js', (route) => route.abort());
        await page.goto(inject('baseUrl'));
        await page.evaluate((l) => (document.documentElement.lang = l), lang);
        // The set placed for this width: the reference size's, or a narrow map's below 600 px.
        const set = viewport.width < 600 ? 'narrow' : 'wide';
        const shown = page.locator(`[data-static-map] svg .ism-label-set--${set} .ism-labels--${lang} text[data-label="region-idlib"]`);
        await expect(shown.locator('tspan').first().textContent()).resolves.toBe(idlib);
        expect(await shown.isVisible()).toBe(true);
        const visible = page.locator('[data-static-map] svg .ism-labels text').filter({ visible: true });
        await expect(visible.count()).resolves.toBe(await page.locator(`[data-static-map] svg .ism-label-set--${set} .ism-labels--${lang} text`).count());
        expect(await page.locator(`[data-static-map] svg .ism-labels--${hidden} text`).first().isVisible()).toBe(false);
        // The names as drawn, with the real fonts: no two overlap, and none covers Idlib's circle.
        const boxes = await page.evaluate(([l, s]) => {
          const rect = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          // The dot is a zero-length line: its box is its centre; its radius is half its (non-scaling) stroke, in CSS px.
          const dot = document.querySelector('[data-static-map] .ism-dot')!;
          const c = rect(dot);
          const r = Number(dot.getAttribute('stroke-width')) / 2;
          return {
            texts: [...document.querySelectorAll(`[data-static-map] .ism-label-set--${s} .ism-labels--${l} text`)].map(rect),
            dot: { x: c.x + c.width / 2 - r, y: c.y + c.height / 2 - r, width: 2 * r, height: 2 * r },
          };
        }, [lang, set] as const);
        // Readable: the primary line is drawn at 8 px or more.
        expect(Math.min(...boxes.texts.map((t) => t.height))).toBeGreaterThan(16);
        expect(boxes.texts.length).toBeGreaterThanOrEqual(4);
        const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        const pairs = boxes.texts.flatMap((a, i) => boxes.texts.slice(i + 1).filter((b) => overlap(a, b)).map((b) => [a, b]));
        expect(pairs).toEqual([]);
        expect(boxes.texts.filter((t) => overlap(t, boxes.dot))).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `first-paint-labels-${name}-${lang}.png`) });
      } finally {
        await context.close();
      }
    });
  });

  it('gives way to the runtime labels once the app runs', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      // MapLibre is held back: the drawing stays, and the app adds its HTML labels over it.
      await page.route(/WebglMap-[\w-]+\.js$/, () => {});
      await page.goto(inject('baseUrl'));
      await page.locator('.drawing-labels').first().waitFor({ state: 'attached' });
      expect(await page.locator('[data-static-map] svg .ism-labels--en text').first().isVisible()).toBe(false);
      // In Arabic too (its rule is the more specific one).
      await page.evaluate(() => (document.documentElement.lang = 'ar'));
      await expect(page.locator('[data-static-map] svg .ism-labels text').filter({ visible: true }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
