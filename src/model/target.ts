/**
 * W3C Web Annotation targets for quotes of the article.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import type { Target } from './schema';
import { CodePointIndex } from './text';

/** Code points of context kept on each side of a quote, enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32;

/** The target for the n-th occurrence (0-based) of `exact` in the article, or an error message. */
export function targetFor(
  article: string | CodePointIndex,
  exact: string,
  occurrence = 0,
  source = 'article.txt',
): Target | string {
  const index = typeof article === 'string' ? new CodePointIndex(article) : article;
  const starts = index.occurrences(exact);
  const start = starts[occurrence];
  if (start === undefined) {
    return starts.length === 0
      ? `the quote "${exact}" is not in the article`
      : `the quote "${exact}" occurs ${starts.length} time(s), not ${occurrence + 1}`;
  }
  const end = start + [...exact].length;
  return {
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact,
        prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}
