/**
 * Word classes for telling counts from numbers that are not counts (time
 * units, ages, currencies, measures, months, year and designation cues,
 * ordinals) and the particles that never head a counted noun phrase.
 */
import { forms } from './lexicon';

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
  'في من على إلى الى عن منذ خلال بعد قبل حتى مع و أو او ثم لكن بل أن إن الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم هن قد لقد كان كانت كانوا ما لا لم لن كل بين عند عبر نحو حول ضد دون بسبب جراء إثر اثر وفق حسب بحسب لدى أمام خلف فوق تحت داخل خارج أيضا فقط أي كما حيث بينما إذا إذ حين حينما عندما لما منها منهم بينهم فيها فيه عليه عليها بها به له لها لهم الآن أمس اليوم فيما وسط غير سوى',
);
