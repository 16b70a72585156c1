/**
 * Load benchmark (a script, not a timed test): builds the app and two reference
 * pages, serves them from one static server on 127.0.0.1 and loads each in
 * headless Chromium, alternating pages, a fresh browser context per run, under
 * three conditions: normal, 4× CPU throttling of the page's main thread (CDP),
 * and the whole browser pinned to one core (taskset). Prints medians (min–max)
 * and ratios to the bare MapLibre page, checks the issue's budgets, and writes
 * the same as JSON and Markdown. See bench/README.md.
 *
 *   npm run bench                      full run, writes bench/results/<date>.json and .md
 *   npm run bench -- --quick           3 runs, no warm-up, writes under .cache/bench/results
 *   npm run bench -- --runs 9 --conditions normal,taskset --out /tmp/x
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { build } from 'vite';
import { findChromium, launchChromium } from '../tests/browser/chromium';
import { CONTENT_TYPES } from '../tests/browser/static-server';
import { buildReferences, ROOT } from './build-references';
import { ANSWER_MARK, ANSWER_REGION, CLICK_INTERVAL_MS, calibrate, measureAnswer, regionLabel, storyFit, type AnswerRun, type AnswerTarget, type Box, type StartedFile } from './first-answer';

// ---------------------------------------------------------------- options

class BenchError extends Error {}

/** Whether a progress line of dots is open on stdout (so an error starts on a line of its own). */
let midLine = false;

const CONDITIONS = ['normal', 'throttled', 'taskset'] as const;
type Condition = (typeof CONDITIONS)[number];
const CONDITION_LABEL: Record<Condition, string> = {
  normal: 'normal',
  throttled: '4× CPU throttling (CDP Emulation.setCPUThrottlingRate, page main thread only)',
  taskset: 'whole browser on one core (taskset -c 0)',
};

const PAGES = ['app', 'maplibre', 'leaflet'] as const;
type PageName = (typeof PAGES)[number];
const PAGE_PATH: Record<PageName, string> = { app: '', maplibre: 'bench/maplibre/', leaflet: 'bench/leaflet/' };
const PAGE_MARK: Record<PageName, string> = { app: 'isnad:map-ready', maplibre: 'maplibre:map-ready', leaflet: 'leaflet:map-ready' };
const PAGE_LABEL: Record<PageName, string> = { app: 'isnad app', maplibre: 'bare MapLibre', leaflet: 'minimal Leaflet' };
/**
 * Where each page's map is and what its popup for the answer region looks like
 * (bench/first-answer.ts). The app: its map container as the browser tests find
 * it, and its popup dialog; the references tag their popup's content.
 */
const PAGE_ANSWER: Record<PageName, AnswerTarget> = {
  app: { container: '[data-testid="map"]', popup: `[role="dialog"][data-region="${ANSWER_REGION}"]` },
  maplibre: { container: '#map', popup: `.maplibregl-popup [data-region="${ANSWER_REGION}"]` },
  leaflet: { container: '#map', popup: `.leaflet-popup [data-region="${ANSWER_REGION}"]` },
};
/** The app marks this when MapLibre takes over from the first-paint drawing, if its build has it; else map-ready stands in. */
const WEBGL_MARK = 'isnad:webgl-ready';

const VIEWPORT = { width: 1280, height: 800 };
/** After the ready mark, before LCP is read, so a late paint still counts. */
const SETTLE_MS = 500;
const THROTTLE_RATE = 4;
/** How long a reader keeps clicking before a run is recorded as "no answer" (× 3 when slowed). */
const ANSWER_LIMIT_MS = 20_000;

interface Options {
  runs: number;
  warmup: boolean;
  conditions: Condition[];
  outDir: string;
  quick: boolean;
}

function parseArgs(argv: string[]): Options {
  let runs: number | null = null;
  let quick = false;
  let conditions: Condition[] = [...CONDITIONS];
  let outDir: string | null = null;
  let warmup: boolean | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new BenchError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new BenchError('--runs needs a whole number ≥ 1');
    } else if (arg === '--conditions') {
      const list = value().split(',').map((c) => c.trim());
      const unknown = list.filter((c) => !(CONDITIONS as readonly string[]).includes(c));
      if (unknown.length > 0 || list.length === 0) throw new BenchError(`--conditions takes a comma list of ${CONDITIONS.join(', ')}`);
      conditions = CONDITIONS.filter((c) => list.includes(c));
    } else if (arg === '--out') outDir = resolve(value());
    else if (arg === '--no-warmup') warmup = false;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--quick] [--runs N] [--conditions normal,throttled,taskset] [--out DIR] [--no-warmup]');
      process.exit(0);
    } else throw new BenchError(`unknown option ${arg} (try --help)`);
  }
  const n = runs ?? (quick ? 3 : 7);
  // Only a full run (≥ 7 runs of every condition) goes to the committed results folder by default.
  const full = !quick && n >= 7 && conditions.length === CONDITIONS.length;
  return {
    runs: n,
    quick,
    warmup: warmup ?? !quick,
    conditions,
    outDir: outDir ?? join(ROOT, full ? 'bench/results' : '.cache/bench/results'),
  };
}

// ---------------------------------------------------------------- build

const CACHE = join(ROOT, '.cache/bench');
const SITE = join(CACHE, 'site');

type ResourceType = 'document' | 'script' | 'stylesheet' | 'data' | 'worker' | 'other';
const TYPES: ResourceType[] = ['document', 'script', 'stylesheet', 'data', 'worker', 'other'];

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  name: string;
  code: string;
  modules: Record<string, { code: string | null; renderedLength: number }>;
}
interface OutputAsset {
  type: 'asset';
  fileName: string;
  names?: string[];
  source: string | Uint8Array;
}
type OutputFile = OutputChunk | OutputAsset;

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
const bytesOf = (f: OutputFile) => (f.type === 'chunk' ? Buffer.from(f.code) : Buffer.from(f.source));
const isMaplibre = (id: string) => /[\\/]node_modules[\\/]maplibre-gl[\\/]/.test(id);
/** The geodata in the app's bundle: the virtual module with its compact form, and its decoder (src/geodata). */
const isGeodata = (id: string) => id === '\0isnad-geodata' || id === '\0isnad-region-index' || /[\\/]src[\\/]geodata[\\/]unpack\.ts$|[\\/]topojson-client[\\/]|[\\/]geodata[\\/](regions|context)\.geojson/.test(id);
/** A build file's identity across two builds, whose hashes differ: chunk name, or asset name. */
const keyOf = (f: OutputFile) => (f.type === 'chunk' ? `chunk:${f.name}` : `asset:${f.names?.[0] ?? f.fileName.replace(/-[\w-]{8}(\.\w+)$/, '$1')}`);

