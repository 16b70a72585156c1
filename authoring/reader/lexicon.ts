/**
 * What is counted: nouns (people, mostly; things and materiel too), the
 * adjectives that follow them, and the kinds and categories of what happens
 * to them (the events themselves are in events.ts, the word classes of the
 * non-counts in word-classes.ts). Entries are written as in the press; they are folded and,
 * for regular nouns, inflected (accusative -ا, feminine -ة, dual -ان/-ين, sound
 * plurals -ون/-ين/-ات) when the tables are built. Broken plurals are listed.
 * Clitics (و ف ب ل ال) are stripped at lookup time, see clitics.ts.
 */
import type { Category } from './types';
import { fold } from './normalize';
import { inSet, isDefinite, lookup } from './clitics';

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
  // Migrants, and migrants stopped at sea (people, not missiles: see sense.ts).
  migrants: 'displacement',
  // Abducted, and survivors rescued from a disaster or an attack: tolls on people.
  abducted: 'casualties',
  rescued: 'casualties',
  malnourished: 'casualties',
  detained: 'politics',
  released: 'politics',
  dismissed: 'politics',
  // Sentenced by a court (قضت المحكمة بالسجن 18 شهراً على فتى).
  sentenced: 'politics',
  deployed: 'military',
  troops: 'military',
  incursion: 'military',
  // Counts of strikes, projectiles, mines and operations (the noun says it), and what was done to them.
  airstrike: 'military',
  strike: 'military',
  attack: 'military',
  shell: 'military',
  rocket: 'military',
  drone: 'military',
  mine: 'military',
  'explosive-device': 'military',
  operation: 'military',
  launched: 'military',
  intercepted: 'military',
  demined: 'military',
  // Meetings, talks, delegations, visits and agreements.
  meeting: 'diplomacy',
  summit: 'diplomacy',
  talks: 'diplomacy',
  delegation: 'diplomacy',
  visit: 'diplomacy',
  agreement: 'diplomacy',
  state: 'diplomacy',
  // Breaches of a ceasefire (7,500 خرق) and launch pads (10 منصات لإطلاق الصواريخ): military figures.
  violation: 'military',
  launcher: 'military',
  // Cases of a disease, suspected ones included: a toll on people, like the injured.
  sick: 'casualties',
};

export function sense(kind: string): EventSense {
  return { category: KIND_CATEGORY[kind] ?? 'politics', kind };
}

/** Folds a space-separated list of forms. */
export function forms(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean).map(fold);
}

