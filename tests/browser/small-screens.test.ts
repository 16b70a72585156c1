/**
 * Nothing hidden on small screens: one panel at a time on a phone and in narrow embeds, and the
 * selected region stays in sight beside (or above) its popup.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, openApp, waitForMapReady } from './app-page';
import { launchChromium } from './chromium';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Settles the fitted view: the map eases for up to 600 ms, then the labels are placed a frame later. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(900);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The region's label point on screen (its label marker is a zero-size box at that point), and the popup's box. */
async function labelAndPopup(page: Page, region: string) {
  return page.evaluate((id) => {
    const marker = document.querySelector<HTMLElement>(`.map-label[data-label="region-${CSS.escape(id)}"]`);
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    // No popup: an empty box nowhere.
    const popup = document.querySelector('[data-testid="popup"]')?.getBoundingClientRect() ?? { left: 0, top: 0, right: -1, bottom: -1 };
    const box = (r: { left: number; top: number; right: number; bottom: number }) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const legend = document.querySelector('.legend-slot')?.getBoundingClientRect() ?? { left: 0, top: 0, right: -1, bottom: -1 };
    if (!marker || marker.hidden) return { point: null, popup: box(popup), map: box(map), legend: box(legend) };
    const r = marker.getBoundingClientRect();
    return { point: { x: r.left, y: r.top }, popup: box(popup), map: box(map), legend: box(legend) };
  }, region);
}

function expectInSight(seen: Awaited<ReturnType<typeof labelAndPopup>>, what: string) {
  expect(seen.point, `${what}: the selected region's name is on the map`).not.toBeNull();
  const { x, y } = seen.point!;
  const { popup, map } = seen;
  const underPopup = x >= popup.left && x <= popup.right && y >= popup.top && y <= popup.bottom;
  expect(underPopup, `${what}: label point ${Math.round(x)},${Math.round(y)} under the popup ${JSON.stringify(popup)}`).toBe(false);
  const { legend } = seen;
  const underLegend = x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom;
  expect(underLegend, `${what}: label point under the legend ${JSON.stringify(legend)}`).toBe(false);
  const onMap = x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
  expect(onMap, `${what}: label point on the visible map`).toBe(true);
}

const cases = [
  { name: 'a 390×844 touch phone', path: '/', viewport: PHONE, isMobile: true },
  { name: 'a 400 px embed', path: '/embed.html', viewport: { width: 400, height: 900 }, isMobile: false },
  { name: 'a 640 px embed', path: '/embed.html', viewport: { width: 640, height: 1000 }, isMobile: false },
] as const;

