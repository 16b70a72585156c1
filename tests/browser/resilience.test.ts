/**
 * When the story cannot be trusted or found, the reader gets a clear message
 * in their language, never a blank frame or an uncaught error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

const REAL = join(import.meta.dirname, '../../public/stories/nato-syria-de-escalation');
const SECOND = join(import.meta.dirname, '../fixtures/stories/second-story');
const real = (name: string) => readFileSync(join(REAL, name));

/** Broken copies of the real story, served under their own ids. */
const BROKEN: Record<string, Record<string, Buffer | string | null>> = {
  'not-found': {},
  'invalid-json': { 'facts.json': '{"facts": [', 'story.json': real('story.json'), 'article.txt': real('article.txt') },
  'hash-mismatch': { 'facts.json': real('facts.json'), 'story.json': real('story.json'), 'article.txt': Buffer.concat([real('article.txt'), Buffer.from(' ')]) },
  // A valid story the app has never seen, served as a newsroom would add it.
  'second-story': Object.fromEntries(['facts.json', 'story.json', 'article.txt'].map((name) => [name, readFileSync(join(SECOND, name))])),
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDirectory(inject('dist'), {
    override: (req, res) => {
      const match = /^\/stories\/([a-z-]+)\/([a-z.]+)$/.exec(req.url ?? '');
      const story = match ? BROKEN[match[1]!] : undefined;
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
    { story: 'not-found', lang: 'en', heading: 'The story could not be loaded', text: 'could not be found' },
    { story: 'invalid-json', lang: 'en', heading: 'The story could not be loaded', text: 'did not pass its checks' },
    { story: 'hash-mismatch', lang: 'en', heading: 'The story could not be loaded', text: 'fingerprint' },
    { story: 'not-found', lang: 'ar', heading: 'تعذّر تحميل القصة', text: 'تعذّر العثور' },
    { story: 'hash-mismatch', lang: 'ar', heading: 'تعذّر تحميل القصة', text: 'بصمته' },
  ])('$story ($lang): a clear message, no uncaught error', async ({ story, lang, heading, text }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    for (const path of ['index.html', 'embed.html']) {
      await page.goto(`${server.url}${path}?story=${story}#lang=${lang}`);
      const alert = page.getByTestId('load-failure');
      await alert.waitFor();
      expect(await alert.getByRole('heading').innerText()).toBe(heading);
      expect(await alert.innerText()).toContain(text);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // No figure reaches the screen.
      expect(await page.locator('[role="dialog"], .regions').count()).toBe(0);
    }
    expect(uncaught).toEqual([]);
    await context.close();
  });
});

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
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the default story, whose map the build drew into the page', () => {
  /** A server for the built app whose default story answers late, or not at all. */
  async function serveDefaultStory(answer: 'late' | 'missing'): Promise<StaticServer> {
    return serveDirectory(inject('dist'), {
      override: (req, res) => {
        if (!/^\/stories\/nato-syria-de-escalation\/facts\.json$/.test(req.url ?? '')) return false;
        if (answer === 'missing') res.writeHead(404).end('not found');
        else setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(real('facts.json')), 1500);
        return true;
      },
    });
  }

  it('keeps the drawing on screen while the story loads, then the map takes its place', async () => {
    const late = await serveDefaultStory('late');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${late.url}index.html`);
    // The story is still on its way: the drawing is there and visible, next to a loading status.
    await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor();
    const image = page.locator('[data-static-map] img');
    await expect(image.isVisible()).resolves.toBe(true);
    const box = await image.boundingBox();
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
