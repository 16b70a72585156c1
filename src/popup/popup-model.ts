/**
 * What a region's popup says, worked out from the model without any DOM:
 * its facts grouped by category (casualties and displacement first), each with
 * its figure in words, its date, its relation to other facts and its sentence.
 */
import { formatAmount, formatTime, unitPhrase, type Lang } from '../model/format';
import type { Figure } from '../model/rollup';
import type { Fact } from '../model/schema';
import type { StoryModel } from '../model/story';
import { categoryName, kindName, roleName, strings } from '../i18n';
import { markQuote, type MarkedSentence } from './quote';

export const CATEGORY_ORDER = ['casualties', 'displacement', 'military', 'diplomacy', 'politics'] as const;

export interface FactView {
  id: string;
  /** "at least 54" / "54 على الأقل"; null for facts without a number. */
  amount: string | null;
  /** What is counted, in the interface language. */
  unit: string | null;
  kind: string;
  summary: string;
  when: string | null;
  /** Why the date is inferred, when it is. */
  inferred: string | null;
  /** Sentences such as "34 of them in …" or "part of: at least 54 …". */
  relations: { text: string; fact: string }[];
  /** Where the fact happened, when it is not the popup's region. */
  place: string | null;
  roles: string[];
  sentence: MarkedSentence;
  sentenceIndex: number;
  translation: string;
  sentenceTranslation: string;
  notes: string[];
}

export interface CategoryGroup {
  category: string;
  title: string;
  facts: FactView[];
}

export interface FigureView {
  amount: string;
  unit: string;
  kind: string;
  /** Figures inside this total that are not added again (parts of a counted figure). */
  included: { fact: string; amount: string }[];
}

export interface PopupView {
  region: string;
  name: { ar: string; en: string };
  here: CategoryGroup[];
  related: CategoryGroup[];
  figures: FigureView[];
  relatedFigures: FigureView[];
  empty: boolean;
}

function relations(fact: Fact, model: StoryModel, lang: Lang): { text: string; fact: string }[] {
  const out: { text: string; fact: string }[] = [];
  const whole = fact.partOf ? model.factById.get(fact.partOf.fact) : undefined;
  // The summaries already carry the figures, so the relation only names itself.
  if (whole) out.push({ fact: whole.id, text: `${strings[lang].partOf}: ${whole.summary[lang]}` });
  for (const part of model.facts.filter((f) => f.partOf?.fact === fact.id)) {
    out.push({ fact: part.id, text: `${strings[lang].includes}: ${part.summary[lang]}` });
  }
  return out;
}

export function factView(fact: Fact, model: StoryModel, lang: Lang, region: string): FactView {
  const sentence = model.sentenceOfFact.get(fact.id)!;
  const { start, end } = fact.target.selector[1];
  const place = fact.region === region ? null : (model.regionIndex.get(fact.region)?.name[lang] ?? fact.region);
  return {
    id: fact.id,
    amount: fact.quantity ? formatAmount(fact.quantity, lang) : null,
    unit: fact.quantity ? unitPhrase(fact.quantity, fact.quantity.unit, lang) : null,
    kind: kindName(fact.kind, lang),
    summary: fact.summary[lang],
    when: fact.time ? formatTime(fact.time, lang) || null : null,
    inferred: fact.time?.inferred?.reason ?? null,
    relations: relations(fact, model, lang),
    place,
    roles: (fact.related ?? []).filter((r) => r.region === region).map((r) => roleName(r.role, lang)),
    sentence: markQuote(sentence.text, start - sentence.start, end - sentence.start),
    sentenceIndex: sentence.index,
    translation: fact.translation,
    sentenceTranslation: sentence.en,
    notes: fact.notes ?? [],
  };
}

function groups(facts: readonly Fact[], model: StoryModel, lang: Lang, region: string): CategoryGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    title: categoryName(category, lang),
    facts: facts
      .filter((f) => f.category === category)
      .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
      .map((f) => factView(f, model, lang, region)),
  })).filter((g) => g.facts.length > 0);
}

function figureView(figure: Figure, lang: Lang): FigureView {
  return {
    amount: formatAmount(figure, lang),
    unit: unitPhrase(figure, figure.unit, lang),
    kind: kindName(figure.kind, lang),
    included: figure.included.map((f) => ({ fact: f.id, amount: formatAmount(f.quantity!, lang) })),
  };
}

export function popupView(model: StoryModel, region: string, lang: Lang): PopupView | null {
  const info = model.regionIndex.get(region);
  const facts = model.regionFacts.get(region);
  if (!info || !facts) return null;
  const isHeadline = (f: Figure) => f.category === 'casualties' || f.category === 'displacement';
  return {
    region,
    name: info.name,
    here: groups(facts.here, model, lang, region),
    related: groups(facts.related, model, lang, region),
    figures: facts.figures.filter(isHeadline).map((f) => figureView(f, lang)),
    relatedFigures: facts.relatedFigures.filter(isHeadline).map((f) => figureView(f, lang)),
    empty: facts.here.length === 0 && facts.related.length === 0,
  };
}
