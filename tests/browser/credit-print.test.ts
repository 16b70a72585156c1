/**
 * Credit, print and picture, as a reader and a newsroom meet them: the credit line (outlet or
 * "Outlet not recorded", date, the original's link, "Map: Isnad", "Boundaries: Natural Earth") in
 * the page the build writes before any script, in the full view and in the embed, in both
 * languages; the PNG's band; and paper: page.pdf() under print media holds the map, the selected
 * region's facts and the whole article, in both languages, on A4 and Letter.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openApp, waitForMapReady } from './app-page';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });
const story = JSON.parse(readFileSync(join(ROOT, 'public/stories/nato-syria-de-escalation/story.json'), 'utf8')) as { sentences: { en: string }[] };
const article = readFileSync(join(ROOT, 'public/stories/nato-syria-de-escalation/article.txt'), 'utf8');

const CREDIT = {
  en: { first: 'Outlet not recorded · Map: Isnad · Boundaries: Natural Earth', outlet: 'Outlet: وكالة أنباء تجريبية', published: 'Published: 3 March 2025', original: 'Original article' },
  ar: { first: 'الناشر غير مسجَّل · الخريطة: إسناد · الحدود: Natural Earth', outlet: 'الناشر: وكالة أنباء تجريبية', published: 'تاريخ النشر: 3 مارس 2025', original: 'المقال الأصلي' },
} as const;
const SECOND_URL = 'https://example.org/news/shelling-southern-idlib';
const LANGS = ['en', 'ar'] as const;

const SECOND = join(ROOT, 'tests/fixtures/stories/second-story');

let browser: Browser;
const baseUrl = inject('baseUrl');
/** The build, with the second story's files served beside it (the build sealed them: global-setup adds the fixture stories). */
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDirectory(inject('dist'), {
    override: (req, res) => {
      const match = /^\/stories\/second-story\/(story\.json|facts\.json|article\.txt)$/.exec(req.url ?? '');
      if (!match) return false;
      res.writeHead(200).end(readFileSync(join(SECOND, match[1]!)));
      return true;
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The credit line as a reader sees it, with its language and direction. */
/** The credit line on screen (the build's page holds one per language, and the app one more while it loads unseen). */
const visibleCredit = (page: Page) => page.locator('[data-testid="credit"]:visible');

async function creditOf(page: Page) {
  const line = visibleCredit(page);
  await line.waitFor();
  return line.evaluate((el) => ({
    text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    lang: el.getAttribute('lang'),
    direction: getComputedStyle(el).direction,
    naturalEarth: [...el.querySelectorAll('bdi')].find((b) => b.textContent === 'Natural Earth')?.getAttribute('lang') ?? null,
    links: [...el.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target'), text: a.textContent })),
  }));
}

describe('the credit line', () => {
  it('is in the HTML the build writes, before any script, in the full view and the embed, and stays put when the app arrives', async () => {
    for (const file of ['index.html', 'embed.html']) {
      const html = await (await fetch(new URL(file, baseUrl))).text();
      const at = html.indexOf('<p class="credit"');
      expect(at, `${file} has the credit line`).toBeGreaterThan(0);
      // In the body's own markup (module scripts run only after it is parsed).
      expect(at).toBeGreaterThan(html.indexOf('<div id="app"'));
      const line = html.slice(at, html.indexOf('</p>', at));
      expect(line).toContain('Outlet not recorded');
      expect(line).toContain('Map: <bdi lang="en">Isnad</bdi>');
      expect(line).toContain('Boundaries: <bdi lang="en">Natural Earth</bdi>');
      // The status line says the article is loading, after the credit (the regions answer already).
      expect(html.indexOf('Loading the article…')).toBeGreaterThan(at);
    }

    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(baseUrl);
    expect((await creditOf(page)).text).toBe(CREDIT.en.first);
    const before = (await visibleCredit(page).boundingBox())!;
    await page.screenshot({ path: join(SHOTS, 'credit-before-scripts.png') });
    await page.unroute('**/*.js');
    // The app has mounted but the facts have not arrived: its header keeps the build's credit line, in place.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/facts.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    // The app is mounted, laid out unseen under the build's page until the facts come.
    await page.locator('.app.pending').waitFor({ state: 'attached' });
    expect((await creditOf(page)).text).toBe(CREDIT.en.first);
    const mounted = (await visibleCredit(page).boundingBox())!;
    expect(Math.abs(mounted.y - before.y), 'the credit line does not move when the app mounts').toBeLessThanOrEqual(1);
    release();
    await waitForMapReady(page);
    const after = (await visibleCredit(page).boundingBox())!;
    expect(Math.abs(after.y - before.y), 'the credit line does not move when the app takes the page').toBeLessThanOrEqual(1);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    await context.close();
  });

  for (const lang of LANGS) {
    it(`the full view and the embed of the first story say the outlet is not recorded (${lang})`, async () => {
      for (const file of ['', 'embed.html']) {
        const { page, errors } = await openApp(browser, `${baseUrl}${file}#lang=${lang}`);
        await waitForMapReady(page);
        const credit = await creditOf(page);
        expect(credit.text).toBe(CREDIT[lang].first);
        expect(credit.lang).toBe(lang);
        expect(credit.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(credit.naturalEarth).toBe('en');
        expect(credit.links).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `credit-${file ? 'embed' : 'full'}-${lang}.png`) });
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it(`the second story names its outlet and date and links its original, noopener noreferrer (${lang})`, async () => {
      for (const file of ['index.html', 'embed.html']) {
        const { page, errors } = await openApp(browser, `${server.url}${file}?story=second-story#lang=${lang}`);
        await page.getByTestId('credit').locator('[data-credit="outlet"]').waitFor();
        const credit = await creditOf(page);
        expect(credit.text).toContain(CREDIT[lang].outlet);
        expect(credit.text).toContain(CREDIT[lang].published);
        expect(credit.text).not.toContain(CREDIT[lang].first.split(' · ')[0]);
        expect(credit.links).toEqual([{ href: SECOND_URL, rel: 'noopener noreferrer', target: '_blank', text: CREDIT[lang].original }]);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });
  }
});

/** Decodes a PNG in the page and counts the pixels of each colour asked for, in rows [from, to). */
async function countColours(page: Page, bytes: Buffer, rows: [number, number], colours: string[]): Promise<number[]> {
  return page.evaluate(
    async ({ base64, rows, colours }) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, rows[0], image.width, rows[1] - rows[0]).data;
      const wanted = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = wanted.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        wanted.forEach((rgb, k) => {
          if (Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) < 12) counts[k]! += 1;
        });
      }
      return counts;
    },
    { base64: bytes.toString('base64'), rows, colours },
  );
}

async function downloadPng(page: Page): Promise<Buffer> {
  const menu = page.locator('details.downloads');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), menu.getByRole('button').last().click()]);
  expect(await saved.failure()).toBeNull();
  return readFileSync((await saved.path())!);
}

