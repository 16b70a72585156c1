/**
 * The URL hash, in one place: the only module that reads or writes
 * `location.hash`. The hash restores the reader's state on load and on
 * `hashchange`; interaction rewrites it with replaceState (no history spam).
 * Links elsewhere (a fact's "Copy link", the embed's full view) are built here
 * from the same format (hash.ts).
 */
import type { StoryModel } from '../model/story';
import { strings } from '../i18n';
import type { Lang } from '../model/format';
import { formatHash, parseHash, type HashState } from './hash';
import type { ReaderState } from './reader-state.svelte';

/** The hash as the page opened it (none when the build renders the page, which has no URL). */
export function readHash(): HashState {
  return typeof location === 'undefined' ? {} : parseHash(location.hash);
}

/** Applies a hash to the state; unknown ids leave the default view and a notice. */
export function applyHash(reader: ReaderState, model: StoryModel, hash: string): void {
  const parsed = parseHash(hash);
  if (parsed.lang) reader.setLanguage(parsed.lang);
  const t = strings[reader.lang];
  if (parsed.map) reader.setView(parsed.map);
  // Without a view in the link, the map moves to the linked region.
  const source = parsed.map ? 'hash' : 'link';
  if (parsed.fact !== undefined) {
    const fact = model.factById.get(parsed.fact);
    if (!fact) {
      reader.notify(t.unknownFact(parsed.fact));
      reader.close('hash');
      return;
    }
    const region = parsed.region !== undefined ? model.regionFacts.get(parsed.region) : undefined;
    const shownThere = region !== undefined && (region.here.includes(fact) || region.related.includes(fact));
    // A link that pairs a region with a fact it does not show opens the fact where it is, and says so.
    if (parsed.region !== undefined && !shownThere) {
      const name = model.regionIndex.get(parsed.region)?.name[reader.lang] ?? parsed.region;
      reader.notify(region ? t.factNotInRegion(fact.id, name) : t.unknownRegion(parsed.region));
    }
    reader.selectRegion(shownThere ? parsed.region! : fact.region, source, fact.id);
    return;
  }
  if (parsed.region !== undefined) {
    if (!model.regionFacts.has(parsed.region)) {
      reader.notify(t.unknownRegion(parsed.region));
      reader.close('hash');
      return;
    }
    reader.selectRegion(parsed.region, source);
  }
}

export function hashOf(reader: ReaderState): string {
  const state: HashState = {};
  if (reader.view) state.map = reader.view;
  if (reader.region) state.region = reader.region;
  if (reader.fact) state.fact = reader.fact;
  state.lang = reader.lang;
  return formatHash(state);
}

/** This page's URL opening one fact, in one language. */
export function factLink(fact: string, lang: Lang): string {
  const url = new URL(location.href);
  url.hash = formatHash({ fact, lang });
  return url.href;
}

/**
 * Keeps the hash and the state in step, inside a component: the language at
 * once, the rest once the model is loaded (`model()` not null), then every
 * `hashchange`; and writes the state back on every change after that.
 */
export function syncHash(reader: ReaderState, model: () => StoryModel | null): void {
  const lang = readHash().lang;
  if (lang) reader.setLanguage(lang);
  let applied = false;
  $effect(() => {
    const story = model();
    if (!story) return;
    if (!applied) {
      applied = true;
      applyHash(reader, story, location.hash);
    }
    const hashchange = () => applyHash(reader, story, location.hash);
    window.addEventListener('hashchange', hashchange);
    return () => window.removeEventListener('hashchange', hashchange);
  });
  $effect(() => {
    // Before the model, the hash has not been applied yet and must not be overwritten.
    if (!model()) return;
    const next = hashOf(reader);
    if (next !== location.hash) history.replaceState(history.state, '', next === '' ? location.pathname + location.search : next);
  });
}
