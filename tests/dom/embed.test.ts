/**
 * The embed, both ends (jsdom): public/embed.js on the parent page, and the
 * frame's height reporter and parent listener.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { reportHeight } from '../../src/embed/height-reporter';
import { SELECTION_MAX_WAIT_MS, SELECTION_QUIET_MS, listenToParent } from '../../src/embed/parent-listener';
import type { KnownIds } from '../../src/embed/messages';

const EMBED_JS = readFileSync(join(import.meta.dirname, '../../public/embed.js'), 'utf8');

function addFrame(attributes: Record<string, string> = { 'data-isnad': '' }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  document.body.append(frame);
  return frame;
}

function windowOf(frame: HTMLIFrameElement): Window {
  if (!frame.contentWindow) throw new Error('iframe has no window');
  return frame.contentWindow;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('public/embed.js', () => {
  type Isnad = { select(iframe: unknown, region?: unknown, fact?: unknown): boolean };
  let isnad: Isnad;
  let onMessage: (event: MessageEvent) => void;
  let globalsAdded: string[];

  beforeAll(() => {
    const before = new Set(Object.keys(window));
    const addListener = vi.spyOn(window, 'addEventListener');
    window.eval(EMBED_JS);
    globalsAdded = Object.keys(window).filter((key) => !before.has(key));
    const call = addListener.mock.calls.find(([type]) => type === 'message');
    onMessage = call?.[1] as (event: MessageEvent) => void;
    addListener.mockRestore();
    isnad = (window as unknown as { Isnad: Isnad }).Isnad;
  });

  function post(source: MessageEventSource | null, data: unknown): void {
    window.dispatchEvent(new MessageEvent('message', { data, source }));
  }

  it('adds no global but window.Isnad, and listens for messages', () => {
    expect(globalsAdded).toEqual(['Isnad']);
    expect(typeof onMessage).toBe('function');
    expect(Object.isFrozen(isnad)).toBe(true);
  });

  it('sizes the iframe that sent the height, and only that one', () => {
    const [a, b] = [addFrame(), addFrame()];
    post(windowOf(a), { type: 'isnad:height', height: 640 });
    expect(a.style.height).toBe('640px');
    expect(b.style.height).toBe('');
    post(windowOf(b), { type: 'isnad:height', height: 777, id: 'second' });
    expect(a.style.height).toBe('640px');
    expect(b.style.height).toBe('777px');
  });

  it('finds iframes added after it ran', () => {
    const late = addFrame({ 'data-isnad': '', title: 'added later' });
    post(windowOf(late), { type: 'isnad:height', height: 500 });
    expect(late.style.height).toBe('500px');
  });

  it.each([
    { name: 'the page itself', source: () => window },
    { name: 'no source', source: () => null },
    { name: 'an iframe without data-isnad', source: () => windowOf(addFrame({ title: 'ad' })) },
  ])('ignores a height from $name', ({ source }) => {
    const frame = addFrame();
    post(source(), { type: 'isnad:height', height: 640 });
    expect(frame.style.height).toBe('');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'isnad:height'],
    ['a pym string', 'pymxPYMxidxPYMxheightxPYMx640'],
    ['a number', 640],
    ['an array', [640]],
    ['a Datawrapper message', { 'datawrapper-height': { isnad: 640 } }],
    ['another type', { type: 'resize', height: 640 }],
    ['no height', { type: 'isnad:height' }],
    ['a string height', { type: 'isnad:height', height: '640' }],
    ['NaN', { type: 'isnad:height', height: Number.NaN }],
    ['Infinity', { type: 'isnad:height', height: Number.POSITIVE_INFINITY }],
    ['a huge number', { type: 'isnad:height', height: 1e308 }],
    ['a negative height', { type: 'isnad:height', height: -640 }],
    ['below 50', { type: 'isnad:height', height: 49 }],
    ['above 20000', { type: 'isnad:height', height: 20_001 }],
    ['an object height', { type: 'isnad:height', height: { valueOf: () => 640 } }],
  ])('ignores %s, without throwing', (_name, data) => {
    const frame = addFrame();
    const event = new MessageEvent('message', { data, source: windowOf(frame) });
    expect(() => onMessage(event)).not.toThrow();
    window.dispatchEvent(event);
    expect(frame.style.height).toBe('');
  });

  it('accepts the bounds 50 and 20000', () => {
    const frame = addFrame();
    post(windowOf(frame), { type: 'isnad:height', height: 50 });
    expect(frame.style.height).toBe('50px');
    post(windowOf(frame), { type: 'isnad:height', height: 20_000 });
    expect(frame.style.height).toBe('20000px');
  });

  it('re-dispatches a selection as an isnad:select event on that iframe, bubbling', () => {
    const [a, b] = [addFrame(), addFrame()];
    const onA = vi.fn();
    const onB = vi.fn();
    const onDocument = vi.fn();
    a.addEventListener('isnad:select', onA);
    b.addEventListener('isnad:select', onB);
    document.addEventListener('isnad:select', onDocument);
    post(windowOf(a), { type: 'isnad:select', region: 'idlib', fact: 'killed-54-idlib' });
    document.removeEventListener('isnad:select', onDocument);
    expect(onB).not.toHaveBeenCalled();
    expect(onA).toHaveBeenCalledOnce();
    expect((onA.mock.calls[0]![0] as CustomEvent).detail).toEqual({ region: 'idlib', fact: 'killed-54-idlib' });
    expect(onDocument).toHaveBeenCalledOnce();
  });

  it('relays a deselection, and a missing fact as null', () => {
    const frame = addFrame();
    const details: unknown[] = [];
    frame.addEventListener('isnad:select', (event) => details.push((event as CustomEvent).detail));
    post(windowOf(frame), { type: 'isnad:select', region: null, fact: null });
    post(windowOf(frame), { type: 'isnad:select', region: 'turkey' });
    expect(details).toEqual([{ region: null, fact: null }, { region: 'turkey', fact: null }]);
  });

  it.each<[string, unknown]>([
    ['markup as region', { type: 'isnad:select', region: '<img src=x onerror=alert(1)>', fact: null }],
    ['an object as region', { type: 'isnad:select', region: { id: 'idlib' }, fact: null }],
    ['a 1 MB region', { type: 'isnad:select', region: 'a'.repeat(1 << 20), fact: null }],
    ['no region', { type: 'isnad:select', fact: 'killed-54-idlib' }],
  ])('does not relay a selection with %s', (_name, data) => {
    const frame = addFrame();
    const onSelect = vi.fn();
    frame.addEventListener('isnad:select', onSelect);
    const event = new MessageEvent('message', { data, source: windowOf(frame) });
    expect(() => onMessage(event)).not.toThrow();
    window.dispatchEvent(event);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('does not relay a selection from a window that is not one of its iframes', () => {
    const frame = addFrame();
    const onSelect = vi.fn();
    frame.addEventListener('isnad:select', onSelect);
    post(windowOf(addFrame({ title: 'other' })), { type: 'isnad:select', region: 'idlib', fact: null });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('Isnad.select posts the selection to that frame only', () => {
    const [a, b] = [addFrame(), addFrame()];
    const postA = vi.spyOn(windowOf(a), 'postMessage');
    const postB = vi.spyOn(windowOf(b), 'postMessage');
    expect(isnad.select(a, 'idlib', 'killed-54-idlib')).toBe(true);
    expect(isnad.select(a, null)).toBe(true);
    expect(postA.mock.calls).toEqual([
      [{ type: 'isnad:select', region: 'idlib', fact: 'killed-54-idlib' }, '*'],
      [{ type: 'isnad:select', region: null, fact: null }, '*'],
    ]);
    expect(postB).not.toHaveBeenCalled();
  });

  it.each<[string, () => unknown[]]>([
    ['no iframe', () => [null, 'idlib']],
    ['a detached iframe', () => [document.createElement('iframe'), 'idlib']],
    ['a non-id region', () => [addFrame(), 'Idlib!']],
    ['a non-id fact', () => [addFrame(), 'idlib', 54]],
  ])('Isnad.select returns false for %s, without throwing', (_name, args) => {
    const [iframe, region, fact] = args();
    expect(isnad.select(iframe, region, fact)).toBe(false);
  });

  it('a second copy of the script does nothing (events fire once)', () => {
    const addListener = vi.spyOn(window, 'addEventListener');
    window.eval(EMBED_JS);
    expect(addListener).not.toHaveBeenCalled();
    expect((window as unknown as { Isnad: Isnad }).Isnad).toBe(isnad);
    const frame = addFrame();
    const onSelect = vi.fn();
    frame.addEventListener('isnad:select', onSelect);
    post(windowOf(frame), { type: 'isnad:select', region: 'idlib', fact: null });
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('is at most 2 KB gzipped (zlib level 9)', () => {
    expect(gzipSync(EMBED_JS, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });
});

describe('reportHeight', () => {
  /** jsdom has no ResizeObserver: this one is triggered by hand. */
  class FakeResizeObserver {
    static instances: FakeResizeObserver[] = [];
    observed: Element[] = [];
    disconnected = false;
    constructor(private readonly callback: () => void) {
      FakeResizeObserver.instances.push(this);
    }
    observe(element: Element): void {
      this.observed.push(element);
    }
    disconnect(): void {
      this.disconnected = true;
    }
    trigger(): void {
      if (!this.disconnected) this.callback();
    }
  }

  let height: number;
  let element: HTMLElement;
  type PostMessage = (message: unknown, targetOrigin: string) => void;
  let parent: { postMessage: Mock<PostMessage> };

  beforeEach(() => {
    FakeResizeObserver.instances = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    height = 600;
    element = document.createElement('div');
    document.body.append(element);
    // jsdom does no layout: the element reports whatever height the test sets.
    vi.spyOn(element, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    parent = { postMessage: vi.fn<PostMessage>() };
  });

  const observer = () => FakeResizeObserver.instances[0]!;
  const start = (id: string | null = 'story-map') => reportHeight({ target: parent, element, id, targetOrigin: '*' });

  it('posts the height on start, in every protocol, to targetOrigin', () => {
    start();
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: 'isnad:height', height: 600, id: 'story-map' }, '*'],
      [{ 'datawrapper-height': { 'story-map': 600 } }, '*'],
      ['pymxPYMxstory-mapxPYMxheightxPYMx600', '*'],
    ]);
    expect(observer().observed).toEqual([element]);
  });

  it('posts again when the observed size changes, rounded up', () => {
    start(null);
    parent.postMessage.mockClear();
    height = 720.2;
    observer().trigger();
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: 'isnad:height', height: 721 }, '*'],
      [{ 'datawrapper-height': { isnad: 721 } }, '*'],
    ]);
  });

  it('does not post an unchanged height (nor a sub-pixel change)', () => {
    start();
    parent.postMessage.mockClear();
    observer().trigger();
    height = 599.5; // still 600 once rounded up
    observer().trigger();
    window.dispatchEvent(new Event('resize'));
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('posts on window resize too', () => {
    start();
    parent.postMessage.mockClear();
    height = 480;
    window.dispatchEvent(new Event('resize'));
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'isnad:height', height: 480, id: 'story-map' }, '*');
  });

  it('skips heights below 50 (not laid out yet) and caps at 20000', () => {
    height = 0;
    start();
    expect(parent.postMessage).not.toHaveBeenCalled();
    height = 50_000;
    observer().trigger();
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'isnad:height', height: 20_000, id: 'story-map' }, '*');
  });

  it('stops after teardown', () => {
    const stop = start();
    parent.postMessage.mockClear();
    stop();
    expect(observer().disconnected).toBe(true);
    height = 900;
    observer().trigger();
    window.dispatchEvent(new Event('resize'));
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('falls back to window resize where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const stop = start();
    expect(parent.postMessage).toHaveBeenCalledTimes(3);
    height = 800;
    window.dispatchEvent(new Event('resize'));
    expect(parent.postMessage).toHaveBeenCalledTimes(6);
    stop();
  });
});

