/**
 * What is counted and what happens to it.
 *
 * Counted nouns (people, mostly) and the events they take part in map to a
 * category and kind. Entries are written as in the press; they are folded and,
 * for regular nouns, inflected (accusative -ا, feminine -ة, dual -ان/-ين, sound
 * plurals -ون/-ين/-ات) when the tables are built. Broken plurals are listed.
 * Clitics (و ف ب ل ال) are stripped at lookup time, see clitics.ts.
 */
import type { Category } from './types';
import { fold } from './normalize';
import { lookup } from './clitics';

export interface EventSense {
  category: Category;
  kind: string;
}

const KIND_CATEGORY: Readonly<Record<string, Category>> = {
  killed: 'casualties',
  injured: 'casualties',
  'killed-or-injured': 'casualties',
  victims: 'casualties',
  missing: 'casualties',
  executed: 'casualties',
  displaced: 'displacement',
  refugees: 'displacement',
  evacuated: 'displacement',
  returned: 'displacement',
  'granted-asylum': 'displacement',
  detained: 'politics',
  released: 'politics',
  dismissed: 'politics',
  deployed: 'military',
};

export function sense(kind: string): EventSense {
  return { category: KIND_CATEGORY[kind] ?? 'politics', kind };
}

/** Folds a space-separated list of forms. */
function forms(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean).map(fold);
}

/** Regular inflections of a folded singular (masculine or feminine in ة). */
export function inflect(singular: string): string[] {
  if (singular.endsWith('ه')) {
    const base = singular.slice(0, -1);
    return [singular, `${base}ات`, `${base}تان`, `${base}تين`];
  }
  const s = singular;
  return [s, `${s}ا`, `${s}ه`, `${s}ين`, `${s}ون`, `${s}ان`, `${s}ات`, `${s}تان`, `${s}تين`];
}

// ---------------------------------------------------------------- counted nouns

export interface NounEntry {
  /** English singular and plural, for the draft unit. */
  en: readonly [string, string];
  /** A noun that itself says what happened (قتلى = people killed). */
  kind?: string;
  /** People (or a unit of people) rather than things. */
  person: boolean;
  /** A weapon or vehicle: may be deployed. */
  materiel?: boolean;
}

interface NounRow {
  /** Singulars, inflected regularly. */
  sg: string;
  /** Broken plurals and irregular forms, taken as written. */
  irregular?: string;
  en: readonly [string, string];
  kind?: string;
}

