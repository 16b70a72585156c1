/**
 * Runs of the other script inside a string written in one language: the Latin
 * names in an Arabic sentence (S-400, JSON-LD, Natural Earth), the Arabic words
 * an English note quotes (شمال شرقي سوريا). Each run is tagged with its language
 * so a view can give it its own `lang` and direction: left in the surrounding
 * direction, "F-35." or "(PNG)" is reordered by the bidi algorithm.
 */
import type { Lang } from '../model/format';

export interface ScriptRun {
  text: string;
  /** The run's language when it is not the string's own; null for the string's own words. */
  lang: Lang | null;
}

/**
 * In Arabic: from a Latin letter through Latin words, digits and the punctuation between them, to a Latin
 * letter or digit ("S-400", "Natural Earth"). In English: from an Arabic letter through Arabic words,
 * digits and marks, to an Arabic letter, mark or digit ("شمال شرقي سوريا", "جندياً").
 */
const FOREIGN: Record<Lang, RegExp> = {
  ar: /\p{Script=Latin}(?:[\p{Script=Latin}\p{Nd}\p{M}\s.,:;!?'’"“”()[\]&/+\-–]*[\p{Script=Latin}\p{Nd}\p{M}])?/gu,
  en: /\p{Script=Arabic}(?:[\p{scx=Arabic}\p{Nd}\p{M}\s]*[\p{scx=Arabic}\p{Nd}\p{M}])?/gu,
};

const OTHER: Record<Lang, Lang> = { ar: 'en', en: 'ar' };

/** `text`, written in `lang`, cut into its own words and the runs of the other script. */
export function scriptRuns(text: string, lang: Lang): ScriptRun[] {
  const pattern = FOREIGN[lang];
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), lang: null });
    runs.push({ text: match[0], lang: OTHER[lang] });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), lang: null });
  return runs;
}

export const directionOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');
