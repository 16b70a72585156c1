/**
 * Names the gazetteer will not resolve on their own, because in running
 * Arabic they are far more often something else: «وإن» is و + إن ("and if"),
 * not Van (TR-65); «إب» is also أب ("father"), not Ibb. Such a word is reported
 * as an ambiguous place (with the region it might be), never guessed. A longer
 * name that starts with such a word (two or more words) is its own evidence
 * and is not refused.
 */
import { cliticReadings, foldArabic } from './names';

/** Arabic function words (particles, prepositions, pronouns, common adverbs), folded as the index keys are. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'إن', 'أن', 'ان', 'إنه', 'أنه', 'إنها', 'أنها', 'لكن', 'لكنه', 'ما', 'لا', 'لم', 'لن', 'قد', 'لو', 'لولا', 'إذ', 'إذا', 'أو', 'أم', 'ثم', 'بل', 'كي', 'حتى',
    'من', 'عن', 'في', 'إلى', 'على', 'مع', 'منذ', 'بين', 'عند', 'لدى', 'نحو', 'دون', 'غير', 'كل', 'بعض', 'أي', 'أين', 'كيف', 'متى', 'كم',
    'يا', 'ها', 'هو', 'هي', 'هم', 'هن', 'هما', 'أنا', 'نحن', 'أنت', 'ذا', 'ذي', 'ذلك', 'تلك', 'هذا', 'هذه', 'هؤلاء', 'الذي', 'التي', 'الذين',
    'ليس', 'كان', 'كانت', 'قال', 'قالت', 'بعد', 'قبل', 'أيضا', 'فقط', 'هنا', 'هناك', 'الآن',
  ].map(foldArabic),
);

/** A one-word name of at most this many letters (folded) is too short to be safe: إب (Ibb) is أب, قم (Qom) is "stand up". */
export const MIN_SAFE_LETTERS = 3;

/**
 * Why a one-word Arabic name matched in `word` (folded, as written, clitics
 * and all) as `stem` is not safe to resolve, or null when it is. `stem` is the
 * word without the clitic the match removed.
 */
export function unsafeName(word: string, stem: string): string | null {
  if ([...stem].length < MIN_SAFE_LETTERS) return `"${stem}" is too short to be a safe place name`;
  if (FUNCTION_WORDS.has(stem)) return `"${stem}" is a common Arabic word`;
  // Read another way, the word is a clitic and a function word: وان is و + إن, بأن is ب + أن.
  const other = cliticReadings(word).find((r) => r.stem !== stem && FUNCTION_WORDS.has(r.stem));
  if (other) return `"${word}" also reads as ${[...word].slice(0, other.prefix).join('')} + ${other.stem}`;
  return null;
}