/** Regular inflections of a folded singular (masculine or feminine in ة). */
export function inflect(singular: string, rootH = false): string[] {
  if (singular.endsWith('ه') && !rootH) {
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
  /**
   * What a count of this thing is a figure of, when the noun says it alone
   * (40 غارة: air strikes, 3 اجتماعات: meetings). Kept apart from `kind`, which
   * says what happened to people, so a definite الغارات never gives its
   * category to a count of people elsewhere in the clause.
   */
  thingKind?: string;
  /**
   * What a count of these people is when nothing else says so (11 ألف جندي:
   * troops; 850 ألف مهاجر: migrants). Weaker than any event: 18 مهاجراً لقوا
   * حتفهم were killed.
   */
  weakKind?: string;
  /** A thing that is no place (a flight, an earthquake): after عبر or في its dual still counts. */
  notPlace?: boolean;
}

interface NounRow {
  /** Singulars, inflected regularly. */
  sg: string;
  /** Broken plurals and irregular forms, taken as written. */
  irregular?: string;
  en: readonly [string, string];
  kind?: string;
  weakKind?: string;
  notPlace?: boolean;
  /** A people noun with a broken plural whose sound plural in -ين is common too (قاصرين), so its -ين is ambiguous. */
  soundPlural?: boolean;
  /** The final ه is the root's, not a folded ة (مشتبه): inflected as a masculine noun (مشتبهاً، مشتبهين). */
  rootH?: boolean;
}

const PEOPLE: readonly NounRow[] = [
  { sg: 'جندي', irregular: 'جنود', en: ['soldier', 'soldiers'], weakKind: 'troops' },
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
  // Police officers with no event are a force, as soldiers are (كانت المركبة تقل 12 شرطياً), after the seventy-seventh set.
  { sg: 'شرطي', en: ['police officer', 'police officers'], weakKind: 'troops' },
  { sg: 'مواطن', en: ['citizen', 'citizens'] },
  { sg: 'فرد', irregular: 'أفراد', en: ['individual', 'individuals'] },
  { sg: 'عامل', irregular: 'عمال', en: ['worker', 'workers'] },
  { sg: 'طالب', irregular: 'طلاب', en: ['student', 'students'] },
  { sg: 'صحفي صحافي', en: ['journalist', 'journalists'] },
  { sg: 'مهاجر', en: ['migrant', 'migrants'], weakKind: 'migrants' },
  // Arrivals (توزيع الوافدين بحسب الجنسيات): people who came, a displacement figure as migrants are (after the twenty-ninth set).
  { sg: 'وافد', en: ['arrival', 'arrivals'], kind: 'migrants' },
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
  // An official (بينهم مسؤول سابق) and a media worker (وإعلامي واحد).
  { sg: 'مسؤول', en: ['official', 'officials'] },
  { sg: 'إعلامي', en: ['media worker', 'media workers'] },
  { sg: 'شاب', irregular: 'شبان شباب', en: ['young man', 'young men'] },
  { sg: 'صبي', irregular: 'صبية', en: ['boy', 'boys'] },
  { sg: 'فتى', irregular: 'فتية فتيان', en: ['youth', 'youths'] },
  { sg: 'فتاة', irregular: 'فتيات', en: ['girl', 'girls'] },
  { sg: 'مسعف', en: ['paramedic', 'paramedics'] },
  { sg: 'سائق', en: ['driver', 'drivers'] },
  { sg: 'مستوطن', en: ['settler', 'settlers'] },
  { sg: 'ممرض', en: ['nurse', 'nurses'] },
  // A commander or a leading member (قيادياً ميدانياً، 3 قياديين).
  { sg: 'قيادي', en: ['commander', 'commanders'] },
  // The elderly (بينهم طفلان ومسنة); after a noun مسنّة stays its adjective (امرأة مسنّة), see adjectiveAt.
  { sg: 'مسن', en: ['elderly person', 'elderly people'] },
  { sg: 'متطوع', en: ['volunteer', 'volunteers'] },
  // Patients are the sick (مئات المرضى يتلقون العلاج) when nothing says more (أُجلي المرضى … (120 مريضاً): evacuated).
  { sg: 'مريض', irregular: 'مرضى', en: ['patient', 'patients'], weakKind: 'sick' },
  { sg: 'شاهد', irregular: 'شهود', en: ['witness', 'witnesses'] },
  { sg: 'أستاذ', irregular: 'أساتذة', en: ['teacher', 'teachers'] },
  // مشتبه ends in the root's ه, not ة (مشتبهاً به), after the thirtieth set.
  { sg: 'مشتبه', en: ['suspect', 'suspects'], rootH: true },
  { sg: 'مزارع', en: ['farmer', 'farmers'] },
  // A minister (بينهم وزيران), after the hundred-and-third set.
  { sg: 'وزير', irregular: 'وزراء', en: ['minister', 'ministers'] },
  // Inmates (كان المبنى يضم ١١٥ نزيلاً) are held, as prisoners are, when nothing else says what befell them.
  { sg: 'نزيل', irregular: 'نزلاء', en: ['inmate', 'inmates'], weakKind: 'detained' },
  // The wanted and the accused (اعتقلت … خمسة مطلوبين، بينهم اثنان متهمان): people, whose event the verb says.
  { sg: 'مطلوب', en: ['wanted person', 'wanted people'] },
  // Terrorists and smugglers, as the army's and police's statements count them (القضاء على 3 إرهابيين، إيقاف 4 مهربين),
  // after the seventy-seventh set.
  { sg: 'إرهابي', en: ['terrorist', 'terrorists'] },
  { sg: 'مهرب', en: ['smuggler', 'smugglers'] },
  // Violators of residence and border rules, and those implicated (ضبط 21,318 مخالفاً، 19 متورطاً), after the eighty-eighth set.
  { sg: 'مخالف', en: ['violator', 'violators'] },
  { sg: 'متورط', en: ['person implicated', 'people implicated'] },
  { sg: 'متهم', en: ['accused', 'accused'] },
  { sg: 'مهاجم', en: ['attacker', 'attackers'] },
  { sg: 'راع راعي', irregular: 'رعاة راعيان راعيين', en: ['herder', 'herders'] },
  // قاصرين is the sound plural as often as the dual (أربعة أشخاص كانوا قاصرين): a dual only when marked.
  { sg: 'قاصر', irregular: 'قصر', en: ['minor', 'minors'], soundPlural: true },
  // A commander (بين الجرحى آمر سرية), after the twenty-third set.
  { sg: 'آمر', en: ['commander', 'commanders'] },
  // A father (بينهم والد أحد الشهيدين) and an escort or companion (واثنين من مرافقيه، ٧٠ مرافقاً), after the fiftieth set.
  { sg: 'والد', en: ['father', 'fathers'] },
  { sg: 'مرافق', en: ['companion', 'companions'] },
  // Staff (و3 من الكوادر الطبية), after the forty-fifth set.
  { sg: 'كادر', irregular: 'كوادر', en: ['staff member', 'staff'] },
  // A leader (بينهم زعيم محلي), after the twenty-fourth set.
  { sg: 'زعيم', irregular: 'زعماء', en: ['leader', 'leaders'] },
  // A commander (وثلاثة قادة عسكريين) and a tourist (من بينهم سائح إسباني), after the twenty-sixth set.
  { sg: 'قائد', irregular: 'قادة', en: ['commander', 'commanders'] },
  { sg: 'سائح', irregular: 'سياح', en: ['tourist', 'tourists'] },
  // A guard and a pupil (قُتل حارس أمن، 51 تلميذاً مخطوفاً), after the fortieth set.
  { sg: 'حارس', irregular: 'حراس', en: ['guard', 'guards'] },
  { sg: 'تلميذ', irregular: 'تلاميذ', en: ['pupil', 'pupils'] },
  // A suicide bomber (بينهم انتحاري), and brothers (إخوتها الخمسة), after the thirty-fourth and thirty-fifth sets.
  { sg: 'انتحاري', en: ['suicide bomber', 'suicide bombers'] },
  { sg: 'أخ', irregular: 'إخوة إخوان', en: ['brother', 'brothers'] },
  // An imam (خُطف إمام المسجد ونجله), after the thirty-second set.
  { sg: 'إمام', irregular: 'أئمة', en: ['imam', 'imams'] },
  // A priest (بينهم قس ومعلمتان), after the hundred-and-thirteenth set.
  { sg: 'قس', irregular: 'قساوسة', en: ['priest', 'priests'] },
  // A civil protection agent (بينهم عون حماية مدنية), after the twenty-ninth set.
  { sg: 'عون', irregular: 'أعوان', en: ['agent', 'agents'] },
  // أبنائه، أشقائها: the hamza's seat folds to ي before a possessive suffix.
  { sg: 'نجل ابن', irregular: 'أبناء أبنائ أنجال', en: ['son', 'sons'] },
  { sg: 'رضيع', irregular: 'رضع', en: ['infant', 'infants'] },
  { sg: 'شقيق', irregular: 'أشقاء أشقائ', en: ['brother', 'brothers'] },
  // Grandchildren (وأحفاده الخمسة); the grandfather (بينهم جد) is listed apart, as جداً is "very".
  { sg: 'حفيد', irregular: 'أحفاد', en: ['grandchild', 'grandchildren'] },
  // A son or child (ولديها: her two sons), after the thirty-sixth set.
  { sg: 'ولد', irregular: 'أولاد', en: ['son', 'sons'] },
  // A member of parliament (بين القتلى … ونائباً في البرلمان).
  { sg: 'نائب', irregular: 'نواب', en: ['member of parliament', 'members of parliament'] },
  { sg: 'جثة', irregular: 'جثث', en: ['body', 'bodies'], kind: 'killed' },
  { sg: 'جثمان', irregular: 'جثامين', en: ['body', 'bodies'], kind: 'killed' },
  { sg: 'آخر', irregular: 'آخرين آخرون', en: ['other', 'others'] },
  { sg: 'قتيل', irregular: 'قتلى', en: ['person killed', 'people killed'], kind: 'killed' },
  // The deceased (9 من المتوفين أطفال), after the twenty-fourth set.
  { sg: 'متوفى', irregular: 'متوفون متوفين متوفيين متوفيات', en: ['person who died', 'people who died'], kind: 'killed' },
  { sg: 'شهيد', irregular: 'شهداء', en: ['person killed', 'people killed'], kind: 'killed' },
  { sg: 'جريح', irregular: 'جرحى', en: ['person injured', 'people injured'], kind: 'injured' },
  { sg: 'مصاب', en: ['person injured', 'people injured'], kind: 'injured' },
  { sg: 'ضحية', irregular: 'ضحايا', en: ['victim', 'victims'], kind: 'victims' },
  { sg: 'مفقود', en: ['missing person', 'missing people'], kind: 'missing' },
  // The disappeared (أقارب 11 مختفياً): missing.
  // مختفٍ, with its tanwin, folds to مختف (112 ألف مختفٍ قسرياً), after the forty-fifth set.
  { sg: 'مختفي', irregular: 'مختفون مختفين مختفيا مختف', en: ['disappeared person', 'disappeared people'], kind: 'missing' },
  { sg: 'نازح', en: ['displaced person', 'displaced people'], kind: 'displaced' },
  { sg: 'مهجر', en: ['displaced person', 'displaced people'], kind: 'displaced' },
  { sg: 'فار', en: ['person fleeing', 'people fleeing'], kind: 'displaced' },
  { sg: 'لاجئ', en: ['refugee', 'refugees'], kind: 'refugees' },
  { sg: 'عائد', en: ['returnee', 'returnees'], kind: 'returned' },
  { sg: 'مرحل', en: ['deportee', 'deportees'], kind: 'returned' },
  { sg: 'راكب', irregular: 'ركاب', en: ['passenger', 'passengers'] },
  { sg: 'صياد', en: ['fisherman', 'fishermen'] },
  { sg: 'بحار', irregular: 'بحارة', en: ['sailor', 'sailors'] },
  { sg: 'مسافر', en: ['traveller', 'travellers'] },
  { sg: 'مفرج', en: ['person released', 'people released'], kind: 'released' },
  { sg: 'موقوف', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'محتجز', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'رهينة', irregular: 'رهائن', en: ['hostage', 'hostages'], kind: 'abducted' },
  // Those a court sentenced (نحو 8 آلاف محكوم بالإعدام ينتظرون التنفيذ): sentenced, a politics figure.
  { sg: 'محكوم', en: ['convict', 'convicts'], kind: 'sentenced' },
  // The executed (ما لا يقل عن 8 من المعدومين), after the twenty-first set: executed, a casualty.
  { sg: 'معدوم', en: ['person executed', 'people executed'], kind: 'executed' },
  { sg: 'معتقل', en: ['detainee', 'detainees'], kind: 'detained' },
  { sg: 'مختطف مخطوف', en: ['abductee', 'abductees'], kind: 'abducted' },
  { sg: 'ناجي', irregular: 'ناج ناجين ناجون ناجية ناجيات', en: ['survivor', 'survivors'], kind: 'rescued' },
  { sg: 'أسير', irregular: 'أسرى', en: ['prisoner', 'prisoners'], kind: 'detained' },
  { sg: 'سجين', irregular: 'سجناء', en: ['prisoner', 'prisoners'], kind: 'detained' },
];

// Things that are counted but are not people: a figure about them is never a casualty.
const THINGS: readonly NounRow[] = [
  // A stage (على مرحلتين، 3 مراحل), not the feminine of مرحل (a deportee); stages are occasions, no count (after the seventy-seventh set).
  { sg: 'مرحلة', irregular: 'مرحلة مراحل مرحلتان مرحلتين', en: ['stage', 'stages'] },
  { sg: 'دولة', irregular: 'دول', en: ['state', 'states'], kind: 'state' },
  { sg: 'منزل', irregular: 'منازل', en: ['house', 'houses'] },
  { sg: 'مسكن', irregular: 'مساكن', en: ['dwelling', 'dwellings'] },
  // أحرقوا عشرات المتاجر وخطفوا 6 نساء: shops are things, so the abduction after is not theirs.
  { sg: 'متجر', irregular: 'متاجر', en: ['shop', 'shops'] },
  { sg: 'محل', irregular: 'محلات', en: ['shop', 'shops'] },
  { sg: 'دكان', irregular: 'دكاكين', en: ['shop', 'shops'] },
  { sg: 'بئر', irregular: 'آبار', en: ['well', 'wells'] },
  // A community of herders (28 تجمعاً بدوياً): a thing counted, whose people take the event (after the twenty-eighth set).
  { sg: 'تجمع', irregular: 'تجمعات', en: ['community', 'communities'] },
  // Heads of livestock (نفوق مئات رؤوس الماشية): things, no casualty (after the twenty-eighth set).
  { sg: 'رأس', irregular: 'رؤوس', en: ['head of livestock', 'head of livestock'] },
  // A dispensary and a ship (ومستوصفين، سفينتين), after the thirty-sixth and thirty-eighth sets.
  { sg: 'مستوصف', irregular: 'مستوصفات', en: ['dispensary', 'dispensaries'] },
  { sg: 'سفينة', irregular: 'سفن', en: ['ship', 'ships'], notPlace: true },
  // A train and a power station (قطارين إضافيين، محطتين حراريتين), no places, after the thirty-third to thirty-fifth sets.
  { sg: 'قطار', irregular: 'قطارات', en: ['train', 'trains'], notPlace: true },
  { sg: 'محطة', en: ['station', 'stations'], notPlace: true },
  // A mosque (مسجدان و٤ نقاط), after the thirty-second set.
  { sg: 'مسجد', irregular: 'مساجد', en: ['mosque', 'mosques'] },
  // A prison (محتجزين في ٤٣ سجناً): a building, counted, after the thirtieth set.
  { sg: 'سجن', irregular: 'سجون', en: ['prison', 'prisons'] },
  // A storehouse (أحرقوا 40 منزلاً ومخزنين للحبوب), after the twenty-fourth set.
  { sg: 'مخزن', irregular: 'مخازن', en: ['storehouse', 'storehouses'] },
  { sg: 'مبنى', irregular: 'مباني مبان', en: ['building', 'buildings'] },
  // Cranes, holds, graves, headquarters and churches (رافعتين، عنبرين، من مقبرتين، على مقرين للشرطة، وكنيستين): things
  // counted, after the hundred-and-eighth to hundred-and-thirteenth sets.
  { sg: 'رافعة', en: ['crane', 'cranes'], notPlace: true },
  { sg: 'عنبر', irregular: 'عنابر', en: ['hold', 'holds'] },
  { sg: 'مقبرة', irregular: 'مقابر', en: ['grave', 'graves'] },
  { sg: 'مقر', irregular: 'مقرات', en: ['headquarters', 'headquarters'] },
  { sg: 'كنيسة', irregular: 'كنائس', en: ['church', 'churches'] },
  { sg: 'قرية', irregular: 'قرى', en: ['village', 'villages'] },
  { sg: 'بلدة', en: ['town', 'towns'] },
  { sg: 'مدينة', irregular: 'مدن', en: ['city', 'cities'] },
  { sg: 'موقع', irregular: 'مواقع', en: ['position', 'positions'] },
  { sg: 'نقطة', irregular: 'نقاط', en: ['post', 'posts'] },
  // مدرسة is a school, not the feminine of مدرس (teacher): listed as written, it wins.
  { sg: 'مدرسة', irregular: 'مدارس مدرسة مدرستان مدرستين', en: ['school', 'schools'] },
  { sg: 'مستشفى', irregular: 'مستشفيات', en: ['hospital', 'hospitals'] },
  // The shorter word for a hospital, and its duals (3 مدارس ومشفيان), after the forty-fifth set.
  { sg: 'مشفى', irregular: 'مشاف مشافي مشفيان مشفيين', en: ['hospital', 'hospitals'] },
  // A room and a heater (سنبني غرفتين، لا نملك سوى ثلاث مدافئ): things, no casualty, after the forty-fifth set.
  { sg: 'غرفة', irregular: 'غرف', en: ['room', 'rooms'] },
  { sg: 'مدفأة', irregular: 'مدافئ', en: ['heater', 'heaters'] },
  // A hideout, a small bridge, a bus and a port (مخبأين، قنطرتين، 16 حافلة، ميناءي الحديدة ورأس عيسى): things, after the
  // forty-eighth to fiftieth sets.
  { sg: 'مخبأ', irregular: 'مخابئ', en: ['hideout', 'hideouts'] },
  { sg: 'قنطرة', irregular: 'قناطر', en: ['bridge', 'bridges'] },
  { sg: 'حافلة', en: ['bus', 'buses'], notPlace: true },
  { sg: 'ميناء', irregular: 'موانئ موانيء ميناءان ميناءين', en: ['port', 'ports'] },
  // A river (نهري جوبا وشبيلي) and a parcel (4,500 طرد غذائي): things, after the fifty-second set.
  { sg: 'نهر', irregular: 'أنهار', en: ['river', 'rivers'] },
  // A pharmacy and a tunnel (3 صيدليات مجانية، ونفقين), after the sixty-sixth set.
  { sg: 'صيدلية', irregular: 'صيدليات', en: ['pharmacy', 'pharmacies'] },
  { sg: 'نفق', irregular: 'أنفاق', en: ['tunnel', 'tunnels'] },
  // A team (فريقين), after the fifty-fourth set: a thing counted, no people's figure.
  { sg: 'فريق', irregular: 'فرق', en: ['team', 'teams'] },
  { sg: 'طرد', irregular: 'طرود', en: ['parcel', 'parcels'] },
  { sg: 'مخيم', en: ['camp', 'camps'] },
  { sg: 'مركز', irregular: 'مراكز', en: ['centre', 'centres'] },
  { sg: 'عيادة', en: ['clinic', 'clinics'] },
  // An aftershock (هزتان ارتداديتان): a shock counted, not a place.
  { sg: 'هزة', en: ['tremor', 'tremors'] },
  { sg: 'ملجأ', irregular: 'ملاجئ', en: ['shelter', 'shelters'] },
  { sg: 'حي', irregular: 'أحياء', en: ['neighbourhood', 'neighbourhoods'] },
  { sg: 'مأوى', irregular: 'مآو مآوي', en: ['shelter', 'shelters'] },
  { sg: 'خيمة', irregular: 'خيام', en: ['tent', 'tents'] },
  { sg: 'شاحنة', en: ['truck', 'trucks'] },
  { sg: 'قافلة', irregular: 'قوافل', en: ['convoy', 'convoys'] },
  { sg: 'جسر', irregular: 'جسور', en: ['bridge', 'bridges'] },
  // A dam (إثر انهيار سدّين على الوادي): a thing counted, as a bridge is.
  { sg: 'سد', irregular: 'سدود', en: ['dam', 'dams'] },
  // A boat is no place: عبر قاربين نهريين counts two (after the thirty-fourth set).
  { sg: 'قارب', irregular: 'قوارب', en: ['boat', 'boats'], notPlace: true },
  { sg: 'معبر', irregular: 'معابر', en: ['crossing', 'crossings'] },
  { sg: 'منفذ', irregular: 'منافذ', en: ['border crossing', 'border crossings'] },
  { sg: 'إقليم', irregular: 'أقاليم', en: ['region', 'regions'] },
  { sg: 'مديرية', en: ['district', 'districts'] },
  // منصة alone may be a stage or a website: a launch pad only with إطلاق after it (COMPOUND_KINDS).
  { sg: 'منصة', en: ['platform', 'platforms'] },
  { sg: 'خرق', irregular: 'خروقات خروق', en: ['violation', 'violations'], kind: 'violation' },
  // A breach (ما يزيد عن 950 انتهاكاً جوياً وبرياً), as خرق is; after the fiftieth set.
  { sg: 'انتهاك', irregular: 'انتهاكات', en: ['violation', 'violations'], kind: 'violation' },
  { sg: 'غارة', en: ['air strike', 'air strikes'], kind: 'strike' },
  { sg: 'ضربة', en: ['strike', 'strikes'], kind: 'strike' },
  { sg: 'هجوم', irregular: 'هجمات', en: ['attack', 'attacks'], kind: 'attack' },
  // An assault (47 اعتداء على سيارات الإسعاف) is an attack.
  { sg: 'اعتداء', irregular: 'اعتداءات', en: ['assault', 'assaults'], kind: 'attack' },
  { sg: 'قذيفة', irregular: 'قذائف', en: ['shell', 'shells'], kind: 'shell' },
  // عملية alone may be surgery or a rescue: it is military only with its adjective (see COMPOUND_KINDS).
  { sg: 'عملية', en: ['operation', 'operations'] },
  { sg: 'مرة', irregular: 'مرات', en: ['time', 'times'] },
  { sg: 'تقرير', irregular: 'تقارير', en: ['report', 'reports'] },
  { sg: 'اجتماع', en: ['meeting', 'meetings'], kind: 'meeting' },
  { sg: 'لقاء', en: ['meeting', 'meetings'], kind: 'meeting' },
  { sg: 'قمة', irregular: 'قمم', en: ['summit', 'summits'], kind: 'summit' },
  { sg: 'وفد', irregular: 'وفود', en: ['delegation', 'delegations'], kind: 'delegation' },
  { sg: 'زيارة', en: ['visit', 'visits'], kind: 'visit' },
  { sg: 'اتفاقية', en: ['agreement', 'agreements'], kind: 'agreement' },
  { sg: 'اتفاق', en: ['agreement', 'agreements'], kind: 'agreement' },
  { sg: 'جولة', en: ['round', 'rounds'] },
  // Not places: عبر رحلتين جويتين (by two flights) counts two, as في مدينتين does not.
  // Storage tanks (حريق في خزانين للنفط الخام): things, no place.
  { sg: 'خزان', irregular: 'خزانات', en: ['storage tank', 'storage tanks'], notPlace: true },
  { sg: 'صهريج', irregular: 'صهاريج', en: ['tanker', 'tankers'], notPlace: true },
  { sg: 'زلزال', irregular: 'زلازل', en: ['earthquake', 'earthquakes'], notPlace: true },
  // An incident (في حادثين مماثلين), no place, after the twenty-seventh set.
  { sg: 'حادث', irregular: 'حوادث', en: ['incident', 'incidents'], notPlace: true },
  { sg: 'رحلة', en: ['flight', 'flights'], notPlace: true },
  // مادة alone is any material or an article of law: explosive only with its adjective (COMPOUND_KINDS).
  { sg: 'مادة', irregular: 'مواد', en: ['item', 'items'] },
  { sg: 'محادثة مباحثة مفاوضة', en: ['talk', 'talks'], kind: 'talks' },
  // أصدرت المحاكم أكثر من 230 حكماً: court sentences counted are a politics figure.
  { sg: 'حكم', irregular: 'أحكام', en: ['sentence', 'sentences'], kind: 'sentenced' },
  // 1,580 إعداماً: executions counted are people executed, as عملية إعدام is (after the twenty-third set).
  { sg: 'إعدام', irregular: 'إعدامات', en: ['execution', 'executions'], kind: 'executed' },
];

const MATERIEL: readonly NounRow[] = [
  { sg: 'دبابة', en: ['tank', 'tanks'] },
  { sg: 'صاروخ', irregular: 'صواريخ', en: ['missile', 'missiles'], kind: 'rocket' },
  { sg: 'طائرة', en: ['aircraft', 'aircraft'] },
  // A fighter jet's dual (مقاتلتان حربيتان) is aircraft, not two women fighters, as news uses it (after the fiftieth set).
  { sg: 'طائرة', irregular: 'مقاتلتان مقاتلتين', en: ['fighter jet', 'fighter jets'] },
  { sg: 'مدرعة', en: ['armoured vehicle', 'armoured vehicles'] },
  { sg: 'عربة', en: ['vehicle', 'vehicles'] },
  { sg: 'آلية', en: ['military vehicle', 'military vehicles'] },
  { sg: 'مركبة', en: ['vehicle', 'vehicles'] },
  { sg: 'سيارة', en: ['car', 'cars'] },
  // A bulldozer, deployed in a raid as the vehicles are (ودفعت بـ40 آلية وجرافتين).
  { sg: 'جرافة', en: ['bulldozer', 'bulldozers'] },
  // A helicopter (ومروحيتان مستأجرتان): a vehicle, no place.
  { sg: 'مروحية', en: ['helicopter', 'helicopters'], notPlace: true },
  // The Lebanese word for a helicopter (بمؤازرة طوافتين), after the hundred-and-eleventh set.
  { sg: 'طوافة', en: ['helicopter', 'helicopters'], notPlace: true },
  { sg: 'مسيرة', en: ['drone', 'drones'], kind: 'drone' },
  { sg: 'لغم', irregular: 'ألغام', en: ['mine', 'mines'], kind: 'mine' },
  { sg: 'عبوة', en: ['explosive device', 'explosive devices'], kind: 'explosive-device' },
  // Ordnance (و2,540 ذخيرة غير منفجرة): a weapon, so what was done to the mines before it was done to it too;
  // alone it says no kind (after the forty-seventh set).
  { sg: 'ذخيرة', irregular: 'ذخائر', en: ['item of ordnance', 'items of ordnance'] },
  // A vehicle in Iraqi usage (تدمير ٣ أوكار وعجلتين), after the thirty-first set.
  { sg: 'عجلة', en: ['vehicle', 'vehicles'] },
  // Units of troops (نشر ثلاث كتائب إضافية، 3 أفواج): deployed as the forces they are, after the fifty-seventh set.
  { sg: 'كتيبة', irregular: 'كتائب', en: ['battalion', 'battalions'] },
  { sg: 'فوج', irregular: 'أفواج', en: ['regiment', 'regiments'] },
  // A launcher (وقاذفتين من طراز آر بي جي), after the fifty-sixth set.
  { sg: 'قاذفة', irregular: 'قواذف', en: ['launcher', 'launchers'] },
  // A bomb (قنبلتين صوتيتين), after the thirty-sixth set.
  { sg: 'قنبلة', irregular: 'قنابل', en: ['bomb', 'bombs'] },
  // Boats (غرق مركبين، وصل زورقان): after مركبة, so its forms stay a vehicle's (after the twenty-ninth set).
  { sg: 'مركب', irregular: 'مراكب', en: ['boat', 'boats'], notPlace: true },
  { sg: 'زورق', irregular: 'زوارق', en: ['boat', 'boats'], notPlace: true },
  // Small arms seized (وضبطت بحوزتهم بندقيتين، 3 مسدسات رشاشة), after the seventy-seventh set.
  { sg: 'بندقية', irregular: 'بنادق', en: ['rifle', 'rifles'] },
  { sg: 'مسدس', en: ['pistol', 'pistols'] },
];

/**
 * Nouns whose count says its category only with the word after them:
 * 12 عملية عسكرية (operations), 5 طائرات مسيرة (drones), 3 جولات من المفاوضات (talks).
 */
const COMPOUND_KINDS: readonly { head: string; next: string; kind: string }[] = [
  // عمليتين عسكريتين: the adjective in the dual too (after the seventieth set).
  { head: 'عملية عمليات عمليتان عمليتين', next: 'عسكرية عسكري عسكريتين عسكريتان أمنية أمنيتين هجومية نوعية قتالية دهم مداهمة تمشيط قصف قنص إنزال اغتيال', kind: 'operation' },
  { head: 'عملية عمليات عمليتان عمليتين', next: 'توغل', kind: 'incursion' },
  // 63 عملية إعدام، 1,518 حالة إعدام: executions counted as acts are people executed (after the twenty-first set).
  { head: 'عملية عمليات عمليتان عمليتين حالة حالات', next: 'إعدام شنق', kind: 'executed' },
  // 46 عملية اختطاف واعتقال: arrests and abductions counted as operations are a politics figure.
  { head: 'عملية عمليات عمليتان عمليتين', next: 'اختطاف خطف اعتقال', kind: 'detained' },
  { head: 'طائرة طائرات طائرتان طائرتين', next: 'مسيرة مسيرات مسيرتان مسيرتين حربية', kind: 'drone' },
  { head: 'منصة منصات منصتان منصتين', next: 'إطلاق لإطلاق صواريخ الصواريخ', kind: 'launcher' },
  { head: 'مادة مواد', next: 'متفجرة متفجرات ناسفة', kind: 'explosive-device' },
  // سيارتين مفخختين، 3 سيارات مفخخة: a car bomb is an explosive device.
  { head: 'سيارة سيارات سيارتان سيارتين عربة عربات عربتان عربتين آلية آليات مركبة مركبات', next: 'مفخخة مفخخات مفخختان مفخختين ملغمة ملغومة', kind: 'explosive-device' },
  // 241 أمر اعتقال إداري: detention orders are a politics figure; 312 حالة سوء تغذية: the malnourished (after the twenty-fifth set).
  { head: 'أمر أوامر', next: 'اعتقال الاعتقال احتجاز', kind: 'detained' },
  // 11 حادثة اعتداء: incidents of assault are attacks (after the forty-fifth set).
  { head: 'حادث حادثة حوادث حادثتان حادثتين', next: 'اعتداء هجوم قصف', kind: 'attack' },
  // 4 قنابل تقليدية الصنع، قنبلة يدوية الصنع: home-made bombs are explosive devices (after the forty-ninth set).
  { head: 'قنبلة قنابل قنبلتان قنبلتين', next: 'تقليدية يدوية محلية', kind: 'explosive-device' },
  // أزالت 2,350 جسماً متفجراً: an explosive object is an explosive device (after the thirty-first set).
  { head: 'جسم أجسام جسما جسمين', next: 'متفجر متفجرا متفجرة متفجرات مشبوه مشبوها غريب غريبا', kind: 'explosive-device' },
  // قرابة 3 آلاف قطعة من الذخائر، 1,120 جسماً من مخلفات الحرب: pieces of ordnance, or of war's remnants, are explosive
  // devices (after the hundred-and-fortieth, hundred-and-forty-sixth and hundred-and-sixty-fourth sets).
  { head: 'قطعة قطع جسم أجسام جسما', next: 'ذخائر الذخائر ذخيرة الذخيرة مخلفات المخلفات', kind: 'explosive-device' },
  // 8,700 طالب لجوء: asylum seekers are refugees (after the twenty-seventh set).
  { head: 'طالب طالبي طالبو طلاب', next: 'لجوء اللجوء', kind: 'refugees' },
  { head: 'حالة حالات', next: 'سوء', kind: 'malnourished' },
  { head: 'جولة جولات جولتان جولتين', next: 'مفاوضات محادثات مباحثات حوار المفاوضات المحادثات المباحثات الحوار', kind: 'talks' },
];

// Feminines of people nouns that are other words (مطلوبة: required; مخالفة: a violation), no person, not even «his».
const NOT_PEOPLE: ReadonlySet<string> = new Set(forms('مطلوبة مطلوبات مخالفة مخالفات'));

function buildNouns(): Map<string, NounEntry> {
  const map = new Map<string, NounEntry>();
  const add = (rows: readonly NounRow[], person: boolean, materiel: boolean) => {
    for (const row of rows) {
      const kind = row.kind ? (person ? { kind: row.kind } : { thingKind: row.kind }) : {};
      const entry: NounEntry = { en: row.en, person, materiel, ...kind, ...(row.weakKind ? { weakKind: row.weakKind } : {}), ...(row.notPlace ? { notPlace: true } : {}) };
      for (const sg of forms(row.sg)) for (const f of inflect(sg, row.rootH)) if (!map.has(f)) map.set(f, entry);
      for (const f of forms(row.irregular ?? '')) map.set(f, entry);
      // The construct dual of a thing (معبري، مديريتي، وفدي), counted before a named pair (implicit.ts).
      if (!person) for (const sg of forms(row.sg)) construct.push([sg.endsWith('ه') ? `${sg.slice(0, -1)}تي` : `${sg}ي`, entry]);
    }
  };
  const construct: [string, NounEntry][] = [];
  add(PEOPLE, true, false);

  for (const [ar, entry] of PEOPLE_WORDS) for (const f of forms(ar)) map.set(f, entry);
  add(THINGS, false, false);
  add(MATERIEL, false, true);
  for (const [f, entry] of construct) if (!map.has(f)) map.set(f, entry);
  // من أصل 410 ملايين مطلوبة: the feminine of مطلوب (wanted) is «required» said of a sum, no person (after the eighty-fifth set).
  // So is the feminine of مخالف (a violator): مخالفة is a violation.
  for (const f of NOT_PEOPLE) map.delete(f);
  return map;
}

// People nouns read only as written, not inflected: جد (جداً is "very"), كبار السن (the elders; كبير is an adjective).
const GRANDFATHER: NounEntry = { en: ['grandfather', 'grandfathers'], person: true };
const ELDERS: NounEntry = { en: ['elder', 'elders'], person: true };
const PEOPLE_WORDS: readonly [string, NounEntry][] = [['جد أجداد', GRANDFATHER], ['كبار', ELDERS]];

const NOUNS = buildNouns();

// The singular of each people noun, with its accusative (مهاجر، مهاجراً): the tamyiz after 11 and above.
const PERSON_SINGULARS: ReadonlySet<string> = new Set(
  PEOPLE.flatMap((row) => forms(row.sg)).flatMap((sg) => [sg, `${sg}ا`]),
);

// The singular of every noun the lexicon knows (هجوم، رحلة، جسر), people or things: a definite
// singular before a definite number is ranked by it (الهجوم الـ14), a plural counted (الجسور الـ5).
const NOUN_SINGULARS: ReadonlySet<string> = new Set(
  (() => {
    const rows = [...PEOPLE, ...THINGS, ...MATERIEL];
    const plurals = new Set(rows.flatMap((row) => forms(row.irregular ?? '')));
    return rows.flatMap((row) => forms(row.sg)).filter((sg) => !plurals.has(sg));
  })(),
);

/** A noun of the lexicon in its singular (هجوم، الهجوم، رحلة), not a dual or a plural; clitics allowed. */
export function isNounSingular(word: string): boolean {
  return inSet(NOUN_SINGULARS, word, ['ال', 'وال', 'فال', 'بال', 'وبال', 'لل', 'ولل']) !== null;
}

/** A people noun in its singular (مهاجر، لاجئاً), not a dual or a plural. */
export function isPersonSingular(word: string): boolean {
  return PERSON_SINGULARS.has(word);
}

export function lookupNoun(word: string): NounEntry | null {
  return lookup(NOUNS, word)?.value ?? null;
}

/** The noun the word is as written, with no clitic taken off (وفيات، ولد: not و + a noun). */
export function nounAsWritten(word: string): NounEntry | null {
  return lookup(NOUNS, word, [])?.value ?? null;
}

const COMPOUNDS: ReadonlyMap<string, readonly { next: ReadonlySet<string>; kind: string }[]> = (() => {
  const map = new Map<string, { next: ReadonlySet<string>; kind: string }[]>();
  for (const row of COMPOUND_KINDS) {
    const entry = { next: new Set(forms(row.next)), kind: row.kind };
    for (const h of forms(row.head)) map.set(h, [...(map.get(h) ?? []), entry]);
  }
  return map;
})();

/** The kind of a count of `head` followed by `next` (عملية عسكرية → operation), or null. */
export function compoundKind(head: string, next: string | undefined): string | null {
  const hit = lookup(COMPOUNDS, head);
  if (!hit || next === undefined) return null;
  return hit.value.find((row) => inSet(row.next, next, ['ال', 'بال']))?.kind ?? null;
}

/** A noun with a possessive suffix (عائلته، أسرتها، أبنائهم): the noun itself, or null. */
export function possessedNoun(word: string): NounEntry | null {
  if (inSet(NOT_PEOPLE, word, ['و', 'ال', 'وال']) !== null) return null;
  // أطفالي: «my» too, after the thirty-third set.
  const m = /^(.{2,}?)(هما|هم|هن|ها|ه|نا|كم|ي)$/u.exec(word);
  if (!m) return null;
  // مقاتلي is the construct of مقاتلين, not «my fighter».
  if (m[2] === 'ي' && lookupNoun(`${word}ن`)) return null;
  const stem = m[1]!.replace(/ت$/u, 'ه');
  // مرافقيه، موظفيها: the construct of a sound plural in -ين before the suffix (after the fiftieth set).
  return lookupNoun(stem) ?? (stem.endsWith('ي') ? lookupNoun(`${stem}ن`) : null);
}

/** A person noun spelt in the singular or the dual: a count of one or two with no number written (سقط قتيل، طفلين). */
export interface ImplicitForm {
  noun: NounEntry;
  count: 1 | 2;
  /** Singular in the accusative (جريحاً): an indefinite object, a count of one wherever it stands. */
  accusative?: boolean;
  /** -ين that may also be the sound plural (مسعفين): a dual only when the text marks it (مسعفَين). */
  ambiguous?: boolean;
  /** The construct dual of a thing (معبري رفح وزكيم، وفدي الحكومة والحوثيين): two only before a named pair. */
  construct?: boolean;
  /** A relative with a possessive suffix (والدهما، زوجته): one, only right after a casualty event. */
  kin?: boolean;
  /**
   * A count only when something says what happened to it: a possessive dual
   * (وأصيب طفلاها، شقيقاه) or the dual of a nationality (6 سودانيين و3 مصريين وإريتريان).
   */
  needsSense?: boolean;
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
      if (sg.endsWith('ه') && !row.rootH) {
        const base = sg.slice(0, -1);
        add(`${base}تان`, { noun, count: 2 });
        add(`${base}تين`, { noun, count: 2 });
        add(`${base}تا`, { noun, count: 2 });
        // جثتي امرأة وطفلها: the construct dual, two only before a named pair (implicit.ts).
        add(`${base}تي`, { noun, count: 2, construct: true });
      } else {
        // (آمراً folds as أمراً, «an order»: أصدرت السلطات أمراً بالإجلاء counts no commander, after the hundred-and-sixty-seventh set.)
        if (!ORDER_SPELLINGS.has(sg)) add(`${sg}ا`, { noun, count: 1, accusative: true });
        add(`${sg}ه`, { noun, count: 1 }); // the feminine: طفلة، مدنية
        // فتيان is the plural of فتى (youths), not its dual: a form the row lists as its plural is none (after the
        // hundred-and-twentieth set).
        // (A row that lists both -ان and -ين, راعيان راعيين, names its duals there.)
        const listed = forms(row.irregular ?? '');
        if (!listed.includes(`${sg}ان`) || listed.includes(`${sg}ين`)) add(`${sg}ان`, { noun, count: 2 });
        add(`${sg}ين`, { noun, count: 2, ...(brokenPlural && !row.soundPlural ? {} : { ambiguous: true }) });
        // The feminine dual of a noun listed in the masculine: أسيرتان، طفلتين، مدنيتان.
        add(`${sg}تان`, { noun, count: 2 });
        add(`${sg}تين`, { noun, count: 2 });
      }
    }
  }
  add('جد', { noun: GRANDFATHER, count: 1 });
  // طفلاها، شقيقاه، طفليه: the dual of a person noun with a possessive suffix (the construct drops the ن).
  for (const row of PEOPLE) {
    if (row.sg === 'آخر' || row.kind) continue;
    const noun = NOUNS.get(forms(row.sg)[0]!)!;
    for (const sg of forms(row.sg)) {
      const base = sg.endsWith('ه') ? `${sg.slice(0, -1)}ت` : sg;
      for (const suffix of POSSESSIVES) {
        add(`${base}ا${suffix}`, { noun, count: 2, needsSense: true });
        // طفليها is a dual; موظفيها, with a sound plural, may be the plural (her employees).
        // (ساكنيها: residents take the sound plural as often as سكان, so -يها is «its residents», after the
        // hundred-and-eighty-first set.)
        if (row.irregular && !sg.endsWith('ه') && !SOUND_PLURAL_TOO.has(row.sg)) add(`${base}ي${suffix}`, { noun, count: 2, needsSense: true });
      }
    }
  }
  // A dual is a count of two, of things too: مستشفيين، طائرتان، اجتماعين، جولتين من المحادثات.
  // Occasions (مرتين) are no count, nor are definite duals (البلدين) or construct ones (وزارتي الدفاع، ريفي درعا).
  for (const row of [...THINGS, ...MATERIEL]) {
    if (UNCOUNTED_DUALS.has(row.sg)) {
      // على مرحلتين: no count, nor the feminine dual of a people noun spelt alike (مرحل, a deportee).
      for (const sg of forms(row.sg)) for (const end of ['ان', 'ين', 'ي', 'ا']) map.delete(`${sg.endsWith('ه') ? `${sg.slice(0, -1)}ت` : sg}${end}`);
      continue;
    }
    const noun = NOUNS.get(forms(row.sg)[0]!)!;
    // مدرسة listed among its own irregular forms wins over the feminine of مدرس: مدرستان are two schools (after the twenty-eighth set).
    const wins = forms(row.irregular ?? '').includes(forms(row.sg)[0]!);
    const put = (form: string, value: ImplicitForm) => (wins ? map.set(form, value) : add(form, value));
    for (const sg of forms(row.sg)) {
      const base = sg.endsWith('ه') ? `${sg.slice(0, -1)}ت` : sg;
      put(`${base}ان`, { noun, count: 2 });
      put(`${base}ين`, { noun, count: 2 });
      put(`${base}ي`, { noun, count: 2, construct: true });
      // إقليما شمال كيفو وجنوب كيفو، منفذا تورخم وسبين بولدك: the nominative construct, two before a named pair too
      // (after the fifty-second and fifty-third sets).
      add(`${base}ا`, { noun, count: 2, construct: true });
    }
  }
  // والدهما، زوجته، ابنها: a relative with a possessive suffix is one person (after a casualty event, implicit.ts).
  for (const stem of forms('والد والدت زوج زوجت ابن ابنت نجل نجلت شقيق شقيقت')) {
    for (const suffix of POSSESSIVES) add(`${stem}${suffix}`, { noun: KIN_NOUN, count: 1, kin: true });
  }
  // قُتل رجل وابنيه، أصيب شقيقاه، مع ابنتيه: two relatives possessed, the dual before the pronoun (after the review of the seen
  // sets, where a dozen were missed); a relative only after what befell them, as one is.
  for (const stem of forms('شقيق شقيقت ابن ابنت نجل طفل والد')) {
    for (const suffix of POSSESSIVES) {
      add(`${stem}ي${suffix}`, { noun: KIN_NOUN, count: 2, kin: true });
      add(`${stem}ا${suffix}`, { noun: KIN_NOUN, count: 2, kin: true });
    }
  }
  // قُتل شقيقي: «my» relative, where -ي is no construct dual (والدي may be «the parents of»), after the twenty-fifth set.
  for (const stem of forms('زوج زوجت ابن ابنت نجل نجلت شقيق شقيقت')) add(`${stem}ي`, { noun: KIN_NOUN, count: 1, kin: true });
  // مقتل سائقها، أصيب طفلها، وإصابة أحد … ومسعفيه aside: one person of a role, possessed, counts as a relative does
  // (after a casualty event, among a group, or joined to a victim), after the twenty-fourth set.
  // (مقتل راكبها: a vehicle's rider, after the hundred-and-eleventh set.)
  for (const sg of forms('سائق طفل رضيع مسعف متطوع موظف ممرض طبيب راكب')) {
    const noun = NOUNS.get(sg)!;
    for (const suffix of POSSESSIVES) add(`${sg}${suffix}`, { noun, count: 1, kin: true });
  }
  // وأمهما، وأخته، وأبوهما: mother, sister, and the five nouns father and brother in their three cases.
  for (const stem of forms('أم أخت أبو أبا أبي أخو أخا أخي')) {
    for (const suffix of POSSESSIVES) add(`${stem}${suffix}`, { noun: KIN_NOUN, count: 1, kin: true });
  }
  // أودت بحياة زوجين وطفليهما: a married couple is two people (after the hundred-and-second set).
  for (const pair of forms('زوجين زوجان')) add(pair, { noun: KIN_NOUN, count: 2 });
  // نهرين is a district of Baghlan and Mesopotamia (بين النهرين) more often than two rivers told in the genitive
  // (after the sixty-fourth set); نهري and نهرا before a named pair stay two.
  map.delete(fold('نهرين'));
  return map;
}

