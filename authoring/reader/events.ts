/**
 * The events figures take part in: verbs and verbal nouns before the number
 * (مقتل 34، قُتل 54، بطرد الآلاف), verbs after the counted phrase (20 مدنياً
 * قتلوا، لقوا حتفهم، جرفتهم المياه), each with its kind and category.
 * Entries are folded; clitics are stripped at lookup time (see clitics.ts).
 */
import { lookup } from './clitics';
import { forms, sense, type EventSense } from './lexicon';

interface EventRow {
  kind: string;
  /** Verbs and verbal nouns that come before the number (مقتل 34، قُتل 54، بطرد الآلاف). */
  before: string;
  /** Verbs that come after the counted phrase (20 مدنياً قتلوا، لقوا حتفهم). */
  after?: string;
  /** A word that must be near for this sense (منح … اللجوء). */
  near?: string;
  /** A feminine singular verb: it says what happened only to a feminine noun (أسرة، عائلة). */
  feminine?: boolean;
  /** Only without the article: فرق الإنقاذ names rescuers, إنقاذ 11 ناجياً is the event. */
  indefinite?: boolean;
  /** Not this sense when the next word is one of these: إعادة افتتاح (reopening) is no return. */
  notNext?: string;
  /** A weak event: the counted noun's own weak kind wins over it (يعالج المركز 90 مريضاً: sick, not injured). */
  yields?: boolean;
  /** Crossing a border: returned when the sentence names returnees (sense.ts). */
  crossing?: boolean;
  /** Said of people the lexicon knows only: تبادل 1,150 رسالة exchanges no prisoners. */
  people?: boolean;
  /** How far after the word its companion (near) may stand, in the same sentence; the default is a few words around it. */
  nearReach?: number;
  /** Only right before what it befalls. */
  adjacent?: boolean;
}