interface FileSplit {
  file: string;
  raw: number;
  gzip: number;
  /** The same file in the build with maplibre-gl external (0 when it has no counterpart: maplibre-gl's own). */
  withoutMaplibreRaw: number;
  withoutMaplibreGzip: number;
}

interface AppSplit {
  /** The app's JS chunk(s) that contain maplibre-gl modules. */
  maplibreChunks: string[];
  /** Every file the app's page transferred, with and without maplibre-gl. */
  files: FileSplit[];
  /** Sums over `files`. */
  totalGzip: number;
  nonMaplibreGzip: number;
  maplibreGzip: number;
  /** regions + context geodata as bundled in the app's JS (module code before minification; strings minify as is). */
  geodataInBundleRaw: number;
  geodataInBundleGzip: number;
  /** The issue's estimate: gzip of geodata/regions.geojson + geodata/context.geojson as files. */
  geodataFilesGzip: number;
  geodataFiles: Record<string, { raw: number; gzip: number }>;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Strip ANSI colours; keep the first meaningful line, and the next one when the first only announces it.
  const lines = message
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const first = lines[0] ?? 'unknown error';
  return first.endsWith(':') && lines[1] ? `${first} ${lines[1]}` : first;
}

/**
 * The production build, as `vite build` makes it from vite.config.ts, but into
 * .cache/bench so a benchmark never races a test run rebuilding dist/. With
 * `withoutMaplibre`, maplibre-gl (JS, CSS and worker) is left external: what
 * remains is exactly the app's own code, minified the same way.
 */
async function buildApp(outDir: string, withoutMaplibre = false): Promise<OutputFile[]> {
  let result: unknown;
  try {
    result = await build({
      root: ROOT,
      configLoader: 'runner',
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        ...(withoutMaplibre ? { rollupOptions: { external: [/^maplibre-gl(\/.*)?(\?.*)?$/] } } : {}),
      },
    });
  } catch (error) {
    throw new BenchError(`the app build${withoutMaplibre ? ' (without maplibre-gl)' : ''} failed: ${firstLine(error)}`);
  }
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: OutputFile[] }[];
  return outputs.flatMap((o) => o.output ?? []);
}

