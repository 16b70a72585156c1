/**
 * What leaves the full view: the four downloads (checked with real parsers
 * against facts.json), the embed snippet and the per-fact links (through the
 * real clipboard), in headless Chromium on the production build. Then the
 * same full view under docs/csp.md's policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openApp, waitForMapReady, type OpenedPage } from './app-page';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';
import { CSP_CONSOLE, policies, recordViolations, violationsIn } from './fixtures/policy';

const ROOT = join(import.meta.dirname, '../..');
const STORY_ID = 'nato-syria-de-escalation';
const STORY = join(ROOT, 'public/stories', STORY_ID);

interface StoryFact {
  id: string;
  region: string;
  category: string;
  kind: string;
  quantity?: { min: number | null; max: number | null; qualifier: string; text: string; unit: { en: string; ar: string } };
  target: { source: string; selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }] };
  summary: { en: string; ar: string };
  translation: string;
}
const facts = (JSON.parse(readFileSync(join(STORY, 'facts.json'), 'utf8')) as { facts: StoryFact[] }).facts;
const factById = new Map(facts.map((f) => [f.id, f]));
const story = JSON.parse(readFileSync(join(STORY, 'story.json'), 'utf8')) as { title: { en: string; ar: string } };
const articleText = readFileSync(join(STORY, 'article.txt'), 'utf8');
const article = [...articleText];

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The full view at DESKTOP size, the map drawn, the clipboard allowed for the app's origin. */
async function open(url: string, hash = ''): Promise<OpenedPage> {
  const opened = await openApp(browser, `${url}${hash}`, { viewport: DESKTOP });
  await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await waitForMapReady(opened.page);
  return opened;
}

