/**
 * Labels never collide: at the story's own view and at zooms 5 to 8, in both languages, no two
 * visible label texts intersect, and no text covers a town's dot or sits under the legend.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openApp, waitForMapReady } from './app-page';
import { launchChromium } from './chromium';

const ROOT = join(import.meta.dirname, '../..');
const story = JSON.parse(readFileSync(join(ROOT, 'public/stories/nato-syria-de-escalation/story.json'), 'utf8')) as { view: { center: [number, number] } };

let browser: Browser;
let noWebgl: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchChromium();
  noWebgl = await launchChromium({ args: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] });
});
afterAll(async () => {
  await browser?.close();
  await noWebgl?.close();
});

interface Rect {
  id: string;
  kind: 'text' | 'dot' | 'obstacle';
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every drawn label text, town dot and box over the map, as the reader sees them. */
async function drawnLabels(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const rect = (id: string, kind: string, e: Element) => {
      const r = e.getBoundingClientRect();
      return { id, kind, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = [...document.querySelectorAll<HTMLElement>('.map-label')].filter((e) => !e.hidden && getComputedStyle(e).display !== 'none');
    return [
      ...shown.map((e) => rect(e.dataset['label']!, 'text', e.querySelector('.map-label__text')!)),
      ...shown.filter((e) => e.querySelector('.map-label__dot')).map((e) => rect(e.dataset['label']!, 'dot', e.querySelector('.map-label__dot')!)),
      ...[...document.querySelectorAll('[data-map-obstacle]')].map((e, i) => rect(`obstacle-${i}`, 'obstacle', e)),
    ] as Rect[];
  });
}

function collisions(rects: Rect[]): string[] {
  const hit = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const texts = rects.filter((r) => r.kind === 'text');
  const found: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) if (hit(a, b)) found.push(`${a.id} × ${b.id}`);
    for (const b of rects) if (b.kind !== 'text' && b.id !== a.id && hit(a, b)) found.push(`${a.id} × ${b.kind} ${b.id}`);
  }
  return found;
}

async function setView(page: Page, zoom: number): Promise<void> {
  const [lon, lat] = story.view.center;
  await page.evaluate((hash) => (location.hash = hash), `${new URL(page.url()).hash.includes('lang=ar') ? 'lang=ar&' : ''}map=${zoom}/${lat}/${lon}`);
  await expect.poll(() => page.evaluate(() => /map=([\d.]+)/.exec(location.hash)?.[1])).toBe(String(zoom));
  // Two frames: the map has moved and the placement pass (run on the next frame) has settled.
  await page.waitForTimeout(300);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('labels placed without collisions', () => {
  it.each([
    ['en', DESKTOP],
    ['ar', DESKTOP],
    ['en', PHONE],
    ['ar', PHONE],
  ] as const)('%s at %o: the start view and zooms 5 to 8', async (lang, viewport) => {
    const { page, errors } = await openApp(browser, `${baseUrl}#lang=${lang}`, { viewport });
    await waitForMapReady(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const start = await drawnLabels(page);
    expect(start.filter((r) => r.kind === 'text').length).toBeGreaterThanOrEqual(3);
    expect(collisions(start)).toEqual([]);
    let towns = 0;
    for (const zoom of [5, 6, 7, 8]) {
      await setView(page, zoom);
      const rects = await drawnLabels(page);
      towns += rects.filter((r) => r.kind === 'dot').length;
      expect(collisions(rects), `zoom ${zoom}`).toEqual([]);
    }
    // Zoomed in, towns and their dots are drawn too (the pass places them, it does not drop them all).
    expect(towns).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the drawing (the map before, or without, WebGL) names the story\'s regions with the same pass', () => {
  it.each([
    ['en', DESKTOP],
    ['ar', DESKTOP],
    ['ar', PHONE],
  ] as const)('%s at %o', async (lang, viewport) => {
    const { page, errors } = await openApp(noWebgl, `${baseUrl}#lang=${lang}`, { viewport });
    await waitForMapReady(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const rects = await drawnLabels(page);
    const names = await page.locator('.drawing-labels .map-label:not([hidden]) .map-label__primary').allTextContents();
    expect(names).toContain(lang === 'ar' ? 'إدلب' : 'Idlib');
    expect(collisions(rects)).toEqual([]);
    expect(errors.filter((e) => !/WebGL|webgl/.test(e))).toEqual([]);
    await page.context().close();
  });
});
