/** Mounts the app on one story. The story folder comes from ?story=<id> or the default. */
import { mount } from 'svelte';
import App from './App.svelte';
import { RegionIndex } from './model/regions';
import { geodataLoaderFor, regionPropertiesFor } from './geodata/load';
import { DEFAULT_STORY } from './config';
import { readHash } from './state/hash-sync.svelte';
import { refused, seals } from 'virtual:isnad-seals';
import './app.css';
import 'virtual:isnad-static-map.css';
import './print.css';

/** The story the link asks for (checked by the app, which says so when it cannot be a story), or the default. */
function storyId(search: string): string {
  return new URLSearchParams(search).get('story') ?? DEFAULT_STORY;
}

/** index.html beside this page, same story. */
function fullViewOf(here: Location): URL {
  const url = new URL(here.href);
  url.pathname = url.pathname.replace(/[^/]*$/, 'index.html');
  url.hash = '';
  return url;
}

// Phase marks, read by the benchmark: the modules have run; then story-ready, map-interactive (the drawing
// answers clicks), map-created, map-load, webgl-ready (MapLibre took over) and map-ready.
performance.mark('isnad:start');

const target = document.getElementById('app');
if (!target) throw new Error('the page has no #app element');
// The build drew the default story's map into the page at its initial view; MapView shows it until
// WebGL is ready (or for good, when WebGL fails). It is only right for that story and that view.
const drawn = target.querySelector<HTMLElement>('[data-static-map]');
const story = storyId(location.search);
const atBuildView = story === DEFAULT_STORY && !readHash().map;
const staticMap = atBuildView ? drawn : null;
// The build wrote the app's own first layout around the drawing (build/first-answer.ts): it stays on
// screen, answering clicks with its written popups (public/early-answer.js), until the app has the story.
const prerendered = atBuildView ? (drawn?.closest<HTMLElement>('[data-prerendered-page]') ?? null) : null;
// The drawing stays on screen, over the loading page, until the map view takes it in (or the story fails).
for (const child of [...target.childNodes]) if (child !== staticMap && child !== prerendered) child.remove();
// embed.html marks itself; it links back to the full view beside it.
const embed = target.dataset['mode'] === 'embed';

mount(App, {
  target,
  props: {
    storyId: story,
    storyUrl: new URL(`stories/${encodeURIComponent(story)}/`, document.baseURI),
    seals,
    refused,
    staticMap,
    prerendered,
    // The story's own regions and geometry (its regions.geojson), else the shared geodata/.
    regions: RegionIndex.fromProperties(regionPropertiesFor(story)),
    loadGeodata: geodataLoaderFor(story),
    // An online basemap only when configured at build time; never by default.
    basemapUrl: import.meta.env['VITE_BASEMAP_STYLE_URL'] || null,
    embed,
    fullViewUrl: embed ? fullViewOf(location) : null,
  },
});
