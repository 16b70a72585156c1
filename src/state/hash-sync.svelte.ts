/**
 * Keeps the URL hash and the reader's state in step: the hash restores the
 * state on load, and interaction rewrites it with replaceState (no history spam).
 */
import type { StoryModel } from '../model/story';
import { strings } from '../i18n';
import { formatHash, parseHash, type HashState } from './hash';
import type { ReaderState } from './reader-state.svelte';

/** Applies a hash to the state; unknown ids leave the default view and a notice. */
export function applyHash(reader: ReaderState, model: StoryModel, hash: string): void {
  const parsed = parseHash(hash);
  if (parsed.lang) reader.lang = parsed.lang;
  const t = strings[reader.lang];
  if (parsed.map) reader.view = parsed.map;
  // Without a view in the link, the map moves to the linked region.
  const source = parsed.map ? 'hash' : 'link';
  if (parsed.fact !== undefined) {
    const fact = model.factById.get(parsed.fact);
    if (!fact) {
      reader.notice = t.unknownFact(parsed.fact);
      reader.close('hash');
      return;
    }
    const region = parsed.region !== undefined ? model.regionFacts.get(parsed.region) : undefined;
    const shownThere = region !== undefined && (region.here.includes(fact) || region.related.includes(fact));
    // A link that pairs a region with a fact it does not show opens the fact where it is, and says so.
    if (parsed.region !== undefined && !shownThere) {
      const name = model.regionIndex.get(parsed.region)?.name[reader.lang] ?? parsed.region;
      reader.notice = region ? t.factNotInRegion(fact.id, name) : t.unknownRegion(parsed.region);
    }
    reader.selectRegion(shownThere ? parsed.region! : fact.region, source, fact.id);
    return;
  }
  if (parsed.region !== undefined) {
    if (!model.regionFacts.has(parsed.region)) {
      reader.notice = t.unknownRegion(parsed.region);
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

/**
 * Writes the state into the hash whenever it changes, once `ready()` is true
 * (before that the hash has not been read yet and must not be overwritten).
 * Call inside a component.
 */
export function syncHashFromState(reader: ReaderState, ready: () => boolean): void {
  $effect(() => {
    if (!ready()) return;
    const next = hashOf(reader);
    if (next !== location.hash) history.replaceState(history.state, '', next === '' ? location.pathname + location.search : next);
  });
}
