/**
 * Scores the reader against hand-annotated text: for every annotated figure,
 * whether a quantity was read there with the right value (min, max, qualifier)
 * and the right category and kind; for every annotated non-count (a time, a
 * decimal, an age …), whether it was wrongly read as a quantity. A quantity
 * that overlaps no annotated figure is a false figure.
 *
 * Pure: the caller reads the files (scripts/draft.ts --corpus, the corpus test).
 */
import type { Category, Qualifier, QuantityReading } from './types';
import { readQuantities } from './index';

/** A figure as the annotator reads it; `quote` locates it (its `nth` occurrence, 1 by default). */
export interface AnnotatedFigure {
  quote: string;
  nth?: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  category: Category | null;
  kind: string | null;
  class: string;
}

/** A number that is not a count and must not be read as a quantity. */
export interface AnnotatedNonCount {
  quote: string;
  nth?: number;
  class: string;
}

export interface Annotations {
  figures: AnnotatedFigure[];
  nonCounts?: AnnotatedNonCount[];
}

export interface AnnotatedText {
  name: string;
  text: string;
  annotations: Annotations;
}

export interface ClassScore {
  class: string;
  figures: number;
  values: number;
  categories: number;
  kinds: number;
  nonCounts: number;
  /** Quantities read where there is no figure: a non-count of this class, or (class "unannotated") nothing annotated. */
  falseFigures: number;
}

export interface Miss {
  name: string;
  class: string;
  quote: string;
  expected: string;
  got: string;
}

export interface CorpusScore {
  rows: ClassScore[];
  total: ClassScore;
  misses: Miss[];
}

const UNANNOTATED = 'unannotated';

interface Span {
  start: number;
  end: number;
}

