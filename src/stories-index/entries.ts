/**
 * The list of published stories (stories.html): for each story the build
 * sealed, its title, outlet, date, regions and headline figures, a link to its
 * map and its embed code. Pure: the page fetches, this decides what is shown.
 */
import { embedSnippet } from '../embed/snippet';
import { kindName } from '../i18n';
import { formatDate, formatFigure, type Lang } from '../model/format';
import type { Fact, StoryFile } from '../model/schema';

/** Headline figures are the story's own tolls: casualties and displacement. */
const HEADLINE = new Set(['casualties', 'displacement']);
const MAX_HEADLINES = 3;

/** A text in both interface languages. */
export interface Bilingual {
  en: string;
  ar: string;
}

export interface StoryEntry {
  id: string;
  title: { ar: string; en: string };
  outlet: string | null;
  /** The article's date in words, or null when the article states none. */
  date: Bilingual | null;
  regions: Bilingual[];
  headlines: Bilingual[];
  /** The map, relative to the page, opening in each language. */
  mapHref: Bilingual;
  embedCode: Bilingual;
}

/** A story with a draft or an English text still to write is never listed (the build leaves it out too). */
export function isFinished(story: StoryFile, facts: readonly Fact[]): boolean {
  return (
    story.title.en.trim() !== '' &&
    story.sentences.every((s) => s.en.trim() !== '') &&
    facts.every((f) => f.draft !== true && f.summary.en.trim() !== '' && f.translation.trim() !== '')
  );
}

/**
 * The figures a reader sees first: casualty and displacement counts that are
 * not part of another (never the same people twice), in the article's order,
 * since a report leads with its news (a war's toll of years comes later).
 */
export function headlineFigures(facts: readonly Fact[], lang: Lang = 'en'): string[] {
  return facts
    .filter((f): f is Fact & { quantity: NonNullable<Fact['quantity']> } => HEADLINE.has(f.category) && !!f.quantity && !f.partOf)
    .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
    .slice(0, MAX_HEADLINES)
    .map((f) => formatFigure(f.quantity, f.quantity.unit, kindName(f.kind, lang), lang));
}

const both = <T>(make: (lang: Lang) => T): { en: T; ar: T } => ({ en: make('en'), ar: make('ar') });

export function storyEntry(story: StoryFile, facts: readonly Fact[], regionName: (id: string) => Bilingual, base: URL): StoryEntry {
  const search = `?story=${encodeURIComponent(story.id)}`;
  const headlines = both((lang) => headlineFigures(facts, lang));
  return {
    id: story.id,
    title: story.title,
    outlet: story.article.publisher ?? null,
    date: story.published ? both((lang) => formatDate(story.published!, lang)) : null,
    regions: story.regions.map(regionName),
    headlines: headlines.en.map((en, i) => ({ en, ar: headlines.ar[i]! })),
    // The app's own language link (#lang=ar); English is its default.
    mapHref: { en: `index.html${search}`, ar: `index.html${search}#lang=ar` },
    embedCode: both((lang) => embedSnippet({ base, search, state: lang === 'ar' ? { lang } : {}, title: lang === 'ar' ? `خريطة: ${story.title.ar}` : `Map: ${story.title.en}` })),
  };
}

/** Newest first; stories with no date after the dated ones, then by title. */
export function byDate(a: { published?: string; title: { en: string } }, b: { published?: string; title: { en: string } }): number {
  if (a.published !== b.published) return (b.published ?? '').localeCompare(a.published ?? '');
  return a.title.en.localeCompare(b.title.en);
}
