/** The build's first paint (build/first-answer.ts): the app's layout with the drawing and the written popups in their places. */
import { describe, expect, it } from 'vitest';
import { firstPaintHtml, EARLY_ANSWER_SCRIPT } from '../../build/first-answer';

// The shape of App.svelte's server-rendered markup around the map (what the build's markers look for).
const app = (lang: string) =>
  `<div class="app svelte-x"><header class="masthead">${lang}</header><main class="stage"><div class="map-area"><div class="map-frame">` +
  `<div class="map-stack svelte-y" data-testid="map-stack" data-stage="webgl">  </div><div class="legend-slot"></div></div> </div> ` +
  `<aside class="article-panel" aria-label="x"></aside></main></div>`;

describe('firstPaintHtml', () => {
  const html = firstPaintHtml({ pages: { en: app('en'), ar: app('ar') }, popups: [] }, '<div data-static-map>DRAWING</div>', { slot: '<div data-early-answers>ANSWERS</div>', popups: '<div data-early-popups>POPUPS</div>' });

  it.each([
    ['the English layout is marked and shown', '<div class="app svelte-x" data-prerendered-app="en"><header'],
    ['the Arabic layout is marked and hidden', '<div class="app svelte-x" data-prerendered-app="ar" hidden><header'],
    ['the drawing is in the English map box, which says it holds the drawing', 'data-stage="drawing"><div data-static-map>DRAWING</div>'],
    ['the written popups end the map area, after the map frame', '</div></div> <div data-early-answers>ANSWERS</div></div> <aside'],
  ])('%s', (_, expected) => {
    expect(html).toContain(expected);
  });

  it('puts the drawing and the popup slot in one layout only', () => {
    expect(html.split('DRAWING').length - 1).toBe(1);
    expect(html.split('ANSWERS').length - 1).toBe(1);
    expect(html.indexOf('ANSWERS')).toBeLessThan(html.indexOf('data-prerendered-app="ar"'));
  });

  it('wraps the page, with the script after both layouts and before the written popups', () => {
    expect(html.startsWith('<div class="prerendered-page" data-prerendered-page>')).toBe(true);
    const script = html.indexOf(`<script src="./${EARLY_ANSWER_SCRIPT}"`);
    expect(script).toBeGreaterThan(html.indexOf('data-prerendered-app="ar"'));
    expect(script).toBeLessThan(html.indexOf('POPUPS'));
    expect(html.endsWith('<div data-early-popups>POPUPS</div></div>')).toBe(true);
  });

  it.each([
    ['no map stack', app('en').replace('data-testid="map-stack"', 'data-testid="other"')],
    ['no article panel after the map area', app('en').replace('<aside class="article-panel"', '<aside class="other"')],
  ])('refuses a layout with %s, naming the build file', (_, page) => {
    expect(() => firstPaintHtml({ pages: { en: page, ar: app('ar') }, popups: [] }, '', { slot: '', popups: '' })).toThrow(/build\/first-answer\.ts.*\(en\)/);
  });
});
