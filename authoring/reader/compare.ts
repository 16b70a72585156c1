/**
 * How well the reader drafts a story the team has curated: recall of the
 * curated casualty and displacement figures, the false figures it adds (a
 * year, an article number or a weapon read as casualties), and the precision
 * and recall of the categories it gives.
 */
import type { QuantityReading } from './types';

/** The parts of a curated fact the comparison needs. */
export interface CuratedFigure {
  id: string;
  category: string;
  quantity?: { min: number | null; max: number | null; qualifier: string; text: string };
  target: { selector: [unknown, { start: number; end: number }] };
}

export interface DraftComparison {
  /** Curated casualty/displacement figures. */
  curated: number;
  /** Of those, found by the reader with the same numbers inside the quote. */
  found: string[];
  missed: string[];
  /** Reader figures with a casualty/displacement category that match no curated figure. */
  falseFigures: QuantityReading[];
  /** Over every curated figure with a quantity, whatever its category: */
  category: {
    /** Reader figures given a category … */
    drafted: number;
    /** … of which the category is a curated figure's own (same quote and value). */
    right: number;
    /** Curated figures with a quantity … */
    curated: number;
    /** … that the reader found with their category. */
    found: number;
  };
}

const HEADLINE = new Set(['casualties', 'displacement']);

function matches(reading: QuantityReading, fact: CuratedFigure): boolean {
  const { start, end } = fact.target.selector[1];
  const q = fact.quantity!;
  return reading.start >= start && reading.end <= end && reading.min === q.min && reading.max === q.max && reading.qualifier === q.qualifier;
}

/** Compares figures of the given categories (casualties and displacement by default). */
export function compareDraft(readings: readonly QuantityReading[], facts: readonly CuratedFigure[], categories: ReadonlySet<string> = HEADLINE): DraftComparison {
  const curated = facts.filter((f) => categories.has(f.category) && f.quantity);
  const found = curated.filter((f) => readings.some((r) => matches(r, f))).map((f) => f.id);
  const falseFigures = readings.filter((r) => r.category !== null && categories.has(r.category) && !curated.some((f) => matches(r, f)));
  return { curated: curated.length, found, missed: curated.map((f) => f.id).filter((id) => !found.includes(id)), falseFigures, category: categoryScore(readings, facts) };
}

/** Category precision (drafted categories that are right) and recall (curated figures found with their category). */
function categoryScore(readings: readonly QuantityReading[], facts: readonly CuratedFigure[]): DraftComparison['category'] {
  const curated = facts.filter((f) => f.quantity);
  const drafted = readings.filter((r) => r.category !== null);
  const right = drafted.filter((r) => curated.some((f) => matches(r, f) && f.category === r.category)).length;
  const found = curated.filter((f) => readings.some((r) => matches(r, f) && r.category === f.category)).length;
  return { drafted: drafted.length, right, curated: curated.length, found };
}