const PEOPLE: readonly NounRow[] = [
  { sg: 'جندي', irregular: 'جنود', en: ['soldier', 'soldiers'] },
  { sg: 'عسكري', en: ['serviceman', 'military personnel'] },
  { sg: 'ضابط', irregular: 'ضباط', en: ['officer', 'officers'] },
  { sg: 'مدني', en: ['civilian', 'civilians'] },
  { sg: 'شخص', irregular: 'أشخاص', en: ['person', 'people'] },
  { sg: 'طفل', irregular: 'أطفال', en: ['child', 'children'] },
  { sg: 'امرأة إمرأة سيدة', irregular: 'نساء نسوة امرأتين امرأتان', en: ['woman', 'women'] },
  { sg: 'رجل', irregular: 'رجال', en: ['man', 'men'] },
  { sg: 'مقاتل', en: ['fighter', 'fighters'] },
  { sg: 'عنصر', irregular: 'عناصر', en: ['member', 'members'] },
  { sg: 'مسلح', en: ['gunman', 'gunmen'] },
  { sg: 'شرطي', en: ['police officer', 'police officers'] },
  { sg: 'مواطن', en: ['citizen', 'citizens'] },
  { sg: 'فرد', irregular: 'أفراد', en: ['individual', 'individuals'] },
  { sg: 'عامل', irregular: 'عمال', en: ['worker', 'workers'] },
  { sg: 'طالب', irregular: 'طلاب', en: ['student', 'students'] },
  { sg: 'صحفي صحافي', en: ['journalist', 'journalists'] },
  { sg: 'مهاجر', en: ['migrant', 'migrants'] },
  { sg: 'موظف', en: ['employee', 'employees'] },
  { sg: 'قاض قاضي', irregular: 'قضاة', en: ['judge', 'judges'] },
  { sg: 'دبلوماسي', en: ['diplomat', 'diplomats'] },
  { sg: 'معلم مدرس', en: ['teacher', 'teachers'] },
  { sg: 'طبيب', irregular: 'أطباء', en: ['doctor', 'doctors'] },
  { sg: 'ساكن', irregular: 'سكان', en: ['resident', 'residents'] },
  { sg: 'نسمة', en: ['inhabitant', 'inhabitants'] },
  { sg: 'عائلة أسرة', irregular: 'عائلات عوائل أسر', en: ['family', 'families'] },
  { sg: 'متظاهر', en: ['protester', 'protesters'] },
  { sg: 'ناشط', en: ['activist', 'activists'] },
  { sg: 'شاب', irregular: 'شبان شباب', en: ['young man', 'young men'] },
  { sg: 'صبي', irregular: 'صبية', en: ['boy', 'boys'] },
  { sg: 'فتى', irregular: 'فتية فتيان', en: ['youth', 'youths'] },
  { sg: 'فتاة', irregular: 'فتيات', en: ['girl', 'girls'] },
  { sg: 'مسعف', en: ['paramedic', 'paramedics'] },
  { sg: 'متطوع', en: ['volunteer', 'volunteers'] },
  { sg: 'مريض', irregular: 'مرضى', en: ['patient', 'patients'] },
  { sg: 'شاهد', irregular: 'شهود', en: ['witness', 'witnesses'] },
  { sg: 'أستاذ', irregular: 'أساتذة', en: ['teacher', 'teachers'] },
  { sg: 'مشتبه', en: ['suspect', 'suspects'] },
  { sg: 'مزارع', en: ['farmer', 'farmers'] },
  { sg: 'جثة', irregular: 'جثث', en: ['body', 'bodies'], kind: 'killed' },
  { sg: 'جثمان', irregular: 'جثامين', en: ['body', 'bodies'], kind: 'killed' },
  { sg: 'آخر', irregular: 'آخرين آخرون', en: ['other', 'others'] },
  { sg: 'قتيل', irregular: 'قتلى', en: ['person killed', 'people killed'], kind: 'killed' },
  { sg: 'شهيد', irregular: 'شهداء', en: ['person killed', 'people killed'], kind: 'killed' },
  { sg: 'جريح', irregular: 'جرحى', en: ['person injured', 'people injured'], kind: 'injured' },
  { sg: 'مصاب', en: ['person injured', 'people injured'], kind: 'injured' },
  { sg: 'ضحية', irregular: 'ضحايا', en: ['victim', 'victims'], kind: 'victims' },
  { sg: 'مفقود', en: ['missing person', 'missing people'], kind: 'missing' },
  { sg: 'نازح', en: ['displaced person', 'displaced people'], kind: 'displaced' },
  { sg: 'مهجر', en: ['displaced person', 'displaced people'], kind: 'displaced' },
  { sg: 'فار', en: ['person fleeing', 'people fleeing'], kind: 'displaced' },
  { sg: 'لاجئ', en: ['refugee', 'refugees'], kind: 'refugees' },
  { sg: 'عائد', en: ['returnee', 'returnees'], kind: 'returned' },
  { sg: 'موقوف', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'محتجز', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'رهينة', irregular: 'رهائن', en: ['hostage', 'hostages'], kind: 'detained' },
  { sg: 'معتقل', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'مختطف', en: ['abductee', 'abductees'], kind: 'detained' },
  { sg: 'أسير', irregular: 'أسرى', en: ['prisoner', 'prisoners'], kind: 'detained' },
  { sg: 'سجين', irregular: 'سجناء', en: ['prisoner', 'prisoners'], kind: 'detained' },
];

