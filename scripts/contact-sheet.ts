/**
 * npm run contact-sheet [-- --no-build]
 *
 * One command, every screen a reader or a newsroom sees: builds the app (unless
 * --no-build), serves dist/ on 127.0.0.1 and takes Chromium screenshots of the
 * full view (desktop 1280 and 1440, phones 390×844 and 360×640 with touch), in
 * English and Arabic, light and dark, a popup open; the embed at 320, 400, 640
 * and 900 px; the PNG export; and the page printed to PDF (A4). Then it lays
 * them all out on one contact sheet. Everything lands in
 * test-results/contact-sheet/ (contact-sheet.png and one PNG per shot).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/static-server';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-results/contact-sheet');

interface Shot {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  mobile?: boolean;
  dark?: boolean;
  /** Runs on the page before the screenshot (open a popup, a menu …). */
  act?: (page: Page) => Promise<void>;
  fullPage?: boolean;
}

const DESKTOP = { width: 1280, height: 800 };
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 640 };

const openChip = (region: string) => async (page: Page) => {
  await page.locator(`.regions [data-region="${region}"]`).click();
  await page.getByRole('dialog').waitFor();
};

const SHOTS: Shot[] = [
  { name: 'desktop-en-start', path: 'index.html', viewport: DESKTOP },
  { name: 'desktop-en-idlib', path: 'index.html#region=idlib', viewport: DESKTOP },
  { name: 'desktop-en-turkey', path: 'index.html#region=turkey', viewport: DESKTOP },
  { name: 'desktop-ar-turkey', path: 'index.html#region=turkey&lang=ar', viewport: DESKTOP },
  { name: 'wide-ar-idlib-dark', path: 'index.html#region=idlib&lang=ar', viewport: WIDE, dark: true },
  { name: 'desktop-en-download-menu', path: 'index.html', viewport: DESKTOP, act: async (page) => page.locator('details.downloads summary').click() },
  { name: 'phone-en-start', path: 'index.html', viewport: PHONE, mobile: true },
  { name: 'phone-en-syria', path: 'index.html', viewport: PHONE, mobile: true, act: openChip('syria') },
  { name: 'phone-ar-idlib', path: 'index.html#lang=ar', viewport: PHONE, mobile: true, act: openChip('idlib') },
  { name: 'small-phone-en-idlib-dark', path: 'index.html', viewport: SMALL_PHONE, mobile: true, dark: true, act: openChip('idlib') },
  { name: 'embed-320-en', path: 'embed.html', viewport: { width: 320, height: 900 }, fullPage: true },
  { name: 'embed-400-ar-idlib', path: 'embed.html#region=idlib&lang=ar', viewport: { width: 400, height: 900 }, fullPage: true },
  { name: 'embed-640-en-idlib', path: 'embed.html#region=idlib', viewport: { width: 640, height: 900 }, fullPage: true },
  { name: 'embed-900-ar', path: 'embed.html#lang=ar', viewport: { width: 900, height: 900 }, fullPage: true },
];

async function shoot(browser: Browser, base: string, shot: Shot): Promise<string> {
  const context = await browser.newContext({ viewport: shot.viewport, isMobile: shot.mobile ?? false, hasTouch: shot.mobile ?? false, colorScheme: shot.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${base}${shot.path}`);
  await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
  await shot.act?.(page);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(300);
  const file = join(OUT, `${shot.name}.png`);
  if (shot.fullPage) {
    // A whole-page capture (as an embed's frame grows to its content) by making the viewport that tall:
    // Playwright's fullPage capture re-lays the page out and catches the WebGL canvas blank.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: shot.viewport.width, height });
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: file });
  await context.close();
  return file;
}

/** The Download menu's PNG, saved as a reader would. */
async function pngExport(browser: Browser, base: string): Promise<string> {
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}index.html#region=idlib`);
  await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
  await page.locator('details.downloads summary').click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('details.downloads button', { hasText: 'PNG' }).click()]);
  const file = join(OUT, 'export-png.png');
  await saved.saveAs(file);
  await context.close();
  return file;
}

/** The page printed to A4, turned into PNG pages with pdftoppm when it is installed. */
async function printed(browser: Browser, base: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${base}index.html#region=idlib`);
  await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
  const pdf = join(OUT, 'print-a4.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await context.close();
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '3', pdf, join(OUT, 'print-a4')]);
    return readdirSync(OUT).filter((name) => /^print-a4-\d+\.png$/.test(name)).sort().map((name) => join(OUT, name));
  } catch {
    console.warn('contact-sheet: pdftoppm not found (apt-get install -y poppler-utils): the print is left as print-a4.pdf');
    return [];
  }
}

/** One sheet: every shot as a captioned thumbnail, laid out by Chromium itself. */
async function sheet(browser: Browser, base: string, files: string[]): Promise<string> {
  const names = files.map((file) => file.slice(OUT.length + 1));
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{font:13px system-ui;margin:12px;background:#eee}
    main{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
    figure{margin:0;background:#fff;padding:6px}
    img{width:100%;max-height:560px;object-fit:contain;object-position:top;display:block;border:1px solid #ccc}
  </style><main>${names.map((n) => `<figure><img src="${n}"><figcaption>${n}</figcaption></figure>`).join('')}</main>`;
  writeFileSync(join(OUT, 'index.html'), html);
  const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
  await page.goto(`${base}index.html`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const file = join(OUT, 'contact-sheet.png');
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  return file;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    process.env['ISNAD_STORY_ROOTS'] ??= '';
    await build({ root: ROOT, configLoader: 'runner', logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const app = await serveDirectory(DIST);
  const browser = await launchChromium();
  try {
    const files: string[] = [];
    for (const shot of SHOTS) files.push(await shoot(browser, app.url, shot));
    files.push(await pngExport(browser, app.url));
    files.push(...(await printed(browser, app.url)));
    const shots = await serveDirectory(OUT);
    console.log(`contact-sheet: ${await sheet(browser, shots.url, files)} (${files.length} shots in ${OUT})`);
    await shots.close();
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(`contact-sheet: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
