/**
 * A region's headline in a line: its own casualty and displacement figures; else those of facts that
 * concern it but happened elsewhere, with their place; else the categories it has. Never "N facts",
 * which tells a reader nothing. Read by the region chips and the map's tooltip.
 */
import { categoryName, kindName, strings } from '../i18n';
import { formatFigure, type Lang } from '../model/format';
import type { Figure } from '../model/rollup';
import type { StoryModel } from '../model/story';
import { CATEGORY_ORDER, HEADLINE_CATEGORIES, figurePlaces } from '../popup/popup-model';

const isHeadline = (f: Figure) => HEADLINE_CATEGORIES.includes(f.category);

export function regionHeadline(model: StoryModel, region: string, lang: Lang): string {
  const facts = model.regionFacts.get(region);
  if (!facts) return '';
  const own = facts.figures.filter(isHeadline);
  if (own.length > 0) return own.map((f) => formatFigure(f, f.unit, kindName(f.kind, lang), lang)).join(' · ');
  const elsewhere = facts.relatedFigures.filter(isHeadline);
  if (elsewhere.length > 0) {
    return elsewhere.map((f) => `${formatFigure(f, f.unit, kindName(f.kind, lang), lang)} (${strings[lang].where}: ${figurePlaces(f, model, lang)})`).join(' · ');
  }
  const categories = new Set([...facts.here, ...facts.related].map((f) => f.category));
  return CATEGORY_ORDER.filter((c) => categories.has(c)).map((c) => categoryName(c, lang)).join(' · ');
}
