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
  'يوم يوما أيام يومين يومان ساعة ساعات ساعتين أسبوع أسبوعا أسابيع أسبوعين شهر شهرا أشهر شهور شهرين عام عاما أعوام عامين سنة سنوات سنين سنتين عقد عقود قرن قرون دقيقة دقائق ثانية ثوان ليلة ليال ربيعا ' +
    // Duals in the nominative, and seasons: a count of them is a duration (٤ مواسم متتالية، شهران، عامان).
    'ساعتان أسبوعان شهران عامان سنتان ليلتان ليلتين دقيقتان دقيقتين عقدان عقدين قرنين قرنان ' +
    'موسم موسما مواسم موسمين موسمان ' +
    // The seasons by name (خلال صيف واحد، ثلاثة فصول شتاء), after the eighty-eighth set.
    'صيف صيفا شتاء خريف',
);
export const AGE_UNITS = set('عام عاما أعوام سنة سنوات سنين ربيعا');
export const AGE_CUES = set('عمر عمره عمرها عمرهم العمر بعمر سن السن بسن البالغ البالغة البالغين يبلغ تبلغ ذو ذات ذي أعمار أعمارهم أعمارهن أعمارهما');
export const CURRENCIES = set(
  'دولار دولارا دولارات يورو يوروهات ليرة ليرات جنيه جنيها جنيهات ريال ريالا ريالات درهم درهما دراهم دينار دينارا دنانير ' +
    // Haiti's gourde (مليوني غورد), after the seventy-first set.
    'غورد ' +
    // Mauritania's ouguiya (60 ألف أوقية), after the ninety-fourth set; an ounce is no count either.
    'أوقية أوقيات ' +
    // Eritrea's nakfa (50 ألف ناكفا), after the ninety-ninth set.
    'ناكفا ' +
    'فرنك فرنكا فرنكات شلن شلنا شلنات روبل روبلات يوان روبية روبيات تومان نايرا كواشا بيزو بيزوات شيقل شيقلا شيكل شيكلا شواقل شواكل ' +
    // More of the world's currencies (50 ألف درام شهرياً), after the twenty-sixth set.
    // Not those that are also words or names here: أفغاني (an Afghan), بير (بئر folded), سيدي، ليون.
    'درام دراما هريفنا هريفنيا لاري مانات وون تاكا كيات دونغ رينغيت ' +
    // Ethiopia's birr as it is voweled (5 آلاف بِر), after the forty-sixth set: بر (land) never follows a number.
    'بر ' +
    // Mozambique's metical (٣ آلاف ميتيكال), after the hundred-and-thirteenth set.
    'ميتيكال متيكال',
);
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£']);
/** Units of measure, with their accusative after 11–99 (20 كيلومتراً، 22 طناً); floors measure a building (مبنى من 9 طوابق). */
export const MEASURES: ReadonlySet<string> = new Set([
  ...forms('كيلومتر متر ميل طن هكتار دونم كيلوغرام غرام لتر برميل ميغاواط كيلوواط سنتيمتر مليمتر قدم بوصة طابق').flatMap((w) => [w, `${w}ا`]),
  // Millimetres spelled short, and quintals (170 ملمتراً، 7 قناطير), after the forty-ninth set.
  ...forms('ملمتر قنطار').flatMap((w) => [w, `${w}ا`]),
  ...forms('ملمترات قناطير'),
  // Pounds of weight (قنبلة تزن 500 رطل), after the hundred-and-first set.
  ...forms('رطل رطلا أرطال'),
  // The layers of a building are floors too (المبنى المؤلف من 5 طبقات), after the eighteenth set.
  ...forms('كيلومترات كلم كم أمتار أميال أطنان هكتارات دونمات كغ لترات براميل درجة درجات سم ملم أقدام طوابق طبقة طبقات مئوية'),
  // The length of a report (تقرير من 86 صفحة), after the thirty-eighth set. (The clauses of an agreement, 17 بنداً, stay
  // counted: sets 35 and 112 count them, set 123 does not.)
  ...forms('صفحة صفحات'),
  // Calories of a ration (1,800 سعرة حرارية يومياً), after the hundred-and-tenth set.
  ...forms('سعرة سعرات كالوري'),
  // Lashes of a sentence (ما بين 15 و39 جلدة), after the hundred-and-twenty-second set.
  ...forms('جلدة جلدات'),
  // Every common spelling of a unit of measure, singular, accusative, dual and plural, and the abbreviations
  // (after the twentieth set: 8 كيلوغرامات was read as a count). A number before them is a measure, never a count.
  ...unitForms(
    'كيلوغرام كيلوجرام كيلوگرام كيلو_غرام غرام جرام غرامات ميليغرام مليغرام ملليغرام ميلغرام ميكروغرام ' +
      'طن لتر ليتر ملليلتر مليلتر ميليلتر ميلليلتر سنتيلتر برميل غالون جالون ' +
      'متر سنتيمتر سانتيمتر سنتمتر سانتيم مليمتر ميليمتر ملليمتر كيلومتر كيلو_متر ميكرومتر نانومتر ' +
      'ميل قدم بوصة إنش انش ياردة ياردا عقدة هكتار دونم فدان أكر ' +
      'ميغاواط ميجاواط ميغاوات ميجاوات كيلوواط كيلووات غيغاواط جيجاواط واط وات فولت كيلوفولت أمبير ' +
      'كيلوبايت ميغابايت ميجابايت غيغابايت جيجابايت تيرابايت بايت ميغابت ميجابت ' +
      'كيلوواط_ساعي ميغاواط_ساعي',
  ),
  // Broken and sound plurals, and abbreviations the forms above do not make.
  ...forms(
    'كيلوغرامات كيلوجرامات غرامات جرامات مليغرامات ميليغرامات أطنان طنان طنين لترات ليترات ملليلترات مليلترات براميل برميلان برميلين غالونات جالونات ' +
      'أمتار مترات متران مترين سنتيمترات سانتيمترات مليمترات ميليمترات ملليمترات كيلومترات كيلومتران كيلومترين ' +
      'أميال ميلان ميلين أقدام قدمان قدمين بوصات إنشات انشات ياردات عقدات ' +
      'هكتارات دونمات دونمان دونمين أفدنة فدادين فدانان فدانين ' +
      'ميغاواطات واطات فولتات أمبيرات ' +
      'درجة درجات درجتين درجتان مئوية فهرنهايت سلزيوس ' +
      'ميغاهرتز هرتز ديسيبل',
  ),
]);

