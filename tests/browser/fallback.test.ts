/**
 * Without WebGL, or when MapLibre's worker cannot load, the map drawn at build
 * time stays and becomes clickable: a reader loses pan and zoom, never a fact.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMapReady } from './app-page';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

let noWebgl: Browser;
let normal: Browser;
let brokenWorker: StaticServer;

beforeAll(async () => {
  noWebgl = await launchChromium({ args: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] });
  normal = await launchChromium();
  // The same build, but MapLibre's worker script is missing.
  brokenWorker = await serveDirectory(inject('dist'), {
    override: (req, res) => {
      if (!/maplibre-gl-worker/.test(req.url ?? '')) return false;
      res.writeHead(404).end('not found');
      return true;
    },
  });
});

afterAll(async () => {
  await noWebgl?.close();
  await normal?.close();
  await brokenWorker?.close();
});

async function openFallback(browser: Browser, url: string): Promise<{ page: Page; requests: string[]; uncaught: string[] }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const uncaught: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(url);
  await waitForMapReady(page);
  return { page, requests, uncaught };
}

describe.each([
  { name: 'no WebGL', browser: () => noWebgl, url: () => inject('baseUrl') },
  { name: 'worker fails to load', browser: () => normal, url: () => brokenWorker.url },
])('$name', ({ name, browser, url }) => {
  it('keeps the static map, with regions as focusable buttons that open the same popups', async () => {
    const { page, requests, uncaught } = await openFallback(browser(), url());
    const idlib = page.locator('.static-map--interactive path[data-region="idlib"]');
    await expect(idlib.getAttribute('role')).resolves.toBe('button');
    await expect(idlib.getAttribute('aria-label')).resolves.toBe('Idlib');
    // A click on Idlib where it is drawn reaches the drawing (it is on top of anything MapLibre left).
    const box = (await idlib.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-region'), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(hit).toBe('idlib');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getAttribute('data-region')).resolves.toBe('idlib');
    expect(await dialog.innerText()).toContain('at least 54');
    await page.screenshot({ path: join(SHOTS, `fallback-${name.replaceAll(' ', '-')}.png`) });
    await page.keyboard.press('Escape');

    // The keyboard: focus Turkey's shape and press Enter.
    await page.locator('.static-map--interactive path[data-region="turkey"]').focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getAttribute('data-region')).resolves.toBe('turkey');
    await expect(page.locator('path[data-region="turkey"]').getAttribute('aria-pressed')).resolves.toBe('true');

    // The article panel still selects regions.
    await page.locator('[data-sentence="12"] button.text').click();
    await expect(dialog.getAttribute('data-region')).resolves.toBe('idlib');

    const origin = new URL(url()).origin;
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });

  it('works in the embed too', async () => {
    const { page, uncaught } = await openFallback(browser(), `${url()}embed.html#region=turkey&lang=ar`);
    await expect(page.getByRole('dialog').getAttribute('data-region')).resolves.toBe('turkey');
    await expect(page.locator('.static-map--interactive path[data-region="idlib"]').getAttribute('aria-label')).resolves.toBe('إدلب');
    expect(uncaught).toEqual([]);
    await page.context().close();
  });
});

describe('with WebGL', () => {
  // The build's page answers before the app: its early script (public/early-answer.js) shows the written popups.
  const appScripts = /\/assets\/.+\.js$/;

  it.each(['en', 'ar'] as const)("answers a click on Idlib before any of the app's scripts has run, then the app takes over with Idlib open, where it was (%s)", async (lang) => {
    const context = await normal.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(appScripts, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('baseUrl')}#lang=${lang}`, { waitUntil: 'commit' });
    const idlib = page.locator('[data-static-map] path[data-region="idlib"]');
    await idlib.waitFor();
    // The page's language is the link's, and the region is a button named in it.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect.poll(() => idlib.getAttribute('aria-label')).toBe(lang === 'en' ? 'Idlib' : 'إدلب');
    const box = (await idlib.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = page.locator('[role="dialog"][data-region="idlib"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(lang === 'en' ? 'at least 54' : '54 على الأقل');
    // The popup does not hide the region it answers for.
    const card = (await dialog.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(centre.x < card.x || centre.x > card.x + card.width || centre.y < card.y || centre.y > card.y + card.height).toBe(true);
    await expect(page.evaluate(() => performance.getEntriesByName('isnad:start').length)).resolves.toBe(0);
    // Escape closes it; Enter on the focused region opens it again.
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await idlib.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const mapBefore = (await page.locator('[data-static-map] svg').boundingBox())!;

    // The app arrives: Idlib stays open, in one popup, and the map has not moved.
    release();
    await page.waitForFunction(() => performance.getEntriesByName('isnad:map-interactive').length > 0);
    await expect.poll(() => page.locator('[data-prerendered-app]').count()).toBe(0);
    await expect(page.locator('[role="dialog"]').count()).resolves.toBe(1);
    await expect(page.locator('[role="dialog"]').getAttribute('data-region')).resolves.toBe('idlib');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('region=idlib');
    const mapAfter = (await page.locator('[data-static-map] svg').boundingBox())!;
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(mapAfter[key] - mapBefore[key]), key).toBeLessThanOrEqual(1);
    await waitForMapReady(page);
    await expect(page.locator('[role="dialog"]').getAttribute('data-region')).resolves.toBe('idlib');
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it("a region closed on the build's page stays closed when the app takes over, even when the link named it", async () => {
    const context = await normal.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(appScripts, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('baseUrl')}#region=syria`, { waitUntil: 'commit' });
    const dialog = page.locator('[role="dialog"][data-region="syria"]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('isnad:map-interactive').length > 0);
    await expect.poll(() => page.locator('[data-prerendered-app]').count()).toBe(0);
    await page.waitForTimeout(200);
    await expect(page.locator('[role="dialog"]').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows the drawn map at first paint, answers clicks on it before MapLibre, and swaps it for the WebGL map at the same place', async () => {
    const context = await normal.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Before any script: the regions are in the HTML itself, with the story's title.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    const drawnIdlib = page.locator('[data-static-map] svg path[data-region="idlib"]');
    await expect(drawnIdlib.count()).resolves.toBe(1);
    // The app's own layout is in the page the build wrote: the title in both languages, the regions with
    // their figures, the legend, and a line saying the article is loading, before any script.
    const shown = page.locator('[data-prerendered-app]:visible');
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.locator('h1.story-title').innerText()).resolves.toBe('حلف شمال الأطلسي يحث على خفض التصعيد بسوريا');
    await expect(shown.locator('.story-title-en').innerText()).resolves.toBe('NATO urges de-escalation in Syria');
    await expect(shown.locator('.regions [data-region="idlib"]').innerText()).resolves.toContain('at least 54');
    await expect(shown.getByRole('status').innerText()).resolves.toBe('Loading the article…');
    expect(await shown.locator('h1.story-title').isVisible()).toBe(true);
    const svgBox = (await page.locator('[data-static-map] svg').boundingBox())!;
    expect(svgBox.width * svgBox.height).toBeGreaterThan(100_000);
    await page.screenshot({ path: join(SHOTS, 'first-paint-no-js.png') });
    await page.unroute('**/*.js');

    // MapLibre's chunk is held back: the drawing alone must answer.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(/WebglMap-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => performance.getEntriesByName('isnad:map-interactive').length > 0);
    const box = (await drawnIdlib.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getAttribute('data-region')).resolves.toBe('idlib');
    expect(await dialog.innerText()).toContain('at least 54');
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
    // Dragging or zooming the drawing moves nothing: it is a still picture until WebGL takes over.
    await page.mouse.move(box.x - 100, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x - 300, box.y + 50, { steps: 5 });
    await page.mouse.up();
    await page.mouse.wheel(0, -400);
    expect((await drawnIdlib.boundingBox())!.x).toBeCloseTo(box.x, 0);

    // Let MapLibre come: it takes over with the same selection, the same view and no jump.
    release();
    await waitForMapReady(page);
    await expect(page.locator('[data-static-map]').count()).resolves.toBe(0);
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(1);
    await expect(dialog.getAttribute('data-region')).resolves.toBe('idlib');
    await expect(page.getByTestId('map').getAttribute('data-selected')).resolves.toBe('idlib');
    // The WebGL map's view is the drawing's: its Idlib label (at Idlib's label point) sits inside Idlib as drawn.
    const label = (await page.locator('[data-label="region-idlib"] .map-label__primary').boundingBox())!;
    const labelX = label.x + label.width / 2;
    expect(labelX).toBeGreaterThan(box.x);
    expect(labelX).toBeLessThan(box.x + box.width);
    const drawn = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // After the takeover, dragging pans the map (in its upper part, clear of the popup, the legend and the buttons).
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('map=');
    const before = await page.evaluate(() => location.hash);
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    const from = { x: mapBox.x + mapBox.width * 0.7, y: mapBox.y + mapBox.height * 0.3 };
    expect(from.x).toBeGreaterThan(drawn.x);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 120, from.y + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
    await context.close();
  });
});
