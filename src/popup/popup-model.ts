/**
 * What a region's popup says, worked out from the model without any DOM.
 *
 * It leads with the story: the region's headline figures — casualties and
 * displacement — then those facts, including the ones that concern the region
 * but happened elsewhere (Turkey: the Turkish soldiers killed in Idlib), each
 * with its place and its sentence. The other categories (military, diplomacy,
 * politics) follow, grouped, for the popup to show collapsed.
 *
 * A region may hold tens of thousands of facts while a reader sees a few dozen:
 * the groups list fact ids, and a fact's view is made when it is first shown,
 * from the model's indexes only (no scan of the story per fact).
 */
import { formatAmount, formatTime, unitPhrase, type Lang } from '../model/format';
import type { Figure } from '../model/rollup';
import type { Category, Fact } from '../model/schema';
import type { StoryModel } from '../model/story';
import { categoryName, kindName, roleName, strings } from '../i18n';
import { excerptAround, type QuoteExcerpt } from './quote';

export const CATEGORY_ORDER = ['casualties', 'displacement', 'military', 'diplomacy', 'politics'] as const;

export interface FactView {
  id: string;
  /** The fact's category: the casualty colour is for casualties only. */
  category: string;
  /** "at least 54" / "54 على الأقل"; null for facts without a number. */
  amount: string | null;
  /** What is counted, in the interface language. */
  unit: string | null;
  kind: string;
  summary: string;
  when: string | null;
  /** Why the date is inferred, when it is, in the reader's language. */
  inferred: string | null;
  /** Sentences such as "34 of them in …" or "part of: at least 54 …". */
  relations: RelationView[];
  /** Where the fact happened, when it is not the popup's region. */
  place: string | null;
  roles: string[];
  /** The quote in its sentence, shortened around the quote when the sentence is long. */
  sentence: QuoteExcerpt;
  sentenceIndex: number;
  translation: string;
  sentenceTranslation: string;
  /** The team's notes, in the reader's language. */
  notes: string[];
}

export interface RelationView {
  /** "Part of" / "Includes", in the reader's language. */
  label: string;
  /** The other fact's summary, in the reader's language. */
  text: string;
  fact: string;
  /** Why the link is inferred, when the article does not say it, in the reader's language. */
  inferred: string | null;
}

export interface CategoryGroup {
  category: string;
  title: string;
  /** Ids of the group's facts, in article order; `PopupView.fact` gives each one's view. */
  facts: readonly string[];
}

export interface FigureView {
  /** Only casualties are drawn in the death-toll red. */
  category: Category;
  amount: string;
  unit: string;
  kind: string;
  /** For a figure of facts that happened elsewhere: the regions where they did. */
  where: string | null;
  /** Figures inside this total that are not added again (parts of a counted figure). */
  included: { fact: string; amount: string }[];
}

export interface PopupView {
  region: string;
  name: { ar: string; en: string };
  /** Casualty and displacement facts: here first, then those that happened elsewhere; by place in the article. */
  headline: CategoryGroup[];
  /** The other categories, in the same order, for a collapsed "more" section. */
  others: CategoryGroup[];
  figures: FigureView[];
  /** Headline figures of facts that happened elsewhere, with where they happened. */
  relatedFigures: FigureView[];
  empty: boolean;
  /** The view of one of the popup's facts, made once when first asked for. */
  fact: (id: string) => FactView;
}

function relations(fact: Fact, model: StoryModel, lang: Lang): RelationView[] {
  const out: RelationView[] = [];
  const whole = fact.partOf ? model.factById.get(fact.partOf.fact) : undefined;
  // The summaries already carry the figures, so the relation only names itself.
  if (whole) out.push({ fact: whole.id, label: strings[lang].partOf, text: whole.summary[lang], inferred: fact.partOf?.inferred?.reason[lang] ?? null });
  for (const part of model.partsOf.get(fact.id) ?? []) {
    out.push({ fact: part.id, label: strings[lang].includes, text: part.summary[lang], inferred: part.partOf?.inferred?.reason[lang] ?? null });
  }
  return out;
}

