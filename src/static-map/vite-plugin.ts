/**
 * A Vite plugin that inlines the default story's map as SVG into index.html,
 * so the page shows the map at once and MapLibre takes over later.
 *
 * It replaces `<!--isnad:static-map-->` with
 * `<div class="static-map" data-static-map aria-hidden="true"><svg …></svg></div>`,
 * drawn from the story's `view` (bounds + MapView's padding 12, else center + zoom),
 * geodata/regions.geojson and geodata/context.geojson. Runs in dev and build;
 * reads the files on every transform, so an edit shows on reload.
 *
 * The markup has no `<style>` and no `style` attribute (the app's CSP is `style-src 'self'`): the light
 * palette is in presentation attributes, and `virtual:isnad-static-map.css` (import it from main.ts) adds
 * the dark palette and the 'bounds' layout through the app's own stylesheet.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { strings } from '../i18n';
import { articleFileName } from '../model/load';
import { killedRadius, palettes, regionCircles, type CountedFact, type Palette } from '../map/style';
import type { LngLat, Size, ViewSpec } from './projection';
import { paletteRules, renderStaticMapSvg, staticMapCss, type StaticMapGeodata } from './svg';

export const STATIC_MAP_PLACEHOLDER = '<!--isnad:static-map-->';
/** Import it once (`import 'virtual:isnad-static-map.css'`): the dark palette and the 'bounds' layout, CSP-safe. */
export const STATIC_MAP_CSS_ID = 'virtual:isnad-static-map.css';
/** A resolved id that still ends in .css, so Vite's CSS pipeline takes it (and bundles it into the page's stylesheet). */
const RESOLVED_CSS_ID = '\0isnad-static-map.css';
export const REFERENCE_SIZE: Size = { width: 1280, height: 660 };
/** MapView's `fitBoundsOptions.padding`. */
export const MAP_PADDING = 12;

export interface StaticMapPluginOptions {
  /** The default story's folder (holding story.json and facts.json), relative to Vite's root or absolute. */
  storyDir: string;
  /** The folder holding regions.geojson and context.geojson (default 'geodata'). */
  geodataDir?: string;
  /** The reference size the SVG is drawn at (default 1280×660). */
  size?: Size;
  /** See `RenderOptions.fit` in svg.ts (default 'slice'; 'bounds' matches MapLibre at any size). */
  fit?: 'slice' | 'bounds';
  /** The SVG's aria-label (default: the English map label of i18n.ts). */
  label?: string;
  /** The palette in the SVG's attributes (default light). */
  palette?: Palette;
  /** The palette `virtual:isnad-static-map.css` applies under `prefers-color-scheme: dark` (default dark). */
  dark?: Palette;
  /** 'inline' SVG markup (default), or an <img> of it: a contentful paint candidate (see svgImage). */
  as?: 'inline' | 'image';
  /**
   * The default story's id: when set, the page preloads the opened story's files (public/preload-story.js),
   * so they arrive while the scripts are still being parsed.
   */
  preloadStory?: string;
}

/** The file in public/ that preloads the opened story's files (`?story=`, else the default). */
export const PRELOAD_SCRIPT = 'preload-story.js';

/**
 * The script tag that preloads the story a page opens: the default story's three files (its article's
 * name read here, as the app will read it), or another story's story.json and facts.json.
 */
export function storyPreloads(storyDir: string, storyId: string): HtmlTagDescriptor[] {
  let storyJson: string | null = null;
  try {
    storyJson = readFileSync(join(storyDir, 'story.json'), 'utf8');
  } catch {
    // No story.json: the app still asks for article.txt (and the validator reports the problem).
  }
  return [{
    tag: 'script',
    // vite-ignore: a classic script from public/, served as is.
    attrs: { src: `./${PRELOAD_SCRIPT}`, async: true, 'data-story': storyId, 'data-article': articleFileName(storyJson), 'vite-ignore': true },
    injectTo: 'head',
  }];
}

interface StoryJson {
  regions: string[];
  view: { center: LngLat; zoom: number; bounds?: [LngLat, LngLat] };
}

interface FactJson extends CountedFact {
  category?: string;
}

/**
 * What the map draws from the story's files, as style.ts does from the model:
 * `displacementRegions` (hatched) and `regionCircles` + `killedRadius` (circles).
 */
