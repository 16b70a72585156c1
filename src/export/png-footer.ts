/**
 * What the PNG says under its map, decided without a canvas: the story's title, a legend that
 * states the figures the marks encode ("Killed (circle area): at least 54 Turkish soldiers in
 * Idlib"), a key for the selection's blue only when a region is selected (the picture shows it
 * then), and the credit line (src/credit). Then the layout: lines wrapped to the picture's width
 * by a measuring function (the canvas's measureText in the browser, a fake one in tests), and the
 * band's height, which the picture's size includes.
 */
import { creditLine, creditTexts, CREDIT_SEPARATOR } from '../credit/credit';
import { formatAmount, unitPhrase, type Amount, type Lang } from '../model/format';
import type { StoryModel } from '../model/story';
import { DISPLACED_KINDS, mapFigures } from '../map-model/figures';

const FSI = '\u2068';
const PDI = '\u2069';
/** A story value inside interface words: isolated, so its direction cannot reorder theirs. */
const iso = (text: string) => `${FSI}${text}${PDI}`;

export type LegendKey = 'killed' | 'displaced' | 'selected';

export interface LegendEntry {
  key: LegendKey;
  text: string;
}

export interface FooterModel {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  title: string;
  legend: LegendEntry[];
  /** The credit line's parts as plain text (the original's address written out: a picture has no links). */
  credit: string[];
}

const words: Record<Lang, { killed: string; displaced: string; selected: string; in: (place: string) => string; list: string }> = {
  en: { killed: 'Killed (circle area)', displaced: 'Displaced (hatched)', selected: 'Selected region', in: (place) => ` in ${place}`, list: '; ' },
  ar: { killed: 'القتلى (مساحة الدائرة)', displaced: 'النزوح (مظلل)', selected: 'المنطقة المختارة', in: (place) => ` في ${place}`, list: '؛ ' },
};

interface CountedFact {
  kind: string;
  region: string;
  partOf?: unknown;
  quantity?: (Amount & { unit: { ar: string; en: string } }) | undefined;
}

/**
 * The figure a region's own facts of some kinds give, as the map counts it: facts that are part of
 * another never added; of several units, the largest total; one fact keeps its own wording
 * ("thousands", "about 300"), several add up to "at least" their sum.
 */
function regionFigure(facts: readonly CountedFact[], region: string, kinds: (kind: string) => boolean, lang: Lang): string | null {
  const own = facts.filter((f) => f.region === region && kinds(f.kind) && !f.partOf && f.quantity && typeof f.quantity.min === 'number');
  if (own.length === 0) return null;
  const byUnit = new Map<string, CountedFact[]>();
  for (const fact of own) {
    const key = fact.quantity!.unit.en;
    byUnit.set(key, [...(byUnit.get(key) ?? []), fact]);
  }
  const total = (group: CountedFact[]) => group.reduce((sum, f) => sum + f.quantity!.min!, 0);
  const group = [...byUnit.values()].reduce((best, next) => (total(next) > total(best) ? next : best));
  const amount: Amount = group.length === 1 ? group[0]!.quantity! : { min: total(group), max: null, qualifier: 'at-least' };
  return `${formatAmount(amount, lang)} ${unitPhrase(amount, group[0]!.quantity!.unit, lang)}`;
}

export function pngFooterModel(model: StoryModel, lang: Lang, selected: string | null): FooterModel {
  const w = words[lang];
  const figures = mapFigures(model);
  const name = (id: string) => model.regionIndex.get(id)?.name[lang] ?? id;
  const legend: LegendEntry[] = [];
  const killed = figures.circles.flatMap((c) => {
    const figure = regionFigure(model.facts, c.region, (kind) => kind === 'killed', lang);
    return figure ? [`${iso(figure)}${w.in(iso(name(c.region)))}`] : [];
  });
  if (killed.length > 0) legend.push({ key: 'killed', text: `${w.killed}: ${killed.join(w.list)}` });
  const displaced = figures.hatchedRegionIds.map((id) => {
    const figure = regionFigure(model.facts, id, (kind) => DISPLACED_KINDS.has(kind), lang);
    return figure ? `${iso(figure)}${w.in(iso(name(id)))}` : iso(name(id));
  });
  if (displaced.length > 0) legend.push({ key: 'displaced', text: `${w.displaced}: ${displaced.join(w.list)}` });
  if (selected !== null && model.regionFacts.has(selected)) legend.push({ key: 'selected', text: `${w.selected}: ${iso(name(selected))}` });
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    title: model.story.title[lang],
    legend,
    credit: creditTexts(creditLine(model.story, lang), { withUrl: true }),
  };
}

