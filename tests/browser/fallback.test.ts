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
  it('shows the drawn map at first paint and swaps it for the WebGL map at the same place', async () => {
    const context = await normal.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Before any script: the regions are in the HTML itself.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    // An image of the drawing (a contentful paint), holding the story's regions.
    const image = page.locator('[data-static-map] img.static-map__image');
    const src = (await image.getAttribute('src'))!;
    expect(decodeURIComponent(src)).toContain("data-region='idlib'");
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = (await image.boundingBox())!;
    expect(box.width * box.height).toBeGreaterThan(100_000);
    await page.screenshot({ path: join(SHOTS, 'first-paint-no-js.png') });
    await page.unroute('**/*.js');
    await page.goto(inject('baseUrl'));
    await waitForMapReady(page);
    await expect(page.locator('[data-static-map]').count()).resolves.toBe(0);
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(1);
    // The largest contentful paint is the drawing, painted before any script ran.
    const lcp = await page.evaluate(
      () =>
        new Promise<string>((done) =>
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null; url?: string };
            done(`${last.url?.slice(0, 20) ?? ''}|${last.element?.className ?? '(removed)'}`);
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    );
    expect(lcp.startsWith('data:image/svg+xml')).toBe(true);
    await context.close();
  });
});
