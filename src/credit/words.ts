/** The credit line's words in both interface languages (read only by credit.ts). */
import type { Lang } from '../model/format';

export const creditWords: Record<Lang, {
  outlet: string;
  outletMissing: string;
  published: string;
  author: string;
  original: string;
  map: string;
  mapName: string;
  boundaries: string;
  /** Between words and value. */
  colon: string;
  /** The line's accessible name. */
  label: string;
}> = {
  en: {
    outlet: 'Outlet',
    outletMissing: 'Outlet not recorded',
    published: 'Published',
    author: 'Author',
    original: 'Original article',
    map: 'Map',
    mapName: 'Isnad',
    boundaries: 'Boundaries',
    colon: ': ',
    label: 'Credits',
  },
  ar: {
    outlet: 'الناشر',
    outletMissing: 'الناشر غير مسجَّل',
    published: 'تاريخ النشر',
    author: 'الكاتب',
    original: 'المقال الأصلي',
    map: 'الخريطة',
    mapName: 'إسناد',
    boundaries: 'الحدود',
    colon: ': ',
    label: 'المصادر والحقوق',
  },
};