const POSSESSIVES: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن'];
const KIN_NOUN: NounEntry = { en: ['relative', 'relatives'], person: true };
// People nouns with a broken plural whose sound plural is as common (ساكن: سكان and ساكنين، قاطن: قاطنين).
const SOUND_PLURAL_TOO: ReadonlySet<string> = new Set(['ساكن', 'قاطن']);
// Singulars whose accusative is spelt as a common word once folded: آمراً as أمراً (an order).
const ORDER_SPELLINGS: ReadonlySet<string> = new Set(['امر']);
const UNCOUNTED_DUALS: ReadonlySet<string> = new Set(['مرة', 'تقرير', 'مرحلة']);
// إريتريان، سعوديان، مصريان: a nationality in the dual (nominative -يان; -يين is also the plural).
const NISBA_DUAL = /^[^ ]{3,}يان$/u;
const NATIONAL: NounEntry = { en: ['national', 'nationals'], person: true };
const VERB_DUAL = /^ي[^ ]ا[^ ]يان$/u;

const IMPLICIT_FORMS = buildImplicitForms();
const IMPLICIT_CLITICS: readonly string[] = ['و', 'ف'];

// The singulars of things (بئر، منزل، سيارة; accusative منزلاً), for one thing joined to a count of things (implicit.ts).
const THING_SINGULARS: ReadonlyMap<string, NounEntry> = (() => {
  const map = new Map<string, NounEntry>();
  for (const row of [...THINGS, ...MATERIEL]) {
    if (UNCOUNTED_DUALS.has(row.sg)) continue;
    for (const sg of forms(row.sg)) {
      const entry = NOUNS.get(sg)!;
      map.set(sg, entry);
      if (!sg.endsWith('ه')) map.set(`${sg}ا`, entry);
    }
  }
  return map;
})();

