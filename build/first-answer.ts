/**
 * The page's first answer (issue 11): the default story's popups written into the page at build
 * time, for public/early-answer.js to show on a click on the drawing before the app has loaded.
 *
 * The layout and the popups are the app's own App and RegionPopup rendered by Svelte's server
 * renderer, so they look as the app's do (same markup, same scoped classes, same stylesheet). Svelte
 * components need compiling, so build/prerender/ is loaded through a short-lived Vite SSR loader
 * (`renderFirstPaint`).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import type { StoryModel } from '../src/model/story';
import type { Lang } from '../src/model/format';
import { escapeXml } from '../src/map/svg/svg';
import type { PrerenderedPopup } from './prerender/popups';

/** The classic script in public/ that answers clicks on the drawing before the app runs. */
export const EARLY_ANSWER_SCRIPT = 'early-answer.js';
const PRERENDER_PAGE = '/build/prerender/page.ts';
const PRERENDER_POPUPS = '/build/prerender/popups.ts';

export interface FirstPaint {
  /** The app's layout for the story (App.svelte on the model) in each language, with no drawing and no popup in it. */
  pages: Record<Lang, string>;
  popups: PrerenderedPopup[];
}

/**
 * The app's first layout and every popup of the story, rendered by Svelte's server renderer, through a
 * short-lived SSR loader rooted at `root` with only the Svelte plugin and production output. Also in the
 * dev server: its own loader compiles components with dev checks that fail under this renderer
 * (Svelte 5.57: "Cannot read properties of undefined (reading 'Symbol(filename)')"), and a fresh
 * loader sees every edit.
 */
export async function renderFirstPaint(model: StoryModel, options: { root: string; embed: boolean }): Promise<FirstPaint> {
  const loader = await createServer({
    root: options.root,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ compilerOptions: { dev: false } })],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Its own dependency cache: sharing the dev server's made each of them re-optimise on every start.
    cacheDir: 'node_modules/.vite-first-answer',
  });
  try {
    const { prerenderPage } = (await loader.ssrLoadModule(PRERENDER_PAGE)) as { prerenderPage: (model: StoryModel, options: { embed: boolean; lang: Lang }) => string };
    const { prerenderPopups } = (await loader.ssrLoadModule(PRERENDER_POPUPS)) as { prerenderPopups: (model: StoryModel) => PrerenderedPopup[] };
    const page = (lang: Lang) => prerenderPage(model, { embed: options.embed, lang });
    return { pages: { en: page('en'), ar: page('ar') }, popups: prerenderPopups(model) };
  } finally {
    await loader.close();
  }
}

/** Where the drawing goes in the rendered page: the map view's own box, which takes it in when the app runs. */
const MAP_STACK = /(<div class="map-stack[^"]*" data-testid="map-stack" data-stage=")webgl(">)/;
/** Where the early popup goes: the map area, after the map's frame, where the app puts its popup. */
const MAP_AREA_END = /(<\/div>)(\s*<aside class="article-panel")/;

/**
 * The page's first paint, in one `data-prerendered-page` wrapper that main.ts keeps until the app has the
 * story: the app's layout in English with the drawing in its map box and the popup slot in its map area;
 * the Arabic layout, hidden, for public/early-answer.js to move them into when the link asks for Arabic;
 * that script; then the written popups. The script comes before the popups (most of the page's bytes) so
 * that the drawing answers as soon as it is parsed; it looks a popup up when a region is chosen.
 * Throws when the app's markup no longer has the places they go (a test builds it).
 */
export function firstPaintHtml(paint: FirstPaint, drawing: string, answers: EarlyAnswers): string {
  const mark = (page: string, lang: Lang) => {
    if (!MAP_STACK.test(page) || !MAP_AREA_END.test(page)) throw new Error(`build/first-answer.ts: the rendered app (${lang}) has no map-stack or no article panel after its map area`);
    return page.replace(/^<div class="app([^"]*)"/, `<div class="app$1" data-prerendered-app="${lang}"${lang === 'en' ? '' : ' hidden'}`);
  };
  const en = mark(paint.pages.en, 'en')
    .replace(MAP_STACK, (_, open: string, close: string) => `${open}drawing${close}${drawing}`)
    .replace(MAP_AREA_END, (_, end: string, aside: string) => `${answers.slot}${end}${aside}`);
  // vite-ignore: a classic script from public/, served as it is.
  const script = `<script src="./${EARLY_ANSWER_SCRIPT}" vite-ignore></script>`;
  return `<div class="prerendered-page" data-prerendered-page>${en}${mark(paint.pages.ar, 'ar')}${script}${answers.popups}</div>`;
}

export interface EarlyAnswers {
  /** The app's popup slot, where a written popup is shown (so it sits where the app's will); hidden until then. */
  slot: string;
  /** The written popups: inert <template>s, one per region and language. */
  popups: string;
}

export function earlyAnswersHtml(model: StoryModel, popups: readonly PrerenderedPopup[]): EarlyAnswers {
  // The region buttons' names, in both languages, for the script to label them before the popups are parsed.
  const names = Object.fromEntries(model.regions.map((r) => [r.id, r.name]));
  const templates = popups.map((p) => `<template data-region="${escapeXml(p.region)}" data-lang="${p.lang}">${p.html}</template>`).join('');
  return {
    slot: `<div class="popup-slot early-answers" data-early-answers data-map-popup data-map-obstacle data-story="${escapeXml(model.story.id)}" data-names="${escapeXml(JSON.stringify(names))}" hidden></div>`,
    popups: `<div data-early-popups hidden>${templates}</div>`,
  };
}
