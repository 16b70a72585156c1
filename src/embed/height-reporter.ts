/**
 * Tells the page that embeds the map how tall the map's content is, so the
 * page can size the iframe to fit it (no inner scrollbar, no blank gap).
 * Every height goes out in each protocol messages.ts speaks: isnad:height,
 * Datawrapper's and pym.js's.
 */
import { heightMessages, MAX_HEIGHT, MIN_HEIGHT } from './messages';

/** The parent window, or anything with its postMessage (a test double). */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface HeightReporterOptions {
  /** Usually `window.parent`. */
  target: MessageTarget;
  /** The element that wraps all of the content; it must not be sized by the viewport. */
  element: HTMLElement;
  /** This frame's embed id (see embedIdFromUrl), or null. */
  id: string | null;
  /**
   * Usually "*". The frame cannot know who embeds it, and a sandboxed frame
   * (sandbox="allow-scripts") has an opaque origin, so no narrower value is
   * available in general. That is acceptable because a height message carries
   * nothing but a number and this frame's own id.
   */
  targetOrigin: string;
}

/**
 * Posts the content height now and whenever it changes; returns a teardown.
 * Changes are seen by a ResizeObserver on the element (where the browser has
 * one) and on window resize as a fallback.
 */
export function reportHeight({ target, element, id, targetOrigin }: HeightReporterOptions): () => void {
  let last: number | null = null;

  const post = (): void => {
    const height = contentHeight(element);
    // Heights are whole pixels, so "changed" means "changed by at least 1px".
    if (height === null || height === last) return;
    last = height;
    for (const message of heightMessages(height, id)) target.postMessage(message, targetOrigin);
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(post) : null;
  // border-box: the box getBoundingClientRect measures, padding and border included.
  observer?.observe(element, { box: 'border-box' });
  window.addEventListener('resize', post);
  post();

  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', post);
  };
}

/**
 * The element's rendered height, rounded up so the last fractional pixel is
 * not cut off, capped at MAX_HEIGHT (beyond that the frame scrolls).
 *
 * getBoundingClientRect of a content element, not the document's scrollHeight:
 * the document is at least as tall as the iframe, so its scrollHeight could
 * grow with the iframe but never shrink back; the element's own box follows
 * the content both ways. Null below MIN_HEIGHT, which means "not laid out yet"
 * (display: none, first frame): posting it would make Datawrapper and pym
 * listeners collapse the iframe.
 */
export function contentHeight(element: HTMLElement): number | null {
  const height = Math.ceil(element.getBoundingClientRect().height);
  if (!(height >= MIN_HEIGHT)) return null;
  return Math.min(height, MAX_HEIGHT);
}
