/**
 * The drawing's region names, written into the SVG at build time: the first paint names the story's
 * regions before any script runs. One group per language, each placed by the same pass as the HTML
 * labels (labelCandidate → placeLabels), for its own estimated text sizes, in the SVG's user units:
 * the names scale with the viewBox, so a placement without collisions at the reference size stays so
 * at any container size. The runtime HTML labels replace them (css.ts hides both groups then).
 *
 * Pure: no DOM. Text is measured by estimate (no fonts at build time), generously.
 */
import type { Lang } from '../../model/format';
import { placeLabels, type Anchor, type Box, type PlacedLabel } from '../../map-model/label-placement';
import { labelCandidate, type Label } from '../../map-model/map-labels';
import { escapeXml } from './escape';

/** As the HTML labels: the name in the reader's language, bold, over the other language's name. */
export const LABEL_FONT = { primary: 13, secondary: 11, lineHeight: 1.2 } as const;
/** Each line's baseline below the box's top: half the leading above, a descender's room below (an em's 0.2 for both). */
export const LABEL_BASELINES = [
  LABEL_FONT.primary * LABEL_FONT.lineHeight - LABEL_FONT.primary * 0.2,
  (LABEL_FONT.primary + LABEL_FONT.secondary) * LABEL_FONT.lineHeight - LABEL_FONT.secondary * 0.2,
] as const;
/** Average advance per character, as a fraction of the font size (Latin bold is the widest we draw). */
const CHAR_WIDTH: Record<Lang, number> = { en: 0.62, ar: 0.6 };
export const LABEL_LANGS: readonly Lang[] = ['en', 'ar'];

const other = (lang: Lang): Lang => (lang === 'en' ? 'ar' : 'en');
const textWidth = (text: string, lang: Lang, size: number) => [...text].length * CHAR_WIDTH[lang] * size;

/**
 * The estimated box of a label's two lines when `lang` is the reader's language, in user units when
 * one user unit shows as `scale` CSS px.
 */
export function estimateLabelSize(label: Pick<Label, 'name'>, lang: Lang, scale = 1): { width: number; height: number } {
  const { primary, secondary, lineHeight } = LABEL_FONT;
  return {
    width: Math.max(textWidth(label.name[lang], lang, primary), textWidth(label.name[other(lang)], other(lang), secondary)) / scale,
    height: ((primary + secondary) * lineHeight) / scale,
  };
}

export interface SvgLabelPlacement extends PlacedLabel {
  label: Label;
}

/**
 * Places the labels for one language; `project` gives a label point in the SVG's user units, shown as
 * `scale` CSS px each. Figure circles are drawn at a fixed size in CSS px: in user units they grow as the scale shrinks.
 */
export function placeSvgLabels(
  labels: readonly Label[],
  project: (at: [number, number]) => { x: number; y: number },
  lang: Lang,
  bounds: Box,
  scale = 1,
  circleScale = scale,
): SvgLabelPlacement[] {
  const byId = new Map(labels.map((label) => [label.id, label]));
  const candidates = labels.map((label) =>
    labelCandidate(label.circle ? { ...label, circle: label.circle / circleScale } : label, project(label.at), estimateLabelSize(label, lang, scale), null, lang),
  );
  return placeLabels(candidates, { bounds, gap: 2 }).map((placed) => ({ ...placed, label: byId.get(placed.id)! }));
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** Which edge of the box the text is tied to, so the real text (narrower or wider than estimated) grows away from its point. */
function edge(anchor: Anchor): 'left' | 'middle' | 'right' {
  if (anchor === 'left' || anchor === 'top-left' || anchor === 'bottom-left') return 'left';
  if (anchor === 'right' || anchor === 'top-right' || anchor === 'bottom-right') return 'right';
  return 'middle';
}

/** `<text>` for one placed label; text-anchor is relative to the group's direction (start is the right edge in rtl). */
function textElement(placed: SvgLabelPlacement, lang: Lang, scale: number): string {
  const { box, label } = placed;
  const [primary, secondary] = [LABEL_FONT.primary / scale, LABEL_FONT.secondary / scale];
  const side = edge(placed.anchor);
  const x = side === 'left' ? box.x : side === 'right' ? box.x + box.width : box.x + box.width / 2;
  const rtl = lang === 'ar';
  const textAnchor = side === 'middle' ? 'middle' : (side === 'left') !== rtl ? 'start' : 'end';
  const first = box.y + LABEL_BASELINES[0] / scale;
  const second = box.y + LABEL_BASELINES[1] / scale;
  const secondLang = other(lang);
  return (
    `<text data-label="${escapeXml(label.id)}" x="${num(x)}" y="${num(first)}" text-anchor="${textAnchor}">` +
    `<tspan font-weight="700" font-size="${num(primary)}">${escapeXml(label.name[lang])}</tspan>` +
    `<tspan lang="${secondLang}" font-size="${num(secondary)}" x="${num(x)}" y="${num(second)}" fill-opacity="0.8">${escapeXml(label.name[secondLang])}</tspan>` +
    '</text>'
  );
}

export const LABEL_COLOURS = { text: '#2b2b2b', halo: '#ffffff' } as const;

/**
 * Both language groups of the drawing's names, as SVG markup (empty without labels), placed for text
 * shown at `scale` CSS px per user unit.
 */
export function svgLabels(
  labels: readonly Label[],
  project: (at: [number, number]) => { x: number; y: number },
  bounds: Box,
  scale = 1,
  circleScale = scale,
): string {
  if (labels.length === 0) return '';
  return LABEL_LANGS.map((lang) => {
    const placed = placeSvgLabels(labels, project, lang, bounds, scale, circleScale);
    const dir = lang === 'ar' ? ' direction="rtl"' : '';
    return (
      `<g class="ism-labels ism-labels--${lang}" lang="${lang}"${dir} fill="${LABEL_COLOURS.text}" stroke="${LABEL_COLOURS.halo}" stroke-width="${num(3 / scale)}"` +
      ` stroke-linejoin="round" stroke-opacity="0.85" paint-order="stroke" pointer-events="none" aria-hidden="true">` +
      placed.map((p) => textElement(p, lang, scale)).join('') +
      '</g>'
    );
  }).join('');
}

/**
 * The 'bounds' fit shows the viewBox at the container's scale: 1 at the reference size, about half
 * on a phone, where names placed for the reference size would be a few px tall and under the
 * (fixed-size) figure circles. A second pair of groups is placed for a narrow map, shown below
 * NARROW_BREAKPOINT (css.ts): its names are sized for a NARROW_MAP_WIDTH map (larger in user units,
 * fewer fit), and kept clear of the circles as drawn on the narrowest map (NARROWEST_MAP_WIDTH).
 */
export const NARROW_MAP_WIDTH = 480;
export const NARROWEST_MAP_WIDTH = 320;
export const NARROW_BREAKPOINT = 600;

export function svgLabelSets(
  labels: readonly Label[],
  project: (at: [number, number]) => { x: number; y: number },
  bounds: Box,
  narrow: { scale: number; circleScale: number } | null,
): string {
  if (labels.length === 0) return '';
  const wide = svgLabels(labels, project, bounds);
  if (narrow === null) return wide;
  const small = svgLabels(labels, project, bounds, narrow.scale, narrow.circleScale);
  return `<g class="ism-label-set ism-label-set--wide">${wide}</g><g class="ism-label-set ism-label-set--narrow">${small}</g>`;
}

export type { Label };