export function factView(fact: Fact, model: StoryModel, lang: Lang, region: string): FactView {
  const sentence = model.sentenceOfFact.get(fact.id)!;
  const { start, end } = fact.target.selector[1];
  const place = fact.region === region ? null : (model.regionIndex.get(fact.region)?.name[lang] ?? fact.region);
  return {
    id: fact.id,
    category: fact.category,
    amount: fact.quantity ? formatAmount(fact.quantity, lang) : null,
    unit: fact.quantity ? unitPhrase(fact.quantity, fact.quantity.unit, lang) : null,
    kind: kindName(fact.kind, lang),
    summary: fact.summary[lang],
    when: fact.time ? formatTime(fact.time, lang) || null : null,
    inferred: fact.time?.inferred?.reason[lang] ?? null,
    relations: relations(fact, model, lang),
    place,
    roles: (fact.related ?? []).filter((r) => r.region === region).map((r) => roleName(r.role, lang)),
    sentence: excerptAround(model.articleIndex, sentence, { start, end }),
    sentenceIndex: sentence.index,
    translation: fact.translation,
    sentenceTranslation: sentence.en,
    notes: (fact.notes ?? []).map((note) => note[lang]),
  };
}

export const HEADLINE_CATEGORIES: readonly string[] = ['casualties', 'displacement'];

/**
 * Facts by category, in CATEGORY_ORDER; within one, those that happened here first; a whole before
 * the facts that are part of it (the 54 killed since February before the 34 of one strike); then by
 * place in the article.
 */
function groups(here: readonly Fact[], related: readonly Fact[], categories: readonly string[], lang: Lang): CategoryGroup[] {
  const byCategory = new Map<string, Fact[]>(categories.map((c) => [c, []]));
  const shown = new Set([...here, ...related].map((f) => f.id));
  const isPart = (f: Fact) => (f.partOf && shown.has(f.partOf.fact) ? 1 : 0);
  const order = (facts: readonly Fact[]) => [...facts].sort((a, b) => isPart(a) - isPart(b) || a.target.selector[1].start - b.target.selector[1].start);
  for (const fact of [...order(here), ...order(related)]) byCategory.get(fact.category)?.push(fact);
  return CATEGORY_ORDER.filter((c) => categories.includes(c))
    .map((category) => ({ category, title: categoryName(category, lang), facts: byCategory.get(category)!.map((f) => f.id) }))
    .filter((g) => g.facts.length > 0);
}

/** Where the facts a figure counts happened, as region names in the reader's language ("Idlib"). */
export function figurePlaces(figure: Figure, model: StoryModel, lang: Lang): string {
  const names = [...new Set(figure.counted.map((f) => model.regionIndex.get(f.region)?.name[lang] ?? f.region))];
  return names.join(lang === 'ar' ? '، ' : ', ');
}

function figureView(figure: Figure, lang: Lang, model: StoryModel | null = null): FigureView {
  return {
    category: figure.category,
    amount: formatAmount(figure, lang),
    unit: unitPhrase(figure, figure.unit, lang),
    kind: kindName(figure.kind, lang),
    // Where a figure of another region's facts happened: "in Idlib".
    where: model ? figurePlaces(figure, model, lang) || null : null,
    included: figure.included.map((f) => ({ fact: f.id, amount: formatAmount(f.quantity!, lang) })),
  };
}

export function popupView(model: StoryModel, region: string, lang: Lang): PopupView | null {
  const info = model.regionIndex.get(region);
  const facts = model.regionFacts.get(region);
  if (!info || !facts) return null;
  const isHeadline = (f: Figure) => HEADLINE_CATEGORIES.includes(f.category);
  const views = new Map<string, FactView>();
  const fact = (id: string): FactView => {
    let view = views.get(id);
    if (!view) views.set(id, (view = factView(model.factById.get(id)!, model, lang, region)));
    return view;
  };
  return {
    region,
    name: info.name,
    headline: groups(facts.here, facts.related, HEADLINE_CATEGORIES, lang),
    others: groups(facts.here, facts.related, CATEGORY_ORDER.filter((c) => !HEADLINE_CATEGORIES.includes(c)), lang),
    figures: facts.figures.filter(isHeadline).map((f) => figureView(f, lang)),
    relatedFigures: facts.relatedFigures.filter(isHeadline).map((f) => figureView(f, lang, model)),
    empty: facts.here.length === 0 && facts.related.length === 0,
    fact,
  };
}
