/**
 * The page's first layout, written at build time: the app itself (App.svelte) rendered by Svelte's
 * server renderer on the story the build validated, so the reader sees the app's own layout —
 * masthead, region list, map area, article panel — before any script, and the drawing sits where
 * the app's map will be. Loaded through Vite's SSR loader (build/first-answer.ts).
 */
import { render } from 'svelte/server';
import App from '../../src/App.svelte';
import { RegionIndex } from '../../src/model/regions';
import type { StoryModel } from '../../src/model/story';
import type { Lang } from '../../src/model/format';

export function prerenderPage(model: StoryModel, options: { embed: boolean; lang: Lang }): string {
  const storyUrl = new URL(`https://isnad.invalid/stories/${model.story.id}/`);
  const { body } = render(App, {
    props: {
      storyId: model.story.id,
      storyUrl,
      seals: {},
      regions: model.regionIndex as RegionIndex,
      loadGeodata: () => Promise.reject(new Error('no geodata at build time')),
      embed: options.embed,
      prerender: { model, lang: options.lang },
    },
  });
  return body.replace(/<!--[^]*?-->/g, '');
}
