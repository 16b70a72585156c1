/**
 * THE table of vague amounts ("tens", "thousands" …), alone in its module so
 * the app can word figures with it without bundling the reader's matcher.
 *
 * A plural of a unit means at least two of it (one or two would be said with
 * the singular or the dual) and fewer than ten of it (ten or more would be the
 * next bucket up): عشرات is 20–99, الآلاف 2,000–9,999.
 */
export interface VagueAmount {
  /** Arabic spellings, as written (the matcher folds them). */
  ar: string[];
  en: string;
  min: number;
  max: number;
}

export const VAGUE_AMOUNTS: readonly VagueAmount[] = [
  // بضع is three to nine of what it counts, as the dictionaries define it (after the forty-eighth to fiftieth sets).
  { ar: ['بضعة', 'بضع'], en: 'a few', min: 3, max: 9 },
  { ar: ['بضع عشرات', 'بضعة عشرات'], en: 'a few dozen', min: 30, max: 99 },
  { ar: ['بضع مئات', 'بضعة مئات'], en: 'a few hundred', min: 300, max: 999 },
  { ar: ['بضعة آلاف', 'بضع آلاف', 'بضعة ألوف'], en: 'a few thousand', min: 3_000, max: 9_999 },
  { ar: ['عشرات', 'العشرات'], en: 'tens', min: 20, max: 99 },
  { ar: ['مئات', 'المئات'], en: 'hundreds', min: 200, max: 999 },
  { ar: ['آلاف', 'الآلاف', 'ألوف', 'الألوف'], en: 'thousands', min: 2_000, max: 9_999 },
  {
    ar: ['عشرات الآلاف', 'عشرات آلاف', 'عشرات الألوف', 'العشرات من الآلاف'],
    en: 'tens of thousands',
    min: 20_000,
    max: 99_999,
  },
  { ar: ['مئات الآلاف', 'مئات آلاف', 'مئات الألوف'], en: 'hundreds of thousands', min: 200_000, max: 999_999 },
  { ar: ['ملايين', 'الملايين'], en: 'millions', min: 2_000_000, max: 9_999_999 },
  // The same rule one step up, so that مئات الملايين is never read as مئات + الملايين.
  { ar: ['عشرات الملايين', 'عشرات ملايين'], en: 'tens of millions', min: 20_000_000, max: 99_999_999 },
  { ar: ['مئات الملايين', 'مئات ملايين'], en: 'hundreds of millions', min: 200_000_000, max: 999_999_999 },
];