const EVENTS: readonly EventRow[] = [
  {
    kind: 'killed',
    before:
      // Lost (خسرنا 12 من رجالنا) is in its own row below: said of people only.
      // (The present plural of a headline, مسلحون يقتلون 9 ركاب, after the review of the seen sets.)
      'مقتل قتل قتلت قتلوا يقتل تقتل يقتلون مصرع استشهاد استشهد استشهدت استشهدوا وفاة وفيات توفي توفيت بحياة أرواح قضى قضت ' +
      // Rose (to martyrdom: ارتقى ٨١ أسيراً داخل السجون), after the fiftieth set.
      'ارتقى ارتقت ارتقوا ' +
      'جثة جثث جثتي جثامين جثمان رفات موت مات ماتت ماتوا تحييد ' +
      // Neutralised (حيّدت مسيّرة 4 إرهابيين), as تحييد is, after the nineteenth set.
      'حيد حيدت حيدوا تحيد يحيد ' +
      // Burying people says they died (ودفن 40 شخصاً في مقبرة جماعية).
      'دفن دفنت دفنوا',
    after:
      'قتلوا قتلن حتفهم حتفه حتفها حتفهن حتفهما مصرعهم مصرعه مصرعهما حياتهم قضوا استشهدوا قتلتهم قتلهم قتلتهن قتلهن أرواحهم ' +
      'توفوا توفين ماتوا متن تحييدهم تحييده حيدوا ' +
      // The dual (مسعفَين اثنين قُتلا، طفلان توفيا).
      'قتلا قتلتا توفيا توفيتا استشهدا ماتا لقيا ' +
      // Drowned (رجلين غرقا، 12 مهاجراً غرقوا): killed; said of people only (sense.ts), so منزلين غرقا is no toll.
      'غرقوا غرقا غرقتا غرقن',
  },
  { kind: 'killed', before: 'خسرنا خسر خسرت خسروا', people: true },
  // Fell victim to it (راح ضحيتها 183 شخصاً، ذهب ضحيته 12): killed, after the hundred-and-first set.
  { kind: 'killed', before: 'ضحيتها ضحيته ضحيتهما', near: 'راح ذهب سقط', people: true },
  // Beheaded or slaughtered (قطعوا رؤوس 6 أشخاص، ذبح مسلحون 12 قروياً): killed, said of people (after the eighty-third set).
  { kind: 'killed', before: 'رؤوس', near: 'قطع قطعوا قطعت', people: true, adjacent: true },
  { kind: 'killed', before: 'ذبح ذبحت ذبحوا', people: true },
  // Parted from life (فارق أحد المصابين الحياة، فارق 3 أشخاص الحياة): killed, with الحياة after; after the seventy-seventh set.
  { kind: 'killed', before: 'فارق فارقت فارقوا', near: 'الحياة', people: true },
  // Drowned before the people (فيما غرق طفل في قناة مياه): said of people only, as a boat or a house also غرق (after the fifty-first set).
  { kind: 'killed', before: 'غرق', people: true, adjacent: true },
  // Executed: the verb after its people too (13 رجلاً على الأقل أُعدموا شنقاً), after the twenty-first set.
  { kind: 'executed', before: 'إعدام أعدم أعدمت أعدموا أعدما إعدامات يعدم تعدم يعدمون', after: 'أعدموا أعدما أعدمن إعدامهم إعدامه' },
  // Hanged (7 رجال شُنقوا علناً), after the hundred-and-twelfth set.
  { kind: 'executed', before: 'شنق', after: 'شنقوا شنقا شنقن' },
  // Sentenced told after the people (20 متهماً أدينوا، 12 شخصاً صدرت بحقهم أحكام، يواجهون خطر الإعدام), after the twenty-first set.
  { kind: 'sentenced', before: '', after: 'أدينوا أدينا أدين أدينت' },
  { kind: 'sentenced', before: '', after: 'بحقهم بحقهما بحقهن', near: 'صدرت صدر أحكام حكم أحكاما' },
  { kind: 'sentenced', before: '', after: 'يواجهون يواجه تواجه يواجهن', near: 'الإعدام إعدام' },
  {
    kind: 'injured',
    // أصاب/أصابت (the quake injured 3,100 others): said of people only, as every casualty event (sense.ts).
    // بتر أطراف 13 شخصاً (amputations): injured, after the twenty-fourth set.
    before: 'إصابة إصابات أصيب أصيبت أصيبوا جرح جرحت جرحوا أصاب أصابت أصابوا يصيب تصيب بتر',
    after: 'أصيبوا أصبن أصيبا أصيبتا جرحا جرحوا بجروح أصابتهم أصابهم',
  },
  { kind: 'missing', before: 'فقدان فقد فقدت اختفاء', after: 'فقدوا فقدا' },
  // Swept away by water (طفلاً جرفته المياه، 5 أشخاص جرفتهم السيول): missing, as a body not found; a verb after people only.
  { kind: 'missing', before: '', after: 'جرفته جرفتهم جرفتها جرفتهما' },
  // Disappeared, enforced disappearance (ما زالوا مختفين قسرياً، إخفاء 20 شخصاً قسراً): missing.
  // (اختفوا قسرياً told after the people, after the hundred-and-fifty-second set.)
  { kind: 'missing', before: 'إخفاء أخفت أخفى', after: 'مختفين مختفون مختفيات مختفيا مخفيين مخفيون اختفوا اختفين اختفيا' },
  // Still searched for (وما زلنا نبحث عن أربعة آخرين، البحث عن 20 مفقوداً): missing.
  { kind: 'missing', before: 'نبحث يبحث تبحث يبحثون تبحثان البحث', near: 'عن' },
  // Treatment received, told after (3 منهن تلقين العلاج): injured, unless the noun says more; after the twenty-sixth set.
  { kind: 'injured', before: '', after: 'تلقوا تلقين تلقى تلقت يتلقون يتلقين', near: 'العلاج علاج', yields: true },
  // Taken to hospital (ونُقل 27 شخصاً إلى المستشفى، 5 أشخاص نُقلوا إلى المستشفيات): injured, unless the noun says more
  // (نُقل 40 مريضاً إلى المستشفى: sick); not to a hospital named (نُقل ستة آخرون إلى مستشفى كمال عدوان: the dead
  // are taken there too). After the forty-seventh set.
  { kind: 'injured', before: 'نقل نقلت', after: 'نقلوا نقلا نقلتا', near: 'المستشفى المستشفيات المشفى المشافي', yields: true, people: true },
  // Treatment given or received before the people (قدمت العلاج لأكثر من 600 شخص، تلقى سبعة منهم العلاج): injured,
  // unless the noun says more; after the forty-ninth set.
  { kind: 'injured', before: 'العلاج', near: 'قدم قدمت قدموا تقدم يقدم تقديم', yields: true },
  { kind: 'injured', before: 'تلقى تلقت يتلقى تتلقى', near: 'العلاج علاج', yields: true },
  // Treated by medics (عالجت طواقم الهلال الأحمر 12 آخرين): injured, unless the noun says more (يعالج المركز 90 مريضاً: sick).
  { kind: 'injured', before: 'عالج عالجت عالجوا يعالج تعالج يعالجون', yields: true },
  // اعتقلت أبناءه الثلاثة ولم يُعرف مصيرهم: a fate not known, told after the figure, is missing.
  // (3 من رفاقها ما زال مصيرهم مجهولاً: the fate told unknown after it, after the hundred-and-sixth set.)
  { kind: 'missing', before: '', after: 'مصيرهم مصيره مصيرها مصيرهما مصيرهن', near: 'يعرف تعرف يعلم تعلم مجهول مجهولا' },
  // لا يزال مصير 2,600 منهم مجهولاً: a fate unknown is missing.
  { kind: 'missing', before: 'مصير', near: 'مجهول مجهولا مجهولين مجهولون يعرف تعرف يعلم' },
  // Survivors rescued or freed (أنقذ 11 ناجياً، حررت 47 نزيلاً): a toll on people, never on things (sense.ts).
  // فرق الإنقاذ (rescue teams) name the rescuers: only the verb and the indefinite verbal noun count.
  // أخرجت 87 شخصاً أحياء من تحت الأنقاض: people brought out alive are rescued.
  // The dual (مروحيتين … أنقذتا ٦٣ شخصاً), after the forty-seventh set.
  { kind: 'rescued', before: 'إنقاذ أنقذ أنقذت أنقذوا أنقذا أنقذتا ينقذ تنقذ حرر حررت حرروا تحرير', after: 'أنقذوا أحياء', indefinite: true },
  // 12 ألف طفل شُخّصوا بسوء التغذية، يعانون من سوء التغذية.
  // شخّصت 1,832 طفلاً منهم بسوء التغذية (diagnosed), after the twenty-fifth set.
  { kind: 'malnourished', before: 'يعاني تعاني يعانون عانى شخصت شخصوا تشخيص', after: 'شخصوا يعانون يعاني تعاني أصيبوا', near: 'تغذية التغذية' },
  // لا يزالون تحت الأنقاض (still under the rubble): missing; أُنقذ من تحت الأنقاض (rescued) is not.
  { kind: 'missing', before: '', after: 'أنقاض ركام', near: 'يزال يزالون تزال يزلن زال زالوا زالت مازال مازالوا' },
  {
    kind: 'displaced',
    // (The present, يفر، يشرد، after the hundred-and-nineteenth set.)
    before: 'تشريد شرد شردت تهجير هجر هجرت نزوح نزح نزحت فرار فر فرت هروب هرب تشرد لجأ لجأت إيواء أوى آوى يفر تفر يشرد',
    after: 'نزحوا نزح فروا هجروا شردوا هربوا شردتهم هجرتهم هجرهم شردهم لجؤوا لجأوا لجئوا فرار هروب نزوح هربا مأوى يعبرون عبروا',
  },
  // The feminine singular agrees with أسرة، عائلة (2,100 أسرة نزحت), not with أطفال: see counted.ts.
  { kind: 'displaced', before: '', after: 'نزحت فرت هربت تشردت لجأت', feminine: true },
  { kind: 'displaced', before: 'مغادرة', after: 'مغادرة', near: 'منازل منازلهم منازلها ديار ديارهم بيوت بيوتهم' },
  // Forced to leave their homes (4,000 أسرة اضطرت إلى ترك منازلها): displaced, after the thirty-second set.
  { kind: 'displaced', before: '', after: 'اضطرت اضطروا اضطر', near: 'ترك مغادرة النزوح الفرار منازلها منازلهم بيوتها بيوتهم' },
  // Told before them (اضطرت 4,300 أسرة في منطقة لوق إلى الانتقال إلى مرتفعات قريبة), after the hundred-and-tenth set.
  // (اضطر نحو 27 ألف شخص إلى قضاء الليل في خيام ومراكز إيواء: to shelters too, after the hundred-and-eighteenth set.)
  { kind: 'displaced', before: 'اضطرت اضطر', near: 'ترك مغادرة النزوح الفرار الانتقال خيام إيواء', nearReach: 10, people: true },
  // Driven out (دفع عشرات العائلات إلى مغادرة البلدة), after the hundred-and-fourteenth set.
  { kind: 'displaced', before: 'دفع دفعت', near: 'مغادرة النزوح الفرار ترك', nearReach: 6, people: true },
  // People who left their town (عشرات الأسر غادرت البلدة), told after them: displaced (after the twenty-seventh set).
  // (Or toward somewhere else, غادروا الأبيض … باتجاه مدينتي كوستي, after the hundred-and-thirty-ninth set.)
  { kind: 'displaced', before: '', after: 'غادروا', near: 'البلدة المدينة القرية البلدات القرى بلدات قرى مدن منازلهم بيوتهم مناطقهم المنطقة الحي الأحياء ديارهم المجمع المجمعات باتجاه' },
  // Families that lost their shelter or left their villages (52 أسرة فقدت مأواها، عدد العائلات التي تركت قراها), after the
  // hundred-and-fifth set.
  { kind: 'displaced', before: '', after: 'فقدت تركت', feminine: true, near: 'مأواها مساكنها منازلها بيوتها قراها ديارها مناطقها' },
  { kind: 'displaced', before: '', after: 'فقدوا تركوا', near: 'مأواهم مساكنهم منازلهم بيوتهم قراهم ديارهم مناطقهم' },
  // A collective town (غادرت المجمع), after the fifty-sixth set.
  // (Or toward somewhere else, غادرت المخيم عقب الغارة باتجاه صيدا, after the hundred-and-sixty-fourth set.)
  { kind: 'displaced', before: '', after: 'غادرت', near: 'البلدة المدينة القرية البلدات القرى بلدات قرى مدن منازلها بيوتها منازلهم بيوتهم مناطقها المنطقة الحي الأحياء ديارها المجمع المجمعات باتجاه' },
  // Children separated from their families or unaccompanied (312 طفلاً منفصلين عن ذويهم، غير المصحوبين بذويهم): displaced.
  { kind: 'displaced', before: '', after: 'منفصلين منفصلون منفصلات مصحوبين مصحوبون المصحوبين', near: 'ذويهم ذويهن أسرهم عائلاتهم أهلهم ذويه ذويها' },
  { kind: 'evacuated', before: 'إجلاء أجلي أجليت أجلوا إخلاء أجلت أجلى يجلي تجلي أخلت أخلى أخلوا يخلي تخلي', after: 'أجلوا' },
  // Crossing a border is displacement, as يعبرون above: the verbal noun alone (عبور 40 ألف شخص);
  // the verb, which is also "via", only with a border or a crossing point near.
  { kind: 'displaced', before: 'عبور', crossing: true },
  // The border or crossing point may come late in the sentence (عبر أكثر من ١٨,٥٠٠ شخص من السودان إلى تشاد … عبر معبري أدري وطينة).
  { kind: 'displaced', crossing: true, nearReach: 18, before: 'عبر عبرت عبروا يعبر تعبر', near: 'الحدود حدود الحدودي الحدودية معبر معبرا معبري المعبر معابر المعابر منفذ منفذا منفذي المنفذ منافذ المنافذ' },
  { kind: 'refugees', before: 'لجوء' },
  // Returns and repatriations: عاد، أعادت السلطات 157 عائلة، أُعيد 300 لاجئ، ترحيل، إلى ديارهم.
  // إعادة before a verbal noun is "re-" (إعادة افتتاح، إعادة تأهيل، إعادة إعمار): no return.
  {
    kind: 'returned',
    before: 'عودة عاد عادت عادوا يعودون ترحيل رحل رحلت رحلوا إعادة أعاد أعادت أعادوا أعيد أعيدت أعيدوا يعيد تعيد تعيدوا استعادة استعادت',
    after: 'عادوا عادا أعيدوا رحلوا يعودون',
    notNext:
      'تاريخ تاريخها تاريخه افتتاح فتح تأهيل إعمار بناء تشغيل تموضع انتشار هيكلة النظر تقييم ترتيب تفعيل انتخاب تأكيد توجيه تنظيم تأهيلهم إحياء ضبط السيطرة سيطرة التوازن الأمن الهدوء الثقة ' +
      // أعادت الاتصال بين 670 محتجزاً، تعيد الأمل لمئات العائلات (after the fifty-fourth set).
      'الاتصال التواصل الأمل',
  },
  // A family that came back (60 عائلة مهجرة عادت إلى قراها): the feminine agrees with أسرة، عائلة.
  { kind: 'returned', before: '', after: 'عادت', feminine: true },
  // Sent home (إلى ديارهم، إلى بلدهم) after a figure: 40 شخصاً نُقلوا إلى ديارهم.
  // (Or their provinces, moved by someone: ونقلت ٤٣٠ أسرة إلى ولاياتها الأصلية, after the hundred-and-forty-third and
  // hundred-and-forty-eighth sets.)
  { kind: 'returned', before: '', after: 'ديارهم بلدهم بلادهم أوطانهم وطنهم بلدانهم قراهم قراها مناطقهم مناطقها منازلهم منازلها ولاياتهم ولاياتها محافظاتهم محافظاتها مدنهم', near: 'عادوا عادت أعيدوا نقلوا وصلوا توجهوا رحلوا عودة إعادة عاد أعيد نقلت نقل' },
  { kind: 'granted-asylum', before: 'منح منحت منحوا يمنح تمنح', after: 'منحوا', near: 'لجوء' },
  {
    kind: 'detained',
    before: 'اعتقال اعتقل اعتقلت اعتقلوا احتجاز احتجز احتجزت احتجزوا توقيف أوقف أوقفت أوقفوا أسر أسرت القبض ' +
      // Remand (أمرت بحبس 16 مسؤولاً احتياطياً).
      'حبس حبست يحبس ' +
      // Holding in the present (وتحتجز السلطات نحو 4,500 مهاجر).
      'تحتجز يحتجز تعتقل يعتقل يحتجزون يعتقلون ' +
      // Arrests in the plural (أعلى عدد من الاعتقالات بواقع ٩٨ حالة), after the twenty-fifth set.
      'اعتقالات احتجازات',
    after: 'اعتقلوا احتجزوا اعتقلتهم اعتقلهم احتجزتهم احتجزهم يحتجزون يعتقلون تحتجزهم يحتجزهم',
  },
  // Arrested (إيقاف 4 مهربين، ضبط 43 مطلوباً): said of people only, after the seventy-seventh set.
  { kind: 'detained', before: 'إيقاف وإيقاف ضبط ضبطت', people: true },
  // تركيا توقف 161 مشتبهاً: the present of أوقف, which is also «stops», said of people only (after the hundred-and-fifth set).
  { kind: 'detained', before: 'توقف يوقف', people: true },
  // Behind bars (يقبع 78 شخصاً على الأقل خلف القضبان), after the hundred-and-sixth set.
  { kind: 'detained', before: 'يقبع تقبع', after: 'القضبان', near: 'القضبان السجن السجون سجون المعتقلات', people: true },
  // Eliminated (القضاء على 3 إرهابيين): killed, said of people, after the seventy-seventh set.
  { kind: 'killed', before: 'القضاء', near: 'على', people: true, adjacent: true },
  // Caught (وقبض على ثلاثة ليبيين), after the thirty-fourth set.
  { kind: 'detained', before: 'قبض قبضت قبضوا', near: 'على' },
  // Abducted (خطف أكثر من 6 آلاف): a casualty, as the team decided; arrests stay politics.
  { kind: 'abducted', before: 'اختطاف اختطف اختطفت خطف خطفت اختطفوا خطفوا يخطف تخطف يخطفون يختطف تختطف يختطفون', after: 'اختطفتهم اختطفهم خطفوا اختطفوا' },
  // Custody told after the figure: 200 شخص رهن الاعتقال، قيد الاحتجاز، على ذمة التحقيق.
  { kind: 'detained', before: '', after: 'اعتقال احتجاز توقيف حبس', near: 'رهن قيد طي' },
  { kind: 'detained', before: '', after: 'ذمة', near: 'على' },
  // Released and freed: الإفراج عن، أفرج، إطلاق سراح، 215 محتجزاً أفرجت عنهم (إطلاق alone: sense.ts).
  { kind: 'released', before: 'إفراج أفرج أفرجت أفرجوا يفرج تفرج سراح', after: 'أفرج أفرجت أفرجوا سراحهم سراحهن' },
  // An exchange of prisoners (تبادل 1,200 أسير، تبادل 14 محتجزاً) releases them, after the twenty-third and twenty-sixth sets.
  // تتبادلان 390 أسيراً (the dual of the present), after the sixty-fifth set.
  { kind: 'released', before: 'تبادل تبادلا تبادلت تتبادلان يتبادلان تتبادل يتبادل', people: true },
  // Pardoned (العفو عن 5,864 سجيناً، عفا الرئيس عن 300 معتقل): released, said of people (after the eighty-sixth set).
  // (عفواً عن 3,085 سجيناً, the accusative; يعفو عن, after the hundred-and-seventh set.)
  { kind: 'released', before: 'العفو عفو عفا عفت عفوا يعفو', near: 'عن', people: true },
  // Among those the pardon covers (بين المشمولين بالعفو 611 امرأة); the freed told after (العسكريين الـ١٥٠ المفرج عنهم), after the
  // hundred-and-seventh set.
  { kind: 'released', before: 'بالعفو', after: 'المفرج', people: true },
  // Referred to the courts (أحيل 45 آخرون إلى المحاكم): held for trial, said of people (after the eighty-eighth set).
  { kind: 'detained', before: 'أحيل أحالت إحالة يحال', near: 'المحاكم المحكمة القضاء النيابة للمحاكمة', nearReach: 6, people: true },
  // Handed to the security services (11 رجلاً سُلّموا إلى الأجهزة الأمنية): detained.
  // Surrendered too (إرهابيين اثنين سلّما نفسيهما للسلطات), after the forty-ninth set.
  { kind: 'detained', before: 'سلم سلمت سلموا تسليم', after: 'سلموا سلمن سلما سلمتا', near: 'الأمنية الأمن الشرطة القضاء الاستخبارات المخابرات السجن نفسيهما أنفسهم أنفسهما نفسه للسلطات' },
  // Led away to an unknown place (اقتادوا سائقين اثنين إلى جهة مجهولة): abducted.
  { kind: 'abducted', before: 'اقتاد اقتادت اقتادوا', after: 'اقتادوهم اقتادتهم', near: 'مجهولة مجهول' },
  // Taken away with them (أخذوا معهم أحد عشر سائقاً إلى الغابة), said of people: abducted, after the hundred-and-sixth set.
  { kind: 'abducted', before: 'أخذوا أخذ أخذت', near: 'معهم معه معها', people: true },
  // Survived (لم ينجُ منهم سوى تسعة، نجا 40 شخصاً): rescued, as the team counts survivors.
  { kind: 'rescued', before: 'نجا نجت نجوا ينج ينجو تنج تنجو', after: 'نجوا' },
  { kind: 'dismissed', before: 'طرد طردت فصل إقالة أقال أقالت عزل تسريح سرح سرحت', after: 'طردوا فصلوا' },
  // The present and the passive too (تنشر البعثة نحو 11 ألف جندي، 3 آلاف عنصر … نُشروا), after the twentieth and twenty-first sets.
  // نشر اسمه، نشر صور (publishing) deploys no one, after the twenty-sixth set.
  { kind: 'deployed', before: 'نشر نشرت إرسال أرسل أرسلت حشدت انتشار تنشر ينشر', after: 'المنتشرين المنتشرون منتشرين نشروا', notNext: 'اسمه اسمها اسمهم اسم أسماء هويته هويتها صور صورة تقرير بيان الخبر أخبار' },
  // حشد the verb; الحشد (الشعبي) is a force's name, no deployment.
  { kind: 'deployed', before: 'حشد', indefinite: true },
  // Mobilised (عبأت السلطات أكثر من 1,200 عنصر), after the seventy-seventh set.
  { kind: 'deployed', before: 'عبأ عبأت عبّأت تعبئة يعبئ تعبئ' },
  // What is done to weapons: a military figure only when a weapon is counted (see sense.ts).
  // إطلاق نار (gunfire) launches nothing (لإطلاق نار كثيف وانفجار عبوتين ناسفتين), after the forty-ninth set.
  { kind: 'launched', before: 'أطلق أطلقت أطلقوا إطلاق يطلق تطلق', after: 'أطلق أطلقت أطلقوا أطلقها', notNext: 'نار النار الرصاص رصاص' },
  { kind: 'intercepted', before: 'اعترض اعترضت اعترضوا اعتراض يعترض تعترض أسقط أسقطت أسقطوا إسقاط' },
  // The present too (ينتزع 1,247 لغماً), after the sixty-third set.
  // (What was removed, ما تم نزعه شمل، المنتزعات; destroyed, أتلفت, after the hundred-and-forty-seventh to hundred-and-sixty-fourth sets.)
  { kind: 'demined', before: 'فكك فككت فككوا تفكيك نزع نزعت إزالة أزال أزالت انتزاع انتزعت انتزع ينتزع تنتزع ينزع تنزع يفكك تفكك يزيل تزيل نزعه إزالته انتزاعه المنتزعات المنزوعة أتلف أتلفت إتلاف' },
  // The present singular of returning, but not «belonging» (الرفات تعود إلى 32 رجلاً), after the hundred-and-seventieth set.
  { kind: 'returned', before: 'يعود تعود', notNext: 'إلى الى' },
  // Cases of suffocation (23 حالة اختناق بالغاز): injured, after the hundred-and-forty-fourth set.
  { kind: 'injured', before: 'اختناق' },
];