// Things that are counted but are not people: a figure about them is never a casualty.
const THINGS: readonly NounRow[] = [
  { sg: 'دولة', irregular: 'دول', en: ['state', 'states'] },
  { sg: 'منزل', irregular: 'منازل', en: ['house', 'houses'] },
  { sg: 'مبنى', irregular: 'مباني مبان', en: ['building', 'buildings'] },
  { sg: 'قرية', irregular: 'قرى', en: ['village', 'villages'] },
  { sg: 'بلدة', en: ['town', 'towns'] },
  { sg: 'مدينة', irregular: 'مدن', en: ['city', 'cities'] },
  { sg: 'موقع', irregular: 'مواقع', en: ['position', 'positions'] },
  { sg: 'نقطة', irregular: 'نقاط', en: ['post', 'posts'] },
  { sg: 'مدرسة', irregular: 'مدارس', en: ['school', 'schools'] },
  { sg: 'مستشفى', irregular: 'مستشفيات', en: ['hospital', 'hospitals'] },
  { sg: 'غارة', en: ['air strike', 'air strikes'] },
  { sg: 'ضربة', en: ['strike', 'strikes'] },
  { sg: 'هجوم', irregular: 'هجمات', en: ['attack', 'attacks'] },
  { sg: 'قذيفة', irregular: 'قذائف', en: ['shell', 'shells'] },
  { sg: 'عملية', en: ['operation', 'operations'] },
  { sg: 'مرة', irregular: 'مرات', en: ['time', 'times'] },
  { sg: 'تقرير', irregular: 'تقارير', en: ['report', 'reports'] },
  { sg: 'اجتماع', en: ['meeting', 'meetings'] },
];

const MATERIEL: readonly NounRow[] = [
  { sg: 'دبابة', en: ['tank', 'tanks'] },
  { sg: 'صاروخ', irregular: 'صواريخ', en: ['missile', 'missiles'] },
  { sg: 'طائرة', en: ['aircraft', 'aircraft'] },
  { sg: 'مدرعة', en: ['armoured vehicle', 'armoured vehicles'] },
  { sg: 'آلية', en: ['military vehicle', 'military vehicles'] },
  { sg: 'مركبة', en: ['vehicle', 'vehicles'] },
  { sg: 'سيارة', en: ['car', 'cars'] },
  { sg: 'مسيرة', en: ['drone', 'drones'] },
];

function buildNouns(): Map<string, NounEntry> {
  const map = new Map<string, NounEntry>();
  const add = (rows: readonly NounRow[], person: boolean, materiel: boolean) => {
    for (const row of rows) {
      const entry: NounEntry = { en: row.en, person, materiel, ...(row.kind ? { kind: row.kind } : {}) };
      for (const sg of forms(row.sg)) for (const f of inflect(sg)) if (!map.has(f)) map.set(f, entry);
      for (const f of forms(row.irregular ?? '')) map.set(f, entry);
    }
  };
  add(PEOPLE, true, false);
  add(THINGS, false, false);
  add(MATERIEL, false, true);
  return map;
}

const NOUNS = buildNouns();

export function lookupNoun(word: string): NounEntry | null {
  return lookup(NOUNS, word)?.value ?? null;
}

/** A person noun spelt in the singular or the dual: a count of one or two with no number written (سقط قتيل، طفلين). */
export interface ImplicitForm {
  noun: NounEntry;
  count: 1 | 2;
  /** Singular in the accusative (جريحاً): an indefinite object, a count of one wherever it stands. */
  accusative?: boolean;
  /** -ين that may also be the sound plural (مسعفين): a dual only when the text marks it (مسعفَين). */
  ambiguous?: boolean;
}

function buildImplicitForms(): Map<string, ImplicitForm> {
  const map = new Map<string, ImplicitForm>();
  const add = (form: string, value: ImplicitForm) => {
    if (!map.has(form)) map.set(form, value);
  };
  for (const row of PEOPLE) {
    if (row.sg === 'آخر') continue; // آخر alone is "another", and آخرين "others"
    const noun = NOUNS.get(forms(row.sg)[0]!)!;
    const brokenPlural = (row.irregular ?? '').trim().length > 0;
    for (const sg of forms(row.sg)) {
      add(sg, { noun, count: 1 });
      if (sg.endsWith('ه')) {
        const base = sg.slice(0, -1);
        add(`${base}تان`, { noun, count: 2 });
        add(`${base}تين`, { noun, count: 2 });
        add(`${base}تا`, { noun, count: 2 });
      } else {
        add(`${sg}ا`, { noun, count: 1, accusative: true });
        add(`${sg}ه`, { noun, count: 1 }); // the feminine: طفلة، مدنية
        add(`${sg}ان`, { noun, count: 2 });
        add(`${sg}ين`, { noun, count: 2, ...(brokenPlural ? {} : { ambiguous: true }) });
      }
    }
  }
  return map;
}

