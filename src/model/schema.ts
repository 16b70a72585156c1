/**
 * The story format: the schema *is* the type.
 *
 * A story is a folder with `article.txt` (the archived source, never edited),
 * `story.json` (what the story is and how to show it) and `facts.json` (the
 * figures and events, each tied to its exact span of the article). Every object
 * is strict: an unknown field is an error, so a typo never passes silently.
 * Cross-file rules (offsets, hashes, ids, numbers) live in `validate.ts`.
 */
import * as v from 'valibot';
import { FILE_NAME_PATTERN, ID_PATTERN, MAX_ID_LENGTH } from './ids';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * An ISO 8601 calendar date at the precision the article supports: YYYY,
 * YYYY-MM or YYYY-MM-DD, and a day that exists (valibot's isoDate accepts 2020-02-31).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'a kebab-case id (lowercase letters, digits and single hyphens)'),
  // Longer ids could not travel in a link (#fact=…) or an embed message.
  v.maxLength(MAX_ID_LENGTH, `an id of at most ${MAX_ID_LENGTH} characters`),
);
const FileName = v.pipe(v.string(), v.regex(FILE_NAME_PATTERN, 'a plain file name inside the story folder (e.g. article.txt)'));
/** Only links a reader can safely follow. */
const WebUrl = v.pipe(v.string(), v.url('a URL'), v.regex(/^https?:\/\//i, 'an http or https URL'));
/** A count of people (or of anything): whole and finite, even with an override. */
const Count = v.pipe(v.number(), v.integer('a whole, finite number'), v.minValue(0, 'a count ≥ 0'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('a non-empty string'));
const IsoDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar"),
);
const Bilingual = v.strictObject({ ar: NonEmpty, en: NonEmpty });
/**
 * Text the team writes for readers (notes, reasons): shown in the reader's
 * language, so written in both. Order en, ar as an author writes them.
 */
export const TeamText = v.strictObject({ en: NonEmpty, ar: NonEmpty });
const Offset = v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'an offset ≥ 0'));

const LonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180, 'a longitude ≥ -180'), v.maxValue(180, 'a longitude ≤ 180')),
  v.pipe(v.number(), v.minValue(-85, 'a latitude ≥ -85'), v.maxValue(85, 'a latitude ≤ 85')),
]);

/** Why a value is not what the article says outright, in both languages. */
export const Inference = v.strictObject({ reason: TeamText });

export const CATEGORIES = ['casualties', 'displacement', 'military', 'diplomacy', 'politics'] as const;
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'at-most', 'vague'] as const;

export const Quantity = v.strictObject({
  min: v.nullable(Count),
  max: v.nullable(Count),
  qualifier: v.picklist(QUALIFIERS, `one of ${QUALIFIERS.join(', ')}`),
  /** The exact substring of the article that states the figure. */
  text: NonEmpty,
  /** What is counted, e.g. {ar: "جندياً تركياً", en: "Turkish soldiers"}. */
  unit: Bilingual,
});

export const FactTime = v.strictObject({
  /** A single day, or a range with start and/or end. */
  date: v.optional(IsoDate),
  start: v.optional(IsoDate),
  end: v.optional(IsoDate),
  /** The article's own words for the time, verbatim. */
  stated: v.optional(NonEmpty),
  /** Present when the date is not written in the article (e.g. the year). */
  inferred: v.optional(Inference),
});

export const TextQuoteSelector = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.nonEmpty('a non-empty quote')),
  prefix: v.string(),
  suffix: v.string(),
});

export const TextPositionSelector = v.strictObject({
  type: v.literal('TextPositionSelector'),
  start: Offset,
  end: Offset,
});

/** A W3C Web Annotation target: the quote, found both by text and by position. */
export const Target = v.strictObject({
  source: NonEmpty,
  selector: v.tuple([TextQuoteSelector, TextPositionSelector]),
});

export const RelatedRegion = v.strictObject({
  region: Id,
  /** How the region is concerned, e.g. "casualties-nationality". */
  role: Id,
});

export const Fact = v.strictObject({
  id: Id,
  category: v.picklist(CATEGORIES, `one of ${CATEGORIES.join(', ')}`),
  kind: Id,
  /** Where it happened. */
  region: Id,
  related: v.optional(v.array(RelatedRegion)),
  origin: v.optional(Id),
  destination: v.optional(Id),
  quantity: v.optional(Quantity),
  time: v.optional(FactTime),
  /** A larger fact that already counts this one (never add both). */
  partOf: v.optional(v.strictObject({ fact: Id, inferred: v.optional(Inference) })),
  target: Target,
  /** Empty while a draft awaits it: a warning, and the story is not published. */
  summary: v.strictObject({ ar: v.string(), en: v.string() }),
  /** English translation of the quoted span. */
  translation: v.string(),
  /** Editorial remarks, each in both languages. */
  notes: v.optional(v.array(TeamText)),
  /** Keep a quantity that differs from the reader's reading of its text, and say why. */
  override: v.optional(Inference),
  /** Drafted by the reader (npm run story:new), not yet reviewed: a warning, and the story is not published. */
  draft: v.optional(v.literal(true)),
});

export const FactsFile = v.strictObject({
  facts: v.pipe(v.array(Fact), v.nonEmpty('at least one fact')),
});

/** `en` is empty until the sentence is translated: a warning, and the story is not published. */
export const SentenceTranslation = v.strictObject({ start: Offset, end: Offset, en: v.string() });

export const StoryFile = v.strictObject({
  id: Id,
  /** `en` is empty until translated (a warning; not published). */
  title: v.strictObject({ ar: NonEmpty, en: v.string() }),
  /** BCP 47 language of the article. */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag')),
  article: v.strictObject({
    file: FileName,
    sha256: v.pipe(v.string(), v.regex(SHA256, '64 lowercase hex digits')),
    publisher: v.optional(NonEmpty),
    /** Who wrote it, only as the article or its archive states it. */
    author: v.optional(NonEmpty),
    url: v.optional(WebUrl),
  }),
  /** Omitted when the article does not say; never invented. */
  published: v.optional(IsoDate),
  regions: v.pipe(v.array(Id), v.nonEmpty('at least one region')),
  view: v.strictObject({
    center: LonLat,
    zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
    /** The area the first view must show, [[west, south], [east, north]]: small screens zoom out to keep it. */
    bounds: v.optional(v.tuple([LonLat, LonLat])),
  }),
  /** English translation of every sentence unit, by code-point span. */
  sentences: v.array(SentenceTranslation),
});

export type Quantity = v.InferOutput<typeof Quantity>;
export type TeamText = v.InferOutput<typeof TeamText>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Category = (typeof CATEGORIES)[number];
export type FactTime = v.InferOutput<typeof FactTime>;
export type Target = v.InferOutput<typeof Target>;
export type Fact = v.InferOutput<typeof Fact>;
export type FactsFile = v.InferOutput<typeof FactsFile>;
export type StoryFile = v.InferOutput<typeof StoryFile>;
export type SentenceTranslation = v.InferOutput<typeof SentenceTranslation>;
