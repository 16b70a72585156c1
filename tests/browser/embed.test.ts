/**
 * The embed, as a newsroom page uses it: the built app on one loopback origin
 * (127.0.0.1), a host page on another (localhost) with <iframe data-isnad> and
 * embed.js, in headless Chromium. Heights, selections both ways, hostile
 * messages, deep links, a sandboxed frame and a strict Content-Security-Policy.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE } from './app-page';
import { launchChromium } from './chromium';
import { serveDirectory, type Override, type StaticServer } from './static-server';
import { CSP_CONSOLE, policies, recordViolations, violationsIn } from './fixtures/policy';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const CORS = { 'Access-Control-Allow-Origin': '*' };
const POLICY = policies();

type AppName = 'plain' | 'cors' | 'csp' | 'cors-csp';
type HostFile = 'host.html' | 'host-sandbox.html';

interface Selection {
  region: string | null;
  fact: string | null;
}

declare global {
  interface Window {
    Isnad?: { select(iframe: HTMLIFrameElement, region: string | null, fact?: string | null): boolean };
    hostLog?: { selects: Selection[]; messages: number; probes: string[] };
    frameLog?: { messages: number; lastAt?: number };
  }
}

let browser: Browser;
const servers: StaticServer[] = [];
const apps = {} as Record<AppName, string>;
let host: StaticServer;

/** Host pages, templated with the chosen app's base URL and the embed's initial hash; nothing else is served. */
function hostPages(): Override {
  const templates = new Map<string, string>(
    (['host.html', 'host-sandbox.html'] as const).map((file) => [`/${file}`, readFileSync(join(FIXTURES, file), 'utf8')]),
  );
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const template = templates.get(url.pathname);
    if (!template) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return true;
    }
    const app = apps[(url.searchParams.get('app') ?? 'plain') as AppName];
    const hash = url.searchParams.get('hash') ?? '';
    if (!app || !/^(#[a-z0-9=&-]*)?$/.test(hash)) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad app or hash');
      return true;
    }
    const html = template.replaceAll('%APP%', app).replaceAll('%HASH%', hash.replaceAll('&', '&amp;'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    return true;
  };
}

beforeAll(async () => {
  browser = await launchChromium();
  const dist = inject('dist');
  apps.plain = inject('baseUrl');
  const cors = await serveDirectory(dist, { headers: CORS });
  const csp = await serveDirectory(dist, { headers: { 'Content-Security-Policy': POLICY.strict } });
  const corsCsp = await serveDirectory(dist, { headers: { ...CORS, 'Content-Security-Policy': POLICY.sandboxed } });
  servers.push(cors, csp, corsCsp);
  apps.cors = cors.url;
  apps.csp = csp.url;
  apps['cors-csp'] = corsCsp.url;
  // Another host name than the app's 127.0.0.1: another origin and another site (an out-of-process frame).
  host = await serveDirectory(FIXTURES, { host: 'localhost', override: hostPages() });
  servers.push(host);
  expect(new URL(host.url).origin).not.toBe(new URL(apps.plain).origin);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

interface Embedded {
  page: Page;
  /** The map's document inside the iframe. */
  frame: Frame;
  map: FrameLocator;
  appOrigin: string;
  /** console.error lines, CSP reports and uncaught errors, from the host page and the frame. */
  errors: string[];
  /** Every request, with whether the host page or the frame made it. */
  requests: { url: string; by: 'host' | 'frame' }[];
}

interface OpenOptions {
  app?: AppName;
  file?: HostFile;
  hash?: string;
  viewport?: { width: number; height: number };
  isMobile?: boolean;
}

async function openHost({ app = 'plain', file = 'host.html', hash = '', viewport = DESKTOP, isMobile = false }: OpenOptions = {}): Promise<Embedded> {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, reducedMotion: 'reduce' });
  await recordViolations(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: Embedded['requests'] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || CSP_CONSOLE.test(message.text())) errors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    let by: 'host' | 'frame' = 'frame';
    try {
      by = request.frame() === page.mainFrame() ? 'host' : 'frame';
    } catch {
      // A worker's own request has no frame: it is the map's.
    }
    requests.push({ url: request.url(), by });
  });
  const query = new URLSearchParams({ app, hash });
  await page.goto(`${host.url}${file}?${query}`);
  const frame = (await (await page.locator('iframe[data-isnad]').elementHandle())!.contentFrame())!;
  await frame.waitForURL(/embed\.html/);
  await frame.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => window.Isnad !== undefined && window.hostLog !== undefined);
  return { page, frame, map: page.frameLocator('iframe[data-isnad]'), appOrigin: new URL(apps[app]).origin, errors, requests };
}