export function storyLayers(story: StoryJson, facts: readonly FactJson[], regions: FeatureCollection): Pick<StaticMapGeodata, 'storyRegionIds' | 'hatchedRegionIds' | 'figures'> {
  const label = new Map<string, LngLat>();
  for (const feature of regions.features) {
    const p = feature.properties as { id?: unknown; label?: unknown } | null;
    if (typeof p?.id === 'string' && Array.isArray(p.label)) label.set(p.id, p.label as unknown as LngLat);
  }
  const hatchedRegionIds = story.regions.filter((id) => facts.some((f) => f.region === id && f.category === 'displacement'));
  const figures = regionCircles(facts, story.regions).flatMap(({ region, min }) => {
    const at = label.get(region);
    return at ? [{ at, radius: killedRadius(min) }] : [];
  });
  return { storyRegionIds: story.regions, hatchedRegionIds, figures };
}

/** The static map's markup for a story folder and geodata folder (absolute paths). */
export function renderStaticMapHtml(storyDir: string, geodataDir: string, options: Omit<StaticMapPluginOptions, 'storyDir' | 'geodataDir'> = {}): string {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const story = read(join(storyDir, 'story.json')) as StoryJson;
  let facts: FactJson[] = [];
  try {
    facts = (read(join(storyDir, 'facts.json')) as { facts?: FactJson[] }).facts ?? [];
  } catch {
    // No facts: regions only (the validator reports the problem).
  }
  const regions = read(join(geodataDir, 'regions.geojson')) as FeatureCollection;
  const context = read(join(geodataDir, 'context.geojson')) as FeatureCollection;
  const view: ViewSpec = story.view.bounds ? { bounds: story.view.bounds, padding: MAP_PADDING } : { center: story.view.center, zoom: story.view.zoom };
  const svg = renderStaticMapSvg({
    regions,
    context,
    ...storyLayers(story, facts, regions),
    view,
    size: options.size ?? REFERENCE_SIZE,
    fit: options.fit ?? 'slice',
    label: options.label ?? strings.en.mapLabel,
    palette: options.palette ?? palettes.light,
  });
  if (options.as === 'image') return `<div class="static-map" data-static-map aria-hidden="true">${svgImage(svg, options.dark ?? palettes.dark)}</div>`;
  return `<div class="static-map" data-static-map aria-hidden="true">${svg}</div>`;
}

/**
 * The drawing as an <img> of an SVG data URL. An image is a contentful paint
 * candidate (inline SVG shapes are not), so the first paint is also the largest:
 * the reader sees the story's map as the page's main content at once. An image
 * is its own document, so it carries its dark palette in its own <style> (the
 * page's CSP does not reach inside it).
 */
export function svgImage(svg: string, dark: Palette): string {
  const styled = svg.replace(/^(<svg[^>]*>)/, `$1<style>@media (prefers-color-scheme: dark){${paletteRules(dark, '')}}</style>`);
  return `<img class="static-map__image" alt="" decoding="sync" src="data:image/svg+xml,${svgDataUrlBody(styled)}">`;
}

/** Percent-encodes only what a data URL in a double-quoted attribute needs (keeps it small and gzip-friendly). */
export function svgDataUrlBody(svg: string): string {
  return svg
    .replace(/\s+/g, ' ')
    .replace(/%/g, '%25')
    .replace(/'/g, '%27')
    .replace(/"/g, "'")
    .replace(/[#<>&\u0080-\uffff]/g, (char) => encodeURIComponent(char));
}
export function staticMapPlugin(options: StaticMapPluginOptions): Plugin {
  let root = process.cwd();
  const at = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  return {
    name: 'isnad:static-map',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === STATIC_MAP_CSS_ID ? RESOLVED_CSS_ID : null;
    },
    load(id) {
      return id === RESOLVED_CSS_ID ? staticMapCss({ padding: MAP_PADDING, ...(options.dark ? { dark: options.dark } : {}) }) : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(STATIC_MAP_PLACEHOLDER)) return html;
        const { storyDir, geodataDir, ...rest } = options;
        const { preloadStory, ...drawing } = rest;
        const markup = renderStaticMapHtml(at(storyDir), at(geodataDir ?? 'geodata'), drawing);
        // A function replacement: `$` in the markup is never read as a pattern.
        const page = html.replace(STATIC_MAP_PLACEHOLDER, () => markup);
        return preloadStory ? { html: page, tags: storyPreloads(at(storyDir), preloadStory) } : page;
      },
    },
  };
}
