/** Opening the built app in Chromium the way a reader would, and watching what it does. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** console.error messages and uncaught errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function openApp(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; reducedMotion?: boolean; isMobile?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('isnad:map-ready').length > 0, undefined, { timeout: 60_000 });
}

/** Screen position of a lon/lat on a Web Mercator map (MapLibre's 512-px world) given its center and zoom. */
export function projectOnMap(
  lonLat: [number, number],
  view: { center: [number, number]; zoom: number },
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const world = 512 * 2 ** view.zoom;
  const mercator = ([lon, lat]: [number, number]) => {
    const phi = (lat * Math.PI) / 180;
    return [((lon + 180) / 360) * world, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * world] as const;
  };
  const [px, py] = mercator(lonLat);
  const [cx, cy] = mercator(view.center);
  return { x: box.x + box.width / 2 + (px - cx), y: box.y + box.height / 2 + (py - cy) };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}