export interface EventEntry extends EventSense {
  /** The folded companion word this sense needs nearby. */
  near?: ReadonlySet<string>;
  /** Folded words that, right after it, undo this sense (إعادة افتتاح). */
  notNext?: ReadonlySet<string>;
  feminine?: boolean;
  indefinite?: boolean;
  yields?: boolean;
  crossing?: boolean;
  people?: boolean;
  nearReach?: number;
  /** Only right before what it befalls (غرق طفل، غرق 5 مهاجرين; not غرق قارب يقل 40 مهاجراً). */
  adjacent?: boolean;
}

function buildEvents(side: 'before' | 'after'): Map<string, EventEntry> {
  const map = new Map<string, EventEntry>();
  for (const row of EVENTS) {
    const entry: EventEntry = {
      ...sense(row.kind),
      ...(row.near ? { near: new Set(forms(row.near)) } : {}),
      ...(row.notNext ? { notNext: new Set(forms(row.notNext)) } : {}),
      ...(row.feminine ? { feminine: true } : {}),
      ...(row.indefinite ? { indefinite: true } : {}),
      ...(row.yields ? { yields: true } : {}),
      ...(row.crossing ? { crossing: true } : {}),
      ...(row.people ? { people: true } : {}),
      ...(row.nearReach ? { nearReach: row.nearReach } : {}),
      ...(row.adjacent ? { adjacent: true } : {}),
    };
    for (const f of forms(row[side] ?? '')) if (!map.has(f)) map.set(f, entry);
  }
  return map;
}

