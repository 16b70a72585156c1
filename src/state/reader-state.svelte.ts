/**
 * The one thing that flows back from the views: what the reader has chosen.
 * Views read it; they change it only through these methods.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from '../model/format';
import type { MapView } from './hash';

/**
 * Where a selection came from, so views can react in kind: 'hash' is a link
 * that also gives the map's view, 'link' one that does not (the map moves to the region).
 */
export type SelectionSource = 'map' | 'list' | 'article' | 'hash' | 'link' | 'parent';

export class ReaderState {
  /** The selected region, whose popup is open. */
  region = $state<string | null>(null);
  /** The fact to bring into view inside the popup. */
  fact = $state<string | null>(null);
  /** A region highlighted without being selected (hovering a sentence or the map). */
  hovered = $state<string | null>(null);
  /** The sentence to scroll to and highlight in the article panel. */
  sentence = $state<number | null>(null);
  lang = $state<Lang>('en');
  /** A short message for the reader (e.g. an unknown id in the link). */
  notice = $state<string | null>(null);
  /** The map's current view, for the link. */
  view = $state.raw<MapView | null>(null);
  /** Bumped on every selection so the map moves even to the same region again. */
  selectionCount = $state(0);
  lastSource = $state<SelectionSource>('hash');

  selectRegion(region: string, source: SelectionSource, fact: string | null = null): void {
    // Start of "click to popup visible", measured by the popup once it is on screen.
    performance.clearMarks(SELECT_MARK);
    performance.mark(SELECT_MARK);
    this.region = region;
    this.fact = fact;
    this.lastSource = source;
    this.selectionCount += 1;
  }

  showSentence(index: number | null): void {
    this.sentence = index;
  }

  close(source: SelectionSource = 'map'): void {
    this.region = null;
    this.fact = null;
    this.lastSource = source;
  }
}

/** performance.mark at each selection; the popup measures `isnad:popup-visible` from it. */
export const SELECT_MARK = 'isnad:select';
export const POPUP_VISIBLE_MEASURE = 'isnad:popup-visible';

const KEY = Symbol('isnad-reader-state');

export function provideReaderState(state: ReaderState): ReaderState {
  return setContext(KEY, state);
}

export function useReaderState(): ReaderState {
  const state = getContext<ReaderState | undefined>(KEY);
  if (!state) throw new Error('useReaderState() must be used inside a component under App (no ReaderState provided)');
  return state;
}
