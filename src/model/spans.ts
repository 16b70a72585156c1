/**
 * Where a fact's figure sits in the article: the code-point span of its
 * `quantity.text` inside its quote. Two facts whose figures overlap there are
 * one figure counted twice, unless one is declared part of the other.
 */
import type { Fact } from './schema';

export interface Span {
  start: number;
  end: number;
}

export function quantitySpan(fact: Fact): Span | null {
  if (!fact.quantity) return null;
  const [quote, position] = fact.target.selector;
  const at = quote.exact.indexOf(fact.quantity.text);
  if (at < 0) return null;
  const start = position.start + [...quote.exact.slice(0, at)].length;
  return { start, end: start + [...fact.quantity.text].length };
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