/** Splits maplibre-gl out of what the app transferred, file by file, against the build without it. */
function splitApp(withMl: OutputFile[], withoutMl: OutputFile[], transferred: Served[]): AppSplit {
  const byFile = new Map(withMl.map((f) => [f.fileName, f]));
  const byKey = new Map(withoutMl.map((f) => [keyOf(f), f]));
  const maplibreChunks = withMl.filter((f): f is OutputChunk => f.type === 'chunk' && Object.keys(f.modules).some(isMaplibre)).map((c) => c.fileName);
  const files: FileSplit[] = transferred.map((t) => {
    const file = t.path.replace(/^\//, '') || 'index.html';
    const built = byFile.get(file);
    // Files outside the bundle (index.html, the story's data) are all the app's own.
    if (!built || file.endsWith('.html')) return { file, raw: t.raw, gzip: t.gzip, withoutMaplibreRaw: t.raw, withoutMaplibreGzip: t.gzip };
    const twin = byKey.get(keyOf(built));
    const twinBytes = twin ? bytesOf(twin) : null;
    return { file, raw: t.raw, gzip: t.gzip, withoutMaplibreRaw: twinBytes?.length ?? 0, withoutMaplibreGzip: twinBytes ? gz(twinBytes) : 0 };
  });
  const geo = withMl
    .filter((f): f is OutputChunk => f.type === 'chunk')
    .flatMap((c) => Object.entries(c.modules).filter(([id]) => isGeodata(id)).map(([, m]) => m.code ?? ''))
    .join('\n');
  const geodataFiles = Object.fromEntries(
    ['regions.geojson', 'context.geojson'].map((name) => {
      const bytes = readFileSync(join(ROOT, 'geodata', name));
      return [name, { raw: bytes.length, gzip: gz(bytes) }];
    }),
  );
  const totalGzip = files.reduce((s, f) => s + f.gzip, 0);
  const nonMaplibreGzip = files.reduce((s, f) => s + f.withoutMaplibreGzip, 0);
  return {
    maplibreChunks,
    files,
    totalGzip,
    nonMaplibreGzip,
    maplibreGzip: totalGzip - nonMaplibreGzip,
    geodataInBundleRaw: Buffer.byteLength(geo),
    geodataInBundleGzip: geo ? gz(geo) : 0,
    geodataFiles,
    geodataFilesGzip: Object.values(geodataFiles).reduce((s, f) => s + f.gzip, 0),
  };
}

// ---------------------------------------------------------------- server

const MIME = CONTENT_TYPES;

interface Served {
  path: string;
  type: ResourceType;
  status: number;
  raw: number;
  gzip: number;
}

function resourceType(path: string): ResourceType {
  const ext = extname(path);
  if (ext === '.html' || path.endsWith('/')) return 'document';
  if ((ext === '.js' || ext === '.mjs') && /worker/i.test(path)) return 'worker';
  if (ext === '.js' || ext === '.mjs') return 'script';
  if (ext === '.css') return 'stylesheet';
  if (['.json', '.geojson', '.txt', '.csv'].includes(ext)) return 'data';
  return 'other';
}

/**
 * One uncompressed static server for the app and the references, counting the
 * body bytes of every response it sends, and what each would gzip to (level 9).
 */
async function startServer(root: string) {
  const cache = new Map<string, { body: Buffer; gzip: number }>();
  let log: Served[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      let entry = cache.get(file);
      if (!entry) {
        const body = readFileSync(file);
        entry = { body, gzip: gz(body) };
        cache.set(file, entry);
      }
      log.push({ path, type: resourceType(file), status: 200, raw: entry.body.length, gzip: entry.gzip });
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-length': entry.body.length, 'cache-control': 'no-store' });
      res.end(entry.body);
    } catch {
      const body = 'not found';
      log.push({ path, type: resourceType(path), status: 404, raw: body.length, gzip: gz(body) });
      res.writeHead(404, { 'content-type': 'text/plain' }).end(body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    begin: () => void (log = []),
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
type Server = Awaited<ReturnType<typeof startServer>>;

// ---------------------------------------------------------------- one run

interface Bytes {
  raw: number;
  gzip: number;
}
interface Run {
  ready: number;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  heap: number;
  heapBeforeGc: number;
  requests: number;
  bytes: Bytes;
  byType: Record<ResourceType, Bytes & { requests: number }>;
  files: Served[];
  errors: string[];
  offHost: string[];
  /** The page's own phase marks (the app's isnad:*), ms from navigation start. */
  phases: Record<string, number>;
  /** When the WebGL map took over (the page's takeover mark, see takeoverMarkOf); null for a page without WebGL. */
  takeover: number | null;
}

/** A round's two loads of a page: the quiet one (ready, paints, heap, bytes) and the clicked one (first answer). */
interface RoundRun extends Run {
  answer: Omit<AnswerRun<Served>, 'files'>;
  answerFiles: StartedFile<Served>[];
}

async function timeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchError(`${what()} timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

// In-page code is passed as source text: tsx would otherwise wrap named functions in a `__name` helper the page lacks.

/** Resolves with the mark's startTime as soon as it exists: a buffered observer, no polling of the page. */
const waitForMark = (name: string) => `new Promise((resolve) => {
  const found = () => performance.getEntriesByName(${JSON.stringify(name)}, 'mark')[0]?.startTime;
  const now = found();
  if (now !== undefined) return resolve(now);
  const observer = new PerformanceObserver(() => {
    const at = found();
    if (at !== undefined) { observer.disconnect(); resolve(at); }
  });
  observer.observe({ type: 'mark', buffered: true });
})`;

/** FCP from the paint timeline; LCP from a buffered observer (its last entry), with what element it was. */
const READ_PAINTS = `new Promise((resolve) => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  let lcp = null;
  let lcpElement = null;
  const observer = new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (!last) return;
    lcp = last.startTime;
    const el = last.element;
    // An element removed since (the app takes its first-paint drawing off at map-ready) is null here; its URL says what it was.
    const what = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') : 'removed element' + (last.url ? ', image ' + (last.url.startsWith('data:') ? last.url.slice(0, 19) + '…' : last.url) : '');
    lcpElement = what + ' (' + last.size + ' px²)';
  });
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  // Buffered entries arrive in a task of their own; give them a few frames.
  setTimeout(() => { observer.disconnect(); resolve({ fcp, lcp, lcpElement }); }, 100);
})`;

/** The app's phase marks: where the time to map-ready goes (modules run, story validated, map created, map loaded). */
const READ_PHASES = `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('isnad:') && !m.name.startsWith('isnad:select')).map((m) => [m.name.slice(6), m.startTime]))`;

async function measure(browser: Browser, server: Server, page: PageName, condition: Condition, takeoverMark: string | null): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    const offHost: string[] = [];
    tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    tab.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) offHost.push(url);
    });
    const cdp: CDPSession = await context.newCDPSession(tab);
    if (condition === 'throttled') await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
    const limit = condition === 'normal' ? 60_000 : 180_000;
    server.begin();
    await tab.goto(server.url + PAGE_PATH[page], { waitUntil: 'domcontentloaded', timeout: limit });
    // Wait for the mark without polling the page: a buffered observer resolves as soon as it exists.
    const ready = await timeout(
      tab.evaluate(waitForMark(PAGE_MARK[page])) as Promise<number>,
      limit,
      () => `${PAGE_LABEL[page]} (${condition}) waiting for ${PAGE_MARK[page]}${errors.length ? ` [page errors: ${errors.join(' | ')}]` : ''}`,
    );
    // The WebGL takeover may come after the page's ready mark (an app whose first paint is interactive SVG).
    let takeover: number | null = takeoverMark === PAGE_MARK[page] ? ready : null;
    if (takeoverMark && takeoverMark !== PAGE_MARK[page]) {
      takeover = await timeout(tab.evaluate(waitForMark(takeoverMark)) as Promise<number>, limit / 4, () => '').catch(() => {
        errors.push(`bench: no ${takeoverMark} within ${limit / 4000} s of navigation + ready`);
        return null;
      });
    }
    await tab.waitForTimeout(SETTLE_MS);
    const paint = (await tab.evaluate(READ_PAINTS)) as { fcp: number | null; lcp: number | null; lcpElement: string | null };
    const phases = (await tab.evaluate(READ_PHASES)) as Record<string, number>;
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const files = server.take();
    const byType = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gzip: 0, requests: 0 }])) as Run['byType'];
    for (const f of files) {
      byType[f.type].raw += f.raw;
      byType[f.type].gzip += f.gzip;
      byType[f.type].requests += 1;
    }
    return {
      ready,
      ...paint,
      heap: after.usedSize,
      heapBeforeGc: before.usedSize,
      requests: files.length,
      bytes: { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) },
      byType,
      files,
      errors,
      offHost,
      phases,
      takeover,
    };
  } finally {
    await context.close();
  }
}

/** The quiet load, then the clicked load: one round's runs of a page. */
async function measureRound(browser: Browser, server: Server, page: PageName, condition: Condition, takeoverMark: string | null, point: { x: number; y: number }): Promise<RoundRun> {
  const run = await measure(browser, server, page, condition, takeoverMark);
  const { files: answerFiles, ...answer } = await measureAnswer({
    browser,
    viewport: VIEWPORT,
    server,
    url: server.url + PAGE_PATH[page],
    popup: PAGE_ANSWER[page].popup,
    point,
    limitMs: condition === 'normal' ? ANSWER_LIMIT_MS : 3 * ANSWER_LIMIT_MS,
    prepare: async (tab) => {
      if (condition !== 'throttled') return;
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
    },
  });
  return { ...run, answer, answerFiles };
}

/** A failed run is an expected failure: one line naming the page and condition, no stack. */
async function measureOrExplain(browser: Browser, server: Server, page: PageName, condition: Condition, takeoverMark: string | null, point: { x: number; y: number }): Promise<RoundRun> {
  try {
    return await measureRound(browser, server, page, condition, takeoverMark, point);
  } catch (error) {
    if (error instanceof BenchError) throw error;
    throw new BenchError(`a run of the ${PAGE_LABEL[page]} page (${condition}) failed: ${firstLine(error)}`);
  }
}

// ---------------------------------------------------------------- statistics

interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

function stat(values: (number | null)[]): Stat | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { median, min: v[0]!, max: v.at(-1)!, n: v.length };
}

/** The quiet load's columns. */
const METRICS = ['ready', 'fcp', 'lcp', 'heap', 'requests', 'rawBytes', 'gzipBytes'] as const;
/** The first answer's columns (the clicked load), and the WebGL takeover (the quiet load). */
const ANSWER_METRICS = ['firstAnswer', 'clicksSent', 'clicksReceived', 'requestsBeforeAnswer', 'rawBeforeAnswer', 'gzipBeforeAnswer', 'takeover'] as const;
const ALL_METRICS = [...METRICS, ...ANSWER_METRICS] as const;
type Metric = (typeof ALL_METRICS)[number];
const METRIC_LABEL: Record<Metric, string> = {
  ready: 'map-ready',
  fcp: 'FCP',
  lcp: 'LCP',
  heap: 'JS heap',
  requests: 'requests',
  rawBytes: 'bytes raw',
  gzipBytes: 'bytes gzip',
  firstAnswer: 'first answer',
  clicksSent: 'clicks sent',
  clicksReceived: 'clicks received',
  requestsBeforeAnswer: 'requests before answer',
  rawBeforeAnswer: 'raw before answer',
  gzipBeforeAnswer: 'gzip before answer',
  takeover: 'WebGL map ready',
};

function pick(run: RoundRun, metric: Metric): number | null {
  switch (metric) {
    case 'firstAnswer':
      return run.answer.at;
    case 'clicksSent':
      return run.answer.clicksSent;
    case 'clicksReceived':
      return run.answer.clicksReceived;
    case 'requestsBeforeAnswer':
      return run.answer.before?.requests ?? null;
    case 'rawBeforeAnswer':
      return run.answer.before?.raw ?? null;
    case 'gzipBeforeAnswer':
      return run.answer.before?.gzip ?? null;
    case 'takeover':
      return run.takeover;
    case 'ready':
      return run.ready;
    case 'fcp':
      return run.fcp;
    case 'lcp':
      return run.lcp;
    case 'heap':
      return run.heap;
    case 'requests':
      return run.requests;
    case 'rawBytes':
      return run.bytes.raw;
    case 'gzipBytes':
      return run.bytes.gzip;
  }
}

interface PageResult {
  mark: string;
  /** The mark the WebGL takeover is read from (null: a page without WebGL). */
  takeoverMark: string | null;
  /** The answer region's screen position the clicks went to, and the map container's box it was projected into. */
  answerPoint: { x: number; y: number; container: Box; popup: string };
  url: string;
  summary: Record<Metric, Stat | null>;
  /** Median of each resource type's bytes over the runs. */
  byType: Record<ResourceType, { raw: number; gzip: number; requests: number }>;
  ratioToMaplibre: Record<Metric, number | null>;
  ratioToLeaflet: Record<Metric, number | null>;
  lcpElement: string | null;
  errors: string[];
  offHost: string[];
  runs: Omit<RoundRun, 'files' | 'answerFiles'>[];
  files: Served[];
  /** The first clicked load's responses with the page's start time of each (Resource Timing). */
  answerFiles: StartedFile<Served>[];
}

function summarise(runs: RoundRun[], page: PageName): Omit<PageResult, 'ratioToMaplibre' | 'ratioToLeaflet' | 'takeoverMark' | 'answerPoint'> {
  const summary = Object.fromEntries(ALL_METRICS.map((m) => [m, stat(runs.map((r) => pick(r, m)))])) as Record<Metric, Stat | null>;
  const byType = Object.fromEntries(
    TYPES.map((t) => [
      t,
      {
        raw: stat(runs.map((r) => r.byType[t].raw))?.median ?? 0,
        gzip: stat(runs.map((r) => r.byType[t].gzip))?.median ?? 0,
        requests: stat(runs.map((r) => r.byType[t].requests))?.median ?? 0,
      },
    ]),
  ) as PageResult['byType'];
  const elements = runs.map((r) => r.lcpElement).filter((e): e is string => !!e);
  return {
    mark: PAGE_MARK[page],
    url: `/${PAGE_PATH[page]}`,
    summary,
    byType,
    lcpElement: elements.length ? mostCommon(elements) : null,
    errors: [...new Set(runs.flatMap((r) => [...r.errors, ...r.answer.errors]))],
    offHost: [...new Set(runs.flatMap((r) => r.offHost))],
    runs: runs.map(({ files: _files, answerFiles: _answerFiles, ...rest }) => rest),
    files: runs[0]?.files ?? [],
    answerFiles: runs[0]?.answerFiles ?? [],
  };
}

/** Medians of the app's phase marks, in the order they happen. */
function phasesLine(runs: Omit<RoundRun, 'files' | 'answerFiles'>[]): string | null {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases ?? {})))];
  if (names.length === 0) return null;
  const medians = names.map((name) => [name, stat(runs.map((r) => r.phases[name] ?? null))?.median ?? null] as const).filter((e): e is readonly [string, number] => e[1] !== null);
  medians.sort((a, b) => a[1] - b[1]);
  return `Isnad app phases (median ms from navigation): ${medians.map(([name, at]) => `${name} ${Math.round(at)}`).join(' → ')}`;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

// ---------------------------------------------------------------- formatting

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const mb = (v: number) => `${(v / 1e6).toFixed(1)} MB`;
const FORMAT: Record<Metric, (v: number) => string> = {
  ready: ms,
  fcp: ms,
  lcp: ms,
  heap: mb,
  requests: (v) => String(Math.round(v)),
  rawBytes: kb,
  gzipBytes: kb,
  firstAnswer: ms,
  clicksSent: (v) => String(Math.round(v)),
  clicksReceived: (v) => String(Math.round(v)),
  requestsBeforeAnswer: (v) => String(Math.round(v)),
  rawBeforeAnswer: kb,
  gzipBeforeAnswer: kb,
  takeover: ms,
};

function cell(metric: Metric, s: Stat | null): string {
  if (!s) return '—';
  const f = FORMAT[metric];
  if (s.min === s.max) return f(s.median);
  const bare = (v: number) => f(v).replace(/ (ms|kB|MB)$/, '');
  return `${f(s.median)} (${bare(s.min)}–${bare(s.max)})`;
}

const ratio = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

function table(header: string[], rows: string[][]): { text: string; md: string } {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const text = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  const md = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return { text, md };
}

// ---------------------------------------------------------------- budgets

interface Budget {
  name: string;
  condition: Condition | null;
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean | null;
}

function budgets(results: Partial<Record<Condition, Record<PageName, PageResult>>>, split: AppSplit): Budget[] {
  const out: Budget[] = [];
  for (const condition of ['normal', 'throttled'] as const) {
    const r = results[condition];
    if (!r) continue;
    const readyRatio = r.app.ratioToMaplibre.ready;
    out.push({ name: 'app map-ready ≤ 1.15× bare MapLibre map-ready (ratio of medians)', condition, value: readyRatio, limit: 1.15, unit: '×', pass: readyRatio === null ? null : readyRatio <= 1.15 });
    const leafletReady = r.leaflet.summary.ready?.median ?? null;
    for (const metric of ['fcp', 'lcp'] as const) {
      const app = r.app.summary[metric]?.median ?? null;
      const value = app !== null && leafletReady ? app / leafletReady : null;
      out.push({ name: `app ${METRIC_LABEL[metric]} ≤ 1.0× minimal Leaflet map-ready (ratio of medians)`, condition, value, limit: 1.0, unit: '×', pass: value === null ? null : value <= 1.0 });
    }
    // Issue 11: the first answer, what was fetched before it, and the WebGL takeover.
    const answer = r.app.ratioToLeaflet.firstAnswer;
    out.push({ name: 'app first answer ≤ 1.0× minimal Leaflet first answer (ratio of medians)', condition, value: answer, limit: 1.0, unit: '×', pass: answer === null ? null : answer <= 1.0 });
    const before = r.app.ratioToLeaflet.gzipBeforeAnswer;
    out.push({ name: 'app gzip bytes fetched before the first answer ≤ 1.25× minimal Leaflet’s (ratio of medians)', condition, value: before, limit: 1.25, unit: '×', pass: before === null ? null : before <= 1.25 });
    const takeover = r.app.ratioToMaplibre.takeover;
    out.push({ name: `app WebGL map ready (${r.app.takeoverMark}) ≤ 1.3× bare MapLibre map-ready (ratio of medians)`, condition, value: takeover, limit: 1.3, unit: '×', pass: takeover === null ? null : takeover <= 1.3 });
  }
  const non = split.nonMaplibreGzip;
  out.push({ name: 'app non-maplibre bytes, gzipped ≤ 60 kB', condition: null, value: non, limit: 60_000, unit: 'B', pass: non <= 60_000 });
  out.push({ name: 'of which regions + context geodata, gzipped ≤ 50 kB (gzip of the two .geojson files)', condition: null, value: split.geodataFilesGzip, limit: 50_000, unit: 'B', pass: split.geodataFilesGzip <= 50_000 });
  return out;
}

function budgetLine(b: Budget): string {
  const verdict = b.pass === null ? 'N/A ' : b.pass ? 'PASS' : 'FAIL';
  const value = b.value === null ? 'no value' : b.unit === '×' ? `${b.value.toFixed(2)}×` : `${kb(b.value)} (${b.value} B)`;
  const limit = b.unit === '×' ? `${b.limit.toFixed(2)}×` : kb(b.limit);
  return `${verdict}  ${b.name}${b.condition ? ` [${b.condition}]` : ''}: ${value} (limit ${limit})`;
}

// ---------------------------------------------------------------- main

/** Where to click on each page: the answer region's label point in the page's initial view, checked by one click after ready. */
async function calibrateAll(browser: Browser, server: Server, region: ReturnType<typeof regionLabel>): Promise<Record<PageName, PageResult['answerPoint']>> {
  const out = {} as Record<PageName, PageResult['answerPoint']>;
  for (const page of PAGES) {
    try {
      const { box, point } = await calibrate({ browser, viewport: VIEWPORT, url: server.url + PAGE_PATH[page], readyMark: PAGE_MARK[page], target: PAGE_ANSWER[page], lngLat: region.label, names: region.names, limitMs: 60_000 });
      out[page] = { x: point.x, y: point.y, container: box, popup: PAGE_ANSWER[page].popup };
    } catch (error) {
      throw new BenchError(`finding ${ANSWER_REGION} on the ${PAGE_LABEL[page]} page failed: ${firstLine(error)}`);
    }
    server.take();
  }
  const where = PAGES.map((p) => `${PAGE_LABEL[p]} (${Math.round(out[p].x)}, ${Math.round(out[p].y)})`).join(', ');
  console.log(`bench: clicking ${ANSWER_REGION} at ${where}`);
  return out;
}

function tasksetWrapper(chromium: string): string {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
  } catch {
    throw new BenchError('the taskset condition needs `taskset` (util-linux) and CPU 0; or leave it out with --conditions normal,throttled');
  }
  mkdirSync(CACHE, { recursive: true });
  const wrapper = join(CACHE, 'chromium-on-one-core.sh');
  writeFileSync(wrapper, `#!/bin/sh\n# Generated by bench/run.ts: the whole browser (every process it starts) on CPU 0.\nexec taskset -c 0 ${JSON.stringify(chromium)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await launchChromium({ executablePath });
  } catch (error) {
    throw new BenchError(`Chromium (${executablePath}) did not start: ${firstLine(error)}`);
  }
}

