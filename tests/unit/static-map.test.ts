/**
 * The static first paint: our Web Mercator against MapLibre's, the SVG it draws,
 * and the Vite plugin that inlines it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { mapFigures } from '../../src/map-model/figures';
import { palettes } from '../../src/map-model/paint';
import {
  fitBounds,
  latFromMercatorY,
  mercatorX,
  mercatorY,
  project,
  resolveView,
  unproject,
  type Bounds,
  type Padding,
  type View,
} from '../../src/map/svg/projection';
import { escapeXml, prepareStaticMap, renderStaticMapSvg, staticMapCss, staticMapPaths, svgFromPaths, type StaticMapGeodata } from '../../src/map/svg/svg';
import { renderStaticMapHtml, STATIC_MAP_CSS_ID, STATIC_MAP_PLACEHOLDER, staticMapPlugin, storyDrawing } from '../../build/static-map-plugin';
import { FIRST_STORY, loadModel, realRegions, ROOT } from '../helpers/stories';

// jsdom ships no types (and @types/jsdom is not a dependency): the little used here, typed by hand.
interface Jsdom {
  window: { document: Document };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (markup: string, options?: { contentType?: string }) => Jsdom };

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const regions = read<FeatureCollection>(join(ROOT, 'geodata/regions.geojson'));
const context = read<FeatureCollection>(join(ROOT, 'geodata/context.geojson'));
const story = read<{ regions: string[]; view: { center: [number, number]; zoom: number; bounds: [[number, number], [number, number]] } }>(join(FIRST_STORY, 'story.json'));
// What the build draws of the first story: its map model, from the validated story.
const layers = (await storyDrawing(FIRST_STORY, regions))!.layers;
const REF = { width: 1280, height: 660 };
const storyView = { bounds: story.view.bounds, padding: 12 };
const geodata: StaticMapGeodata = { regions, context, ...layers };

const close = (a: readonly number[], b: readonly number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe('projection: Web Mercator as MapLibre computes it', () => {
  const view: View = { center: [36, 37], zoom: 5.2 };
  const size = { width: 1280, height: 660 };

  it.each([
    { name: 'the center maps to the middle', at: [36, 37], expected: [640, 330] },
    { name: 'the center maps to the middle of an odd size', at: [36, 37], size: { width: 391, height: 701 }, expected: [195.5, 350.5] },
    // 512 × 2^z px for 360°, anywhere in longitude.
    { name: 'one degree east at zoom 0', at: [1, 0], view: { center: [0, 0], zoom: 0 }, expected: [640 + 512 / 360, 330] },
    { name: 'ten degrees west at zoom 3', at: [-10, 0], view: { center: [0, 0], zoom: 3 }, expected: [640 - (10 * 512 * 8) / 360, 330] },
    // y(45°) = 512 × (180 − (180/π)·ln tan(67.5°)) / 360 = 184.1792…, so 256 − 184.1792 px above the equator at zoom 0.
    { name: '45° north at zoom 0', at: [0, 45], view: { center: [0, 0], zoom: 0 }, expected: [640, 330 - (256 - 184.17920610058494)] },
    { name: 'the latitude limit is the top of the world', at: [0, 85.051129], view: { center: [0, 0], zoom: 0 }, expected: [640, 330 - 256] },
  ])('$name', ({ at, view: v = view, size: s = size, expected }) => {
    const point = project(at as [number, number], v as View, s);
    expect(close(point, expected, 1e-3)).toBe(true);
    expect(close(unproject(point, v as View, s), at, 1e-9)).toBe(true);
  });

  it('agrees with maplibre-gl’s own MercatorCoordinate everywhere', () => {
    for (let lon = -180; lon <= 180; lon += 7.5) {
      for (let lat = -85; lat <= 85; lat += 5) {
        const m = MercatorCoordinate.fromLngLat([lon, lat]);
        expect(Math.abs(mercatorX(lon) - m.x)).toBeLessThan(1e-15);
        expect(Math.abs(mercatorY(lat) - m.y)).toBeLessThan(1e-15);
        expect(Math.abs(latFromMercatorY(m.y) - lat)).toBeLessThan(1e-9);
      }
    }
  });

  /*
   * Cameras recorded from real MapLibre GL JS 6.17.0 (the version in package-lock) in headless
   * Chromium 156 (/usr/bin/chromium via playwright-core, flags --no-sandbox --disable-background-networking
   * --disable-component-update --disable-sync --disable-quic --no-first-run --use-angle=swiftshader
   * --enable-unsafe-swiftshader): `new Map({ container, style, bounds, fitBoundsOptions: { padding } })` on a container of `size` px,
   * then, on `idle`, `getCenter()`, `getZoom()` and `project(point)`. MapLibre's Map needs WebGL and its
   * camera/transform classes are not exported, so it cannot run in node. The same harness compared 126 cameras
   * (6 sizes × 5 bounds incl. an antimeridian box × 4 paddings, plus whole-world cases): max error 1.1e-10 px.
   */
  const RECORDED: { size: [number, number]; bounds: Bounds; padding: Padding; center: [number, number]; zoom: number; points: [[number, number], [number, number]][] }[] = [
    {
      size: [1280, 660], bounds: [[29.5, 32.3], [42.5, 41.6]], padding: 12, center: [36, 37.09245547295211], zoom: 5.260675483137896,
      points: [[[36.7, 35.7], [678.1668763664467, 424.3262436178936]], [[29.5, 41.6], [285.5932908829922, 11.999999999999059]], [[42.5, 32.3], [994.4067091170097, 648]]],
    },
    {
      size: [390, 700], bounds: [[29.5, 32.3], [42.5, 41.6]], padding: 12, center: [36, 37.092455472952096], zoom: 4.307113216472626,
      points: [[[36.7, 35.7], [214.70769230769238, 398.7059136805883]], [[29.5, 41.6], [12.000000000000886, 185.7988195398765]], [[42.5, 32.3], [378.0000000000009, 514.2011804601221]]],
    },
    {
      size: [1024, 768], bounds: [[29.5, 32.3], [42.5, 41.6]], padding: { top: 40, bottom: 40, left: 430, right: 40 }, center: [31.424187725631782, 37.09245547295211], zoom: 4.90515554423777,
      points: [[[36.7, 35.7], [736.8307692307668, 457.72425185531836]], [[29.5, 41.6], [430, 135.45504378440415]], [[42.5, 32.3], [984, 632.544956215595]]],
    },
    {
      size: [800, 300], bounds: [[36.1, 35.3], [37.2, 36.3]], padding: 0, center: [36.64999999999998, 35.80157352945831], zoom: 7.418521767847508,
      points: [[[36.7, 35.7], [412.16564222075874, 180.4524243297966]], [[36.1, 36.3], [266.17793557170364, -4.13921144273546e-12]], [[37.2, 35.3], [533.822064428313, 299.99999999999585]]],
    },
    // The whole world: the fitted zoom leaves space above and below, so MapLibre's constrain zooms in.
    {
      size: [1280, 660], bounds: [[-180, -85], [180, 85]], padding: 12, center: [0, 2.842170943040401e-14], zoom: 0.3663221937878249,
      points: [[[0, 0], [640, 330]], [[30, 60], [694.9999992200782, 191.66376492959878]], [[-120, -40], [420.0000031196877, 410.1377547545013]]],
    },
    // No room left by the padding: MapLibre warns and keeps its initial camera.
    {
      size: [300, 250], bounds: [[29.5, 32.3], [42.5, 41.6]], padding: { top: 24, bottom: 300, left: 24, right: 24 }, center: [0, 0], zoom: 0,
      points: [[[0, 0], [150, 125]], [[36.7, 35.7], [202.19555555555553, 70.58148186260563]]],
    },
  ];

  it.each(RECORDED)('fits $bounds in $size with padding $padding as MapLibre did', ({ size: [width, height], bounds, padding, center, zoom, points }) => {
    const size = { width, height };
    const view = resolveView({ bounds, padding }, size);
    expect(Math.abs(view.zoom - zoom)).toBeLessThan(1e-9);
    expect(close(view.center, center, 1e-9)).toBe(true);
    for (const [at, expected] of points) expect(close(project(at, view, size), expected, 1e-5)).toBe(true);
  });

  it('returns null where MapLibre cannot fit, and honours maxZoom', () => {
    expect(fitBounds([[29.5, 32.3], [42.5, 41.6]], { width: 300, height: 250 }, { top: 24, bottom: 300, left: 24, right: 24 })).toBeNull();
    expect(fitBounds([[36, 36], [36.00001, 36.00001]], REF, 12)?.zoom).toBe(22);
    expect(fitBounds([[36, 36], [36.00001, 36.00001]], REF, 12, { maxZoom: 8 })?.zoom).toBe(8);
  });
});

