/**
 * The list of stories' own words in both interface languages; the words it
 * shares with the app (its name, "Regions", "Copy", the outlet) come from
 * src/i18n and src/credit, so the two never disagree.
 */
import { creditWords } from '../credit/words';
import { strings } from '../i18n';
import type { Lang } from '../model/format';
import { parseHash } from '../state/hash';

export const indexWords = {
  en: {
    title: 'Stories',
    pageTitle: 'Isnad · Stories',
    lede: "Every figure with the sentence it came from. Each map below was checked by Isnad's validator.",
    loading: 'Loading the stories…',
    failed: 'The list of stories could not be loaded.',
    none: 'No story is published yet.',
    headlines: 'Headline figures',
    openMap: 'Open the map',
    embedFor: (title: string) => `Embed code for ${title}`,
    embedTitle: (title: string) => `Map: ${title}`,
  },
  ar: {
    title: 'القصص',
    pageTitle: 'إسناد · القصص',
    lede: 'كل رقم مع الجملة التي ورد فيها. تحقّق مدقّق إسناد من كل خريطة أدناه.',
    loading: 'جارٍ تحميل القصص…',
    failed: 'تعذّر تحميل قائمة القصص.',
    none: 'لم تُنشر أي قصة بعد.',
    headlines: 'أبرز الأرقام',
    openMap: 'افتح الخريطة',
    embedFor: (title: string) => `رمز تضمين ${title}`,
    embedTitle: (title: string) => `خريطة: ${title}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Every word the page shows, in one language. */
export function wordsFor(lang: Lang) {
  const app = strings[lang];
  return { ...indexWords[lang], appName: app.appName, regions: app.regions, embedCode: app.embedCode, copy: app.copy, copied: app.copied, switchTo: app.switchTo, switchToLabel: app.switchToLabel, outletMissing: creditWords[lang].outletMissing };
}

/** The page's language, as the app reads it: `#lang=ar` (the app's own links), else `?lang=ar`, else English. */
export function pageLanguage(url: URL): Lang {
  const fromHash = parseHash(url.hash).lang;
  if (fromHash) return fromHash;
  const query = url.searchParams.get('lang');
  return query === 'ar' ? 'ar' : 'en';
}
