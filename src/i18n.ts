/**
 * Interface words in English and Arabic. The article itself is always Arabic;
 * these are the words around it.
 */
import type { Lang } from './model/format';

const en = {
  appName: 'Isnad',
  tagline: 'Every figure with the sentence it came from',
  language: 'Language',
  switchTo: 'العربية',
  switchToLabel: 'Interface language: ',
  regions: 'Regions',
  regionsHint: 'Choose a region to read its facts',
  article: 'The article',
  showArticle: 'Show article',
  hideArticle: 'Hide article',
  close: 'Close',
  happenedHere: 'Happened here',
  concernsHere: 'Concerns this region, happened elsewhere',
  includesRegions: 'Includes',
  showInArticle: 'Show in article',
  showTranslation: 'Show English',
  hideTranslation: 'Hide English',
  translation: 'Translation',
  sourceSentence: 'Source sentence',
  inferred: 'inferred',
  inferredWhy: 'Inferred, not stated in the article',
  editorsNote: 'Editor’s note',
  partOf: 'Part of',
  includesFigure: 'Already counted here',
  includes: 'Includes',
  ofThem: 'of them',
  noFacts: 'No facts in this story concern this region.',
  total: 'In total',
  legend: 'Legend',
  legendKilled: 'People killed (circle area, at least)',
  legendDisplaced: 'Displacement (hatched)',
  legendRegion: 'Region of the story',
  legendSelected: 'Selected region',
  notice: 'Notice',
  unknownRegion: (id: string) => `There is no region “${id}” in this story; showing the default view.`,
  unknownFact: (id: string) => `There is no fact “${id}” in this story; showing the default view.`,
  loading: 'Loading the story…',
  loadFailed: 'The story could not be loaded',
  mapLabel: 'Map of the story’s regions. Use the region list to choose a region; arrow keys pan the map.',
  factsCount: (n: number) => (n === 1 ? '1 fact' : `${n} facts`),
  sentenceFacts: (n: number) => (n === 1 ? 'tied to 1 fact' : `tied to ${n} facts`),
  dismissNotice: 'Dismiss',
  source: 'Source',
  when: 'When',
  where: 'Where',
} as const;

type Strings = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const ar: Strings = {
  appName: 'إسناد',
  tagline: 'كل رقم مع الجملة التي جاء منها',
  language: 'اللغة',
  switchTo: 'English',
  switchToLabel: 'لغة الواجهة: ',
  regions: 'المناطق',
  regionsHint: 'اختر منطقة لقراءة وقائعها',
  article: 'المقال',
  showArticle: 'اعرض المقال',
  hideArticle: 'أخفِ المقال',
  close: 'إغلاق',
  happenedHere: 'وقع هنا',
  concernsHere: 'يخص هذه المنطقة ووقع في مكان آخر',
  includesRegions: 'تشمل',
  showInArticle: 'اعرض في المقال',
  showTranslation: 'اعرض الترجمة الإنجليزية',
  hideTranslation: 'أخفِ الترجمة',
  translation: 'ترجمة',
  sourceSentence: 'الجملة المصدر',
  inferred: 'مستنتج',
  inferredWhy: 'مستنتج، لم يذكره المقال صراحة',
  editorsNote: 'ملاحظة التحرير',
  partOf: 'جزء من',
  includesFigure: 'محسوب ضمن الرقم أعلاه',
  includes: 'يشمل',
  ofThem: 'منهم',
  noFacts: 'لا وقائع في هذه القصة تخص هذه المنطقة.',
  total: 'المجموع',
  legend: 'دليل الخريطة',
  legendKilled: 'القتلى (مساحة الدائرة، على الأقل)',
  legendDisplaced: 'النزوح (مظلل)',
  legendRegion: 'منطقة من القصة',
  legendSelected: 'المنطقة المختارة',
  notice: 'تنبيه',
  unknownRegion: (id: string) => `لا توجد منطقة «${id}» في هذه القصة؛ نعرض العرض الافتراضي.`,
  unknownFact: (id: string) => `لا توجد واقعة «${id}» في هذه القصة؛ نعرض العرض الافتراضي.`,
  loading: 'جارٍ تحميل القصة…',
  loadFailed: 'تعذّر تحميل القصة',
  mapLabel: 'خريطة مناطق القصة. استخدم قائمة المناطق لاختيار منطقة؛ مفاتيح الأسهم تحرك الخريطة.',
  factsCount: (n: number) => (n === 1 ? 'واقعة واحدة' : n === 2 ? 'واقعتان' : n <= 10 ? `${n} وقائع` : `${n} واقعة`),
  sentenceFacts: (n: number) => (n === 1 ? 'مرتبطة بواقعة واحدة' : `مرتبطة بـ${n} وقائع`),
  dismissNotice: 'إغلاق التنبيه',
  source: 'المصدر',
  when: 'متى',
  where: 'أين',
};

export const strings: Record<Lang, Strings> = { en, ar };

/** Words for the story format's categories and kinds; unknown kinds fall back to their id. */
const categoryNames: Record<string, { en: string; ar: string }> = {
  casualties: { en: 'Casualties', ar: 'الضحايا' },
  displacement: { en: 'Displacement', ar: 'النزوح واللجوء' },
  military: { en: 'Military', ar: 'عسكري' },
  diplomacy: { en: 'Diplomacy', ar: 'دبلوماسي' },
  politics: { en: 'Politics', ar: 'سياسي' },
};

const kindNames: Record<string, { en: string; ar: string }> = {
  killed: { en: 'killed', ar: 'قتلى' },
  injured: { en: 'injured', ar: 'جرحى' },
  displaced: { en: 'displaced', ar: 'نازحون' },
  'granted-asylum': { en: 'granted asylum', ar: 'مُنحوا اللجوء' },
  dismissed: { en: 'dismissed', ar: 'مطرودون' },
  detained: { en: 'detained', ar: 'معتقلون' },
  airstrike: { en: 'air strike', ar: 'غارة جوية' },
  meeting: { en: 'meeting', ar: 'اجتماع' },
  call: { en: 'call', ar: 'دعوة' },
  purchase: { en: 'purchase', ar: 'صفقة شراء' },
  support: { en: 'support', ar: 'دعم' },
  condemnation: { en: 'condemnation', ar: 'إدانة' },
  clashes: { en: 'clashes', ar: 'اشتباكات' },
  'treaty-provision': { en: 'treaty provision', ar: 'نص المعاهدة' },
  'air-surveillance': { en: 'air surveillance', ar: 'مراقبة جوية' },
};

const roleNames: Record<string, { en: string; ar: string }> = {
  'casualties-nationality': { en: 'nationality of the dead', ar: 'جنسية القتلى' },
  'requested-by': { en: 'requested by', ar: 'بطلب من' },
  origin: { en: 'origin', ar: 'المنشأ' },
  party: { en: 'party', ar: 'طرف' },
};

export const categoryName = (id: string, lang: Lang) => categoryNames[id]?.[lang] ?? id;
export const kindName = (id: string, lang: Lang) => kindNames[id]?.[lang] ?? id.replace(/-/g, ' ');
export const roleName = (id: string, lang: Lang) => roleNames[id]?.[lang] ?? id.replace(/-/g, ' ');