export const PNG_SCALE = 2;

/** The PNG's size for a map of the given CSS size and a footer band of the given height. */
export function pngSize(width: number, height: number, footerHeight: number): { width: number; height: number } {
  return { width: Math.round(width * PNG_SCALE), height: Math.round((height + footerHeight) * PNG_SCALE) };
}

/** Fonts and spacing of the band, in CSS pixels. */
export const FOOTER_STYLE = {
  padding: 12,
  swatch: 20,
  title: { font: 'bold 14px system-ui, sans-serif', lineHeight: 20 },
  legend: { font: '12px system-ui, sans-serif', lineHeight: 18 },
  credit: { font: '11px system-ui, sans-serif', lineHeight: 16 },
  gap: 6,
} as const;

export type Measure = (text: string, font: string) => number;

export interface FooterLine {
  kind: 'title' | 'legend' | 'credit';
  text: string;
  font: string;
  /** The legend key drawn before the first line of an entry. */
  key?: LegendKey;
  /** Indent from the start edge (legend lines make room for their key). */
  indent: number;
  /** Baseline, from the top of the band. */
  baseline: number;
}

export interface FooterLayout {
  lines: FooterLine[];
  height: number;
}

/** A piece of text and what joins it to the piece before it on the same line. */
export interface Token {
  text: string;
  before: string;
}

/** Greedy wrapping of tokens to `width`; a line never starts with a joiner. */
export function wrap(tokens: readonly Token[], width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line === '' ? token.text : `${line}${token.before}${token.text}`;
    if (line !== '' && measure(next) > width) {
      lines.push(line);
      line = token.text;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Words joined by spaces. */
const words_ = (text: string): Token[] => text.split(' ').map((word) => ({ text: word, before: ' ' }));

/** A run with no spaces (an address) cut where it must be to fit. */
function cut(text: string, width: number, measure: (text: string) => number): Token[] {
  const tokens: Token[] = [];
  let piece = '';
  for (const char of text) {
    if (piece !== '' && measure(piece + char) > width) {
      tokens.push({ text: piece, before: '' });
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') tokens.push({ text: piece, before: '' });
  return tokens;
}

export function layoutFooter(footer: FooterModel, width: number, measure: Measure): FooterLayout {
  const s = FOOTER_STYLE;
  const inner = Math.max(40, width - 2 * s.padding);
  const lines: FooterLine[] = [];
  let y = s.padding;
  const add = (kind: FooterLine['kind'], text: string, style: { font: string; lineHeight: number }, indent = 0, key?: LegendKey) => {
    // The baseline sits about a quarter of the line height above its bottom.
    lines.push({ kind, text, font: style.font, indent, baseline: y + Math.round(style.lineHeight * 0.75), ...(key ? { key } : {}) });
    y += style.lineHeight;
  };
  for (const text of wrap(words_(footer.title), inner, (t) => measure(t, s.title.font))) add('title', text, s.title);
  y += s.gap / 2;
  for (const entry of footer.legend) {
    wrap(words_(entry.text), inner - s.swatch, (t) => measure(t, s.legend.font)).forEach((text, i) => add('legend', text, s.legend, s.swatch, i === 0 ? entry.key : undefined));
  }
  y += s.gap / 2;
  // The credit breaks between its parts first; a part too long for a line (an address) between its words, then anywhere.
  const creditWidth = (t: string) => measure(t, s.credit.font);
  const tokens = footer.credit.flatMap((part, i): Token[] => {
    const before = i === 0 ? '' : CREDIT_SEPARATOR;
    if (creditWidth(part) <= inner) return [{ text: part, before }];
    const inside = words_(part).flatMap((word) => (creditWidth(word.text) > inner ? cut(word.text, inner, creditWidth).map((t, k) => (k === 0 ? { ...t, before: word.before } : t)) : [word]));
    return inside.map((token, j) => (j === 0 ? { ...token, before } : token));
  });
  for (const text of wrap(tokens, inner, creditWidth)) add('credit', text, s.credit);
  return { lines, height: Math.ceil(y + s.padding - 4) };
}
