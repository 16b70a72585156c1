/**
 * The drawing's stylesheet: its palette rules and the layout of the 'bounds' fit.
 * Served from a file (the app's CSP forbids inline styles).
 */
import { palettes, type Palette } from '../../map-model/paint';
import type { Padding } from './projection';
import { NARROW_BREAKPOINT } from './labels';


/** The SVG root's class; `staticMapCss` scopes its rules under it. */
export const STATIC_MAP_CLASS = 'isnad-static-map';

/*
 * The app runs under `style-src 'self'` (docs/csp.md): no `<style>` element and no `style` attribute may
 * appear in its markup. The SVG therefore carries its paint as presentation attributes (which CSP does not
 * govern), in one palette; any rule of a stylesheet overrides them, which is how `staticMapCss` adds the
 * dark palette and the layout of the 'bounds' fit from a same-origin stylesheet.
 */

export function paletteRules(p: Palette, scope: string): string {
  return [
    `${scope} .ism-sea{fill:${p.sea}}`,
    `${scope} .ism-land{fill:${p.land}}`,
    `${scope} .ism-gov{stroke:${p.governorate}}`,
    `${scope} .ism-border{stroke:${p.landStroke}}`,
    `${scope} .ism-fills{fill:${p.region}}`,
    `${scope} .ism-lines{stroke:${p.regionStroke}}`,
    `${scope} .ism-hatch-stripe{fill:${p.hatch}}`,
    `${scope} .ism-figures{fill:${p.killed};stroke:${p.killedStroke}}`,
    `${scope} .ism-dot{stroke:${p.killed}}`,
    `${scope} .ism-dot-ring{stroke:${p.killedStroke}}`,
  ].join('');
}

const px = (n: number) => `${Math.round(n * 1000) / 1000}px`;

/**
 * A stylesheet for the static map (serve it from a file: CSP forbids inline styles):
 * - the dark palette under `prefers-color-scheme: dark`, exactly when MapView picks it (the SVG's own
 *   attributes carry the light one);
 * - the layout of the 'bounds' fit: the SVG inset by MapLibre's padding, content past the viewBox visible;
 * - the drawing's names: only the document language's group, and none once the runtime labels exist.
 * The staticMapPlugin serves it as `virtual:isnad-static-map.css`.
 */
export function staticMapCss(options: { dark?: Palette; padding?: Padding; scope?: string } = {}): string {
  const scope = options.scope ?? `.${STATIC_MAP_CLASS}`;
  const p = options.padding ?? 12;
  const pad = typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p;
  return [
    `${scope}{display:block}`,
    `${scope}.${STATIC_MAP_CLASS}--bounds{position:absolute;left:${px(pad.left)};top:${px(pad.top)};` +
      `width:calc(100% - ${px(pad.left + pad.right)});height:calc(100% - ${px(pad.top + pad.bottom)});overflow:visible}`,
    // The drawing's names (labels.ts): the group of the document's language, until the runtime labels exist.
    `${scope} .ism-labels--ar{display:none}`,
    `:root[lang="ar"] ${scope} .ism-labels--ar{display:inline}`,
    `:root[lang="ar"] ${scope} .ism-labels--en{display:none}`,
    `:root .has-labels ${scope} g.ism-labels{display:none}`,
    `${scope} .ism-label-set--narrow{display:none}`,
    `@media (max-width: ${NARROW_BREAKPOINT - 0.02}px){${scope} .ism-label-set--wide{display:none}${scope} .ism-label-set--narrow{display:inline}}`,
    `${scope} .ism-labels{fill:var(--label,#2b2b2b);stroke:var(--halo,#fff)}`,
    `@media (prefers-color-scheme: dark){${paletteRules(options.dark ?? palettes.dark, scope)}}`,
  ].join('\n');
}