/**
 * Short abbreviations of units (كلغ، غم، ملغ، مم، مل، م2): a measure only as written, with no clitic,
 * since a clitic makes words of them (لغم is a mine, بسم a name's start).
 */
export const MEASURE_ABBREVIATIONS: ReadonlySet<string> = new Set(forms('كلغ كجم كج غم جم ملغ مغ ملجم طن سنتم مم مل كم2 كم² م2 م² م3 م³ كيلو'));

/** A unit's singular, its accusative after 11–99 (20 كيلوغراماً), its duals and its sound plural. */
function unitForms(list: string): string[] {
  return forms(list.replace(/_/gu, '')).flatMap((w) => (w.endsWith('ه') ? [w, `${w.slice(0, -1)}ات`, `${w.slice(0, -1)}تين`, `${w.slice(0, -1)}تان`] : [w, `${w}ا`, `${w}ات`, `${w}ين`, `${w}ان`]));
}
/**
 * Places that a number of says where, not how many, after في, فوق, عبر, داخل
 * or ضمن: في 9 مقاطعات، فوق 4 ولايات، عبر 3 دول (a count of them with no such
 * preposition, دمّر 5 قرى, is still a figure).
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  // A camp is a place people live in, as a town is (convention after the thirteenth set): في 33 مخيماً.
  // The administrative units of wire text are places too (after the sixteenth and seventeenth sets): a prefecture
  // (عمالة), a Sudanese locality (محلية), a constituency or daira (دائرة), a canton (كانتون).
  forms('محافظة مقاطعة ولاية إقليم مديرية منطقة دولة بلد بلدية قضاء ناحية مدينة بلدة قرية مخيم عمالة محلية دائرة كانتون').flatMap((w) =>
    w.endsWith('ه') ? [w, `${w.slice(0, -1)}ات`] : [w, `${w}ا`, `${w}ات`],
  ).concat(forms('أقاليم مناطق دول بلدان أقضية نواح نواحي مدن قرى مخيمات دوائر')).concat(
    // Informal settlements, as camps are (يقيم نحو ثلثهم في ١٤ تجمعاً عشوائياً), after the thirty-fourth set; settlements
    // and outposts (يقيمون في 180 مستوطنة و256 بؤرة استيطانية), after the fifty-seventh set.
    forms('تجمع تجمعا تجمعات مستوطنة مستوطنات بؤرة بؤر ' +
      // Points held or used (في خمس نقاط مرتفعة، عبر 400 نقطة توزيع), after the ninetieth and ninety-second sets.
      'نقطة نقاط ' +
      // Neighbourhoods (النزوح من 11 حياً), after the hundred-and-twenty-seventh set.
      'حي حيا أحياء'),
  ),
);
/**
 * Sites (موقع، مواقع): after the narrower prepositions of place (في، فوق، عبر، داخل،
 * ضمن، أنحاء) a number of them says where, as a town does (الحفر في 27 موقعاً),
 * as their dual already did (عبر موقعين); with no such preposition, or after a
 * glued ب, they are counted (حددت 4 مواقع، أضراراً بـ412 موقعاً). After the eighteenth set.
 */