/** Opens the Download menu (if closed), clicks one entry, and returns the saved file. */
async function download(page: Page, entry: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('details.downloads');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary', { hasText: 'Download' }).click();
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), menu.getByRole('button', { name: entry, exact: true }).click()]);
  const failure = await saved.failure();
  expect(failure).toBeNull();
  return { name: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What every export must say about a fact, straight from facts.json. */
function expectSameFact(id: string, got: { quote: string; min: unknown; max: unknown; text: unknown }): void {
  const fact = factById.get(id);
  expect(fact, `a fact "${id}" in facts.json`).toBeDefined();
  expect(got.quote).toBe(fact!.target.selector[0].exact);
  expect(got.min).toEqual(fact!.quantity?.min ?? null);
  expect(got.max).toEqual(fact!.quantity?.max ?? null);
  expect(got.text).toEqual(fact!.quantity?.text ?? null);
}

describe('downloads', () => {
  it('GeoJSON, CSV and Web Annotations parse and carry the figures and quotes of facts.json', async () => {
    const { page, errors } = await open(baseUrl);

    // GeoJSON, through a validator (RFC 7946 structure, not just JSON).
    const geojson = await download(page, 'GeoJSON');
    expect(geojson.name).toBe(`${STORY_ID}.geojson`);
    const geoText = geojson.bytes.toString('utf8');
    expect(getIssues(geoText)).toEqual([]);
    const collection = JSON.parse(geoText) as { type: string; features: { type: string; id: string; geometry: { type: string } | null; properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id).sort()).toEqual(facts.map((f) => f.id).sort());
    for (const feature of collection.features) {
      const p = feature.properties;
      expectSameFact(feature.id, { quote: p['quote'] as string, min: p['quantity_min'], max: p['quantity_max'], text: p['quantity_text'] });
      expect(p['id']).toBe(feature.id);
      expect(p['region']).toBe(factById.get(feature.id)!.region);
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry?.type);
    }
    const idlib = collection.features.find((f) => f.id === 'killed-54-idlib')!.properties;
    expect(idlib['amount_en']).toBe('at least 54');
    expect(idlib['qualifier']).toBe('at-least');
    expect(collection.features.find((f) => f.id === 'displaced-thousands-idlib')!.properties['amount_en']).toBe('thousands');
    expect(geoText).not.toMatch(/\b88\b/);

    // CSV, through Papa Parse (RFC 4180: quoted cells with commas, quotes and line breaks).
    const csv = await download(page, 'CSV');
    expect(csv.name).toBe(`${STORY_ID}.csv`);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['id', 'region', 'min', 'max', 'qualifier', 'amount_en', 'quantity_text', 'quote', 'quote_start', 'quote_end', 'sentence']));
    expect(parsed.data.map((row) => row['id']).sort()).toEqual(facts.map((f) => f.id).sort());
    const cell = (value: string | undefined) => (value === undefined || value === '' ? null : value);
    const number = (value: string | undefined) => (cell(value) === null ? null : Number(value));
    for (const row of parsed.data) {
      const id = row['id']!;
      expectSameFact(id, { quote: row['quote']!, min: number(row['min']), max: number(row['max']), text: cell(row['quantity_text']) });
      const position = factById.get(id)!.target.selector[1];
      expect([Number(row['quote_start']), Number(row['quote_end'])]).toEqual([position.start, position.end]);
      // The quote lies inside its sentence, byte for byte.
      expect(row['sentence']).toContain(row['quote']);
    }
    expect(parsed.data.find((r) => r['id'] === 'killed-54-idlib')!['amount_en']).toBe('at least 54');
    expect(parsed.data.find((r) => r['id'] === 'displaced-thousands-idlib')!['amount_en']).toBe('thousands');

    // Web Annotations (JSON-LD).
    const annotations = await download(page, 'Web Annotations (JSON-LD)');
    expect(annotations.name).toBe(`${STORY_ID}.annotations.jsonld`);
    const ld = JSON.parse(annotations.bytes.toString('utf8')) as {
      '@context': unknown[];
      id: string;
      type: string;
      label: string;
      total: number;
      first: { type: string; startIndex: number; items: Annotation[] };
    };
    interface Annotation {
      id: string;
      type: string;
      motivation: string;
      body: { type: string; value?: string; language?: string; purpose?: string; 'isnad:min'?: number | null; 'isnad:max'?: number | null; 'isnad:text'?: string; 'isnad:qualifier'?: string }[];
      target: { type: string; source: string; selector: [{ type: string; exact: string; prefix: string; suffix: string }, { type: string; start: number; end: number }] };
    }
    expect(ld['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(ld.type).toBe('AnnotationCollection');
    expect(ld.label).toBe(story.title.en);
    expect(ld.total).toBe(facts.length);
    expect(ld.first.type).toBe('AnnotationPage');
    expect(ld.first.startIndex).toBe(0);
    expect(ld.first.items).toHaveLength(facts.length);
    const articleUrl = new URL(`stories/${STORY_ID}/article.txt`, baseUrl).href;
    const ids = new Set<string>();
    for (const item of ld.first.items) {
      expect(item.type).toBe('Annotation');
      expect(item.motivation).toBe('describing');
      expect(item.id.startsWith(`${articleUrl}#fact=`)).toBe(true);
      const id = item.id.slice(`${articleUrl}#fact=`.length);
      ids.add(id);
      const fact = factById.get(id)!;
      expect(item.target.type).toBe('SpecificResource');
      expect(item.target.source).toBe(articleUrl);
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(quote).toEqual(fact.target.selector[0]);
      expect(position).toEqual({ type: 'TextPositionSelector', start: fact.target.selector[1].start, end: fact.target.selector[1].end });
      // The selectors really select the quote in the archived text (code points, end exclusive).
      expect(article.slice(position.start, position.end).join('')).toBe(quote.exact);
      const describing = item.body.filter((b) => b.type === 'TextualBody' && b.purpose === 'describing');
      expect(describing.map((b) => [b.language, b.value])).toEqual([
        ['en', fact.summary.en],
        ['ar', fact.summary.ar],
      ]);
      const quantity = item.body.find((b) => b.type === 'isnad:Quantity');
      if (fact.quantity) {
        expectSameFact(id, { quote: quote.exact, min: quantity?.['isnad:min'], max: quantity?.['isnad:max'], text: quantity?.['isnad:text'] });
        expect(quantity?.['isnad:qualifier']).toBe(fact.quantity.qualifier);
      } else expect(quantity).toBeUndefined();
    }
    expect([...ids].sort()).toEqual(facts.map((f) => f.id).sort());
    // The target source is the archived text the app serves, unchanged.
    const served = await fetch(articleUrl);
    expect(served.ok).toBe(true);
    expect(await served.text()).toBe(articleText);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the map picture is a PNG of 2 × the map container plus its footer band (title, legend, credit: tests/browser/credit-print.test.ts)', async () => {
    const { page, errors } = await open(baseUrl, '#region=idlib');
    const box = await page.getByTestId('map').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    const png = await download(page, 'Map picture (PNG)');
    expect(png.name).toBe(`${STORY_ID}.png`);
    const bytes = png.bytes;
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: length 13, then width and height as big-endian 32-bit integers.
    expect(bytes.readUInt32BE(8)).toBe(13);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    expect(size.width).toBe(Math.round(box.width * 2));
    // The band's height follows its wrapped lines; it is at least the title, two legend rows and the credit.
    expect(size.height).toBeGreaterThanOrEqual(Math.round((box.height + 80) * 2));
    expect(bytes.subarray(bytes.length - 8, bytes.length - 4).toString('latin1')).toBe('IEND');

    // The browser decodes it, and it is a picture, not a blank canvas: the map's
    // region fill, its outlines and the white footer make many colours.
    const decoded = await page.evaluate(async (base64) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: image.width, height: image.height, colours: colours.size };
    }, bytes.toString('base64'));
    expect({ width: decoded.width, height: decoded.height }).toEqual(size);
    expect(decoded.colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sharing', () => {
  it('the Embed dialog shows a complete snippet for the current selection and language, and Copy puts it on the clipboard', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page, errors } = await open(baseUrl, `#region=idlib&fact=killed-54-idlib&lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Embed' : 'تضمين', exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      const snippet = await dialog.locator('textarea').inputValue();

      expect(snippet).toContain('data-isnad');
      expect(snippet).toContain('loading="lazy"');
      expect(snippet).toContain('allow="fullscreen"');
      expect(snippet).toMatch(/title="[^"]+"/);
      expect(snippet).toContain(`<script src="${baseUrl}embed.js" async></script>`);
      // Read as HTML, the way a CMS would.
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const iframe = doc.querySelector('iframe');
        return {
          iframes: doc.querySelectorAll('iframe').length,
          isnad: iframe?.hasAttribute('data-isnad') ?? false,
          src: iframe?.getAttribute('src') ?? null,
          title: iframe?.getAttribute('title') ?? null,
          loading: iframe?.getAttribute('loading') ?? null,
          allow: iframe?.getAttribute('allow') ?? null,
          scripts: [...doc.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), async: s.async })),
        };
      }, snippet);
      expect(parsed.iframes).toBe(1);
      expect(parsed.isnad).toBe(true);
      expect(parsed.loading).toBe('lazy');
      expect(parsed.allow).toBe('fullscreen');
      expect(parsed.title).toContain(story.title[lang]);
      expect(parsed.scripts).toEqual([{ src: `${baseUrl}embed.js`, async: true }]);
      const src = new URL(parsed.src!);
      expect(`${src.origin}${src.pathname}`).toBe(`${baseUrl}embed.html`);
      const hash = new URLSearchParams(src.hash.slice(1));
      expect(hash.get('region')).toBe('idlib');
      expect(hash.get('fact')).toBe('killed-54-idlib');
      expect(hash.get('lang')).toBe(lang);

      await dialog.getByRole('button', { name: lang === 'en' ? 'Copy' : 'نسخ', exact: true }).click();
      await expect.poll(() => clipboard(page)).toBe(snippet);

      if (lang === 'en') {
        // Pasted into a page, the snippet shows the map on that selection.
        const host = await page.context().newPage();
        await host.setContent(`<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body>${snippet}</body>`);
        const frame = host.frameLocator('iframe[data-isnad]');
        await frame.locator('[role="dialog"][data-region="idlib"] [data-fact="killed-54-idlib"].focused').waitFor({ timeout: 30_000 });
        await host.waitForFunction(() => (window as unknown as { Isnad?: unknown }).Isnad !== undefined);
        await host.close();
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('each fact\'s "Copy link to this fact" copies a link to that fact, which opens it', async () => {
    const { page, errors } = await open(baseUrl, '#region=idlib');
    const dialog = page.getByRole('dialog');
    // The other categories (diplomacy here) are collapsed under the headline facts: open them as a reader would.
    await dialog.getByTestId('other-categories').locator(':scope > summary').click();
    const ids = await dialog.locator('[data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')!));
    expect(ids).toEqual(expect.arrayContaining(['killed-54-idlib', 'displaced-thousands-idlib', 'nato-calls-to-stop-idlib-offensive']));
    const links: string[] = [];
    for (const id of ids) {
      await dialog.locator(`[data-fact="${id}"]`).getByRole('button', { name: 'Copy link to this fact' }).click();
      await expect.poll(() => clipboard(page)).toContain(`fact=${id}`);
      const link = new URL(await clipboard(page));
      expect(`${link.origin}${link.pathname}`).toBe(new URL(page.url()).origin + new URL(page.url()).pathname);
      expect(new URLSearchParams(link.hash.slice(1)).get('fact')).toBe(id);
      links.push(link.href);
      // Clear it, so the next fact's copy is seen to arrive.
      await page.evaluate(() => navigator.clipboard.writeText(''));
    }
    expect(new Set(links).size).toBe(ids.length);
    await page.context().close();

    // The link opens that fact, highlighted.
    const opened = await open(links.find((l) => l.includes('fact=displaced-thousands-idlib'))!);
    await opened.page.locator('[role="dialog"][data-region="idlib"] [data-fact="displaced-thousands-idlib"].focused').waitFor();
    expect(errors).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });
});

describe('the full view under the strict CSP of docs/csp.md', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(inject('dist'), { headers: { 'Content-Security-Policy': policies().strict } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('draws, downloads, embeds and copies with no violation', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    await recordViolations(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || CSP_CONSOLE.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${server.url}#region=idlib`);
    await waitForMapReady(page);

    for (const entry of ['GeoJSON', 'CSV', 'Web Annotations (JSON-LD)', 'Map picture (PNG)']) {
      const saved = await download(page, entry);
      expect(saved.bytes.length).toBeGreaterThan(1_000);
    }
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain('data-isnad');
    await page.locator('dialog[open]').getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('dialog').locator('[data-fact="killed-54-idlib"]').getByRole('button', { name: 'Copy link to this fact' }).click();
    await expect.poll(() => clipboard(page)).toContain('fact=killed-54-idlib');

    expect(await violationsIn(page.mainFrame())).toEqual([]);
    expect(errors).toEqual([]);
    // The policy is in force: an inline script is refused (and reported).
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.head.append(script);
      return document.documentElement.dataset['inlineRan'] === 'yes';
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await violationsIn(page.mainFrame())).map((v) => v.directive)).toEqual(['script-src-elem']);
    await context.close();
  });
});
