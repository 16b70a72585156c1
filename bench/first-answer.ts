/**
 * The first answer (issue 11): a reader clicks on Idlib every 30 ms from the
 * moment the page starts loading, until the page's popup for Idlib is on
 * screen. Whatever draws the map at that moment (an image, an SVG, a WebGL
 * canvas) gets the click, because the clicks are real input at a screen
 * position (CDP Input via `page.mouse.click`), never DOM `click()`.
 *
 * The position is Idlib's label point (geodata/regions.geojson) projected
 * into the page's initial view: the story's `view.bounds` fitted with 12 px
 * padding into the page's map container, exactly as MapLibre fits it
 * (src/map/svg/projection.ts). The app and both reference pages open on
 * that same fit.
 *
 * The time is taken in the page: an observer installed before any page script
 * runs (MutationObserver) notices the popup's element, and on the next
 * animation frame in which it has a layout box and is not `visibility: hidden`
 * it records `performance.now()` (ms since navigation start) as the mark
 * `bench:first-answer`. A fade-in (Leaflet's 200 ms) counts from its first
 * frame. The page also counts the trusted `mousedown`s it received until then.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_STORY } from '../src/config';
import { fitBounds, project, type Bounds } from '../src/map/svg/projection';
import { ROOT } from './build-references';
import { FIT_PADDING, STORY_BOUNDS } from './pages/story-view';

export const ANSWER_REGION = 'idlib';
export const CLICK_INTERVAL_MS = 30;
export const ANSWER_MARK = 'bench:first-answer';

/** Where each page's map is, and what its popup for a region looks like. */
export interface AnswerTarget {
  /** The element the map fills; its box is the map's viewport. */
  container: string;
  /** The popup for ANSWER_REGION, once it is open. */
  popup: string;
}

interface StoryView {
  view: { bounds?: Bounds };
}

/** The story's initial fit, checked against story.json: the reference pages hard-code it (bench/pages/story-view.ts). */
export function storyFit(): { bounds: Bounds; padding: number } {
  const story = JSON.parse(readFileSync(join(ROOT, 'public/stories', DEFAULT_STORY, 'story.json'), 'utf8')) as StoryView;
  const bounds = story.view.bounds;
  if (!bounds || JSON.stringify(bounds) !== JSON.stringify(STORY_BOUNDS)) {
    throw new Error(`the story's view.bounds (${JSON.stringify(bounds ?? null)}) differ from the reference pages' STORY_BOUNDS (${JSON.stringify(STORY_BOUNDS)}) in bench/pages/story-view.ts`);
  }
  return { bounds, padding: FIT_PADDING };
}

