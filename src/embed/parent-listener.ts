/**
 * Lets the page that embeds the map drive it: accepts `isnad:select` from the
 * parent window only, validated against the story's ids, and hands the
 * selection to the app. Everything else is ignored silently.
 */
import { parseIncomingMessage, type IncomingSelection, type KnownIds } from './messages';

/** How often a burst of parent selections reaches the app: the last one wins. */
export const SELECTION_INTERVAL_MS = 50;

/**
 * Listens on `win` (the frame's own window) until the returned teardown runs.
 *
 * The sender is identified by event.source, not event.origin: any page may
 * embed the map, so there is no origin to trust, and a parent with a sandboxed
 * or opaque origin reports "null". A message from another frame, a popup or a
 * script inside this frame is not from the parent and is dropped.
 *
 * A parent that sends thousands of selections at once must not keep the frame
 * busy: selections are coalesced, and only the latest is applied, at most once
 * every SELECTION_INTERVAL_MS (the first one at once).
 */
export function listenToParent(
  onSelect: (selection: IncomingSelection) => void,
  known: KnownIds,
  win: Window = window,
): () => void {
  // Not framed: window.parent is the window itself, and there is no parent to obey.
  if (win.parent === win) return () => {};

  let pending: IncomingSelection | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    const selection = pending;
    pending = null;
    onSelect(selection);
    // Quiet for one interval after each selection: what arrives meanwhile waits, and only the last is kept.
    timer = setTimeout(flush, SELECTION_INTERVAL_MS);
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent) return;
    const selection = parseIncomingMessage(event.data, known);
    if (!selection) return;
    pending = selection;
    if (timer === null) flush();
  };
  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    if (timer !== null) clearTimeout(timer);
  };
}
