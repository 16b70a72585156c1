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
  it('shows the drawn map at first paint, answers clicks on it before MapLibre, and swaps it for the WebGL map at the same place', async () => {
    const context = await normal.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Before any script: the regions are in the HTML itself, with the story's title.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    const drawnIdlib = page.locator('[data-static-map] svg path[data-region="idlib"]');
    await expect(drawnIdlib.count()).resolves.toBe(1);
    // The masthead is in the page the build wrote: the title in both languages and a loading line, before any script.
    await expect(page.locator('h1.story-title').innerText()).resolves.toBe('حلف شمال الأطلسي يحث على خفض التصعيد بسوريا');
    await expect(page.locator('.story-title-en').innerText()).resolves.toBe('NATO urges de-escalation in Syria');
    await expect(page.getByRole('status').innerText()).resolves.toBe('Loading the facts…');
    expect(await page.locator('h1.story-title').isVisible()).toBe(true);
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