/** Absolute points of an `M x y l dx dy … z` path as drawn by svg.ts. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const match = /^M([^l]+)l?(.*)$/.exec(ring);
    if (!match) throw new Error(`unexpected path ${ring.slice(0, 40)}`);
    const numbers = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x, y] = numbers(match[1]!) as [number, number];
    points.push([x, y]);
    const rel = numbers(match[2]!);
    for (let i = 0; i < rel.length; i += 2) {
      x += rel[i]!;
      y += rel[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

const parseSvg = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

describe('escapeXml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["a & b's", 'a &amp; b&#39;s'],
    ['&amp;', '&amp;amp;'],
    ['إدلب', 'إدلب'],
    ['bell\u0007 nul\u0000', 'bell nul'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeXml(raw)).toBe(escaped);
  });
});

describe('the static SVG', () => {
  const svg = renderStaticMapSvg({ ...geodata, view: storyView, size: REF, label: 'Map of the story’s regions' });
  const doc = parseSvg(svg);

  it('is well-formed XML with role="img", the label and the reference viewBox', () => {
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 1280 660');
    expect(root.getAttribute('preserveAspectRatio')).toBe('xMidYMid slice');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Map of the story’s regions');
  });

  it('draws sea, land, governorates and borders below the regions', () => {
    // Each shape's layer: its own class in the base group, else its group's first class.
    const layer = (e: Element) => (e.parentElement?.getAttribute('class') === 'ism-base' ? e.getAttribute('class') : e.parentElement?.getAttribute('class')?.split(' ')[0]);
    const order = [...doc.querySelectorAll('rect, path, circle')].filter((e) => !e.closest('defs')).map(layer);
    const first = (c: string) => order.indexOf(c);
    expect(first('ism-sea')).toBe(0);
    expect(first('ism-sea')).toBeLessThan(first('ism-land'));
    expect(first('ism-land')).toBeLessThan(first('ism-gov'));
    expect(first('ism-gov')).toBeLessThan(first('ism-border'));
    expect(first('ism-border')).toBeLessThan(first('ism-fills'));
    expect(first('ism-fills')).toBeLessThan(first('ism-hatch'));
    expect(first('ism-hatch')).toBeLessThan(first('ism-lines'));
    expect(first('ism-lines')).toBeLessThan(first('ism-figures'));
    // Solid, like the map's governorate-line layer: a dashed line costs the WebGL map a shader of its own.
    expect(doc.querySelector('.ism-gov')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(Number(doc.querySelector('.ism-gov')?.getAttribute('stroke-width'))).toBeGreaterThan(0);
  });

  it('has one path per story region, containers first', () => {
    const ids = [...doc.querySelectorAll('path[data-region]')].map((p) => p.getAttribute('data-region'));
    expect([...ids].sort()).toEqual([...story.regions].sort());
    expect(ids).toEqual(['syria', 'turkey', 'europe', 'northern-syria', 'idlib']);
    // Region lines: thicker the deeper, as style.ts (0.8 + 0.5 × depth).
    expect([...doc.querySelectorAll('.ism-lines path')].map((p) => p.getAttribute('stroke-width'))).toEqual(['0.8', '0.8', '0.8', '1.3', '1.8']);
  });

  it('hatches displacement regions and draws the killed figures of the one map model, which MapLibre\'s style reads too', async () => {
    const figures = mapFigures(await loadModel(FIRST_STORY, realRegions()));
    expect(layers.hatchedRegionIds).toEqual(figures.hatchedRegionIds);
    expect(layers.figures).toEqual(figures.circles.map(({ at, radius }) => ({ at, radius })));
    expect(doc.querySelectorAll('.ism-hatch path')).toHaveLength(layers.hatchedRegionIds!.length);
    expect(doc.querySelectorAll('.ism-figures path:not(.ism-dot-ring)')).toHaveLength(layers.figures!.length);
  });

  it('rounds geometry to whole px and keeps every point near the viewport', () => {
    const ds = [...doc.querySelectorAll('path[d]')].map((p) => p.getAttribute('d')!).filter((d) => d.startsWith('M'));
    for (const d of ds) {
      // Geometry (not the hatch tile's or the figure dots' `h` paths) is in whole pixels: PATH_PRECISION.
      if (!d.includes('h')) expect(d).toMatch(/^[Mlz\d -]+$/);
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(-4.05);
        expect(x).toBeLessThanOrEqual(1284.05);
        expect(y).toBeGreaterThanOrEqual(-4.05);
        expect(y).toBeLessThanOrEqual(664.05);
      }
    }
  });

  it('puts a region where MapLibre puts it', () => {
    const view = resolveView(storyView, REF);
    const idlib = pathPoints(doc.querySelector('path[data-region="idlib"]')!.getAttribute('d')!);
    const ring = (regions.features.find((f) => f.properties?.['id'] === 'idlib')!.geometry as unknown as { coordinates: [number, number][][] }).coordinates[0]!;
    const [px, py] = project(ring[0]!, view, REF);
    // The ring's first point is always kept, rounded to the whole pixel.
    expect(idlib.some(([x, y]) => Math.abs(x - px) <= 0.5 && Math.abs(y - py) <= 0.5)).toBe(true);
  });

  it('escapes hostile ids and labels', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const evil: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: hostile, parent: null }, geometry: { type: 'Polygon', coordinates: [[[36, 36], [37, 36], [37, 37], [36, 36]]] } }],
    };
    const out = renderStaticMapSvg({ regions: evil, context, storyRegionIds: [hostile], view: storyView, size: REF, label: `"${hostile}`, attributes: { 'data-x': hostile } });
    expect(out).not.toContain('<img');
    const root = parseSvg(out).documentElement;
    expect(root.getAttribute('aria-label')).toBe(`"${hostile}`);
    expect(root.getAttribute('data-x')).toBe(hostile);
    expect(root.querySelector('path[data-region]')?.getAttribute('data-region')).toBe(hostile);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
  });

  it.each(['slice', 'bounds'] as const)('stays under 25 KB gzipped for the first story at 1280×660 (fit %s)', (fit) => {
    const out = renderStaticMapSvg({ ...geodata, view: storyView, size: REF, label: 'Map', fit });
    const gzipped = gzipSync(out).length;
    expect(gzipped).toBeLessThanOrEqual(25 * 1024);
    expect(parseSvg(out).documentElement.localName).toBe('svg');
  });

  it("'bounds' fit: the viewBox is the projected bounds, inset by the padding, meet", () => {
    const out = renderStaticMapSvg({ ...geodata, view: storyView, size: REF, label: 'Map', fit: 'bounds' });
    const root = parseSvg(out).documentElement;
    const view = resolveView(storyView, REF);
    const [x0, y0] = project([29.5, 41.6], view, REF);
    const [x1, y1] = project([42.5, 32.3], view, REF);
    const box = root.getAttribute('viewBox')!.split(' ').map(Number);
    expect(close(box, [x0, y0, x1 - x0, y1 - y0], 1e-3)).toBe(true);
    expect(root.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(root.getAttribute('overflow')).toBe('visible');
    expect(root.getAttribute('class')).toBe('isnad-static-map isnad-static-map--bounds');
    expect(staticMapCss({ padding: 12 })).toContain(
      '.isnad-static-map.isnad-static-map--bounds{position:absolute;left:12px;top:12px;width:calc(100% - 24px);height:calc(100% - 24px);overflow:visible}',
    );
  });

  it('needs no inline style, for the CSP (style-src \'self\')', () => {
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(svg).not.toMatch(/<style|\sstyle=/);
    const sneaky = renderStaticMapSvg({ ...geodata, view: storyView, size: REF, label: 'x', attributes: { style: 'color:red', onload: 'alert(1)', 'data-ok': '1' } });
    expect(sneaky).not.toMatch(/\sstyle=|\sonload=/);
    expect(sneaky).toContain('data-ok="1"');
  });

  it('paints the light palette in attributes and leaves the dark one to a stylesheet', () => {
    expect(doc.querySelector('.ism-sea')?.getAttribute('fill')).toBe(palettes.light.sea);
    expect(doc.querySelector('.ism-fills')?.getAttribute('fill')).toBe(palettes.light.region);
    expect(doc.querySelector('.ism-fills')?.getAttribute('fill-opacity')).toBe('0.07');
    const css = staticMapCss();
    expect(css).toMatch(new RegExp(`@media \\(prefers-color-scheme: dark\\)\\{.*\\.ism-sea\\{fill:${palettes.dark.sea}\\}`));
    expect(css).not.toContain(palettes.light.sea);
  });
});

describe('staticMapPaths: the same drawing at run time, for the real size', () => {
  it('gives the reference render’s paths at the reference size', () => {
    const paths = staticMapPaths(geodata, storyView, REF);
    const svg = renderStaticMapSvg({ ...geodata, view: storyView, size: REF, label: 'Map' });
    for (const region of paths.regions) expect(svg).toContain(`d="${region.d}"`);
    expect(svg).toContain(`d="${paths.land}"`);
    expect(paths.view).toEqual(resolveView(storyView, REF));
  });

  it.each([
    { width: 390, height: 700 },
    { width: 1920, height: 1080 },
    { width: 800, height: 300 },
  ])('fits the story in $width×$height as MapLibre would, well-formed', (size) => {
    const paths = staticMapPaths(geodata, storyView, size);
    expect(paths.view).toEqual(resolveView(storyView, size));
    const doc = parseSvg(svgFromPaths(paths, { label: 'Map' }));
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
    expect(doc.querySelectorAll('path[data-region]')).toHaveLength(5);
    for (const p of paths.regions) for (const [x, y] of pathPoints(p.d)) expect(x >= -4.05 && x <= size.width + 4.05 && y >= -4.05 && y <= size.height + 4.05).toBe(true);
  });

  it('is cheap once prepared (a sanity bound, not a benchmark)', () => {
    const prepared = prepareStaticMap(geodata);
    staticMapPaths(prepared, storyView, REF);
    const start = performance.now();
    for (let i = 0; i < 10; i += 1) staticMapPaths(prepared, storyView, { width: 1000 + i, height: 700 });
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });

  it('drops regions outside the view to an empty path', () => {
    const paths = staticMapPaths(geodata, { center: [-100, 40], zoom: 6 }, REF);
    expect(paths.regions.every((r) => r.d === '')).toBe(true);
    expect(parseSvg(svgFromPaths(paths, { label: 'x' })).querySelectorAll('path[data-region]')).toHaveLength(0);
  });
});

describe('the Vite plugin', () => {
  const plugin = staticMapPlugin({ storyDir: FIRST_STORY, geodataDir: join(ROOT, 'geodata') });
  const transform = (html: string) => {
    const hook = plugin.transformIndexHtml as { handler: (html: string) => Promise<string> };
    return hook.handler(html);
  };

  it('replaces the placeholder with the wrapped SVG', async () => {
    const html = `<body><div id="map-shell">${STATIC_MAP_PLACEHOLDER}</div><p>$& $1</p></body>`;
    const out = await transform(html);
    expect(out).not.toContain(STATIC_MAP_PLACEHOLDER);
    expect(out).toMatch(/<div id="map-shell"><div class="static-map" data-static-map aria-hidden="true"><svg [^>]*viewBox="0 0 1280 660"[^>]*preserveAspectRatio="xMidYMid slice"/);
    expect(out).toContain('<p>$& $1</p></body>');
    const dom = new JSDOM(out);
    expect(dom.window.document.querySelectorAll('[data-static-map] path[data-region]')).toHaveLength(5);
  });

  it('leaves a page without the placeholder alone', async () => {
    expect(await transform('<body></body>')).toBe('<body></body>');
  });

  it('serves the stylesheet as a virtual CSS module', () => {
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const resolved = resolveId(STATIC_MAP_CSS_ID);
    expect(resolved).toMatch(/\.css$/);
    expect(load(resolved!)).toBe(staticMapCss({ padding: 12 }));
    expect(resolveId('./other.css')).toBeNull();
  });

  it('renders the same markup as renderStaticMapHtml', async () => {
    expect(await transform(STATIC_MAP_PLACEHOLDER)).toBe(await renderStaticMapHtml(FIRST_STORY, join(ROOT, 'geodata')));
  });
});

describe('svgImage', () => {
  it('encodes the drawing as a data URL that decodes back to it, with its own dark palette', async () => {
    const { svgDataUrlBody, svgImage } = await import('../../build/static-map-plugin');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" aria-label="خريطة 100% #1 'x'"><path data-region="idlib" d="M0 0h1"/></svg>`;
    expect(decodeURIComponent(svgDataUrlBody(svg))).toBe(svg.replaceAll('"', "'"));
    const image = svgImage(svg, { ...(await import('../../src/map-model/paint')).palettes.dark });
    expect(image.startsWith('<img class="static-map__image" alt="" decoding="sync" src="data:image/svg+xml,')).toBe(true);
    // No raw quote, angle bracket or hash may break out of the attribute or the URL.
    const src = /src="([^"]*)"/.exec(image)![1]!;
    expect(src).not.toMatch(/[<>"#]/);
    expect(decodeURIComponent(src)).toContain('@media (prefers-color-scheme: dark)');
  });
});