describe('the PNG', () => {
  it('adds a band under the map (title, legend with its figures, credit), and keys the selection\'s blue only when a region is selected', async () => {
    const SELECTED = '#1d4e89';
    const KILLED = '#a1251b';
    for (const hash of ['#region=idlib', '', '#region=idlib&lang=ar']) {
      const { page, errors } = await openApp(browser, `${baseUrl}${hash}`);
      await waitForMapReady(page);
      const box = (await page.getByTestId('map').boundingBox())!;
      const bytes = await downloadPng(page);
      const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
      expect(size.width).toBe(Math.round(box.width * 2));
      // The band: a title line, two legend rows (three with the selection's key) and the credit, at least 90 CSS px.
      const band = size.height / 2 - box.height;
      expect(band).toBeGreaterThanOrEqual(hash ? 100 : 90);
      const [selected, killed] = await countColours(page, bytes, [Math.round(box.height * 2), size.height], [SELECTED, KILLED]);
      expect(killed, 'the circles\' key').toBeGreaterThan(50);
      if (hash) expect(selected, 'the selection\'s key').toBeGreaterThan(50);
      else expect(selected, 'no selection, no key').toBe(0);
      writeFileSync(join(SHOTS, `credit-png${hash.replace(/[#=&]/g, '-')}.png`), bytes);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('print', () => {
  for (const lang of LANGS) {
    it(`puts the map, the selected region's facts with their sentences and the whole article on paper, A4 and Letter (${lang})`, async () => {
      const { page, errors } = await openApp(browser, `${baseUrl}#region=idlib&lang=${lang}`);
      await waitForMapReady(page);
      await page.emulateMedia({ media: 'print' });
      // The WebGL canvas prints empty: a picture of the map stands in for it.
      await page.waitForFunction(() => document.querySelector('.print-snapshot')?.getAttribute('src')?.startsWith('data:image/png') === true);
      expect(await page.locator('.print-snapshot').isVisible()).toBe(true);
      // Nothing of the article is clipped or folded away: every sentence is laid out and visible.
      const panel = page.locator('.article-panel');
      expect(await panel.isVisible()).toBe(true);
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('.article-panel, .article-scroll, .popup-slot, .popup')) {
          if (el.scrollHeight > el.clientHeight + 1) out.push(`${el.className}: ${el.scrollHeight} > ${el.clientHeight}`);
        }
        const sentences = [...document.querySelectorAll<HTMLElement>('.article .sentence')];
        const hidden = sentences.filter((s) => s.getBoundingClientRect().height === 0).length;
        return { out, sentences: sentences.length, hidden };
      });
      expect(clipped.out).toEqual([]);
      expect(clipped.sentences).toBe(story.sentences.length);
      expect(clipped.hidden).toBe(0);
      expect(await page.getByTestId('popup').isVisible()).toBe(true);
      expect(await page.getByTestId('credit').isVisible()).toBe(true);
      for (const format of ['A4', 'Letter'] as const) {
        const file = join(SHOTS, `credit-print-${lang}-${format}.pdf`);
        await page.pdf({ path: file, format, printBackground: true });
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        const pages = text.split('\f').filter((p) => p.trim() !== '').length;
        expect(pages, 'more than a one-page screenshot').toBeGreaterThan(1);
        if (lang === 'en') {
          // Every sentence's translation is printed under it, the last one included.
          const squash = (s: string) => s.replace(/\s+/g, ' ');
          expect(squash(text)).toContain(squash(story.sentences.at(-1)!.en));
          expect(squash(text)).toContain('Outlet not recorded');
          expect(squash(text)).toContain('at least 54');
        } else {
          expect(text).toContain('Natural Earth');
        }
        // The article's last sentence is on paper, word by word (pdftotext splits lam-alef ligatures: those words are left out).
        const printed = text.normalize('NFKC');
        const lastWords = article.trim().split(/\.,\s*/).at(-1)!.split(/\s+/).map((w) => w.replace(/[^\u0621-\u064A]/g, '')).filter((w) => w.length > 2 && !/ل[اأآإ]/.test(w));
        expect(lastWords.length).toBeGreaterThan(8);
        for (const word of lastWords) expect(printed, word).toContain(word);
        if (format === 'A4') execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, `credit-print-${lang}`)]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