const IMPLICIT_FORMS = buildImplicitForms();
const IMPLICIT_CLITICS: readonly string[] = ['و', 'ف'];

export function lookupImplicit(word: string): ImplicitForm | null {
  return lookup(IMPLICIT_FORMS, word, IMPLICIT_CLITICS)?.value ?? null;
}

// ---------------------------------------------------------------- adjectives

export interface AdjectiveEntry {
  en: string;
  /** The region a nationality adjective points to (for related regions). */
  region?: string;
}

const NISBA: readonly [string, string, string?][] = [
  ['تركي', 'Turkish', 'turkey'],
  ['سوري', 'Syrian', 'syria'],
  ['أوروبي', 'European', 'europe'],
  ['روسي', 'Russian'],
  ['إيراني', 'Iranian'],
  ['عراقي', 'Iraqi'],
  ['كردي', 'Kurdish'],
  ['أمريكي', 'American'],
  ['أميركي', 'American'],
  ['فلسطيني', 'Palestinian'],
  ['لبناني', 'Lebanese'],
  ['أردني', 'Jordanian'],
  ['أجنبي', 'foreign'],
  ['عسكري', 'military'],
  ['مدني', 'civilian'],
  ['حكومي', 'government'],
  ['إضافي', 'additional'],
];

const BROKEN_ADJECTIVES: readonly [string, string, string?][] = [
  ['أتراك', 'Turkish', 'turkey'],
  ['أكراد', 'Kurdish'],
  ['روس', 'Russian'],
  ['عرب', 'Arab'],
  ['أجانب', 'foreign'],
  ['آخر آخرين آخرون آخرا آخرى أخرى أخريات', 'other'],
  ['جدد', 'new'],
];

function buildAdjectives(): Map<string, AdjectiveEntry> {
  const map = new Map<string, AdjectiveEntry>();
  for (const [ar, en, region] of NISBA) {
    for (const f of inflect(fold(ar))) map.set(f, region ? { en, region } : { en });
  }
  for (const [ar, en, region] of BROKEN_ADJECTIVES) {
    for (const f of forms(ar)) map.set(f, region ? { en, region } : { en });
  }
  return map;
}

const ADJECTIVES = buildAdjectives();

export function lookupAdjective(word: string): AdjectiveEntry | null {
  return lookup(ADJECTIVES, word)?.value ?? null;
}

/** A relative adjective (nisba) by its ending, for adjectives the table does not know. */
export function looksLikeNisba(stem: string): boolean {
  return /(?:ي|يا|يه|يين|يون|يات|يتين|يتان)$/u.test(stem) && stem.length >= 4;
}

// ---------------------------------------------------------------- events

interface EventRow {
  kind: string;
  /** Verbs and verbal nouns that come before the number (مقتل 34، قُتل 54، بطرد الآلاف). */
  before: string;
  /** Verbs that come after the counted phrase (20 مدنياً قتلوا، لقوا حتفهم). */
  after?: string;
  /** A word that must be near for this sense (منح … اللجوء). */
  near?: string;
}

