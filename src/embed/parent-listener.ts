/**
 * Lets the page that embeds the map drive it: accepts `isnad:select` from the
 * parent window only, validated against the story's ids, and hands the
 * selection to the app. Everything else is ignored silently.
 */
import { parseIncomingMessage, type IncomingSelection, type KnownIds } from './messages';

/** A burst has ended when no selection has come for this long; its last selection is then applied. */
export const SELECTION_QUIET_MS = 50;
/** A steady stream is still followed, at this pace. */
export const SELECTION_MAX_WAIT_MS = 500;

/**
 * Listens on `win` (the frame's own window) until the returned teardown runs.
 *
 * The sender is identified by event.source, not event.origin: any page may
 * embed the map, so there is no origin to trust, and a parent with a sandboxed
 * or opaque origin reports "null". A message from another frame, a popup or a
 * script inside this frame is not from the parent and is dropped.
 *
 * A parent that sends thousands of selections at once must not keep the frame
 * busy rendering each: a lone selection is applied at once; during a burst
 * only the latest is kept, and applied when the burst pauses (or every
 * SELECTION_MAX_WAIT_MS while it goes on).
 */
export function listenToParent(
  onSelect: (selection: IncomingSelection) => void,
  known: KnownIds,
  win: Window = window,
): () => void {
  // Not framed: window.parent is the window itself, and there is no parent to obey.
  if (win.parent === win) return () => {};

  let pending: IncomingSelection | null = null;
  let waitingSince = 0;
  let lastApplied = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const apply = () => {
    timer = null;
    if (!pending) return;
    const selection = pending;
    pending = null;
    lastApplied = performance.now();
    onSelect(selection);
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent) return;
    const selection = parseIncomingMessage(event.data, known);
    if (!selection) return;
    const now = performance.now();
    if (!pending) waitingSince = now;
    pending = selection;
    if (timer !== null) clearTimeout(timer);
    if (now - lastApplied >= SELECTION_QUIET_MS && now === waitingSince) apply();
    else timer = setTimeout(apply, now - waitingSince >= SELECTION_MAX_WAIT_MS ? 0 : SELECTION_QUIET_MS);
  };
  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    if (timer !== null) clearTimeout(timer);
  };
}