export const SITE_NOUNS: ReadonlySet<string> = new Set(forms('موقع موقعا مواقع'));
/** Storeys (أدوار) are a measure only of a building told just before (بناية من 4 أدوار). */
export const STOREYS: ReadonlySet<string> = new Set(forms('أدوار دور'));
export const BUILDINGS: ReadonlySet<string> = new Set(forms('مبنى مبان مباني بناية بنايات عمارة عمارات برج أبراج منزل منازل بيت فندق مستشفى'));
/**
 * A commune (Morocco's and Algeria's district): جماعة is a place only with the
 * adjective that says so (في 6 جماعات قروية، جماعة حضرية، جماعات ترابية);
 * جماعات مسلحة (armed groups) stay a count.
 */
export const COMMUNE_NOUNS: ReadonlySet<string> = new Set(forms('جماعة جماعات جماعتين'));
export const COMMUNE_ADJECTIVES: ReadonlySet<string> = new Set(forms('قروية حضرية ترابية قرويتين حضريتين'));
/**
 * The prepositions of place (written in docs/reader.md, *Conventions*): a number
 * or a construct dual of places after one of them says where (في 7 بلدات، إلى
 * 5 مخيمات، من مديريتي صرواح ورحبة، إلى مدينتي الرهد وأم روابة).
 */
export const PLACE_PREPOSITIONS = set('في فوق عبر داخل ضمن أنحاء إلى الى من قرب حول بين عند باتجاه');
/**
 * The prepositions after which a dual of any site that is neither a place of
 * PLACE_NOUNS nor a building still says where (في حيين، عبر موقعين): the older,
 * narrower list. A building (مستشفيين، مدرستين) is counted after every one.
 */
export const SITE_PREPOSITIONS = set('في فوق عبر داخل ضمن أنحاء عند');
/** States and countries, which a من، إلى، بين counts as parties (جنود من 48 دولة: diplomacy), not where. */
export const STATE_NOUNS = set('دولة دول دولتين دولتان بلد بلدان بلدا');
/**
 * A rise (ارتفع عدد القرى المتضررة إلى 45 قرية), or a total that reaches a number
 * (وصل عدد المخيمات إلى 40 مخيماً): the number after إلى is a count, not where.
 * A verb of reaching alone (وصلت العائلات إلى 5 مخيمات) is an arrival: where.
 */