const EVENTS_BEFORE = buildEvents('before');
const EVENTS_AFTER = buildEvents('after');

export function lookupEventBefore(word: string): EventEntry | null {
  const hit = lookup(EVENTS_BEFORE, word) ?? firstPlural(word);
  return hit && !(hit.value.indefinite && hit.stem.definite) ? hit.value : null;
}

/** قتلنا، اعتقلنا، أنقذنا: a past verb with the subject «we» (a quoted officer: وقتلنا 23 من المهاجمين). */
function firstPlural(word: string) {
  if (!word.endsWith('نا') || word.length < 5) return null;
  const hit = lookup(EVENTS_BEFORE, word.slice(0, -2));
  return hit && hit.stem.stem.length >= 3 && !hit.stem.definite ? hit : null;
}

export function lookupEventAfter(word: string): EventEntry | null {
  const hit = lookup(EVENTS_AFTER, word);
  return hit && !(hit.value.indefinite && hit.stem.definite) ? hit.value : null;
}

/** وأصيب، فقتل: an event verb that carries a conjunction (the next clause starts), not a word such as وفاة. */
export function isEventBehindConjunction(word: string): boolean {
  if (EVENTS_BEFORE.has(word) || !/^[وف]/u.test(word)) return false;
  const hit = lookup(EVENTS_BEFORE, word, CONJUNCTION_CLITICS) ?? lookup(EVENTS_AFTER, word, CONJUNCTION_CLITICS);
  return !!hit && hit.stem.prefix > 0;
}

