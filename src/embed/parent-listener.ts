/**
 * Lets the page that embeds the map drive it: accepts `isnad:select` from the
 * parent window only, validated against the story's ids, and hands the
 * selection to the app. Everything else is ignored silently.
 */
import { parseIncomingMessage, type IncomingSelection, type KnownIds } from './messages';

/**
 * Listens on `win` (the frame's own window) until the returned teardown runs.
 *
 * The sender is identified by event.source, not event.origin: any page may
 * embed the map, so there is no origin to trust, and a parent with a sandboxed
 * or opaque origin reports "null". A message from another frame, a popup or a
 * script inside this frame is not from the parent and is dropped.
 */
export function listenToParent(
  onSelect: (selection: IncomingSelection) => void,
  known: KnownIds,
  win: Window = window,
): () => void {
  // Not framed: window.parent is the window itself, and there is no parent to obey.
  if (win.parent === win) return () => {};

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent) return;
    const selection = parseIncomingMessage(event.data, known);
    if (selection) onSelect(selection);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
