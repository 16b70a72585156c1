/**
 * Draft facts for an article, in the story format, ready for a person to
 * review: ids, category/kind, quantity, region and target selectors are
 * filled in; summary and translation are left empty for the reviewer.
 */
import type { Category, DirectionMention, GazetteerEntry, PlaceMention, Qualifier, QuantityReading, RejectedNumber } from './types';
import { segmentSentences } from '../../src/model/segment';
import { directionsIn } from './directions';
import { placesIn, type PlaceHit } from './places';
import { analyze, toReading, type QuantityHit } from './quantities';
import { sliceText, tokenize, type Tokenized } from './tokens';

export interface DraftFact {
  id: string;
  category: Category;
  kind: string;
  /** Region or gazetteer id; null when the article names no known place. */
  region: string | null;
  /** Regions named by a nationality in the counted phrase (Turkish soldiers → turkey). */
  related?: { region: string; role: string }[];
  /** The larger fact that already counts this one (بينهم 5 أطفال): never add both up. */
  partOf?: { fact: string };
  quantity: {
    min: number | null;
    max: number | null;
    qualifier: Qualifier;
    text: string;
    unit: { ar: string; en: string };
  };
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  summary: { en: string; ar: string };
  translation: string;
}

/** The `--json` object: a stable public interface (see docs/reader.md). */
export interface DraftJson {
  sentences: { start: number; end: number }[];
  quantities: QuantityReading[];
  places: PlaceMention[];
  facts: DraftFact[];
}

export interface DraftOptions {
  /** Gazetteer entries (geodata/places.json) to recognise besides the built-in names. */
  gazetteer?: readonly GazetteerEntry[];
  /** The article's file name in the story folder, for target.source. */
  source?: string;
}

/** Everything the reader found, for the readable report and the tests. */
export interface DraftDetails {
  json: DraftJson;
  directions: DirectionMention[];
  rejected: RejectedNumber[];
  /** Sentence index of each quantity in json.quantities. */
  quantitySentence: number[];
}

const CONTEXT = 32;
// A unit the reviewer must name when the article counts nobody explicitly (تشريد الآلاف).
const UNKNOWN_UNIT = { ar: 'شخص', en: 'people' };

/** Index of the sentence containing each span; spans and sentences both in text order (two pointers). */
export function sentenceIndexes(sentences: readonly { start: number; end: number }[], spans: readonly { start: number }[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (const span of spans) {
    while (k < sentences.length - 1 && sentences[k]!.end <= span.start) k += 1;
    out.push(k);
  }
  return out;
}

/** The place for a fact: the most specific in its sentence (nearest on a tie), else the article's first. */
function regionFor(q: QuantityHit, sentencePlaces: readonly PlaceHit[], first: PlaceHit | undefined): string | null {
  let best: PlaceHit | undefined;
  for (const p of sentencePlaces) {
    if (!best || p.rank > best.rank || (p.rank === best.rank && distance(p, q) < distance(best, q))) best = p;
  }
  return (best ?? first)?.region ?? null;
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

function idFor(q: QuantityHit, kind: string, sentence: number, used: Map<string, number>): string {
  const amount = q.vague ? q.vague.en.replace(/\s+/gu, '-') : String(q.stated).replace(/\D+/gu, '-');
  const base = `${kind}-${amount}-s${sentence}`.replace(/-+/gu, '-');
  const seen = (used.get(base) ?? 0) + 1;
  used.set(base, seen);
  return seen === 1 ? base : `${base}-${seen}`;
}

function fact(t: Tokenized, q: QuantityHit, id: string, region: string | null, source: string, partOf: string | undefined): DraftFact | null {
  if (!q.category || !q.kind) return null;
  const related = q.related.filter((r) => r !== region).map((r) => ({ region: r, role: `${q.category}-nationality` }));
  const unit = q.counted ? { ar: q.counted.text, en: q.unitEn } : UNKNOWN_UNIT;
  return {
    id,
    category: q.category,
    kind: q.kind,
    region,
    ...(related.length ? { related } : {}),
    ...(partOf ? { partOf: { fact: partOf } } : {}),
    quantity: { min: q.min, max: q.max, qualifier: q.qualifier, text: q.text, unit },
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: q.text,
          prefix: sliceText(t, Math.max(0, q.start - CONTEXT), q.start),
          suffix: sliceText(t, q.end, Math.min(t.length, q.end + CONTEXT)),
        },
        { type: 'TextPositionSelector', start: q.start, end: q.end },
      ],
    },
    summary: { en: '', ar: '' },
    translation: '',
  };
}

/** Items grouped by their sentence index. */
export function groupBySentence<T>(items: readonly T[], indexes: readonly number[], count: number): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, i) => groups[indexes[i]!]?.push(item));
  return groups;
}

/** Reads a text and drafts its facts, keeping the intermediate findings. */
export function draftDetails(text: string, options: DraftOptions = {}): DraftDetails {
  const t = tokenize(text);
  const sentences = segmentSentences(text).map(({ start, end }) => ({ start, end }));
  const { quantities, rejected } = analyze(t);
  const places = placesIn(t, options.gazetteer);
  const directions = directionsIn(t, options.gazetteer);
  const quantitySentence = sentenceIndexes(sentences, quantities);
  const placesBySentence = groupBySentence(places, sentenceIndexes(sentences, places), Math.max(1, sentences.length));
  const used = new Map<string, number>();
  const facts: DraftFact[] = [];
  const factIds = new Map<number, string>();
  quantities.forEach((q, i) => {
    if (!q.category || !q.kind) return;
    const sentence = quantitySentence[i]!;
    const region = regionFor(q, placesBySentence[sentence] ?? [], places[0]);
    const partOf = q.partOf === null ? undefined : factIds.get(q.partOf);
    const f = fact(t, q, idFor(q, q.kind, sentence, used), region, options.source ?? 'article.txt', partOf);
    if (!f) return;
    facts.push(f);
    factIds.set(i, f.id);
  });
  return {
    json: {
      sentences,
      quantities: quantities.map(toReading),
      places: places.map(({ text: s, start, end, region }) => ({ text: s, start, end, region })),
      facts,
    },
    directions,
    rejected,
    quantitySentence,
  };
}

/** The `--json` object for an article. */
export function draftStory(text: string, options: DraftOptions = {}): DraftJson {
  return draftDetails(text, options).json;
}
