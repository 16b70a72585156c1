/**
 * The first answer, written at build time: each region's popup for the default story, in both
 * languages, rendered by the app's own RegionPopup (Svelte's server renderer) from the validated
 * model. Loaded through Vite's SSR loader (it compiles the .svelte files), see build/first-answer.ts.
 */
import { render } from 'svelte/server';
import RegionPopup from '../../src/popup/RegionPopup.svelte';
import { popupView } from '../../src/popup/popup-model';
import type { StoryModel } from '../../src/model/story';
import type { Lang } from '../../src/model/format';

export interface PrerenderedPopup {
  region: string;
  lang: Lang;
  /** The popup's markup, as the app renders it (its scoped classes included). */
  html: string;
}

const LANGS: readonly Lang[] = ['en', 'ar'];
const noop = () => {};

export function prerenderPopups(model: StoryModel): PrerenderedPopup[] {
  const popups: PrerenderedPopup[] = [];
  for (const region of model.regions.map((r) => r.id)) {
    for (const lang of LANGS) {
      const view = popupView(model, region, lang);
      if (!view) continue;
      const { body } = render(RegionPopup, { props: { view, lang, focusFact: null, onclose: noop, onshowsentence: noop, onshowfact: noop } });
      // Svelte's hydration markers are of no use here: the app renders its own popup when it takes over.
      popups.push({ region, lang, html: body.replace(/<!--[^]*?-->/g, '') });
    }
  }
  return popups;
}
