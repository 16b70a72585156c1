/**
 * When the story cannot be trusted or found, the reader gets a clear message
 * in their language, never a blank frame or an uncaught error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

const REAL = join(import.meta.dirname, '../../public/stories/nato-syria-de-escalation');
const SECOND = join(import.meta.dirname, '../fixtures/stories/second-story');
const real = (name: string) => readFileSync(join(REAL, name));

/** Stories served under their own ids, beside the built app. */
const SERVED: Record<string, Record<string, Buffer | string | null>> = {
  'not-found': {},
  // A valid story copied onto the server without going through the validator and the build.
  'never-validated': Object.fromEntries(['facts.json', 'story.json', 'article.txt'].map((name) => [name, readFileSync(join(SECOND, name))])),
  // A new story a newsroom adds: validated and sealed by the build (global-setup adds tests/fixtures/stories).
  'second-story': Object.fromEntries(['facts.json', 'story.json', 'article.txt'].map((name) => [name, readFileSync(join(SECOND, name))])),
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDirectory(inject('dist'), {
    override: (req, res) => {
      const match = /^\/stories\/([a-z-]+)\/([a-z.]+)$/.exec(req.url ?? '');
      const story = match ? SERVED[match[1]!] : undefined;
      if (!match || !story) return false;
      const body = story[match[2]!];
      if (body === undefined || body === null) res.writeHead(404).end('not found');
      else res.writeHead(200).end(body);
      return true;
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a story that fails to load', () => {
  it.each([
    { story: 'not-found', lang: 'en', text: 'could not be found' },
    { story: 'never-validated', lang: 'en', text: 'has not been checked by Isnad’s validator' },
    { story: 'Red-Base', lang: 'en', text: 'could not be found' },
    { story: 'not-found', lang: 'ar', text: 'تعذّر العثور' },
    { story: 'never-validated', lang: 'ar', text: 'لم تُفحص هذه القصة' },
  ])('?story=$story ($lang): a clear message, no uncaught error, no figure', async ({ story, lang, text }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['index.html', 'embed.html']) {
      await page.goto(`${server.url}${path}?story=${story}#lang=${lang}`);
      await expectFailure(page, lang, text);
    }
    // Only the opened story's files are asked for: never the default story's.
    expect(requests.filter((url) => url.includes('/stories/nato-syria-de-escalation/'))).toEqual([]);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('names the bad story id in the technical details', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}index.html?story=Red-Base`);
    await page.getByTestId('load-failure').locator('summary').click();
    expect(await page.getByTestId('load-failure').locator('li').innerText()).toContain('?story=Red-Base');
    await page.context().close();
  });
});

/** The failure message in the reader's language, and no figure on screen. */
async function expectFailure(page: Page, lang: string, text: string) {
  const alert = page.getByTestId('load-failure');
  await alert.waitFor();
  expect(await alert.getByRole('heading').innerText()).toBe(lang === 'ar' ? 'تعذّر تحميل القصة' : 'The story could not be loaded');
  expect(await alert.innerText()).toContain(text);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  expect(await page.locator('[role="dialog"], .regions').count()).toBe(0);
}

describe('a second story', () => {
  it('loads with no code change and shows its own figures', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}index.html?story=second-story#region=idlib`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('about 300');
    expect(text).toContain('at least 12');
    expect(await page.locator('h1').innerText()).toBe('قصف على ريف إدلب الجنوبي');
    // Its article.url, an https link to the original, opens in a new tab without telling it where the reader came from.
    const original = page.locator('.credit [data-credit="original"] a');
    await expect(original.getAttribute('href')).resolves.toBe('https://example.org/news/shelling-southern-idlib');
    await expect(original.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    expect(await page.locator('.credit [data-credit="outlet"]').innerText()).toContain('وكالة أنباء تجريبية');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the default story, whose map the build drew into the page', () => {
  /** A server for the built app whose default story answers late, or not at all. */
  async function serveDefaultStory(answer: 'late' | 'missing' | 'tampered' | 'tampered-article'): Promise<StaticServer> {
    return serveDirectory(inject('dist'), {
      override: (req, res) => {
        if (answer === 'tampered-article' && req.url === '/stories/nato-syria-de-escalation/article.txt') {
          res.writeHead(200).end(Buffer.concat([real('article.txt'), Buffer.from(' ')]));
          return true;
        }
        if (!/^\/stories\/nato-syria-de-escalation\/facts\.json$/.test(req.url ?? '')) return false;
        if (answer === 'missing') res.writeHead(404).end('not found');
        // Edited on the server after the build: a figure the validator never saw.
        else if (answer === 'tampered') res.writeHead(200).end(real('facts.json').toString('utf8').replace('"min": 54', '"min": 540'));
        else setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(real('facts.json')), 1500);
        return true;
      },
    });
  }

  it.each([
    { answer: 'tampered', lang: 'en', text: 'fingerprinted' },
    { answer: 'tampered', lang: 'ar', text: 'بصمته' },
    { answer: 'tampered-article', lang: 'en', text: 'fingerprinted' },
  ] as const)('refuses the built story when its files are edited after the build ($answer, $lang)', async ({ answer, lang, text }) => {
    const edited = await serveDefaultStory(answer);
    const page = await (await browser.newContext()).newPage();
    for (const path of ['index.html', 'embed.html']) {
      await page.goto(`${edited.url}${path}#lang=${lang}`);
      await expectFailure(page, lang, text);
      // Neither the edited figure nor the drawing of the map is left on screen.
      expect(await page.locator('body').innerText()).not.toContain('540');
      await expect(page.locator('[data-static-map]').count()).resolves.toBe(0);
    }
    await page.context().close();
    await edited.close();
  });

  it('keeps the drawing on screen while the story loads, then the map takes its place', async () => {
    const late = await serveDefaultStory('late');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${late.url}index.html`);
    // The story is still on its way: the drawing is there and visible, next to a loading status.
    await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor();
    const drawing = page.locator('[data-static-map] svg');
    await expect(drawing.isVisible()).resolves.toBe(true);
    const box = await drawing.boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(200 * 200);
    await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
    await expect(page.locator('.regions [data-region="idlib"]').count()).resolves.toBe(1);
    await page.context().close();
    await late.close();
  });

  it('removes the drawing when the story cannot be loaded: a message, never a map without its facts', async () => {
    const missing = await serveDefaultStory('missing');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${missing.url}index.html`);
    await page.getByTestId('load-failure').waitFor();
    await expect(page.locator('[data-static-map]').count()).resolves.toBe(0);
    await expect(page.getByTestId('load-failure').isVisible()).resolves.toBe(true);
    await page.context().close();
    await missing.close();
  });
});