describe('the selected region stays in sight', () => {
  it.each(cases.flatMap((c) => (['en', 'ar'] as const).map((lang) => ({ ...c, lang }))))('$name ($lang): Idlib and Syria, from the list and on the map', async ({ path, viewport, isMobile, lang }) => {
    const { page, errors } = await openApp(browser, `${baseUrl.replace(/\/$/, '')}${path}#lang=${lang}`, { viewport, isMobile });
    await waitForMapReady(page);
    await page.waitForFunction(() => performance.getEntriesByName('isnad:webgl-ready').length > 0);
    for (const region of ['idlib', 'syria']) {
      await page.locator(`.regions [data-region="${region}"]`).first().click();
      await page.getByTestId('popup').waitFor();
      await settle(page);
      expectInSight(await labelAndPopup(page, region), `${region} from the list`);
    }
    // On the map: close, then click Idlib where the map shows it.
    await page.keyboard.press('Escape');
    await settle(page);
    const before = await labelAndPopup(page, 'idlib');
    expect(before.point).not.toBeNull();
    if (isMobile) await page.touchscreen.tap(before.point!.x, before.point!.y);
    else await page.mouse.click(before.point!.x, before.point!.y);
    await expect.poll(() => page.getByTestId('popup').getAttribute('data-region')).toBe('idlib');
    await settle(page);
    expectInSight(await labelAndPopup(page, 'idlib'), 'idlib clicked on the map');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a region chosen before the WebGL map', () => {
  // The drawing cannot move; when the WebGL map takes over, the app's popup (on the right in Arabic)
  // must not be left over the region chosen on the drawing or by a link, its circle included.
  it.each([
    { name: 'a 1440 px desktop, Arabic, a link to Idlib', hash: '#lang=ar&region=idlib', region: 'idlib', viewport: { width: 1440, height: 900 }, isMobile: false },
    { name: 'a 1280 px desktop, Arabic, a link to Idlib', hash: '#lang=ar&region=idlib', region: 'idlib', viewport: { width: 1280, height: 800 }, isMobile: false },
    { name: 'a 390×844 touch phone, a link to Syria', hash: '#region=syria', region: 'syria', viewport: PHONE, isMobile: true },
  ])('$name: its circle is clear of the popup after the takeover', async ({ hash, region, viewport, isMobile }) => {
    const { page, errors } = await openApp(browser, `${baseUrl.replace(/\/$/, '')}/${hash}`, { viewport, isMobile });
    await waitForMapReady(page);
    await page.waitForFunction(() => performance.getEntriesByName('isnad:webgl-ready').length > 0);
    await settle(page);
    const seen = await labelAndPopup(page, region);
    expectInSight(seen, region);
    // Clear by the largest circle the map draws (36 px) around the label point.
    const { x, y } = seen.point!;
    const near = x >= seen.popup.left - 36 && x <= seen.popup.right + 36 && y >= seen.popup.top - 36 && y <= seen.popup.bottom + 36;
    expect(near, `${region}: label point ${Math.round(x)},${Math.round(y)} within a circle of the popup ${JSON.stringify(seen.popup)}`).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('one panel at a time', () => {
  it('on a phone, a sentence tapped in the article sheet closes the sheet and shows its facts, heading on top', async () => {
    const { page } = await openApp(browser, baseUrl, { viewport: PHONE, isMobile: true });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Show article' }).tap();
    const sentence = page.locator('[data-sentence] button.text').filter({ hasText: '54' }).first();
    await sentence.waitFor();
    await sentence.tap();
    const heading = page.getByTestId('popup').locator('h2');
    await heading.waitFor();
    const box = (await heading.boundingBox())!;
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="popup"] h2') !== null, { x: box.x + Math.min(20, box.width / 2), y: box.y + box.height / 2 });
    expect(onTop).toBe(true);
    await expect(page.getByRole('button', { name: 'Show article' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.context().close();
  });

  it('in a 400 px embed, the article opens in a bounded box with a close control at its end', async () => {
    const { page } = await openApp(browser, `${baseUrl.replace(/\/$/, '')}/embed.html`, { viewport: { width: 400, height: 900 } });
    await waitForMapReady(page);
    const closed = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator('.sheet-toggle').click();
    await page.locator('[data-sentence]').first().waitFor();
    const open = await page.evaluate(() => document.documentElement.scrollHeight);
    // The page (so the frame) grows by the article's box, not by the whole article.
    expect(open - closed).toBeLessThan(600);
    const end = page.locator('.sheet-close-end');
    await end.scrollIntoViewIfNeeded();
    await end.click();
    await expect(page.locator('.sheet-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.context().close();
  });
});

describe('region chips', () => {
  it.each([
    ['en', { width: 1280, height: 800 }],
    ['ar', { width: 1440, height: 900 }],
  ] as const)('are all in sight on a %s desktop %o, none cut off', async (lang, viewport) => {
    const { page } = await openApp(browser, `${baseUrl}#lang=${lang}`, { viewport });
    await waitForMapReady(page);
    const boxes = await page.locator('.regions [data-region]').evaluateAll((chips) => chips.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
    }
    await page.context().close();
  });

  it('on a phone, Escape sends the focus back to its chip, scrolled into sight', async () => {
    const { page } = await openApp(browser, baseUrl, { viewport: PHONE });
    await waitForMapReady(page);
    const last = page.locator('.regions [data-region]').last();
    await last.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('popup').waitFor();
    // The reader scrolls the chips back to the start, then closes the popup.
    await page.locator('.regions ul').evaluate((list) => (list.scrollLeft = 0));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['region'])).toBe(await last.getAttribute('data-region'));
    const box = (await last.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 1);
    await page.context().close();
  });
});

/**
 * The share of the map's pixels between the map's top and the popup card that show the page's own
 * background (a colour the map never draws) instead of the map, from a screenshot of that band.
 */
async function pageBackgroundAbovePopup(page: Page): Promise<number> {
  const band = await page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const popup = document.querySelector('[data-testid="popup"]')!.getBoundingClientRect();
    return { x: map.left, y: map.top, width: map.width, height: popup.top - map.top };
  });
  expect(band.height, 'the phone card leaves a band of map above it').toBeGreaterThan(100);
  // The whole page, cut in the page: a clipped screenshot is composited anew and misses what the reader sees.
  const shot = await page.screenshot();
  return page.evaluate(async ({ base64, band }) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const scale = image.width / innerWidth;
    const data = ctx.getImageData(Math.round(band.x * scale), Math.round(band.y * scale), Math.round(band.width * scale), Math.round(band.height * scale)).data;
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    let page = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) page += 1;
    return page / (data.length / 4);
  }, { base64: shot.toString('base64'), band });
}

describe('the map above a phone\'s popup card', () => {
  // Chromium culls the parts of the WebGL canvas that opaque layers over it hide (the card, its sticky
  // header), but mirrored top to bottom on the canvas's flipped picture: the band above the card went blank.
  it.each([
    { name: 'Syria chosen from the list', hash: '', region: 'syria' },
    { name: 'a link to Turkey with its own view', hash: '#map=4.65/30.8902/39.0569&region=turkey', region: null },
  ])('is drawn, not a blank of the page\'s background ($name)', async ({ hash, region }) => {
    const { page, errors } = await openApp(browser, `${baseUrl.replace(/\/$/, '')}/${hash}`, { viewport: PHONE, isMobile: true });
    await waitForMapReady(page);
    await page.waitForFunction(() => performance.getEntriesByName('isnad:webgl-ready').length > 0);
    if (region) await page.locator(`.regions [data-region="${region}"]`).first().click();
    await page.getByTestId('popup').waitFor();
    await settle(page);
    expect(await pageBackgroundAbovePopup(page)).toBeLessThan(0.02);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