export const RISE_VERBS = set('ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع ارتفاع زاد زادت يزيد تزيد ليزيد زيادة تضاعف');
export const REACH_VERBS = set('وصل وصلت يصل تصل ليصل لتصل وصول بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ');
export const TOTAL_WORDS = set('عدد إجمالي مجموع حصيلة');
/** A noun of the area around a place: في محيط مدينتي الميادين والبوكمال، في ريف 3 قرى. */
// أجواء: the airspace over places (في أجواء 9 مقاطعات روسية), after the thirty-eighth set.
// (The lands of a village, خراج بلدتي كفرشوبا وكفرحمام, after the hundred-and-seventy-sixth set.)
// (And the fronts of a district, على جبهات مديريتي صرواح ورغوان, after the hundred-and-ninety-second set.)
// (And the camps of a district, في مخيمات مديريتي عبس وحرض, after the two-hundredth set.)
export const AREA_NOUNS = set('محيط ريف أرياف أطراف مشارف ضواحي شمال جنوب شرق غرب وسط أجواء خراج جبهات جبهة مخيمات');
export const MONTHS = set(
  'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين ' +
    'جانفي فيفري أفريل ماي جوان جويلية أوت ' +
    // Moroccan names (6 و8 شتنبر), after the seventy-seventh set.
    'يوليوز غشت شتنبر نونبر دجنبر ' +
    'محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو',
);
/** First words of two-word month names, and the words that complete them: تشرين الأول، ربيع الآخر، جمادى الأولى، ذو الحجة. */
export const COMPOUND_MONTHS = set('تشرين كانون ربيع جمادى ذو');
export const MONTH_SECOND_WORDS = set('الأول الثاني الأولى الثانية الآخر الآخرة القعدة الحجة');
export const WEEKDAYS = set('السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة');
/** Words before a four-digit year (عام 2016، في 2020، منذ 2011). */
export const YEAR_CUES = set(
  'عام العام عامي سنة السنة في منذ حتى مطلع أوائل أواخر منتصف نهاية بداية خلال قبل بعد صيف شتاء ربيع خريف ' +
    // The data of a year (وفق تقديرات 2020، إحصاء 2019، تعداد 2004), after the audit of the thirteenth stop.
    'تقديرات إحصاء إحصاءات احصاء احصاءات تعداد بيانات ' +
    // The events a year names (منذ فيضانات 2023، انتخابات 2024), after the thirty-fourth set.
    'فيضانات فيضان زلزال انتخابات ' +
    // A season of the year (لموسم 2026), after the fifty-second set; a budget, a war and protests (موازنة 2026، حرب ٢٠٢٠،
    // احتجاجات 2022), after the sixty-third to sixty-fifth sets.
    'موسم موازنة ميزانية حرب احتجاجات تظاهرات ثورة انتفاضة ' +
    // A fiscal year (السنة المالية 2025، العام المالي 2024), after the seventy-first set.
    'المالية المالي',
);
/** Words before a date written in digits: تاريخ 22-9-2024، بتاريخ 3/5. */
/** «On» (على): a preposition of place only before a noun of the area (على أطراف), and the على of an attack. */
export const ON = set('على وعلى');
/** «Each», «every» (كل): before a number the base of a ratio, before واحد distributive. */
export const EVERY = set('كل');
/** Case words (حالة، حالات): what they count is the event or the disease after them. */
export const CASE_WORDS = set('حالة حالات');
export const DATE_CUES = set('تاريخ التاريخ مؤرخ مؤرخة المؤرخ المؤرخة');
export const YEAR_SUFFIXES = set('م ه هـ ميلادي ميلادية هجري هجرية');
/** Numbered things: articles, resolutions, units, channels (المادة 4، القرار 2254، اللواء 93، القناة 12، فرانس 24). */
export const DESIGNATION_CUES = set(
  // (The dual of an article before two numbers, المادتين 50 و51, after the hundred-and-fifteenth set.)
  'المادتين المادتان مادتين ' +
  'مادة بند فقرة قرار رقم كيلو الكيلو قانون مرسوم لواء فرقة كتيبة فيلق طريق جدول صفحة العدد الجزء الحلقة الدورة المرحلة الطريق المادة البند الفقرة القرار الرقم القانون المرسوم اللواء الفرقة الكتيبة الفيلق قناة القناة فرانس ' +
    // A telephone line's number (الخط الساخن 9090، الهاتف 112).
    'الساخن هاتف الهاتف ' +
    // Numbers borne (مربعات سكنية تحمل الأرقام ٢٣٠٠ و٢٣٢٨), after the hundred-and-sixty-second set.
    'الأرقام أرقام بالأرقام ' +
    // A resolution with its possessor's pronoun (في قراره 2722), after the seventy-eighth to eighty-third sets.
    'قراره قرارها ' +
    // A rank, a floor, an anniversary, an edition (المرتبة 5، الطابق 3، الذكرى 57 للاحتلال، النسخة 28).
    'المرتبة مرتبة الطابق الذكرى النسخة ' +
    // An article of a decree in the Maghreb (الفصل 24 من المرسوم 54), after the hundred-and-sixth set.
    'الفصل',
);
/**
 * Numbered places and units of a town or a front (الشارع 30، الحي 16، البلوك 4، المربع 2، المبنى 7،
 * الشقة 12، المنطقة 9، المحور 3، البوابة 5): a bare number right after one of them, with no counted
 * noun after it, names it (after the eighteenth and nineteenth sets' audit).
 */