const EVENTS: readonly EventRow[] = [
  {
    kind: 'killed',
    before:
      'مقتل قتل قتلت قتلوا يقتل تقتل مصرع استشهاد استشهد استشهدت استشهدوا وفاة وفيات توفي توفيت بحياة أرواح قضى قضت ' +
      'جثة جثث جثتي جثامين جثمان رفات',
    after: 'قتلوا قتلن حتفهم حتفه حتفها حتفهن مصرعهم مصرعه حياتهم قضوا استشهدوا قتلتهم قتلهم قتلتهن قتلهن أرواحهم',
  },
  { kind: 'executed', before: 'إعدام أعدم أعدمت' },
  {
    kind: 'injured',
    before: 'إصابة إصابات أصيب أصيبت أصيبوا جرح جرحت جرحوا',
    after: 'أصيبوا أصبن أصيبت أصيبا جرحوا بجروح أصابتهم أصابهم',
  },
  { kind: 'missing', before: 'فقدان فقد فقدت اختفاء', after: 'فقدوا' },
  {
    kind: 'displaced',
    before: 'تشريد شرد شردت تهجير هجر هجرت نزوح نزح نزحت فرار فر فرت هروب هرب تشرد لجأ لجأت',
    after: 'نزحوا نزحت نزح فروا فرت هجروا شردوا هربوا هربت تشردت شردتهم هجرتهم لجؤوا لجأوا لجئوا فرار هروب نزوح هربا مأوى يعبرون عبروا',
  },
  { kind: 'displaced', before: 'مغادرة', after: 'مغادرة', near: 'منازل منازلهم منازلها ديار ديارهم بيوت بيوتهم' },
  { kind: 'evacuated', before: 'إجلاء أجلي أجليت أجلوا إخلاء' },
  { kind: 'refugees', before: 'لجوء' },
  { kind: 'returned', before: 'عودة عاد عادت عادوا يعود تعود', after: 'عادوا' },
  { kind: 'granted-asylum', before: 'منح منحت منحوا يمنح تمنح', after: 'منحوا', near: 'لجوء' },
  {
    kind: 'detained',
    before: 'اعتقال اعتقل اعتقلت اعتقلوا احتجاز احتجز احتجزت احتجزوا توقيف أوقف أوقفت أسر أسرت اختطاف اختطف اختطفت خطف القبض',
    after: 'اعتقلوا احتجزوا اعتقلتهم اعتقلهم احتجزتهم احتجزهم اختطفتهم اختطفهم',
  },
  { kind: 'released', before: 'إفراج أفرج أفرجت سراح' },
  { kind: 'dismissed', before: 'طرد طردت فصل إقالة أقال أقالت عزل تسريح سرح سرحت', after: 'طردوا فصلوا' },
  { kind: 'deployed', before: 'نشر نشرت إرسال أرسل أرسلت حشد حشدت' },
];

export interface EventEntry extends EventSense {
  /** The folded companion word this sense needs nearby. */
  near?: ReadonlySet<string>;
}

function buildEvents(side: 'before' | 'after'): Map<string, EventEntry> {
  const map = new Map<string, EventEntry>();
  for (const row of EVENTS) {
    const entry: EventEntry = { ...sense(row.kind), ...(row.near ? { near: new Set(forms(row.near)) } : {}) };
    for (const f of forms(row[side] ?? '')) if (!map.has(f)) map.set(f, entry);
  }
  return map;
}

const EVENTS_BEFORE = buildEvents('before');
const EVENTS_AFTER = buildEvents('after');

export function lookupEventBefore(word: string): EventEntry | null {
  return lookup(EVENTS_BEFORE, word)?.value ?? null;
}

export function lookupEventAfter(word: string): EventEntry | null {
  return lookup(EVENTS_AFTER, word)?.value ?? null;
}

/** وأصيب، فقتل: an event verb that carries a conjunction (the next clause starts), not a word such as وفاة. */
export function isEventBehindConjunction(word: string): boolean {
  if (EVENTS_BEFORE.has(word) || !/^[وف]/u.test(word)) return false;
  const hit = lookup(EVENTS_BEFORE, word, CONJUNCTION_CLITICS) ?? lookup(EVENTS_AFTER, word, CONJUNCTION_CLITICS);
  return !!hit && hit.stem.prefix > 0;
}

const CONJUNCTION_CLITICS: readonly string[] = ['و', 'ف', 'وب', 'فب', 'ول', 'فل', 'وال', 'فال', 'وبال'];

