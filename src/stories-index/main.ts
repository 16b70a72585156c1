/** stories.html: the list of published stories, each sealed by the build, in English or Arabic (`#lang=ar`, as the app). */
import { mount } from 'svelte';
import { seals } from 'virtual:isnad-seals';
import { regionProperties } from 'virtual:isnad-region-index';
import type { Lang } from '../model/format';
import { formatHash } from '../state/hash';
import StoriesIndex from './StoriesIndex.svelte';
import { publishedStories } from './load';
import { pageLanguage, wordsFor } from './words';
import '../app.css';
import './stories-index.css';

const target = document.getElementById('stories');
if (!target) throw new Error('the page has no #stories element');

/** The document speaks the page's language; the hash keeps it, as the app's does (no history entry). */
function showLanguage(lang: Lang, writeHash: boolean): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = wordsFor(lang).pageTitle;
  if (writeHash) history.replaceState(history.state, '', `${location.pathname}${location.search}${formatHash({ lang })}`);
}

const lang = pageLanguage(new URL(location.href));
showLanguage(lang, false);
mount(StoriesIndex, {
  target,
  props: {
    lang,
    onlanguage: (next: Lang) => showLanguage(next, true),
    load: () => publishedStories(seals, new URL('stories/', document.baseURI), new URL(location.href), regionProperties),
  },
});