export const NUMBERED_PLACES = set(
  'الشارع شارع الحي حي البلوك بلوك المربع مربع المبنى مبنى البناية بناية العمارة عمارة الشقة شقة المنطقة المحور محور البوابة بوابة الجادة جادة ' +
    'الرحلة رحلة الفوج فوج القطعة قطعة المدرج الرصيف الجناح الغرفة غرفة العنبر الزنزانة زنزانة الكتلة ' +
    // Categories, levels, minutes and rounds (الفئة 4، المستوى 5، الدقيقة 90، الجولة 15)، crossings, sites and checkpoints named by a number (معبر 147، موقع 105، الحاجز 17).
    // (Not فئة alone: folded it is فيه, «in it», as in قُتل فيه 4 من عناصر الأمن, after the hundred-and-twelfth set.)
    'الفئة المستوى مستوى الدقيقة الجولة معبر المعبر موقع الموقع حاجز الحاجز النقطة البرج برج ' +
    // A hospital or school named by its number (مستشفى 57357، مدرسة 12), after the audit of the thirteenth stop.
    'مستشفى المستشفى مدرسة المدرسة ' +
    // A kilometre marker on a road (عند الكيلومتر 42), after the hundred-and-sixth set.
    'الكيلومتر ' +
    // A numbered week of a report (تقرير الوصول الإنساني، الأسبوع 34), after the fifty-seventh set.
    'الأسبوع ' +
    // An intelligence branch by its number (الفرع 235), after the two-hundred-and-fourteenth set; a quarter (الحارة 60 بأم
    // درمان), after the two-hundred-and-twenty-first.
    'الفرع الحارة حارة',
);
/** A match's result (بنتيجة 2-1، النتيجة 3-0): the two numbers are a score. */
// A match itself and its verbs cue a score too, only before a hyphened pair of digits (انتهت المباراة 3-1، فاز 2-0).
export const SCORE_CUES = set('نتيجة النتيجة بنتيجة وبنتيجة المباراة مباراة اللقاء المواجهة فاز فوز بفوز تعادل خسر هزم تغلب الشوط');
/** «Among them», «of them» before a part of the figure before (بينهم طفلان، منهم اثنان). */
export const AMONG_THEM = set('بينهم بينهن بينهما منهم منهن ضمنهم');
/** «Others» after a number (اثنان آخران، 13 آخرون، أربع أخريات): more of what was counted before. */
export const OTHERS = set('آخر آخران آخرين آخرون آخرا أخرى أخريان أخريين أخريات');
/** A family named by its size (عائلة من 6 أفراد): the group, whose members are the count. */
export const FAMILIES = set('عائلة أسرة');
/** «Other» in the feminine (أخرى): after a noun with no ة it makes the noun a broken plural of things (مرافق أخرى). */
export const OTHER_FEMININE = set('أخرى');
/** Multipliers: ثلاثة أضعاف (three times as much) is no count. */
export const MULTIPLIERS = set('أضعاف أضعافا ضعف ضعفا أضعافه أضعافها');
/** Arabic spellings of Latin letters that name weapons and models (إس 400، إف-35، تي-72). */
export const MODEL_CUES = set('إس اس إف تي سو ميغ ميج بي إم كا يو إتش جي سي كوفيد');
/** Occasions, not things: مرة واحدة، 3 مرات، المرة الثانية; stages of a plan (على مرحلتين، 3 مراحل), after the seventy-seventh set. */
export const OCCASIONS = set('مرة مرات مرحلة مراحل مرحلتين مرحلتان');
/**
 * Words that put money in the clause, so a bare amount near them is money:
 * بقيمة 70 مليوناً، تمويل قدره 5 ملايين، خصصت الحكومة 50 مليوناً, and a sum linked to the one before
 * (18 مليون دولار من أصل 70 مليوناً, in noncounts.ts).
 */
export const MONEY_CUES = set('خصص خصصت خصصتها تخصيص تبرع تبرعت مول مولت يمول بقيمة قيمة قيمتها قيمته بتكلفة تكلفة كلفة بكلفة مبلغ بمبلغ قدره قدرها ميزانية بميزانية تمويل بتمويل تمويلا تمويلية التمويلية منحة بمنحة قرض بقرض تبرع تبرعات');
export const TIME_OF_DAY_BEFORE = set('الساعة ساعة');
export const TIME_OF_DAY_AFTER = set('صباحا صباح مساء مساءا ظهرا ظهر فجرا فجر ليلا عصرا بتوقيت');
export const PERCENT_AFTER = set('بالمئة بالمائة بالمية بالميه');
export const PERCENT_BEFORE = set('نسبة بنسبة النسبة');
export const ORDINALS = set(
  'أول أولى الأول الأولى ثاني ثانية الثاني الثانية ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي حادية',
);

/** Words that never head a counted noun phrase: particles, prepositions, pronouns, auxiliaries. */
export const STOPWORDS = set(
  'في من على إلى الى عن منذ خلال بعد قبل حتى مع و أو او ثم لكن بل أن إن الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم هن قد لقد كان كانت كانوا ما لا لم لن كل بين عند عبر نحو حول ضد دون بسبب جراء إثر اثر وفق حسب بحسب لدى أمام خلف فوق تحت داخل خارج أيضا فقط أي كما حيث بينما إذا إذ حين حينما عندما لما منها منهم بينهم فيها فيه عليه عليها بها به له لها لهم الآن أمس اليوم فيما وسط غير سوى',
);