describe('listenToParent', () => {
  const known: KnownIds = { regions: new Set(['idlib', 'turkey']), facts: new Set(['killed-54-idlib']) };
  const valid = { type: 'isnad:select', region: 'idlib', fact: 'killed-54-idlib' };

  /** The map's window is a real iframe window, so it has a real parent. */
  function framed() {
    const frameWindow = windowOf(addFrame());
    const onSelect = vi.fn();
    const stop = listenToParent(onSelect, known, frameWindow);
    const receive = (source: MessageEventSource | null, data: unknown) =>
      frameWindow.dispatchEvent(new MessageEvent('message', { data, source }));
    return { frameWindow, onSelect, stop, receive };
  }

  it('hands a valid selection from the parent to the app at once, and the next one after the interval', () => {
    vi.useFakeTimers();
    const { frameWindow, onSelect, receive, stop } = framed();
    receive(frameWindow.parent, valid);
    expect(onSelect.mock.calls).toEqual([[{ type: 'select', region: 'idlib', fact: 'killed-54-idlib' }]]);
    receive(frameWindow.parent, { type: 'isnad:select', region: null });
    vi.advanceTimersByTime(SELECTION_QUIET_MS);
    expect(onSelect.mock.calls).toEqual([
      [{ type: 'select', region: 'idlib', fact: 'killed-54-idlib' }],
      [{ type: 'select', region: null, fact: null }],
    ]);
    stop();
    vi.useRealTimers();
  });

  it('coalesces a burst of 10,000 selections: the first at once, then only the last', () => {
    vi.useFakeTimers();
    const { frameWindow, onSelect, receive, stop } = framed();
    for (let i = 0; i < 10_000; i++) receive(frameWindow.parent, { type: 'isnad:select', region: i % 2 === 0 ? 'turkey' : 'idlib' });
    expect(onSelect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SELECTION_QUIET_MS);
    expect(onSelect.mock.calls).toEqual([
      [{ type: 'select', region: 'turkey', fact: null }],
      [{ type: 'select', region: 'idlib', fact: null }],
    ]);
    stop();
    vi.useRealTimers();
  });

  it('follows a steady stream every SELECTION_MAX_WAIT_MS, never only at its end', () => {
    vi.useFakeTimers();
    const { frameWindow, onSelect, receive, stop } = framed();
    // One selection every 10 ms for 2 s: the burst never pauses for SELECTION_QUIET_MS.
    for (let t = 0; t < 2000; t += 10) {
      receive(frameWindow.parent, { type: 'isnad:select', region: t % 20 === 0 ? 'turkey' : 'idlib' });
      vi.advanceTimersByTime(10);
    }
    const calls = onSelect.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(2000 / SELECTION_MAX_WAIT_MS);
    expect(calls).toBeLessThanOrEqual(2000 / SELECTION_MAX_WAIT_MS + 2);
    stop();
    vi.useRealTimers();
  });

  it('applies nothing after its teardown, even a selection waiting in a burst', () => {
    vi.useFakeTimers();
    const { frameWindow, onSelect, receive, stop } = framed();
    receive(frameWindow.parent, valid);
    receive(frameWindow.parent, { type: 'isnad:select', region: 'turkey' });
    stop();
    vi.advanceTimersByTime(10 * SELECTION_QUIET_MS);
    expect(onSelect).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it.each([
    { name: 'no source', source: () => null },
    { name: 'the frame itself', source: (w: Window) => w },
    { name: 'a sibling frame', source: () => windowOf(addFrame()) },
  ])('ignores a message from $name', ({ source }) => {
    const { frameWindow, onSelect, receive } = framed();
    receive(source(frameWindow), valid);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'isnad:select'],
    ['an unknown region', { type: 'isnad:select', region: 'aleppo' }],
    ['an extra field', { ...valid, zoom: 3 }],
  ])('ignores %s from the parent', (_name, data) => {
    const { frameWindow, onSelect, receive } = framed();
    receive(frameWindow.parent, data);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('stops after teardown', () => {
    const { frameWindow, onSelect, stop, receive } = framed();
    stop();
    receive(frameWindow.parent, valid);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('does nothing when the map is not framed', () => {
    const top = windowOf(addFrame()).parent;
    expect(top.parent).toBe(top);
    const onSelect = vi.fn();
    const stop = listenToParent(onSelect, known, top);
    top.dispatchEvent(new MessageEvent('message', { data: valid, source: top }));
    expect(onSelect).not.toHaveBeenCalled();
    stop();
  });
});
