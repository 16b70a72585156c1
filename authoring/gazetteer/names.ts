/**
 * Name folding for the gazetteer. Arabic goes through the reader's own fold
 * (tashkeel, tatweel, أ/إ/آ/ا, ة/ه, ى/ي, ؤ/ئ), so the gazetteer and the reader
 * agree on what a spelling is; Latin drops accents, case, hyphens and apostrophes.
 */
import { fold } from '../reader/index';

const ARABIC = /[\u0600-\u06FF]/u;

export const isArabic = (text: string): boolean => ARABIC.test(text);

export function foldArabic(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const foldName = (text: string): string => (isArabic(text) ? foldArabic(text) : foldLatin(text));

/** Conjunctions and prepositions Arabic glues to a name: و ف ب ل ك, alone or stacked. */
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
/** ل before the article: للحديدة is ل + الحديدة. */
const LAM_ARTICLE = ['لل', 'ولل', 'فلل'];

/**
 * The readings of one folded Arabic word: as written, then without each clitic
 * prefix (at least two letters must remain). The article ال is never stripped,
 * so اليمني (Yemeni) never reads as a name, and a name is matched with its article.
 */
export function cliticReadings(word: string): { stem: string; prefix: number }[] {
  const out = [{ stem: word, prefix: 0 }];
  for (const p of LAM_ARTICLE) if (word.startsWith(p) && word.length - p.length >= 2) out.push({ stem: `ال${word.slice(p.length)}`, prefix: p.length - 1 });
  for (const p of CLITICS) if (word.startsWith(p) && word.length - p.length >= 2) out.push({ stem: word.slice(p.length), prefix: p.length });
  return out;
}