/** The iframe's height in the host page and the height of the app's content inside it. */
async function heights({ page, frame }: Embedded): Promise<{ iframe: number; content: number; scroll: number; inner: number }> {
  const iframe = await page.locator('iframe[data-isnad]').evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: document.querySelector('.app')!.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    inner: window.innerHeight,
  }));
  return { iframe, ...inside };
}

/**
 * Waits until the iframe is as tall as its content (±2 px) and stays so: the same heights on two polls
 * in a row (the article lays out in slices, so its height can still grow a step after it opens).
 */
async function fitted(embedded: Embedded, check: (h: { iframe: number; content: number; scroll: number; inner: number }) => boolean = () => true) {
  let previous = '';
  let stable: Awaited<ReturnType<typeof heights>> | null = null;
  await expect
    .poll(
      async () => {
        const h = await heights(embedded);
        const now = JSON.stringify(h);
        const same = now === previous;
        previous = now;
        if (Math.abs(h.iframe - h.content) <= 2 && check(h) && same) {
          stable = h;
          return 'fitted';
        }
        return now;
      },
      { timeout: 15_000, interval: 150 },
    )
    .toBe('fitted');
  return stable!;
}

const selects = (page: Page) => page.evaluate(() => window.hostLog!.selects);
const select = (page: Page, region: string | null, fact: string | null = null) =>
  page.evaluate(([region, fact]) => window.Isnad!.select(document.querySelector<HTMLIFrameElement>('iframe[data-isnad]')!, region, fact), [region, fact] as const);
const popupRegion = async (map: FrameLocator) => {
  const dialogs = map.getByRole('dialog');
  return (await dialogs.count()) === 0 ? null : dialogs.first().getAttribute('data-region');
};
/** Two animation frames in the frame: whatever a handled message changed has been rendered. */
const settle = (frame: Frame) => frame.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * A screenshot of the whole host page. The viewport is first made as tall as
 * the page: Chromium paints an out-of-process (cross-site) iframe only where
 * it meets the viewport, so a plain fullPage shot leaves the frame's lower
 * part blank.
 */
async function shoot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SHOTS, `embed-${name}.png`) });
  if (height > viewport.height) await page.setViewportSize(viewport);
}

