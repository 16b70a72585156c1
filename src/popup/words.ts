/**
 * The popup's words for long regions and long sentences, in both interface languages.
 * (They belong with the others in src/i18n.ts; kept here until that file can take them.)
 */
import type { Lang } from '../model/format';
import { formatNumber } from '../model/format';

export const popupWords: Record<Lang, {
  earlierFacts: (n: number) => string;
  moreFacts: (n: number) => string;
  shownFacts: (from: number, to: number, total: number) => string;
  shortened: string;
  /** The collapsed section of the other categories: "More: Military · Diplomacy · Politics". */
  otherCategories: (titles: string[]) => string;
}> = {
  en: {
    earlierFacts: (n) => `Show ${formatNumber(n, 'en')} earlier ${n === 1 ? 'fact' : 'facts'}`,
    moreFacts: (n) => `Show more (${formatNumber(n, 'en')} more ${n === 1 ? 'fact' : 'facts'})`,
    shownFacts: (from, to, total) => `Facts ${formatNumber(from, 'en')}–${formatNumber(to, 'en')} of ${formatNumber(total, 'en')}`,
    shortened: 'Sentence shortened around the quote; “Show in article” gives all of it.',
    otherCategories: (titles) => `More about this region: ${titles.join(' · ')}`,
  },
  ar: {
    earlierFacts: (n) => `اعرض ${formatNumber(n, 'ar')} من الوقائع السابقة`,
    moreFacts: (n) => `اعرض المزيد (${formatNumber(n, 'ar')} واقعة أخرى)`,
    shownFacts: (from, to, total) => `الوقائع ${formatNumber(from, 'ar')}–${formatNumber(to, 'ar')} من ${formatNumber(total, 'ar')}`,
    shortened: 'الجملة مختصرة حول الاقتباس؛ «اعرض في المقال» يعرضها كاملة.',
    otherCategories: (titles) => `المزيد عن هذه المنطقة: ${titles.join(' · ')}`,
  },
};