/** Code-point span of the nth occurrence of `quote`; throws when it is missing, or ambiguous without `nth`. */
export function locate(text: string, quote: string, nth: number | undefined, name = ''): Span {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  // An ambiguous quote must say which occurrence it means, else the score would depend on luck.
  if (nth === undefined && found.length > 1) throw new Error(`${name}: «${quote}» occurs ${found.length} times; say which (nth)`);
  const at = found[(nth ?? 1) - 1];
  if (at === undefined) throw new Error(`${name}: «${quote}» not found${nth ? ` (occurrence ${nth})` : ''}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function row(rows: Map<string, ClassScore>, name: string): ClassScore {
  let r = rows.get(name);
  if (!r) {
    r = { class: name, figures: 0, values: 0, categories: 0, kinds: 0, nonCounts: 0, falseFigures: 0 };
    rows.set(name, r);
  }
  return r;
}

function describeFigure(f: { min: number | null; max: number | null; qualifier: string; category: string | null; kind: string | null }): string {
  return `${f.qualifier} ${f.min ?? '…'}–${f.max ?? '…'} ${f.category ?? 'no category'}/${f.kind ?? '-'}`;
}

function sameValue(q: Pick<QuantityReading, 'min' | 'max' | 'qualifier'>, f: AnnotatedFigure): boolean {
  return q.min === f.min && q.max === f.max && q.qualifier === f.qualifier;
}

/**
 * The reading each annotated figure is credited with, as an index into
 * `readings` (-1 for none): one overlapping its quote, one with its value first,
 * each reading credited once, figures in their annotated order.
 */
export function matchFigures(item: AnnotatedText, readings: readonly Pick<QuantityReading, 'start' | 'end' | 'min' | 'max' | 'qualifier'>[]): number[] {
  const used = new Set<number>();
  return item.annotations.figures.map((f) => {
    const span = locate(item.text, f.quote, f.nth, item.name);
    const candidates = readings.map((q, i) => ({ q, i })).filter(({ q, i }) => !used.has(i) && overlaps(q, span));
    const hit = candidates.find(({ q }) => sameValue(q, f)) ?? candidates[0];
    if (!hit) return -1;
    used.add(hit.i);
    return hit.i;
  });
}

/** Scores one annotated text into `rows`, adding its misses. */
function scoreText(item: AnnotatedText, readings: readonly QuantityReading[], rows: Map<string, ClassScore>, misses: Miss[]): void {
  const { name, text, annotations } = item;
  const matched = matchFigures(item, readings);
  const used = new Set(matched.filter((i) => i !== -1));
  for (const [n, f] of annotations.figures.entries()) {
    const r = row(rows, f.class);
    r.figures += 1;
    const q = readings[matched[n]!];
    const value = !!q && sameValue(q, f);
    const category = !!q && q.category === f.category;
    const kind = category && q!.kind === f.kind;
    r.values += value ? 1 : 0;
    r.categories += category ? 1 : 0;
    r.kinds += kind ? 1 : 0;
    if (!value || !kind) {
      misses.push({ name, class: f.class, quote: f.quote, expected: describeFigure(f), got: q ? `«${q.text}» ${describeFigure(q)}` : 'nothing read' });
    }
  }
  const nonCounts = (annotations.nonCounts ?? []).map((n) => ({ ...n, span: locate(text, n.quote, n.nth, name) }));
  for (const n of nonCounts) row(rows, n.class).nonCounts += 1;
  readings.forEach((q, i) => {
    if (used.has(i)) return;
    const nonCount = nonCounts.find((n) => overlaps(q, n.span));
    row(rows, nonCount?.class ?? UNANNOTATED).falseFigures += 1;
    misses.push({ name, class: nonCount?.class ?? UNANNOTATED, quote: q.text, expected: nonCount ? 'not a count' : 'no figure here', got: `«${q.text}» ${describeFigure(q)}` });
  });
}

/** Scores annotated texts; `read` defaults to the reader's own readQuantities. */
export function scoreCorpus(items: readonly AnnotatedText[], read: (text: string) => QuantityReading[] = readQuantities): CorpusScore {
  return scoreReadings(items, (item) => read(item.text));
}

function scoreReadings(items: readonly AnnotatedText[], readingsOf: (item: AnnotatedText) => QuantityReading[]): CorpusScore {
  const rows = new Map<string, ClassScore>();
  const misses: Miss[] = [];
  for (const item of items) scoreText(item, readingsOf(item), rows, misses);
  const sorted = [...rows.values()].sort((a, b) => a.class.localeCompare(b.class));
  const total: ClassScore = { class: 'all', figures: 0, values: 0, categories: 0, kinds: 0, nonCounts: 0, falseFigures: 0 };
  for (const r of sorted) {
    total.figures += r.figures;
    total.values += r.values;
    total.categories += r.categories;
    total.kinds += r.kinds;
    total.nonCounts += r.nonCounts;
    total.falseFigures += r.falseFigures;
  }
  return { rows: sorted, total, misses };
}

/** A second annotation's figures as if a reader had read them, so that two annotators can be scored like the reader. */
export function annotationsAsReadings(item: AnnotatedText): QuantityReading[] {
  return item.annotations.figures.map((f) => {
    const span = locate(item.text, f.quote, f.nth, item.name);
    return { text: f.quote, ...span, min: f.min, max: f.max, qualifier: f.qualifier, counted: null, category: f.category, kind: f.kind };
  });
}

/**
 * How far a second annotation of the same articles agrees with the first, in
 * the reader's own terms: the first is the reference, the second is read as if
 * it were the reader. Articles pair by name; both sides must hold the same
 * articles with the same text.
 */
export function scoreAgreement(first: readonly AnnotatedText[], second: readonly AnnotatedText[]): CorpusScore {
  const byName = new Map(second.map((item) => [item.name, item]));
  const missing = first.filter((item) => !byName.has(item.name)).map((item) => item.name);
  const extra = second.filter((item) => !first.some((f) => f.name === item.name)).map((item) => item.name);
  if (missing.length || extra.length) {
    throw new Error(
      [missing.length ? `not in the second annotation: ${missing.join(', ')}` : '', extra.length ? `not in the first: ${extra.join(', ')}` : '']
        .filter(Boolean)
        .join('; '),
    );
  }
  for (const item of first) {
    if (byName.get(item.name)!.text !== item.text) throw new Error(`${item.name}: the two annotations are of different texts`);
  }
  return scoreReadings(first, (item) => annotationsAsReadings(byName.get(item.name)!));
}

/** Share as a percentage with one decimal, "–" when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The per-class table: figures, values right, categories right, kinds right, non-counts, false figures. */
export function formatScore(score: CorpusScore): string {
  const header = ['class', 'figures', 'values', 'categories', 'kinds', 'non-counts', 'false figures'];
  const line = (r: ClassScore) => [
    r.class,
    String(r.figures),
    r.figures ? `${r.values} (${percent(r.values, r.figures)})` : '–',
    r.figures ? `${r.categories} (${percent(r.categories, r.figures)})` : '–',
    r.figures ? `${r.kinds} (${percent(r.kinds, r.figures)})` : '–',
    String(r.nonCounts),
    String(r.falseFigures),
  ];
  const table = [header, ...score.rows.map(line), line(score.total)];
  const widths = header.map((_, c) => Math.max(...table.map((cells) => cells[c]!.length)));
  const format = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [format(header), rule, ...score.rows.map((r) => format(line(r))), rule, format(line(score.total))].join('\n');
}