/** وبئر مياه، ومسجداً: the singular of a thing behind و (the clitic only), or null. */
export function lookupThingSingular(word: string): NounEntry | null {
  return lookup(THING_SINGULARS, word, IMPLICIT_CLITICS)?.value ?? null;
}

export function lookupImplicit(word: string): ImplicitForm | null {
  const hit = lookup(IMPLICIT_FORMS, word, IMPLICIT_CLITICS)?.value;
  // مدرسة is a school before it is a teacher (the noun table says so).
  if (hit?.noun.person && hit.count === 1 && lookupNoun(word)?.person === false) return null;
  if (hit) return hit;
  // قصف بطائرتين مسيرتين، وبجرافتين، بغارتين: a weapon or vehicle, or a strike or a shell, in the genitive dual after a glued ب is two.
  const carried = /^[وف]?[بل]/u.exec(word);
  if (carried && word.endsWith('ين')) {
    const tool = IMPLICIT_FORMS.get(word.slice(carried[0].length));
    // خضعت لعمليتين جراحيتين: after a glued ل, any thing's dual (after the thirty-third set).
    // أم لطفلين مخطوفين: after ل a person dual that is no plural too (after the fortieth set).
    const person = !!tool && tool.noun.person && !tool.ambiguous && !tool.needsSense && carried[0].endsWith('ل');
    const thing = tool && (person || (!tool.noun.person && (carried[0].endsWith('ل') || tool.noun.materiel || tool.noun.thingKind)));
    if (tool && tool.count === 2 && thing && !tool.construct) return tool;
  }
  const stem = /^[وف]/u.test(word) ? word.slice(1) : word;
  // (يعانيان: the present dual of a verb (يفاعلان) is no nationality, after the hundred-and-ninety-ninth set; تشاديان is.)
  if (NISBA_DUAL.test(stem) && !VERB_DUAL.test(stem) && !isDefinite(stem) && !lookupNoun(stem)) return { noun: NATIONAL, count: 2, needsSense: true };
  return null;
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
  // لاجئ وافد جديد: «newly arrived» after a people noun is its adjective, no second count (وافد alone is an arrival).
  ['وافد وافدة وافدين وافدون وافدات', 'newly arrived'],
  // أسيران محرران (two freed prisoners, arrested again): the adjective, so a part after it still joins the list.
  ['محرر محررة محرران محررين محررون محررتان محررتين محررات', 'freed'],
  ['مسن مسنة مسنين مسنون مسنات مسنتان مسنتين مسنان', 'elderly'],
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