const CONJUNCTION_CLITICS: readonly string[] = ['و', 'ف', 'وب', 'فب', 'ول', 'فل', 'وال', 'فال', 'وبال'];

/** Verbs of living somewhere: with a shelter after the figure they say displaced (يقيم 1,200 شخص في مراكز الإيواء). */
export const RESIDENCE_VERBS: ReadonlySet<string> = new Set(
  // (Spending the night in tents, أمضوا ليلتهم في الخيام، باتوا في العراء, after the hundred-and-forty-second set.)
  forms('يقيم يقيمون تقيم يقمن أقام أقاموا يعيش يعيشون تعيش عاش يسكن يسكنون تسكن يقطن يقطنون تقطن يمكث يمكثون مقيمين مقيمون أمضوا باتوا يبيتون'),
);
/** Shelters and hosts of the displaced. */
export const SHELTER_WORDS: ReadonlySet<string> = new Set(
  // Containers after an earthquake (يعيشون في حاويات، مدن الحاويات), after the twenty-fifth set.
  // Hotels the displaced are put up in (1,200 عائلة لا تزال تقيم في فنادق), after the review of the seen sets.
  // In the open (يقيم قرابة 19 ألف أسرة في العراء), after the hundred-and-fifty-ninth set.
  // Sites for displacement (يقيم 6,240 شخصاً في 14 موقعاً للنزوح), after the hundred-and-sixty-sixth set.
  forms('مخيم مخيما مخيمات إيواء مأوى ملجأ ملجأ ملاجئ خيمة خيام مضيفة مضيفين مضيف حاويات الحاويات حاوية فنادق فندق العراء للنزوح النزوح'),
);
/** Dwellings that are shelters when temporary: مساكن مؤقتة، مبانٍ مؤقتة (a هدنة مؤقتة is not). */
export const DWELLINGS: ReadonlySet<string> = new Set(forms('مساكن منازل بيوت مبان مباني غرف وحدات مراكز كرفانات'));
export const TEMPORARY: ReadonlySet<string> = new Set(forms('مؤقت مؤقتة'));
/** Diseases: 258 ألف حالة يشتبه في إصابتها بالكوليرا، 1,200 مصاب بالحصبة (cases, not injuries). */
export const DISEASES: ReadonlySet<string> = new Set(
  // (إمبوكس, mpox, after the hundred-and-thirteenth set.)
  forms('كوليرا حصبة إسهال اسهال كورونا كوفيد ملاريا حمى ضنك تسمم جدري شلل دفتيريا خناق إيبولا إيدز التهاب وباء تفشي جرب سل درن تيفوئيد تيفويد ليشمانيا عدوى إمبوكس امبوكس'),
);

/** Nutrition: a figure treated or admitted for it is malnourished (أدخلت مراكز التغذية العلاجية 2,350 طفلاً). */
// (Wasting, الهزال, is acute malnutrition too, after the hundred-and-fifty-third set.)
export const NUTRITION: ReadonlySet<string> = new Set(forms('تغذية التغذية بالتغذية للتغذية الهزال بالهزال'));
/** Verbs of admitting or treating people: with nutrition named near, the figure is malnourished. */
export const CARE_VERBS: ReadonlySet<string> = new Set(forms('أدخل أدخلت أدخلوا أدخلها استقبل استقبلت يستقبل تستقبل عالج عالجت يعالج تعالج تلقى يتلقى تلقوا يتلقون'));

/** "Their lives": after فقد (lost) it says killed, not missing (فقد 12 شخصاً حياتهم). */
export const LIFE_WORDS: ReadonlySet<string> = new Set(forms('حياة حياته حياتها حياتهم حياتهن أرواح أرواحهم أرواحهن'));