function expectOwnOrigin(requests: Embedded['requests'], appOrigin: string): void {
  const network = requests.filter((r) => r.by === 'frame' && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
  expect(network.filter((r) => new URL(r.url).origin !== appOrigin).map((r) => r.url)).toEqual([]);
  // And the frame did fetch its own files (the listener saw them).
  const paths = network.map((r) => new URL(r.url).pathname);
  for (const file of ['/embed.html', '/stories/nato-syria-de-escalation/story.json', '/stories/nato-syria-de-escalation/facts.json', '/stories/nato-syria-de-escalation/article.txt']) {
    expect(paths).toContain(file);
  }
  expect(paths.some((p) => /^\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/.test(p))).toBe(true);
}

describe('height', () => {
  it.each([
    { name: 'desktop', viewport: DESKTOP, isMobile: false },
    { name: 'phone', viewport: PHONE, isMobile: true },
  ])('the iframe follows its content on $name: on load, when the article opens, and back when it closes', async ({ name, viewport, isMobile }) => {
    const embedded = await openHost({ viewport, isMobile });
    const { page, frame, map } = embedded;

    // Fitted and settled: the frame is as tall as its content, and its document has no inner scroll
    // (polled: the article and the map lay out over a few frames after load).
    const settledLayout = (h: { scroll: number; inner: number }) => Math.abs(h.scroll - h.inner) <= 2;
    const loaded = await fitted(embedded, settledLayout);
    expect(loaded.iframe).not.toBe(600); // the height="600" fallback was replaced
    expect(loaded.content).toBeGreaterThan(300);
    // No inner scrollbar and no blank band: the frame's document is exactly its content.
    expect(Math.abs(loaded.scroll - loaded.inner)).toBeLessThanOrEqual(2);
    await shoot(page, name);

    const toggle = map.locator('.sheet-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const open = await fitted(embedded, (h) => h.content > loaded.content + 100 && settledLayout(h));
    expect(Math.abs(open.scroll - open.inner)).toBeLessThanOrEqual(2);
    await shoot(page, `${name}-article`);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    const closed = await fitted(embedded, (h) => h.content < open.content - 100);
    expect(Math.abs(closed.iframe - loaded.iframe)).toBeLessThanOrEqual(2);
    expect(Math.abs(closed.content - loaded.content)).toBeLessThanOrEqual(2);

    // The host page's own selection log saw nothing: opening the article is not a selection.
    expect(await selects(page)).toEqual([]);
    await settle(frame);
    expect(embedded.errors).toEqual([]);
    expectOwnOrigin(embedded.requests, embedded.appOrigin);
    await page.context().close();
  });
});

describe('selections, both ways', () => {
  it('a parent isnad:select opens Idlib; clicks in the frame reach the parent as isnad:select events', async () => {
    const embedded = await openHost();
    const { page, frame, map } = embedded;

    // Parent → frame.
    expect(await select(page, 'idlib')).toBe(true);
    await map.locator('[role="dialog"][data-region="idlib"]').waitFor({ timeout: 10_000 });
    expect(await map.getByRole('dialog').innerText()).toContain('at least 54');
    expect(await select(page, 'idlib', 'displaced-thousands-idlib')).toBe(true);
    await map.locator('[role="dialog"] [data-fact="displaced-thousands-idlib"].focused').waitFor({ timeout: 10_000 });
    await shoot(page, 'desktop-idlib');
    // What the parent asked for is not echoed back as the reader's selection.
    await page.waitForTimeout(300);
    expect(await selects(page)).toEqual([]);

    // Frame → parent: a region button.
    await map.locator('.regions [data-region="turkey"]').click();
    await expect.poll(() => popupRegion(map)).toBe('turkey');
    await expect.poll(() => selects(page)).toEqual([{ region: 'turkey', fact: null }]);

    // Escape closes it: region null.
    await page.keyboard.press('Escape');
    await expect.poll(() => popupRegion(map)).toBe(null);
    await expect.poll(() => selects(page)).toEqual([{ region: 'turkey', fact: null }, { region: null, fact: null }]);

    // A sentence of the article: its region and fact.
    await map.locator('.sheet-toggle').click();
    await map.locator('[data-sentence]', { hasText: 'تشريد الآلاف' }).locator('button.text').click();
    await expect.poll(() => popupRegion(map)).toBe('idlib');
    await expect
      .poll(() => selects(page))
      .toEqual([
        { region: 'turkey', fact: null },
        { region: null, fact: null },
        { region: 'idlib', fact: 'displaced-thousands-idlib' },
      ]);

    // The parent can close it again.
    expect(await select(page, null)).toBe(true);
    await expect.poll(() => popupRegion(map)).toBe(null);
    await settle(frame);
    expect(embedded.errors).toEqual([]);
    await page.context().close();
  });

  it('a burst of 10,000 parent selections is coalesced: the frame settles on the last within a second', async () => {
    const embedded = await openHost();
    const { page, frame, map } = embedded;
    await frame.waitForFunction(() => location.hash.includes('map='));
    // When the last message reaches the frame (delivery across processes is the browser's, not ours).
    await frame.evaluate(() => {
      window.frameLog = { messages: 0, lastAt: 0 };
      window.addEventListener('message', () => {
        window.frameLog!.messages += 1;
        window.frameLog!.lastAt = performance.now();
      });
    });
    // The host sends 10,000 valid selections in one go, the last one Idlib's displacement fact.
    await page.evaluate(() => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[data-isnad]')!.contentWindow!;
      for (let i = 0; i < 9_999; i++) target.postMessage({ type: 'isnad:select', region: i % 2 === 0 ? 'turkey' : 'syria', fact: null }, '*');
      target.postMessage({ type: 'isnad:select', region: 'idlib', fact: 'displaced-thousands-idlib' }, '*');
    });
    await map.locator('[role="dialog"][data-region="idlib"] [data-fact="displaced-thousands-idlib"].focused').waitFor({ timeout: 15_000 });
    await settle(frame);
    // Settled: the last selection is on screen and the frame renders again, within a second of the burst's end.
    const { messages, lastAt, now } = await frame.evaluate(() => ({ ...window.frameLog!, now: performance.now() }));
    expect(messages).toBe(10_000);
    expect(now - lastAt!).toBeLessThan(1000);
    expect(embedded.errors).toEqual([]);
    await page.context().close();
  });

  it('malformed messages from the host page change nothing and throw nothing', async () => {
    const embedded = await openHost();
    const { page, frame, map } = embedded;
    await frame.waitForFunction(() => location.hash.includes('map='));
    await page.waitForTimeout(300);
    const hashBefore = await frame.evaluate(() => location.hash);
    const heightBefore = (await heights(embedded)).iframe;

    // Count what reaches the frame, so the test knows when every message has been handled
    // (listeners run in the order they were added: the app's first).
    await frame.evaluate(() => {
      window.frameLog = { messages: 0 };
      window.addEventListener('message', () => (window.frameLog!.messages += 1));
      // A well-formed selection that does not come from the parent (the frame's own window).
      window.postMessage({ type: 'isnad:select', region: 'idlib', fact: null }, '*');
    });

    const posted = await page.evaluate(() => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[data-isnad]')!.contentWindow!;
      const huge = 'a'.repeat(5_000_000);
      const deep: Record<string, unknown> = {};
      let node = deep;
      for (let i = 0; i < 2_000; i += 1) node = node['x'] = {} as Record<string, unknown>;
      const messages: unknown[] = [
        // Not an object.
        'isnad:select',
        'idlib',
        42,
        null,
        undefined,
        true,
        ['isnad:select', 'idlib'],
        new Date(),
        new ArrayBuffer(16),
        new Map([['type', 'isnad:select']]),
        // Wrong type.
        { type: 'isnad:selected', region: 'idlib', fact: null },
        { type: 'ISNAD:SELECT', region: 'idlib' },
        { type: 'isnad:height', height: 900 },
        { region: 'idlib', fact: null },
        // Unknown, malformed or misplaced ids.
        { type: 'isnad:select', region: 'atlantis', fact: null },
        { type: 'isnad:select', region: 'Idlib', fact: null },
        { type: 'isnad:select', region: 'idlib ', fact: null },
        { type: 'isnad:select', region: 'idlib', fact: 'not-a-fact' },
        { type: 'isnad:select', region: null, fact: 'killed-54-idlib' },
        { type: 'isnad:select', region: '<img src=x onerror=alert(1)>', fact: null },
        { type: 'isnad:select', region: ['idlib'], fact: null },
        { type: 'isnad:select', region: { toString: 'idlib' }, fact: null },
        { type: 'isnad:select', region: 7, fact: null },
        { type: 'isnad:select' },
        // Extra or hostile fields.
        { type: 'isnad:select', region: 'idlib', fact: null, extra: 1 },
        JSON.parse('{"type":"isnad:select","region":"idlib","__proto__":{"fact":"killed-54-idlib"}}'),
        { type: 'isnad:select', region: 'idlib', constructor: 'x' },
        // Huge.
        { type: 'isnad:select', region: huge, fact: null },
        { type: 'isnad:select', region: 'idlib', fact: huge },
        { type: 'isnad:select', region: 'idlib', fact: null, padding: huge },
        { type: 'isnad:select', region: 'idlib', fact: deep },
        { type: 'isnad:select', region: `idlib-${'a'.repeat(200)}`, fact: null },
        huge,
        new Array(100_000).fill({ type: 'isnad:select', region: 'idlib' }),
      ];
      for (const message of messages) target.postMessage(message, '*');
      // Through embed.js too: it posts well-formed messages whose ids the frame does not know.
      const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-isnad]')!;
      const viaScript = [window.Isnad!.select(iframe, 'atlantis', null), window.Isnad!.select(iframe, 'idlib', 'not-a-fact')];
      // …and refuses what is not an id, posting nothing.
      const refused = [window.Isnad!.select(iframe, 'Idlib', null), window.Isnad!.select(iframe, 'x'.repeat(101), null), window.Isnad!.select(iframe, 'idlib', '<b>')];
      return { count: messages.length + viaScript.filter(Boolean).length, viaScript, refused };
    });
    expect(posted.viaScript).toEqual([true, true]);
    expect(posted.refused).toEqual([false, false, false]);

    // Another frame of the host page (not the map's parent) sends a well-formed selection.
    await page.evaluate(() => {
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.frames[0].postMessage({ type: 'isnad:select', region: 'idlib', fact: null }, '*')<\/script>`;
      document.body.append(other);
    });

    // Every message has been delivered and handled (1 from the frame itself, 1 from the other frame).
    await frame.waitForFunction((count) => window.frameLog!.messages >= count, posted.count + 2, { timeout: 15_000 });
    await settle(frame);
    await page.waitForTimeout(200);

    expect(await map.getByRole('dialog').count()).toBe(0);
    expect(await map.getByRole('status').count()).toBe(0);
    expect(await frame.evaluate(() => location.hash)).toBe(hashBefore);
    expect((await heights(embedded)).iframe).toBe(heightBefore);
    expect(await selects(page)).toEqual([]);
    expect(embedded.errors).toEqual([]);

    // And the frame still obeys a good message afterwards.
    expect(await select(page, 'idlib')).toBe(true);
    await expect.poll(() => popupRegion(map)).toBe('idlib');
    expect(embedded.errors).toEqual([]);
    await page.context().close();
  });

  it('embed.js ignores malformed messages from the frame and from other windows', async () => {
    const embedded = await openHost();
    const { page, frame } = embedded;
    const before = await fitted(embedded);

    // A script inside the frame (say, another library) posts junk to the parent.
    await frame.evaluate(() => {
      const junk: unknown[] = [
        { type: 'isnad:height', height: 10 },
        { type: 'isnad:height', height: 20_001 },
        { type: 'isnad:height', height: 1e9 },
        { type: 'isnad:height', height: '900' },
        { type: 'isnad:height', height: Number.NaN },
        { type: 'isnad:height', height: Number.POSITIVE_INFINITY },
        { type: 'isnad:height', height: -700 },
        { type: 'isnad:height' },
        { type: 'isnad:select', region: '<img src=x onerror=alert(1)>', fact: null },
        { type: 'isnad:select', region: 'idlib', fact: { id: 'x' } },
        { type: 'isnad:select', region: 'x'.repeat(101), fact: null },
        { type: 'isnad:select', region: 42 },
        { type: 'isnad:selected', region: 'idlib', fact: null },
        null,
        'isnad:select',
        [1, 2, 3],
        'a'.repeat(1_000_000),
        { probe: 'frame-done' },
      ];
      for (const message of junk) window.parent.postMessage(message, '*');
    });
    // The host page's own window (not a map) posts well-formed messages.
    await page.evaluate(() => {
      window.postMessage({ type: 'isnad:height', height: 300 }, '*');
      window.postMessage({ type: 'isnad:select', region: 'idlib', fact: null }, '*');
      window.postMessage({ probe: 'host-done' }, '*');
    });
    await expect.poll(() => page.evaluate(() => window.hostLog!.probes.slice().sort())).toEqual(['frame-done', 'host-done']);
    await page.waitForTimeout(100);

    expect((await heights(embedded)).iframe).toBe(before.iframe);
    expect(await selects(page)).toEqual([]);
    expect(embedded.errors).toEqual([]);
    await page.context().close();
  });
});

describe('deep links', () => {
  it('embed.html#fact=killed-54-idlib&lang=ar opens that fact, in Arabic', async () => {
    const embedded = await openHost({ hash: '#fact=killed-54-idlib&lang=ar' });
    const { page, frame, map } = embedded;
    await expect.poll(() => frame.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expect.poll(() => popupRegion(map)).toBe('idlib');
    const fact = map.getByRole('dialog').locator('[data-fact="killed-54-idlib"]');
    await expect.poll(() => fact.getAttribute('class')).toMatch(/\bfocused\b/);
    // The only focused fact, and in view inside the popup.
    expect(await map.locator('[data-fact].focused').count()).toBe(1);
    const factBox = (await fact.boundingBox())!;
    const dialogBox = (await map.getByRole('dialog').boundingBox())!;
    expect(factBox.y).toBeLessThan(dialogBox.y + dialogBox.height);
    expect(factBox.y + factBox.height).toBeGreaterThan(dialogBox.y);
    expect(await fact.innerText()).toContain('54 على الأقل');
    await fitted(embedded);
    await shoot(page, 'desktop-deep-link-ar');
    expect(embedded.errors).toEqual([]);
    expectOwnOrigin(embedded.requests, embedded.appOrigin);
    await page.context().close();
  });
});

describe('locked-down embeds', () => {
  it.each([
    { name: 'a sandboxed iframe (sandbox="allow-scripts")', file: 'host-sandbox.html' as const, app: 'cors' as const, sandboxed: true, csp: false },
    { name: 'embed.html under the strict CSP of docs/csp.md', file: 'host.html' as const, app: 'csp' as const, sandboxed: false, csp: true },
    { name: 'a sandboxed iframe under the sandbox CSP of docs/csp.md', file: 'host-sandbox.html' as const, app: 'cors-csp' as const, sandboxed: true, csp: true },
  ])('$name renders, resizes and responds to clicks, with no CSP violation', async ({ file, app, sandboxed, csp }) => {
    const embedded = await openHost({ file, app });
    const { page, frame, map } = embedded;
    // The frame really is what the case says.
    expect(await frame.evaluate(() => self.origin)).toBe(sandboxed ? 'null' : embedded.appOrigin);

    await fitted(embedded);
    await map.locator('.regions [data-region="turkey"]').click();
    await expect.poll(() => popupRegion(map)).toBe('turkey');
    await expect.poll(() => selects(page)).toEqual([{ region: 'turkey', fact: null }]);
    expect(await select(page, 'idlib')).toBe(true);
    await expect.poll(() => popupRegion(map)).toBe('idlib');
    await map.locator('.sheet-toggle').click();
    await fitted(embedded, (h) => h.content > 1_000);
    await settle(frame);

    expect(await violationsIn(frame)).toEqual([]);
    expect(await violationsIn(page.mainFrame())).toEqual([]);
    expect(embedded.errors).toEqual([]);
    expectOwnOrigin(embedded.requests, embedded.appOrigin);

    // The policy is in force, and a violation would have been seen: an inline script is refused and reported.
    const inlineRan = await frame.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.head.append(script);
      script.remove();
      return document.documentElement.dataset['inlineRan'] === 'yes';
    });
    expect(inlineRan).toBe(!csp);
    if (csp) await expect.poll(async () => (await violationsIn(frame)).map((v) => v.directive)).toEqual(['script-src-elem']);
    await page.context().close();
  });
});
