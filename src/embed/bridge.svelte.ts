/**
 * Connects an embedded map to the page around it: reports the content height,
 * obeys the parent's `isnad:select`, and tells the parent what the reader selects.
 * Does nothing when the page is not framed.
 */
import type { StoryModel } from '../model/story';
import type { ReaderState } from '../state/reader-state.svelte';
import { reportHeight } from './height-reporter';
import { embedIdFromUrl, selectMessage } from './messages';
import { listenToParent } from './parent-listener';

export function isFramed(): boolean {
  // The build's server renderer has no window and no parent.
  if (typeof window === 'undefined') return false;
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** Call inside a component once the model is loaded; every effect cleans up after itself. */
export function connectToParent(reader: ReaderState, model: () => StoryModel | null, root: () => HTMLElement | undefined): void {
  if (!isFramed()) return;
  const id = embedIdFromUrl(new URL(location.href));

  $effect(() => {
    const element = root();
    if (!element) return;
    // Only a height leaves the frame, so any origin may read it.
    return reportHeight({ target: window.parent, element, id, targetOrigin: '*' });
  });

  $effect(() => {
    const story = model();
    if (!story) return;
    const known = { regions: new Set(story.regions.map((r) => r.id)), facts: new Set(story.facts.map((f) => f.id)) };
    return listenToParent((selection) => {
      if (selection.region === null) reader.close('parent');
      else reader.selectRegion(selection.region, 'parent', selection.fact);
    }, known);
  });

  // Tell the parent about the reader's own selections (not the ones it or the link asked for).
  $effect(() =>
    reader.onSelection(({ region, fact, source }) => {
      if (source !== 'parent' && source !== 'hash' && source !== 'link') window.parent.postMessage(selectMessage(region, fact), '*');
    }),
  );
}
