/**
 * The drawing's region names, written by the build: both languages, placed by the label pass
 * without collisions at the reference size, escaped, hidden once the runtime labels exist.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../src/map-model/label-placement';
import { estimateLabelSize, LABEL_BASELINES, LABEL_FONT, staticMapCss, svgLabels, type Label } from '../../src/map/svg/svg';
import { renderStaticMapHtml } from '../../build/static-map-plugin';
import { FIRST_STORY, ROOT } from '../helpers/stories';

interface Jsdom {
  window: { document: Document };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (markup: string) => Jsdom };

type Lang = 'en' | 'ar';

/** CSS px per user unit the text was placed for (its primary line is 13 px on screen). */
const scaleOf = (text: Element) => LABEL_FONT.primary / Number(text.querySelector('tspan')!.getAttribute('font-size'));

/** The estimated box of a drawn `<text>`, rebuilt from its attributes with the renderer's own estimate. */
function boxOf(text: Element, lang: Lang): Box {
  const [primary, secondary] = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
  const other: Lang = lang === 'en' ? 'ar' : 'en';
  const scale = scaleOf(text);
  const { width, height } = estimateLabelSize({ name: { [lang]: primary, [other]: secondary } as Label['name'] }, lang, scale);
  const x = Number(text.getAttribute('x'));
  const y = Number(text.getAttribute('y')) - LABEL_BASELINES[0] / scale;
  const anchor = text.getAttribute('text-anchor');
  // In the rtl group, 'start' is the right edge.
  const leftEdge = anchor === 'middle' ? x - width / 2 : (anchor === 'start') === (lang === 'en') ? x : x - width;
  return { x: leftEdge, y, width, height };
}

/** Pairs of boxes that overlap (rounding of the written coordinates allowed for). */
function collisions(boxes: readonly Box[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) if (intersects(boxes[i]!, boxes[j]!, -0.2)) found.push([i, j]);
  }
  return found;
}

describe('the drawing names the story’s regions before any script', () => {
  describe.each([
    // The 'bounds' fit has a placement for the reference size and one for a narrow map (a phone).
    { fit: 'bounds' as const, set: '.ism-label-set--wide', names: ['region-idlib', 'region-northern-syria', 'region-syria', 'region-turkey'] },
    { fit: 'bounds' as const, set: '.ism-label-set--narrow', names: ['region-idlib', 'region-northern-syria', 'region-syria', 'region-turkey'] },
    { fit: 'slice' as const, set: 'svg', names: ['region-idlib', 'region-northern-syria', 'region-syria', 'region-turkey'] },
  ])('fit $fit, $set', ({ fit, set, names }) => {
    const rendered = renderStaticMapHtml(FIRST_STORY, join(ROOT, 'geodata'), { fit });
    const svgOf = async () => new JSDOM(await rendered).window.document.querySelector('svg')!;

    it.each([
      { lang: 'en' as const, name: 'Idlib', other: 'إدلب', dir: null },
      { lang: 'ar' as const, name: 'إدلب', other: 'Idlib', dir: 'rtl' },
    ])('the $lang group names Idlib ($name) and its boxes do not intersect', async ({ lang, name, other, dir }) => {
      const svg = await svgOf();
      const group = svg.querySelector(set === 'svg' ? `g.ism-labels.ism-labels--${lang}` : `${set} > g.ism-labels.ism-labels--${lang}`)!;
      expect(group).not.toBeNull();
      expect(group.getAttribute('lang')).toBe(lang);
      expect(group.getAttribute('direction')).toBe(dir);
      const idlib = group.querySelector('text[data-label="region-idlib"]')!;
      expect([...idlib.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([name, other]);
      expect(idlib.querySelector('tspan:nth-child(2)')!.getAttribute('lang')).toBe(lang === 'en' ? 'ar' : 'en');
      const texts = [...group.querySelectorAll('text')];
      // Europe is off the story's view.
      expect(texts.map((t) => t.getAttribute('data-label')).sort()).toEqual(names);
      const boxes = texts.map((t) => boxOf(t, lang));
      expect(collisions(boxes)).toEqual([]);
      // Inside the viewBox, the part of the drawing every container shows.
      const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      for (const b of boxes) expect(b.x >= vx - 0.2 && b.y >= vy - 0.2 && b.x + b.width <= vx + vw + 0.2 && b.y + b.height <= vy + vh + 0.2).toBe(true);
      // No text covers Idlib's figure circle.
      const dot = svg.querySelector('.ism-dot')!.getAttribute('d')!.match(/^M([\d.]+) ([\d.]+)/)!.map(Number);
      // The dot keeps its size in CSS px (non-scaling stroke): larger in user units on a narrow map, the
      // largest on the narrowest (320 px, padding 12 on each side).
      const [, , vbWidth] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      const r = Number(svg.querySelector('.ism-dot')!.getAttribute('stroke-width')) / 2 / (set.endsWith('narrow') ? (320 - 24) / vbWidth : 1);
      const circle = { x: dot[1]! - r, y: dot[2]! - r, width: 2 * r, height: 2 * r };
      expect(boxes.filter((b) => intersects(b, circle))).toEqual([]);
    });
  });

  it('the collision check sees a collision (it can fail)', () => {
    const group = new JSDOM(
      `<svg><g class="ism-labels--en"><text x="100" y="${100 + LABEL_BASELINES[0]}" text-anchor="middle"><tspan font-size="13">Idlib</tspan><tspan>إدلب</tspan></text>` +
        `<text x="110" y="${110 + LABEL_BASELINES[0]}" text-anchor="start"><tspan font-size="13">Syria</tspan><tspan>سوريا</tspan></text></g></svg>`,
    ).window.document.querySelectorAll('text');
    expect(collisions([...group].map((t) => boxOf(t, 'en')))).toEqual([[0, 1]]);
  });

  it('escapes names from story data (no markup injected into the page)', () => {
    const label: Label = { id: 'region-"x"', name: { en: '<script>alert(1)</script> & co', ar: '"><img src=x onerror=alert(1)>' }, at: [0, 0], kind: 'region' };
    const markup = svgLabels([label], () => ({ x: 200, y: 200 }), { x: 0, y: 0, width: 400, height: 400 });
    expect(markup).not.toMatch(/<script|<img/);
    const doc = new JSDOM(`<svg>${markup}</svg>`).window.document;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('.ism-labels--en tspan')].map((t) => t.textContent);
    expect(texts).toEqual([label.name.en, label.name.ar]);
    expect(doc.querySelector('.ism-labels--en text')!.getAttribute('data-label')).toBe(label.id);
  });

  it.each([
    { rule: '.isnad-static-map .ism-labels--ar{display:none}' },
    { rule: ':root[lang="ar"] .isnad-static-map .ism-labels--ar{display:inline}' },
    { rule: ':root[lang="ar"] .isnad-static-map .ism-labels--en{display:none}' },
    { rule: ':root .has-labels .isnad-static-map g.ism-labels{display:none}' },
    { rule: '.isnad-static-map .ism-label-set--narrow{display:none}' },
    { rule: '@media (max-width: 599.98px){.isnad-static-map .ism-label-set--wide{display:none}.isnad-static-map .ism-label-set--narrow{display:inline}}' },
  ])('the stylesheet has $rule', ({ rule }) => {
    expect(staticMapCss()).toContain(rule);
  });
});
