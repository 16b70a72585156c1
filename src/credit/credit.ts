/**
 * The credit line: who published the story, when, who wrote it, where the
 * original is, and what the map is made of. Built once, here, from the story
 * file, and read by every place a picture of the story leaves from: the full
 * view, the embed, the build's masthead (before any script runs) and the PNG.
 *
 * A part is interface words in the line's language plus, optionally, a value
 * (a name or date) that renderers isolate (`<bdi>` or FSI…PDI): the outlet's
 * name may be Arabic in an English line, "Natural Earth" English in an Arabic one.
 * Nothing is invented: an outlet that is not recorded is said to be so.
 */
import { formatDate, type Lang } from '../model/format';
import { isCalendarDate } from '../model/schema';
import { creditWords } from './words';

/** What the credit reads of a story (a `StoryFile` is one). */
export interface CreditSource {
  article: { publisher?: string | undefined; author?: string | undefined; url?: string | undefined };
  published?: string | undefined;
}

export type CreditKey = 'outlet' | 'outlet-missing' | 'author' | 'published' | 'original' | 'map' | 'boundaries';

export interface CreditPart {
  key: CreditKey;
  /** Interface words, in the line's language. */
  words: string;
  /** A name or date after the words ("Outlet: …"), rendered isolated. `lang` is absent when unknown (story text). */
  value?: { text: string; lang?: Lang };
  /** The original article's address: http or https only, else the part is left out. */
  href?: string;
}

export interface CreditLine {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  parts: CreditPart[];
}

/** Between parts, in both languages. */
export const CREDIT_SEPARATOR = ' · ';
/** First strong isolate and pop directional isolate: the plain-text form of `<bdi>`. */
const FSI = '\u2068';
const PDI = '\u2069';

/** Only links a reader can safely follow (the validator already insists; a renderer never trusts alone). */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const present = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

export function creditLine(source: CreditSource, lang: Lang): CreditLine {
  const w = creditWords[lang];
  const { publisher, author, url } = source.article;
  const parts: CreditPart[] = [];
  parts.push(present(publisher) ? { key: 'outlet', words: w.outlet, value: { text: publisher.trim() } } : { key: 'outlet-missing', words: w.outletMissing });
  // A date that is not on the calendar is not shown (the validator refuses it; a renderer never trusts alone).
  if (present(source.published) && isCalendarDate(source.published)) parts.push({ key: 'published', words: w.published, value: { text: formatDate(source.published, lang), lang } });
  if (present(author)) parts.push({ key: 'author', words: w.author, value: { text: author.trim() } });
  const href = safeHref(url);
  if (href) parts.push({ key: 'original', words: w.original, href });
  parts.push({ key: 'map', words: w.map, value: { text: w.mapName, lang } });
  parts.push({ key: 'boundaries', words: w.boundaries, value: { text: 'Natural Earth', lang: 'en' } });
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', parts };
}

/** One part as plain text: "Outlet: ⁨name⁩". */
export function partText(part: CreditPart, lang: Lang): string {
  return part.value ? `${part.words}${creditWords[lang].colon}${FSI}${part.value.text}${PDI}` : part.words;
}

/**
 * The line as plain text, values isolated with FSI…PDI (for a canvas or a text file). A picture
 * cannot be clicked, so with `withUrl` the original's address is written out after its words.
 */
export function creditText(line: CreditLine, options: { withUrl?: boolean } = {}): string {
  return creditTexts(line, options).join(CREDIT_SEPARATOR);
}

/** Each part as plain text, for renderers that wrap the line between parts. */
export function creditTexts(line: CreditLine, { withUrl = false }: { withUrl?: boolean } = {}): string[] {
  return line.parts.map((part) =>
    part.href && withUrl ? partText({ ...part, value: { text: part.href, lang: 'en' } }, line.lang) : partText(part, line.lang),
  );
}