/** "Their lives": after فقد (lost) it says killed, not missing (فقد 12 شخصاً حياتهم). */
export const LIFE_WORDS = set('حياة حياته حياتها حياتهم حياتهن أرواح أرواحهم أرواحهن');

// ---------------------------------------------------------------- word classes for the non-counts

function set(list: string): ReadonlySet<string> {
  return new Set(forms(list));
}

export const TIME_UNITS = set(
  'يوم يوما أيام يومين يومان ساعة ساعات ساعتين أسبوع أسبوعا أسابيع أسبوعين شهر شهرا أشهر شهور شهرين عام عاما أعوام عامين سنة سنوات سنين سنتين عقد عقود قرن قرون دقيقة دقائق ثانية ثوان ليلة ليال ربيعا',
);
export const AGE_UNITS = set('عام عاما أعوام سنة سنوات سنين ربيعا');
export const AGE_CUES = set('عمر عمره عمرها عمرهم العمر بعمر سن السن بسن البالغ البالغة البالغين يبلغ تبلغ ذو ذات ذي أعمار أعمارهم أعمارهن أعمارهما');
export const CURRENCIES = set(
  'دولار دولارا دولارات يورو ليرة ليرات جنيه جنيها جنيهات ريال ريالات درهم دراهم دينار دينارا دنانير روبل يوان',
);
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£']);
export const MEASURES = set(
  'كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار ميل أميال طن أطنان هكتار هكتارات دونم دونمات كيلوغرام كيلوغراما كغ غرام لتر لترات برميل ميغاواط درجة درجات سم ملم',
);
export const MONTHS = set(
  'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين ' +
    'جانفي فيفري أفريل ماي جوان جويلية أوت ' +
    'محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو',
);
export const WEEKDAYS = set('السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة');
/** Words before a four-digit year (عام 2016، في 2020، منذ 2011). */
export const YEAR_CUES = set(
  'عام العام عامي سنة السنة في منذ حتى مطلع أوائل أواخر منتصف نهاية بداية خلال قبل بعد صيف شتاء ربيع خريف',
);
export const YEAR_SUFFIXES = set('م ه هـ ميلادي ميلادية هجري هجرية');
/** Numbered things: articles, resolutions, units (المادة 4، القرار 2254، اللواء 93). */
export const DESIGNATION_CUES = set(
  'مادة بند فقرة قرار رقم قانون مرسوم لواء فرقة كتيبة فيلق طريق جدول صفحة العدد الجزء الحلقة الدورة المرحلة الطريق المادة البند الفقرة القرار الرقم القانون المرسوم اللواء الفرقة الكتيبة الفيلق',
);
/** Arabic spellings of Latin letters that name weapons and models (إس 400، إف-35، تي-72). */
export const MODEL_CUES = set('إس اس إف تي سو ميغ ميج بي إم كا يو إتش جي سي كوفيد');
export const TIME_OF_DAY_BEFORE = set('الساعة ساعة');
export const TIME_OF_DAY_AFTER = set('صباحا صباح مساء مساءا ظهرا ظهر فجرا فجر ليلا عصرا بتوقيت');
export const PERCENT_AFTER = set('بالمئة بالمائة بالمية بالميه');
export const PERCENT_BEFORE = set('نسبة بنسبة النسبة');
export const ORDINALS = set(
  'أول أولى الأول الأولى ثاني ثانية الثاني الثانية ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي',
);

/** Words that never head a counted noun phrase: particles, prepositions, pronouns, auxiliaries. */
export const STOPWORDS = set(
  'في من على إلى الى عن منذ خلال بعد قبل حتى مع و أو او ثم لكن بل أن إن الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم هن قد لقد كان كانت كانوا ما لا لم لن كل بين عند عبر نحو حول ضد دون بسبب جراء إثر اثر وفق حسب بحسب لدى أمام خلف فوق تحت داخل خارج أيضا فقط أي كما حيث بينما إذا إذ منها منهم بينهم فيها فيه عليه عليها بها به له لها لهم الآن أمس اليوم فيما وسط غير سوى',
);