/** The region's label point and names, as the geodata gives them. */
export function regionLabel(region: string): { label: [number, number]; names: string[] } {
  const geo = JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8')) as { features: { properties: { id: string; label?: [number, number]; name_ar?: string; name_en?: string } }[] };
  const properties = geo.features.find((f) => f.properties.id === region)?.properties;
  if (!properties?.label) throw new Error(`geodata/regions.geojson has no label point for ${region}`);
  return { label: properties.label, names: [properties.name_ar, properties.name_en].filter((n): n is string => !!n) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A lon/lat on screen, for a map container at `box` opened on the story's fit. */
export function screenPoint(lngLat: [number, number], box: Box, fit: { bounds: Bounds; padding: number }): { x: number; y: number } {
  const size = { width: box.width, height: box.height };
  const view = fitBounds(fit.bounds, size, fit.padding);
  if (!view) throw new Error(`the story's bounds do not fit a ${box.width}×${box.height} map`);
  const [x, y] = project(lngLat, view, size);
  return { x: box.x + x, y: box.y + y };
}

/**
 * Installed with `addInitScript`, so it runs in every document before the
 * page's own scripts. Calls the binding `__benchAnswered(ms, clicks)` once.
 */
export function answerObserver(popup: string): string {
  return `(() => {
  if (window.top !== window) return;
  const selector = ${JSON.stringify(popup)};
  let clicks = 0;
  addEventListener('mousedown', (event) => { if (event.isTrusted) clicks += 1; }, true);
  window.__benchClicks = () => clicks;
  let done = false;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (done) return;
    const element = document.querySelector(selector);
    if (!element) return;
    // In the DOM but not laid out yet (or hidden): look again next frame.
    if (element.getClientRects().length === 0 || !element.checkVisibility({ visibilityProperty: true })) return schedule();
    done = true;
    observer.disconnect();
    const at = performance.now();
    performance.mark(${JSON.stringify(ANSWER_MARK)}, { startTime: at, detail: { clicks } });
    window.__benchAnswered?.(at, clicks);
  };
  const schedule = () => {
    if (scheduled || done) return;
    scheduled = true;
    requestAnimationFrame(check);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-region', 'role', 'class', 'hidden', 'style', 'open'] });
})()`;
}

export interface Answer {
  /** ms from navigation start, in the page; null when no popup came within the run's limit. */
  at: number | null;
  /** Trusted mousedowns the page (its current document) received up to the answer. */
  clicksReceived: number;
  /** Clicks the script had sent (or was sending) when it heard of the answer. */
  clicksSent: number;
}

/**
 * Clicks at `point` every CLICK_INTERVAL_MS until `answered` settles. A click
 * waits for the browser to take it (CDP Input is acknowledged once the page's
 * main thread has handled the event), so a busy page is not flooded: the next
 * click goes 30 ms after the previous one started, or at once if that one took
 * longer. A click that fails while the page is being replaced is retried by the
 * next one.
 */
export async function clickUntilAnswered(page: Page, point: { x: number; y: number }, answered: Promise<unknown>): Promise<number> {
  let stop = false;
  void answered.then(
    () => (stop = true),
    () => (stop = true),
  );
  let sent = 0;
  while (!stop) {
    const started = performance.now();
    sent += 1;
    await page.mouse.click(point.x, point.y).catch(() => undefined);
    const wait = CLICK_INTERVAL_MS - (performance.now() - started);
    if (wait > 0 && !stop) await Promise.race([new Promise((done) => setTimeout(done, wait)), answered.catch(() => undefined)]);
  }
  return sent;
}

/** The gzip bytes of the responses whose request started before `at` (ms from navigation start). */
export function bytesBefore<T extends { gzip: number; raw: number; startTime: number | null }>(files: T[], at: number): { raw: number; gzip: number; requests: number; unknownStart: number } {
  const before = files.filter((f) => f.startTime !== null && f.startTime < at);
  return {
    raw: before.reduce((s, f) => s + f.raw, 0),
    gzip: before.reduce((s, f) => s + f.gzip, 0),
    requests: before.length,
    unknownStart: files.filter((f) => f.startTime === null).length,
  };
}

// ---------------------------------------------------------------- one run

/** Resource Timing start of every request the document made (ms from navigation start); the document itself at 0. */
const READ_REQUEST_STARTS = `[{ path: location.pathname, startTime: 0 }, ...performance.getEntriesByType('resource').map((e) => { const u = new URL(e.name); return { path: u.origin === location.origin ? decodeURIComponent(u.pathname) : e.name, startTime: e.startTime }; })]`;

export interface ServedFile {
  path: string;
  raw: number;
  gzip: number;
}
export type StartedFile<T extends ServedFile> = T & {
  /** ms from navigation start when the page started the request (Resource Timing; the document at 0); null when the page's timeline does not list it. */
  startTime: number | null;
};

export interface AnswerRun<T extends ServedFile> extends Answer {
  /** null when there was no answer. */
  before: ReturnType<typeof bytesBefore> | null;
  files: StartedFile<T>[];
  errors: string[];
}

/**
 * One load of `url` in a fresh context of `browser`, clicked at `point` from
 * before navigation until the popup answers. `prepare` runs on the new tab
 * before navigation (CPU throttling). Rejects after `limitMs`.
 */
export async function measureAnswer<T extends ServedFile>(options: {
  browser: import('playwright-core').Browser;
  viewport: { width: number; height: number };
  server: { url: string; begin: () => void; take: () => T[] };
  url: string;
  popup: string;
  point: { x: number; y: number };
  limitMs: number;
  prepare?: (page: Page) => Promise<void>;
}): Promise<AnswerRun<T>> {
  const context = await options.browser.newContext({ viewport: options.viewport });
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    tab.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    let heard!: (answer: { at: number | null; clicks: number }) => void;
    const answered = new Promise<{ at: number | null; clicks: number }>((resolve) => (heard = resolve));
    await tab.exposeFunction('__benchAnswered', (at: number, clicks: number) => heard({ at, clicks }));
    await tab.addInitScript(answerObserver(options.popup));
    await options.prepare?.(tab);
    let timer: NodeJS.Timeout | undefined;
    // No answer within the limit is a result (recorded as null), not a failure of the benchmark.
    const limit = new Promise<{ at: null; clicks: number }>((resolve) => {
      timer = setTimeout(() => {
        errors.push(`bench: no popup (${options.popup}) after ${options.limitMs / 1000} s of clicks`);
        resolve({ at: null, clicks: 0 });
      }, options.limitMs);
    });
    const answer = Promise.race([answered, limit]);
    // Start times of requests the page's Resource Timing leaves out (a worker's script), as Playwright saw them: epoch ms.
    const requestStarts: { path: string; epoch: number }[] = [];
    context.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.href.startsWith(options.server.url)) requestStarts.push({ path: decodeURIComponent(url.pathname), epoch: request.timing().startTime });
    });
    options.server.begin();
    try {
      // Navigation and clicks start together: the clicks begin before the page has a document.
      const navigation = tab.goto(options.url, { waitUntil: 'commit', timeout: options.limitMs });
      const clicksSent = clickUntilAnswered(tab, options.point, answer);
      const { at, clicks } = await answer;
      const sent = await clicksSent;
      await navigation;
      const starts = (await tab.evaluate(READ_REQUEST_STARTS)) as { path: string; startTime: number }[];
      const origin = (await tab.evaluate('performance.timeOrigin')) as number;
      const received = at === null ? ((await tab.evaluate('window.__benchClicks?.() ?? 0')) as number) : clicks;
      const files = matchStarts(options.server.take(), starts, requestStarts.map((r) => ({ path: r.path, startTime: r.epoch - origin })));
      return { at, clicksReceived: received, clicksSent: sent, before: at === null ? null : bytesBefore(files, at), files, errors };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

/**
 * Pairs each served response with the page's Resource Timing entry for its
 * path, in order (a path fetched twice has two entries); a response the page's
 * timeline leaves out (a dedicated worker's script) takes the browser's
 * request start instead, converted to the page's clock (`fallback`).
 */
export function matchStarts<T extends ServedFile>(served: T[], starts: { path: string; startTime: number }[], fallback: { path: string; startTime: number }[] = []): StartedFile<T>[] {
  const left = [...starts];
  const other = [...fallback];
  const take = (list: { path: string; startTime: number }[], path: string) => {
    const i = list.findIndex((s) => s.path === path);
    return i >= 0 ? list.splice(i, 1)[0]!.startTime : null;
  };
  return served.map((file) => {
    const timed = take(left, file.path);
    const browser = take(other, file.path);
    return { ...file, startTime: timed ?? browser };
  });
}

// ---------------------------------------------------------------- calibration

/**
 * Before measuring: loads the page, waits for its ready mark, reads its map
 * container's box, and clicks once at the region's projected point. Throws
 * unless that click opens the region's popup showing one of `names`: the
 * position (or a page's popup) is wrong, and every measured run would only
 * time out.
 */
export async function calibrate(options: {
  browser: import('playwright-core').Browser;
  viewport: { width: number; height: number };
  url: string;
  readyMark: string;
  target: AnswerTarget;
  lngLat: [number, number];
  names: string[];
  limitMs: number;
}): Promise<{ box: Box; point: { x: number; y: number }; popupText: string }> {
  const context = await options.browser.newContext({ viewport: options.viewport });
  try {
    const tab = await context.newPage();
    await tab.goto(options.url, { timeout: options.limitMs });
    await tab.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, options.readyMark, { timeout: options.limitMs });
    const box = await tab.locator(options.target.container).first().boundingBox({ timeout: options.limitMs });
    if (!box) throw new Error(`${options.target.container} has no box`);
    const point = screenPoint(options.lngLat, box, storyFit());
    await tab.mouse.click(point.x, point.y);
    const popup = tab.locator(options.target.popup).first();
    try {
      await popup.waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      throw new Error(`a click at (${point.x.toFixed(1)}, ${point.y.toFixed(1)}) did not open ${options.target.popup}`);
    }
    const popupText = await popup.innerText();
    if (!options.names.some((name) => popupText.includes(name))) throw new Error(`the popup ${options.target.popup} does not name the region (${options.names.join(' / ')}): ${popupText.slice(0, 80)}`);
    return { box, point, popupText };
  } finally {
    await context.close();
  }
}
