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
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { strings } from '../src/i18n';
import { articleFileName } from '../src/model/load';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { buildStoryModel, type StoryModel } from '../src/model/story';
import { validateStory } from '../src/model/validate';
import { mapFigures } from '../src/map-model/figures';
import { palettes, type Palette } from '../src/map-model/paint';
import type { Size, ViewSpec } from '../src/map/svg/projection';
import { drawingLayers, escapeXml, paletteRules, renderStaticMapSvg, staticMapCss, type StaticMapGeodata } from '../src/map/svg/svg';
import { regionLabels, type Label } from '../src/map-model/map-labels';
import { readStorySources } from './story-folder';
import { splitStoryGeodata, STORY_GEODATA_FILE } from '../src/geodata/split';
import { earlyAnswersHtml, firstPaintHtml, renderFirstPaint } from './first-answer';

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
  /**
   * Write the app's own first layout into the page, with the drawing in its map box and each region's
   * popup beside it, and answer clicks on the drawing with them before the app runs
   * (build/first-answer.ts, public/early-answer.js). Else the page has the drawing alone.
   */
  firstPaint?: boolean;
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
    // vite-ignore: a classic script from public/, served as is. First in the head and not async: it runs
    // as soon as it arrives (alongside the stylesheets, which hold the first paint anyway), before the
    // parser meets the drawing, so the story's files are asked for at once; an async script would wait
    // for the parser to let go of the main thread.
    attrs: { src: `./${PRELOAD_SCRIPT}`, 'data-story': storyId, 'data-article': articleFileName(storyJson), 'vite-ignore': true },
    injectTo: 'head-prepend',
  }];
}

/**
 * What the drawing shows of a story: the map model (src/map/figures.ts) of the story as the
 * app will load it — validated and modelled by the same code — so the first paint and the
 * WebGL map draw the same regions, hatches and circles. Null when the story does not validate
 * (the build has no drawing for it; the app then draws at run time, or shows the validator's message).
 */
export async function storyDrawing(
  storyDir: string,
  regions: FeatureCollection,
): Promise<{ model: StoryModel; view: ViewSpec; layers: Pick<StaticMapGeodata, 'storyRegionIds' | 'hatchedRegionIds' | 'figures'>; labels: Label[] } | null> {
  const index = RegionIndex.fromGeoJSON(regions as RegionCollection);
  const { story } = await validateStory(readStorySources(storyDir, storyDir), index);
  if (!story) return null;
  const model = buildStoryModel(story, index);
  const { view: storyView } = model.story;
  const view: ViewSpec = storyView.bounds ? { bounds: storyView.bounds, padding: MAP_PADDING } : { center: storyView.center, zoom: storyView.zoom };
  const figures = mapFigures(model);
  return { model, view, layers: drawingLayers(figures), labels: regionLabels(model.regions, figures.circles) };
}

/** The story's own geodata (public/stories/<id>/regions.geojson) when it has some, else the shared geodata folder's. */
function storyGeodata(storyDir: string, geodataDir: string): { regions: FeatureCollection; context: FeatureCollection } {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const own = join(storyDir, STORY_GEODATA_FILE);
  return existsSync(own) ? splitStoryGeodata(read(own)) : { regions: read(join(geodataDir, 'regions.geojson')), context: read(join(geodataDir, 'context.geojson')) };
}

/** The static map's markup for a story folder and geodata folder (absolute paths); empty when the story does not validate. */
export async function renderStaticMapHtml(storyDir: string, geodataDir: string, options: Omit<StaticMapPluginOptions, 'storyDir' | 'geodataDir'> = {}): Promise<string> {
  return (await staticMapPage(storyDir, geodataDir, options)).markup;
}

/** The drawing's markup and the story model it was drawn from (null, with no markup, when the story does not validate). */
async function staticMapPage(storyDir: string, geodataDir: string, options: Omit<StaticMapPluginOptions, 'storyDir' | 'geodataDir'>): Promise<{ markup: string; model: StoryModel | null }> {
  const { regions, context } = storyGeodata(storyDir, geodataDir);
  const drawing = await storyDrawing(storyDir, regions);
  if (!drawing) return { markup: '', model: null };
  const svg = renderStaticMapSvg({
    regions,
    context,
    ...drawing.layers,
    view: drawing.view,
    labels: drawing.labels,
    size: options.size ?? REFERENCE_SIZE,
    fit: options.fit ?? 'slice',
    label: options.label ?? strings.en.mapLabel,
    palette: options.palette ?? palettes.light,
  });
  const inner = options.as === 'image' ? svgImage(svg, options.dark ?? palettes.dark) : svg;
  return { markup: `<div class="static-map" data-static-map aria-hidden="true">${inner}</div>`, model: drawing.model };
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
      async handler(html) {
        if (!html.includes(STATIC_MAP_PLACEHOLDER)) return html;
        const { storyDir, geodataDir, ...rest } = options;
        const { preloadStory, firstPaint, ...drawing } = rest;
        const { markup, model } = await staticMapPage(at(storyDir), at(geodataDir ?? 'geodata'), drawing);
        const preloads = preloadStory ? storyPreloads(at(storyDir), preloadStory) : [];
        // A function replacement: `$` in the markup is never read as a pattern.
        if (firstPaint && model) {
          // The app's layout around the drawing, and the drawing's regions answering at once with the popups written beside it.
          const paint = await renderFirstPaint(model, { root, embed: html.includes('data-mode="embed"') });
          const page = firstPaintHtml(paint, markup, earlyAnswersHtml(model, paint.popups));
          return { html: html.replace(STATIC_MAP_PLACEHOLDER, () => page), tags: preloads };
        }
        const page = html.replace(STATIC_MAP_PLACEHOLDER, () => markup);
        return preloads.length > 0 ? { html: page, tags: preloads } : page;
      },
    },
  };
}
