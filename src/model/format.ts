/**
 * Figures in words, in both interface languages. A figure is never shown as a
 * bare number when the article qualified it: "at least 54", "thousands".
 */
import { VAGUE_AMOUNTS } from './vague-table';
import type { Qualifier } from './schema';

export type Lang = 'en' | 'ar';

export interface Amount {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US'),
  // The article writes Western digits; the Arabic interface keeps them so figures match the quotes.
  ar: new Intl.NumberFormat('ar-u-nu-latn'),
};

export function formatNumber(n: number, lang: Lang): string {
  return numberFormats[lang].format(n);
}

/** The vague word for a range, from the one table the reader and validator use. */
export function vagueWord(min: number | null, max: number | null, lang: Lang): string | null {
  const entry = VAGUE_AMOUNTS.find((row) => row.min === min && row.max === max);
  if (!entry) return null;
  return lang === 'en' ? entry.en : entry.ar[0]!;
}

export function formatAmount({ min, max, qualifier }: Amount, lang: Lang): string {
  const n = (value: number) => formatNumber(value, lang);
  const range = (a: number, b: number) => (lang === 'en' ? `${n(a)}–${n(b)}` : `${n(a)} إلى ${n(b)}`);
  switch (qualifier) {
    case 'vague': {
      const word = vagueWord(min, max, lang);
      if (word) return word;
      if (min !== null && max !== null) return lang === 'en' ? `roughly ${range(min, max)}` : `ما بين ${range(min, max)} تقريباً`;
      break;
    }
    case 'at-least':
      if (min !== null) return lang === 'en' ? `at least ${n(min)}` : `${n(min)} على الأقل`;
      break;
    case 'more-than':
      if (min !== null) return lang === 'en' ? `more than ${n(min - 1)}` : `أكثر من ${n(min - 1)}`;
      break;
    case 'about':
      if (min !== null && max !== null && min !== max) return lang === 'en' ? `about ${range(min, max)}` : `نحو ${range(min, max)}`;
      if (min !== null) return lang === 'en' ? `about ${n(min)}` : `نحو ${n(min)}`;
      break;
    case 'at-most':
      if (max !== null) return lang === 'en' ? `at most ${n(max)}` : `${n(max)} على الأكثر`;
      break;
    case 'exact':
      if (min !== null && max !== null) return min === max ? n(min) : range(min, max);
      break;
  }
  // Open or partial bounds that no qualifier explains.
  if (min !== null && max === null) return lang === 'en' ? `at least ${n(min)}` : `${n(min)} على الأقل`;
  if (min === null && max !== null) return lang === 'en' ? `at most ${n(max)}` : `${n(max)} على الأكثر`;
  if (min !== null && max !== null) return range(min, max);
  return lang === 'en' ? 'an unknown number' : 'عدد غير معروف';
}

const dateFormats: Record<Lang, Record<'day' | 'month' | 'year', Intl.DateTimeFormat>> = {
  en: {
    day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  },
  ar: {
    day: new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', timeZone: 'UTC' }),
  },
};

/** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) in words. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return dateFormats[lang][precision].format(date);
}

export function formatTime(time: { date?: string; start?: string; end?: string }, lang: Lang): string {
  const d = (iso: string) => formatDate(iso, lang);
  if (time.date) return d(time.date);
  if (time.start && time.end) return lang === 'en' ? `${d(time.start)} – ${d(time.end)}` : `من ${d(time.start)} إلى ${d(time.end)}`;
  if (time.start) return lang === 'en' ? `since ${d(time.start)}` : `منذ ${d(time.start)}`;
  if (time.end) return lang === 'en' ? `before ${d(time.end)}` : `قبل ${d(time.end)}`;
  return '';
}

/** What is counted, worded to follow the amount: "thousands of people", "at least 54 Turkish soldiers". */
export function unitPhrase(amount: Amount, unit: { ar: string; en: string }, lang: Lang): string {
  if (lang === 'ar') return `— ${unit.ar}`;
  return amount.qualifier === 'vague' && vagueWord(amount.min, amount.max, 'en') ? `of ${unit.en}` : unit.en;
}

/** A whole figure in one line: amount, what is counted, and what happened to them. */
export function formatFigure(amount: Amount, unit: { ar: string; en: string }, kind: string, lang: Lang): string {
  return `${formatAmount(amount, lang)} ${unitPhrase(amount, unit, lang)} ${lang === 'ar' ? `(${kind})` : kind}`;
}
