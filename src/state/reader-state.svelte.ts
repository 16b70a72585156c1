/**
 * The one thing that flows back from the views: what the reader has chosen.
 * Views read its getters; they change it only through its intent methods, and
 * only this class writes its fields. Views that must *act* on a selection (the
 * map moving to a region, the embed telling its parent) subscribe to
 * `onSelection`, which says where each selection came from.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from '../model/format';
import type { MapView } from './hash';

/**
 * Where a selection came from, so views can react in kind: 'hash' is a link
 * that also gives the map's view, 'link' one that does not (the map moves to the region).
 */
export type SelectionSource = 'map' | 'list' | 'article' | 'hash' | 'link' | 'parent';

export interface Selection {
  region: string | null;
  fact: string | null;
  source: SelectionSource;
}

/** performance.mark at each selection; the popup measures `isnad:popup-visible` from it. */
export const SELECT_MARK = 'isnad:select';
export const POPUP_VISIBLE_MEASURE = 'isnad:popup-visible';

export class ReaderState {
  #region = $state<string | null>(null);
  #fact = $state<string | null>(null);
  #hovered = $state<string | null>(null);
  #sentence = $state<number | null>(null);
  #lang = $state<Lang>('en');
  #notice = $state<string | null>(null);
  #view = $state.raw<MapView | null>(null);
  #listeners = new Set<(selection: Selection) => void>();

  constructor(lang: Lang = 'en') {
    this.#lang = lang;
  }

  /** The selected region, whose popup is open. */
  get region() {
    return this.#region;
  }
  /** The fact to bring into view inside the popup. */
  get fact() {
    return this.#fact;
  }
  /** A region highlighted without being selected (hovering a sentence, a chip or the map). */
  get hovered() {
    return this.#hovered;
  }
  /** The sentence to scroll to and highlight in the article panel. */
  get sentence() {
    return this.#sentence;
  }
  get lang() {
    return this.#lang;
  }
  /** A short message for the reader (e.g. an unknown id in the link). */
  get notice() {
    return this.#notice;
  }
  /** The map's current view, for the link. */
  get view() {
    return this.#view;
  }

  selectRegion(region: string, source: SelectionSource, fact: string | null = null): void {
    // Start of "click to popup visible", measured by the popup once it is on screen.
    performance.clearMarks(SELECT_MARK);
    performance.mark(SELECT_MARK);
    this.#region = region;
    this.#fact = fact;
    this.#announce(source);
  }

  close(source: SelectionSource = 'map'): void {
    if (this.#region === null && this.#fact === null) return;
    this.#region = null;
    this.#fact = null;
    this.#announce(source);
  }

  hover(region: string | null): void {
    this.#hovered = region;
  }

  showSentence(index: number | null): void {
    this.#sentence = index;
  }

  setLanguage(lang: Lang): void {
    this.#lang = lang;
  }

  toggleLanguage(): void {
    this.#lang = this.#lang === 'en' ? 'ar' : 'en';
  }

  /** The map reports where it is (or a link restores a view before the map exists). */
  setView(view: MapView | null): void {
    this.#view = view;
  }

  notify(message: string | null): void {
    this.#notice = message;
  }

  /** Calls `listener` after every selection (and close) from now on; returns the unsubscribe. */
  onSelection(listener: (selection: Selection) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #announce(source: SelectionSource): void {
    const selection: Selection = { region: this.#region, fact: this.#fact, source };
    for (const listener of [...this.#listeners]) listener(selection);
  }
}

const KEY = Symbol('isnad-reader-state');

export function provideReaderState(state: ReaderState): ReaderState {
  return setContext(KEY, state);
}

export function useReaderState(): ReaderState {
  const state = getContext<ReaderState | undefined>(KEY);
  if (!state) throw new Error('useReaderState() must be used inside a component under App (no ReaderState provided)');
  return state;
}
