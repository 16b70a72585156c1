/**
 * The credit the build wrote into the page's masthead (`data-credit` on `[data-prerendered]`), read back
 * by the app so its header shows the same line while the story loads: nothing moves when it arrives.
 * The attribute is the build's own output, but it is still read as untrusted text: only string fields
 * are kept, and the link passes `safeHref` again when the line is built.
 */
import type { CreditSource } from './credit';

export const CREDIT_ATTRIBUTE = 'data-credit';

/** What the build writes: the story file's credit fields, nothing else. */
export function creditSourceOf(story: CreditSource): CreditSource {
  const { publisher, author, url } = story.article;
  return {
    article: { ...(publisher ? { publisher } : {}), ...(author ? { author } : {}), ...(url ? { url } : {}) },
    ...(story.published ? { published: story.published } : {}),
  };
}

export function readCreditSource(json: string | undefined | null): CreditSource | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as { article?: unknown; published?: unknown };
  const article = typeof record.article === 'object' && record.article !== null ? (record.article as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  return creditSourceOf({
    article: { publisher: text(article['publisher']), author: text(article['author']), url: text(article['url']) },
    published: text(record.published),
  });
}