/** The commit the app was built from, and the tracked files that differed from it when the build started. */
function sourceVersion(): { commit: string | null; changedFiles: string[] | null } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    const changedFiles = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.slice(3));
    return { commit, changedFiles };
  } catch {
    return { commit: null, changedFiles: null };
  }
}

function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let chromium: string;
  try {
    chromium = findChromium();
  } catch (error) {
    throw new BenchError(firstLine(error));
  }
  const wrapper = options.conditions.includes('taskset') ? tasksetWrapper(chromium) : null;
  const started = nodePerformance.now();
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  if (loadBefore[0]! > cpus().length / 2) console.log(`bench: warning: load average ${loadBefore.join(', ')} on ${cpus().length} cores; other work will inflate and spread the times`);

  const source = sourceVersion();
  console.log(`bench: building the app and the reference pages into ${relative(ROOT, SITE)}/ …`);
  const appFiles = await buildApp(SITE);
  const appFilesWithoutMaplibre = await buildApp(join(CACHE, 'app-without-maplibre'), true);
  try {
    await buildReferences(join(SITE, 'bench'));
  } catch (error) {
    throw new BenchError(`building the reference pages failed: ${firstLine(error)}`);
  }

  // The app's WebGL takeover: its own mark once its build has one, else map-ready (MapLibre's first idle) stands in.
  const appWebglMark = appFiles.some((f) => f.type === 'chunk' && f.code.includes(WEBGL_MARK));
  const takeoverMarkOf: Record<PageName, string | null> = { app: appWebglMark ? WEBGL_MARK : PAGE_MARK.app, maplibre: PAGE_MARK.maplibre, leaflet: null };
  let fit: ReturnType<typeof storyFit>;
  let answerRegion: ReturnType<typeof regionLabel>;
  try {
    fit = storyFit();
    answerRegion = regionLabel(ANSWER_REGION);
  } catch (error) {
    throw new BenchError(firstLine(error));
  }

  const server = await startServer(SITE);
  const results: Partial<Record<Condition, Record<PageName, PageResult>>> = {};
  let browserVersion = '';
  let points: Record<PageName, PageResult['answerPoint']> | null = null;
  try {
    let normalBrowser: Browser | null = null;
    for (const condition of options.conditions) {
      const browser = condition === 'taskset' ? await launch(wrapper!) : (normalBrowser ??= await launch(chromium));
      browserVersion ||= browser.version();
      points ??= await calibrateAll(browser, server, answerRegion);
      const point = points;
      const runs: Record<PageName, RoundRun[]> = { app: [], maplibre: [], leaflet: [] };
      const total = options.runs * PAGES.length;
      process.stdout.write(`bench: ${condition}: ${options.warmup ? 'warm-up, ' : ''}${options.runs} run${options.runs === 1 ? '' : 's'} × ${PAGES.length} pages `);
      midLine = true;
      if (options.warmup) for (const page of PAGES) await measureOrExplain(browser, server, page, condition, takeoverMarkOf[page], point[page]);
      for (let i = 0; i < options.runs; i += 1) {
        // Alternate pages, and rotate which goes first, so drift over time hits all three alike.
        for (let j = 0; j < PAGES.length; j += 1) {
          const page = PAGES[(i + j) % PAGES.length]!;
          runs[page].push(await measureOrExplain(browser, server, page, condition, takeoverMarkOf[page], point[page]));
          process.stdout.write('.');
        }
      }
      process.stdout.write(` ${total} done\n`);
      midLine = false;
      if (condition === 'taskset') await browser.close();
      const pages = Object.fromEntries(PAGES.map((p) => [p, summarise(runs[p], p)])) as Record<PageName, ReturnType<typeof summarise>>;
      const ratioTo = (p: PageName, to: PageName) =>
        Object.fromEntries(
          ALL_METRICS.map((m) => {
            const a = pages[p].summary[m]?.median;
            const b = pages[to].summary[m]?.median;
            return [m, a !== undefined && b ? a / b : null];
          }),
        ) as Record<Metric, number | null>;
      results[condition] = Object.fromEntries(
        PAGES.map((p) => [p, { ...pages[p], takeoverMark: takeoverMarkOf[p], answerPoint: point[p], ratioToMaplibre: ratioTo(p, 'maplibre'), ratioToLeaflet: ratioTo(p, 'leaflet') }]),
      ) as Record<PageName, PageResult>;
    }
    await normalBrowser?.close();
  } finally {
    await server.close();
  }

  // Non-maplibre gzipped bytes: what the app actually transferred, each file against its twin built without maplibre-gl.
  const split = splitApp(appFiles, appFilesWithoutMaplibre, (results.normal ?? Object.values(results)[0]!).app.files);

  const checked = budgets(results, split);
  const elapsed = (nodePerformance.now() - started) / 1000;
  const load = { before: loadBefore, after: loadavg().map((l) => Math.round(l * 100) / 100) };
  const report = render(results, split, checked, options, browserVersion, elapsed, load, source);
  console.log(`\n${report.text}`);

  const date = localDate();
  mkdirSync(options.outDir, { recursive: true });
  const json = {
    date,
    generatedBy: 'npm run bench (bench/run.ts)',
    source,
    machine: {
      platform: `${platform()} ${release()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: browserVersion,
      loadAverage: load,
    },
    settings: {
      runsPerPagePerCondition: options.runs,
      warmupRunsDiscarded: options.warmup ? 1 : 0,
      order: 'app → maplibre → leaflet, rotating the first page each round; fresh browser context per run',
      viewport: VIEWPORT,
      settleMsBeforeLcp: SETTLE_MS,
      throttleRate: THROTTLE_RATE,
      conditions: Object.fromEntries(options.conditions.map((c) => [c, CONDITION_LABEL[c]])),
      server: '127.0.0.1, one static server, uncompressed; gzip sizes are zlib level 9 of each body',
      heap: 'CDP Runtime.getHeapUsage usedSize of the page main thread after ready + settle and a forced GC (heapBeforeGc: without the GC); workers not included',
      firstAnswer: `a second load per page per round: real clicks (CDP Input, page.mouse.click) at ${ANSWER_REGION}'s label point in the page's initial view, from before navigation, one every ${CLICK_INTERVAL_MS} ms (the next 30 ms after the previous started, or at once if that click took longer to be handled), until the page's popup for ${ANSWER_REGION} has a layout box; the time is performance.now() in the page on the animation frame after the popup appeared (mark ${ANSWER_MARK}), found by a MutationObserver installed before the page's scripts`,
      bytesBeforeAnswer: 'gzip (zlib level 9) of each response body whose request started before the first answer: start times from the page\'s Resource Timing (the document at 0), matched to the server\'s responses by path; a response the page\'s timeline leaves out (the MapLibre worker script) takes Playwright\'s request start time minus performance.timeOrigin',
      takeover: `app: ${WEBGL_MARK} when its build has the mark, else isnad:map-ready; bare MapLibre: maplibre:map-ready; from the quiet load`,
      kB: 1000,
      seconds: Math.round(elapsed),
    },
    appBuild: split,
    conditions: results,
    budgets: checked,
  };
  const jsonPath = join(options.outDir, `${date}.json`);
  const mdPath = join(options.outDir, `${date}.md`);
  writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(mdPath, report.md);
  console.log(`\nbench: wrote ${relative(ROOT, jsonPath)} and ${relative(ROOT, mdPath)} in ${Math.round(elapsed)} s`);
}

/** The first-answer columns of one condition, with the ratios the budgets use, and what the numbers mean. */
function answerTable(r: Record<PageName, PageResult>): { text: string; md: string; notes: string[] } {
  const header = ['page', 'first answer', 'clicks sent / received', 'requests before', 'gzip before answer', 'WebGL map ready'];
  const row = (p: PageName) => [
    PAGE_LABEL[p],
    cell('firstAnswer', r[p].summary.firstAnswer),
    `${cell('clicksSent', r[p].summary.clicksSent)} / ${cell('clicksReceived', r[p].summary.clicksReceived)}`,
    cell('requestsBeforeAnswer', r[p].summary.requestsBeforeAnswer),
    cell('gzipBeforeAnswer', r[p].summary.gzipBeforeAnswer),
    r[p].takeoverMark ? cell('takeover', r[p].summary.takeover) : '— (no WebGL)',
  ];
  const ratios = (to: 'leaflet' | 'maplibre') => {
    const q = to === 'leaflet' ? r.app.ratioToLeaflet : r.app.ratioToMaplibre;
    return [`${PAGE_LABEL.app} / ${to === 'leaflet' ? 'Leaflet' : 'MapLibre'}`, ratio(q.firstAnswer), '', ratio(q.requestsBeforeAnswer), ratio(q.gzipBeforeAnswer), to === 'maplibre' ? ratio(q.takeover) : '—'];
  };
  const t = table(header, [...PAGES.map(row), ratios('leaflet'), ratios('maplibre')]);
  const before = r.app.answerFiles.filter((f) => f.startTime !== null && f.startTime < (r.app.runs[0]?.answer.at ?? 0));
  const unknown = PAGES.flatMap((p) => (r[p].runs.some((run) => (run.answer.before?.unknownStart ?? 0) > 0) ? [PAGE_LABEL[p]] : []));
  const unanswered = PAGES.flatMap((p) => {
    const missing = r[p].runs.filter((run) => run.answer.at === null).length;
    return missing ? [`${PAGE_LABEL[p]} ${missing} of ${r[p].runs.length}`] : [];
  });
  const notes = [
    `WebGL map ready: the app's ${r.app.takeoverMark}${r.app.takeoverMark === WEBGL_MARK ? '' : ` (its build has no ${WEBGL_MARK} mark; map-ready stands in)`}, the bare MapLibre page's ${PAGE_MARK.maplibre}; from the quiet load.`,
    `The app's first clicked run fetched before its answer: ${before.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ') || 'nothing'}.`,
    ...(unanswered.length ? [`⚠ runs with no popup within ${ANSWER_LIMIT_MS / 1000} s of clicks (× 3 slowed), left out of the medians: ${unanswered.join(', ')}`] : []),
    ...(unknown.length ? [`⚠ responses with no Resource Timing entry (start unknown, not counted before the answer): ${unknown.join(', ')}`] : []),
  ];
  return { ...t, notes };
}

function render(
  results: Partial<Record<Condition, Record<PageName, PageResult>>>,
  split: AppSplit,
  checked: Budget[],
  options: Options,
  browserVersion: string,
  elapsed: number,
  load: { before: number[]; after: number[] },
  source: ReturnType<typeof sourceVersion>,
): { text: string; md: string } {
  const text: string[] = [];
  const md: string[] = [];
  const date = localDate();
  text.push(`isnad load benchmark — ${date}, Chromium ${browserVersion}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
  text.push(`${options.runs} run${options.runs === 1 ? '' : 's'} per page per condition${options.warmup ? ' (after one discarded warm-up each)' : ''}; median (min–max); ratio = page median / bare MapLibre median; kB = 1000 B`);
  text.push(`load average (1, 5, 15 min) before ${load.before.join(', ')}, after ${load.after.join(', ')}; ${Math.round(elapsed)} s`);
  md.push(`# Load benchmark, ${date}`, '');
  const built = source.commit ? `App built from commit ${source.commit}${source.changedFiles?.length ? ` with uncommitted changes to ${source.changedFiles.join(', ')}` : ''}.` : 'App built outside git.';
  text.push(built);
  md.push(`${built} Chromium ${browserVersion}, headless, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${platform()} ${release()}, Node ${process.version}.`);
  md.push(`${options.runs} run${options.runs === 1 ? '' : 's'} per page per condition${options.warmup ? ' after one discarded warm-up each' : ''}, pages alternating, a fresh browser context per run, viewport ${VIEWPORT.width}×${VIEWPORT.height}. Cells are median (min–max); ratios are page median / bare MapLibre median; kB = 1000 bytes. Run time ${Math.round(elapsed)} s; load average (1, 5, 15 min) ${load.before.join(', ')} before and ${load.after.join(', ')} after. Reproduce with \`npm run bench\` (see bench/README.md).`);
  md.push('');
  for (const condition of options.conditions) {
    const r = results[condition];
    if (!r) continue;
    const header = ['page', ...METRICS.map((m) => METRIC_LABEL[m])];
    const rows = PAGES.map((p) => [PAGE_LABEL[p], ...METRICS.map((m) => cell(m, r[p].summary[m]))]);
    const ratios = PAGES.filter((p) => p !== 'maplibre').map((p) => [`${PAGE_LABEL[p]} / MapLibre`, ...METRICS.map((m) => ratio(r[p].ratioToMaplibre[m]))]);
    const t = table(header, [...rows, ...ratios]);
    text.push('', `== ${CONDITION_LABEL[condition]}`, t.text);
    md.push(`## ${CONDITION_LABEL[condition]}`, '', t.md, '');
    const phaseLine = phasesLine(r.app.runs);
    if (phaseLine) {
      text.push(phaseLine);
      md.push(phaseLine, '');
    }
    const a = answerTable(r);
    text.push('', `-- first answer (${CONDITION_LABEL[condition]})`, a.text, ...a.notes);
    md.push(`### First answer (${condition})`, '', a.md, '', ...a.notes.map((n) => `- ${n}`), '');
    const notes = PAGES.flatMap((p) => [
      ...(r[p].errors.length ? [`${PAGE_LABEL[p]} logged errors: ${r[p].errors.slice(0, 3).join(' | ')}`] : []),
      ...(r[p].offHost.length ? [`${PAGE_LABEL[p]} asked another host: ${r[p].offHost.slice(0, 3).join(', ')}`] : []),
    ]);
    for (const n of notes) {
      text.push(`! ${n}`);
      md.push(`- ⚠ ${n}`);
    }
    if (notes.length) md.push('');
  }

  // Bytes by type are the same in every run and condition: show them once.
  const first = results[options.conditions[0]!]!;
  const typeHeader = ['page', ...TYPES.map((t) => `${t} raw / gzip`), 'total raw / gzip'];
  const typeRows = PAGES.map((p) => [
    PAGE_LABEL[p],
    ...TYPES.map((t) => (first[p].byType[t].requests ? `${kb(first[p].byType[t].raw)} / ${kb(first[p].byType[t].gzip)}` : '—')),
    `${kb(first[p].summary.rawBytes?.median ?? 0)} / ${kb(first[p].summary.gzipBytes?.median ?? 0)}`,
  ]);
  const tt = table(typeHeader, typeRows);
  text.push('', '== bytes transferred by type (body bytes as served; gzip = zlib level 9 of each body)', tt.text);
  md.push('## Bytes transferred by type', '', 'Body bytes as served (uncompressed) and each body gzipped at level 9. "data" is the app\'s story files (fetch).', '', tt.md, '');

  const lcpLines = PAGES.map((p) => `${PAGE_LABEL[p]}: ${first[p].lcpElement ?? 'no LCP entry'}`);
  text.push('', `LCP element: ${lcpLines.join('; ')}`);
  md.push(`LCP element — ${lcpLines.join('; ')}.`, '');

  const splitRows = split.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.withoutMaplibreRaw), kb(f.withoutMaplibreGzip)]);
  splitRows.push(['total', kb(split.files.reduce((s, f) => s + f.raw, 0)), kb(split.totalGzip), kb(split.files.reduce((s, f) => s + f.withoutMaplibreRaw, 0)), kb(split.nonMaplibreGzip)]);
  const st = table(['file the app transferred', 'raw', 'gzip', 'without maplibre-gl raw', 'without maplibre-gl gzip'], splitRows);
  const geoLine = `regions + context geodata: as files ${Object.entries(split.geodataFiles).map(([n, f]) => `${n} ${kb(f.raw)} → ${kb(f.gzip)} gzip`).join(', ')} = ${kb(split.geodataFilesGzip)} gzip; as bundled in the JS (compact form and its decoder) ${kb(split.geodataInBundleRaw)} → ${kb(split.geodataInBundleGzip)} gzip`;
  const mlLine = `maplibre-gl's share: ${kb(split.maplibreGzip)} gzip of ${kb(split.totalGzip)} (chunk with maplibre-gl: ${split.maplibreChunks.join(', ') || 'none'})`;
  text.push('', '== the app without maplibre-gl (each file against the same build with maplibre-gl JS, CSS and worker external)', st.text, mlLine, geoLine);
  md.push(
    '## The app without maplibre-gl',
    '',
    'Each file the app transferred, next to the same file from a second build of the app in which maplibre-gl (its JS, its CSS and its worker) is left external; the difference is maplibre-gl.',
    '',
    st.md,
    '',
    `- ${mlLine}`,
    `- ${geoLine}`,
    '',
  );

  text.push('', '== budgets from the issue');
  md.push('## Budgets from the issue', '');
  for (const b of checked) {
    text.push(budgetLine(b));
    md.push(`- ${budgetLine(b).replace(/^(PASS|FAIL|N\/A) +/, '**$1** ')}`);
  }
  md.push('');
  return { text: text.join('\n'), md: `${md.join('\n')}\n` };
}

main().catch((error: unknown) => {
  if (error instanceof BenchError) {
    if (midLine) process.stdout.write('\n');
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
