/**
 * The phrase corpus of issue 13, one describe per class of construction: every
 * figure read with its value, qualifier, category and kind; no other figure;
 * no number that is not a count read as a quantity.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../../authoring/reader/score';
import * as categories from '../../fixtures/reader-corpus/phrases/categories';
import * as conventions from '../../fixtures/reader-corpus/phrases/conventions';
import * as eighteenthSet from '../../fixtures/reader-corpus/phrases/eighteenth-set';
import * as eleventhSet from '../../fixtures/reader-corpus/phrases/eleventh-set';
import * as fourteenthSet from '../../fixtures/reader-corpus/phrases/fourteenth-set';
import * as eighthSet from '../../fixtures/reader-corpus/phrases/eighth-set';
import * as nonCounts from '../../fixtures/reader-corpus/phrases/non-counts';
import * as ninthSet from '../../fixtures/reader-corpus/phrases/ninth-set';
import { asAnnotated, type Phrase } from '../../fixtures/reader-corpus/phrases/phrase';
import * as seventhSet from '../../fixtures/reader-corpus/phrases/seventh-set';
import * as sixthSet from '../../fixtures/reader-corpus/phrases/sixth-set';
import * as sixteenthSet from '../../fixtures/reader-corpus/phrases/sixteenth-set';
import * as tenthSet from '../../fixtures/reader-corpus/phrases/tenth-set';
import * as thirteenthSet from '../../fixtures/reader-corpus/phrases/thirteenth-set';
import * as twentiethSet from '../../fixtures/reader-corpus/phrases/twentieth-set';
import * as twentyFourthSet from '../../fixtures/reader-corpus/phrases/twenty-fourth-set';
import * as thirtiethSet from '../../fixtures/reader-corpus/phrases/thirtieth-set';
import * as twentyEighthSet from '../../fixtures/reader-corpus/phrases/twenty-eighth-set';
import * as twentyNinthSet from '../../fixtures/reader-corpus/phrases/twenty-ninth-set';
import * as twentySeventhSet from '../../fixtures/reader-corpus/phrases/twenty-seventh-set';
import * as twentySecondSet from '../../fixtures/reader-corpus/phrases/twenty-second-set';
import * as twentyThirdSet from '../../fixtures/reader-corpus/phrases/twenty-third-set';
import * as twelfthSet from '../../fixtures/reader-corpus/phrases/twelfth-set';
import * as values from '../../fixtures/reader-corpus/phrases/values';

const CLASSES: { name: string; phrases: Phrase[] }[] = [
  { name: 'after the sixty-sixth to seventy-first sets: telephone numbers in groups, fiscal years, the gourde, aboard a single bus, numbered names, long codes, places joined after a preposition, operations in the dual, pharmacies and tunnels', phrases: thirtiethSet.sixtySixthToSeventyFirst },
  { name: 'after the seventy-second to seventy-seventh sets: others after a killed verb, hostages held and received, the last before a figure, police as a force, mobilised, small arms, stages, Moroccan months, arrests in Maghreb usage, a lone two among them, parting from life', phrases: thirtiethSet.seventySecondToSeventySeventh },
  { name: 'after the seventy-eighth to eighty-third sets: a plus before a telephone number, a resolution with its pronoun, a GMT code, a team told by its size, the birr, a rise told far from its toll, a second toll before إلى, quotation marks in a toll, camps before a relative clause, sites of displacement, infection after its disease, admitted for malnutrition, beheaded', phrases: thirtiethSet.seventyEighthToEightyThird },
  { name: 'after the eighty-fourth to eighty-ninth sets: a leading zero, a telephone number in brackets, a numbered camp, a sum in dollars in brackets, required sums and violations, violators, seasons, a definite teen of time, a year after its word, for the first time', phrases: thirtiethSet.eightyFourthToEightyNinth },
  { name: 'after the ninetieth to ninety-fifth sets: resolutions in the plural, two years joined, a channel with a nisba, a camp named with a number, the ouguiya, points as places, without one, someone introduced by name', phrases: thirtiethSet.ninetiethToNinetyFifth },
  { name: 'after the hundred-and-thirty-second to hundred-and-thirty-seventh sets: one and a half million, a density, a single under, a unit before «belonging to», cases listed after the cases opened on', phrases: thirtiethSet.hundredThirtySecondToThirtySeventh },
  { name: 'after the hundred-and-thirty-eighth to hundred-and-forty-third sets: numbered blocks after their dual, a share of places, a year after a part of the year, so many served by a single thing, daily arrivals at a crossing, an event\'s companion in its own sentence', phrases: thirtiethSet.hundredThirtyEighthToFortyThird },
  { name: 'after the hundred-and-forty-fourth to hundred-and-forty-ninth sets: a number before «belonging to», a court by its number, «one» after a measure, a nisba after things, a figure restating the one before, a daily rate of returns, leaving a camp, «they are», prisoners executed', phrases: thirtiethSet.hundredFortyFourthToFortyNinth },
  { name: 'after the hundred-and-fiftieth to hundred-and-fifty-fifth sets: a service in quotes, the Taliban in quotes, malnutrition diagnosed or suffered after the figure, aboard, container cities, a force\'s number, the disappeared, a nisba in the event\'s window', phrases: thirtiethSet.hundredFiftiethToFiftyFifth },
  { name: 'after the hundred-and-fifty-sixth to hundred-and-sixty-first sets: per cent spelt المائة, a dual of millions, migrants expelled, states as the subject, «via» before people held, a force\'s strength, living in the open, a short aside', phrases: thirtiethSet.hundredFiftySixthToSixtyFirst },
  { name: 'after the hundred-and-sixty-second to hundred-and-sixty-seventh sets: numbers borne, a slash after a name, a quoted name\'s ordinal, a rate with its unit, «an order», «the first» of a thing, means in an event\'s window, sites for displacement, among a group', phrases: thirtiethSet.hundredSixtySecondToSixtySeventh },
  { name: 'from the review of 144–167\'s misses: demining reports, what was removed or destroyed, pieces of ordnance, a list of weapons removed', phrases: thirtiethSet.demininglists },
  { name: 'after the hundred-and-sixty-eighth to hundred-and-seventy-third sets: a closing time, «that is, twice», two rounds, «one of the largest», a town by a number word, an accusative description, a rate per bed, a building\'s name, «belonging to»', phrases: thirtiethSet.hundredSixtyEighthToSeventyThird },
  { name: 'after the hundred-and-seventy-fourth to hundred-and-seventy-ninth sets: a letter after digits, names closed by numbers, «forces» and a media name, a rate per tent, descriptions of the one counted, people freed from captivity, the lands of a village', phrases: thirtiethSet.hundredSeventyFourthToSeventyNinth },
  { name: 'after the hundred-and-eightieth to hundred-and-eighty-sixth sets: families named, the bodies of one family, its residents, a tamyiz that goes on, «one» read once', phrases: thirtiethSet.hundredEightiethToEightySixth },
  { name: 'after the hundred-and-eighty-seventh to hundred-and-ninety-fourth sets: a platform by its number, a street and a checkpoint, families by their size, fronts of districts, an ordinal\'s noun, a feminine unit\'s accusative, a predicate, facilities, a camp\'s name', phrases: thirtiethSet.hundredEightySeventhToNinetyFourth },
  { name: 'after the two-hundred-and-third to two-hundred-and-twenty-sixth sets: families by size with an accusative thousand, the Taliban after «restrictions» and «at the hands of», one of a group speaking, a state over a duration, a branch or quarter by number, one of each family, a volunteer, a thousand of billions, «at least» past a complement', phrases: thirtiethSet.twoHundredThirdToTwentySixth },
  { name: 'after the hundred-and-ninety-fifth to two-hundred-and-second sets: a name before «in», a tenth, «of its kind», a calendar\'s year, a verb\'s dual, «that they two», camps of districts, a rate of executions, one family', phrases: thirtiethSet.hundredNinetyFifthToTwoHundredSecond },
  { name: 'after the hundred-and-twenty-sixth to hundred-and-thirty-first sets: a year closing its clause, neighbourhoods, shekels, a number in a list of names, one of them far or in a state, centres and their use', phrases: thirtiethSet.hundredTwentySixthToThirtyFirst },
  { name: 'after the hundred-and-twentieth to hundred-and-twenty-fifth sets: a direction closing a numbered name, a wire code\'s whole month, a year in brackets, «only» before a base, lashes, the Taliban\'s authorities, a speaker, a nisba dual, each family\'s one, فتيان, one missile, the remaining ones', phrases: thirtiethSet.hundredTwentiethToTwentyFifth },
  { name: 'after the hundred-and-fourteenth to hundred-and-nineteenth sets: two articles, a quoted source, a defective feminine, an accusative after an age, rates compared, «and some», a toll rising across an aside, a qualifier after a complement, fleeing in the present, driven out, forced into shelters, a bracket before the verb', phrases: thirtiethSet.hundredFourteenthToNineteenth },
  { name: 'after the hundred-and-eighth to hundred-and-thirteenth sets: a span of days, two days or three, a quoted channel, calories, the metical, towards two cities, a quoted qualifier, «in it», cranes, graves and churches, a qualifier after a case\'s event, pushed in, forced to move, hanged, mpox, one of them wounded', phrases: thirtiethSet.hundredEighthToThirteenth },
  { name: 'after the hundred-and-second to hundred-and-seventh sets: datelines after two cities, a wire\'s closing day, a kilometre marker, الفصل, a unit\'s number, plural pronouns, each one, one every so often, a predicate after asides, an attack on cities, cases of a disease, families fled, returned or homeless, pardons, behind bars, since that date, a fate unknown, taken away, ministers and a couple', phrases: thirtiethSet.hundredSecondToHundredSeventh },
  { name: 'after the ninety-sixth to hundred-and-first sets: a change sharing its currency, the nakfa, pounds, a definite number of places, the families people belong to, hostages freed, fell victim', phrases: thirtiethSet.ninetySixthToHundredFirst },
  { name: 'after the sixtieth to sixty-fifth sets: two definite ages joined, years of budgets, wars and protests, rates per each, a family each parcel is for, all at once, Nahrin, workers after a bare plural, exchanges and demining in the present', phrases: thirtiethSet.sixtiethToSixtyFifth },
  { name: 'after the fifty-seventh to fifty-ninth sets: on average, a single behind ب, «he is», a whole family, settlements, «في حين», units of troops, the released told when detained, back from captivity, ages «in her year», a numbered week', phrases: thirtiethSet.fiftySeventhToNinth },
  { name: 'after the fifty-fourth to fifty-sixth sets: shares of places, «or» after a duration, a toll changing, واحداً وثلاثين, camps named further, a collective town, the released before their parts, contact and hope, a force, water bottles, teams and launchers', phrases: thirtiethSet.fiftyFourthToSixth },
  { name: 'after the fifty-first to fifty-third sets: men and women of one noun, a session rank, definite number words of time and place, a season, a numbered road, the Taliban, tolls told at length, «whereas», time phrases, drowned, quoted names, alongside, leaving a camp homeward, nominative construct duals, rivers and parcels, number words', phrases: thirtiethSet.fiftyFirstToThird },
  { name: 'after the forty-eighth to fiftieth sets: a few, إحدى وثلاثون, qualifiers after «of them» and implicit counts, up to, telephone numbers, 2M, quintals, asylum seekers, brackets before «on leaving», exchanges, «and» before a noun, the displaced who died, new things and people, rose, treatment, surrender, gunfire', phrases: thirtiethSet.fortyEighthToFiftieth },
  { name: 'after the forty-fifth to forty-seventh sets: towns on the outskirts, ود مدني, the birr, workers in a field, hospitals, rooms, heaters, staff, ordnance, incidents of assault, the disappeared, a comma before the last part, a quoted name, a month in two calendars, anti-personnel mines, a dual verb of rescue, taken to hospital', phrases: thirtiethSet.fortyFifthToSeventh },
  { name: 'after the final batch (42–44): a verb of what befell is no adjective (طفلين توفيا), يوقع قتيلة, one of a group told in a state', phrases: thirtiethSet.fortySecondToFourth },
  { name: 'after the thirty-ninth to forty-first sets: lists of short lines with no dash, quarters and thirds, a relative verb with its object, حيّد, a guard and a pupil, ل before a person dual, no dual agreement with a name, آليتين, a rank after a possessed noun, an adjective of what befell', phrases: thirtiethSet.thirtyNinthToFortyFirst },
  { name: 'non-counts and values after the thirty-sixth to thirty-eighth sets: people who belong to families, a single after a preposition, pages, airspace, a root و, a reference of two, bombs, dispensaries, ships', phrases: thirtiethSet.thirtySixthToEighth },
  { name: 'values, categories and non-counts after the thirty-third to thirty-fifth sets: at most in the feminine, a construct before واحد, one of them, ages in brackets, a qualifier taken, one of a pair, caught, years after events, rates with تقريباً, ل before a dual, «my» and brothers, a nisba describing, a fraction in خمس, Taliban', phrases: thirtiethSet.thirtyThirdToFifth },
  { name: 'values and categories: a model after a hyphen, «one of the worst», forced to leave, brothers lost, an imam, a mosque, a fate not known, aircraft sent to evacuate, cases in apposition to a plural event', phrases: thirtiethSet.thirtySecondSet },
  { name: 'values and categories: lists on their own lines after a colon, a new item behind و with its number word, an ordinal before a means, an age span, leaving towns, explosive objects, vehicles, others after living, states in words, no possessive dual in ة', phrases: thirtiethSet.thirtyFirstSet },
  { name: 'values and categories: no addend with its own multiplier, Latin codes, a suspect and «suspected», capacities, transit centres, a late border, the freed who were held, a team\'s strength, cases in brackets, prisons', phrases: thirtiethSet.thirtiethSet },
  { name: 'non-counts: the audit of the thirteenth stop: tallies and margins (بأغلبية 14 صوتاً، بفارق نقطتين), a ranking\'s base, a hospital named by its number, a year after the data it names', phrases: twentyNinthSet.wireAuditThirteenth },
  { name: 'values and categories: Monday is no two, a teen age stepped over, an agent, boats and arrivals, a list on its own lines takes its lead-in, people a pair of boats carries, the wounded who cross', phrases: twentyNinthSet.listsBoatsAndDays },
  { name: 'non-counts and categories: a rank after a pronoun (هي الـ14), a quoted zone name, a neighbourhood dual after من, التي after families, leaving a camp, livestock, buildings among the targets of attacks, مدرستان as schools', phrases: twentyEighthSet.ranksNamesAndTargets },
  { name: 'non-counts: a rate word with a qualifier between, the share of a ratio in words (واحد من كل عشرة), «noun واحد» after a preposition (في خيمة واحدة), a length by a width (30 في 30 متراً)', phrases: twentySeventhSet.ratesAndSingles },
  { name: 'values and categories: a part aside with an age, other things (أربع أخرى), أحياء as neighbourhoods, leaving a town, lost people, incidents, asylum seekers, a verb after a lone singular\'s place, the dual of «case» (وحالتي وفاة)', phrases: twentySeventhSet.aroundTheFigures },
  { name: 'non-counts: the first of two numbers joined by و shares the second\'s unit when it is no count (٨ و١١ عاماً); more currencies (درام، هريفنا), not أفغاني', phrases: twentyFourthSet.sharedUnitsAndCurrencies },
  { name: 'values: a possessed role after a casualty event (مقتل سائقها، قُتل شقيقي), one among a group (في عداد المفقودين), one of them in a state (أحدهم بحالة خطرة), an arrest\'s object; no adjective after another accusative', phrases: twentyFourthSet.loneOnesAround },
  { name: 'categories: amputation, the deceased, estimates and count words by the noun or the event counted, comparisons, shelters and containers, a sentence carried out, exchanges of prisoners; no deployment by publishing; inhabitants are a population', phrases: twentyFourthSet.categoriesAround },
  { name: 'values: a construct dual of bodies before its named pair (جثتي امرأة وطفلها), one of a possessed plural (أحد متطوعيه أصيب), a commander among the wounded, a dual of strikes after ب, a واحد/اثنان with its own و', phrases: twentyThirdSet.valuesMissed },
  { name: 'non-counts: a sound plural where a broken one exists (كانوا قاصرين); families described before the verb that holds their members (95 أسرة عالقة، تضم)', phrases: twentyThirdSet.pluralsAndFamilies },
  { name: 'categories: executions counted (1,580 إعداماً); a part after بينهم and people named without a number (بينهم صحفيون ومحامون وعشرات)', phrases: twentyThirdSet.executionsAndParts },
  { name: 'values: a relative possessed by a pair (قُتل شقيقان وأمهما), an ordinal adjective after a singular (طفلاً ثالثاً توفي), duals of tanks, a construct dual of vehicles with their use (سيارتي إسعاف)', phrases: twentySecondSet.valuesMissed },
  { name: 'categories: assaults are attacks, inmates detained, the disappeared missing, nationalities no people, ambulances never deployed, targets struck in a quoted figure, الحشد no deployment', phrases: twentySecondSet.categoriesAround },
  { name: 'categories: the injured whom a verb right after says died are killed (اثنين من المصابين توفيا); otherwise injured', phrases: twentySecondSet.injuredWhoDied },
  { name: 'non-counts: a rate word with its adjective of time (بمعدل يومي يقارب 1,300 شخص، معدل شهري قدره) is a rate; apart by punctuation, or the adjective alone, no rate', phrases: twentySecondSet.ratesByAdjective },
  { name: 'non-counts: digits glued to letters are part of a name (كوردستان24); a glued clitic or article leaves a count', phrases: eighteenthSet.gluedNames },
  { name: 'non-counts: a definite number after a definite noun not known as a plural names or ranks it (للفوج الـ١٥); known plurals stay counted', phrases: eighteenthSet.definiteAfterUnknown },
  { name: 'non-counts: floors, storeys and layers of a building are a measure (المؤلف من ٥ طبقات)', phrases: eighteenthSet.storeys },
  { name: 'non-counts: sites after a narrower preposition of place say where (في 27 موقعاً); elsewhere counted', phrases: eighteenthSet.sitesArePlaces },
  { name: 'values: the remaining one is the subject of a verb of being, not its predicate (لا يزال الثالث محتجزاً)', phrases: eighteenthSet.subjectNotPredicate },
  { name: 'non-counts: a rate of people (بمعدل طفلين كل أسبوع) is no count', phrases: eighteenthSet.ratesOfPeople },
  { name: 'non-counts: the audit of wire text: numbered places and units (الشارع 30، الفئة 4، معبر 147), scores, two days before a month, short years, ابن الـ13, degrees', phrases: eighteenthSet.wireNonCounts },
  { name: 'categories: neutralised is killed (حيّدت 4 إرهابيين); وحيد is no event', phrases: eighteenthSet.neutralised },
  { name: 'non-counts: units of measure in every spelling, number and abbreviation (8 كيلوغرامات، 20 كلغ، 40 عقدة); لغم stays a mine', phrases: twentiethSet.measureUnits },
  { name: 'non-counts: families told after a count of their members (٤١٢ عائداً ضمن ٩٥ عائلة) are no second count', phrases: twentiethSet.familiesByMembers },
  { name: 'non-counts: the audit after the twentieth set: rates per so many (3 لكل ألف ولادة), scores by a match or in goals, years in words; لكل منهم is no rate', phrases: twentiethSet.wireAudit },
  { name: 'categories: executions as a family of events (63 عملية إعدام، أُعدموا، من المعدومين); sentenced told after (أدينوا، صدرت بحقهم أحكام)', phrases: twentiethSet.executions },
  { name: 'categories: what befell people told around them: kin joined to a victim (وابنه), deployed in the present or passive, nutrition care, آخرين after a verb, intercepted and brought back', phrases: twentiethSet.aroundThePeople },
  { name: 'values: a lone singular counts one only in an event relation: no second term of a construct (جبل عامل), no predicate of a verb of being (ولا يزال مفقوداً); an age by decade stepped over', phrases: sixteenthSet.loneSingularGuards },
  { name: 'non-counts: a base «من أصل» of a measure or money is a measure or money (من أصل 1,2 مليون of rubble)', phrases: sixteenthSet.baseOfMeasure },
  { name: 'non-counts: administrative units are places (في 6 جماعات قروية، في 3 عمالات، في 4 محليات); armed groups stay a count', phrases: sixteenthSet.administrativeUnits },
  { name: 'non-counts: a definite number after a definite singular noun is a rank (الهجوم الـ14); after a plural it counts', phrases: fourteenthSet.ranksAfterSingulars },
  { name: 'non-counts: واحدة after the group the people belong to (4 من أفراد عائلة واحدة) counts nothing', phrases: fourteenthSet.oneGroupNamed },
  { name: 'categories: a toll a rise reaches after إلى, its start told at length (ترتفع حصيلة القتلى منذ … إلى ٣٤٦ شخصاً), and its parts', phrases: fourteenthSet.tollReachedAfterTo },
  { name: 'categories: duals of vehicles and drones after ب; car bombs; vehicles of a raid or pushed in are deployed', phrases: fourteenthSet.vehiclesAndDuals },
  { name: 'categories: what befell people beyond the event word: a means stepped over, the malnourished, a force\'s strength, the disappeared, an office\'s name, the sentenced', phrases: fourteenthSet.peopleByWhatBefell },
  { name: 'categories: people forced to leave are displaced; residents of a place are no figure of its event; a nationality\'s state; more after إضافة إلى across a place', phrases: fourteenthSet.displacementAround },
  { name: 'categories: a part «من أصل» a base: the verb after the base is the part\'s, the base takes no event of people', phrases: fourteenthSet.partOutOfBase },
  { name: 'non-counts: seasons and the duals of time (٤ مواسم متتالية، شهران) are durations', phrases: fourteenthSet.seasonsAreTime },
  { name: 'categories: migrants stopped by a coast guard are intercepted; burying people; a participle of state after the verb\'s object', phrases: thirteenthSet.seaBurialAndState },
  { name: 'categories: إجمالي and مجموع are toll words (ليرتفع إجمالي العائدين … إلى قرابة 24 ألف عائلة)', phrases: thirteenthSet.totalsTold },
  { name: 'non-counts: a rank, floor, anniversary or edition (المرتبة 5، الذكرى 57), a day of a war (يومها الـ500), a quoted name ("السهم 2"), an exchange rate, a date before people', phrases: thirteenthSet.wireNonCounts },
  { name: 'categories: targets a strike verb hit are strikes; people a boat carries in a story on migrants are migrants', phrases: thirteenthSet.targetsAndBoats },
  { name: 'values: a possessed relative after the word describing the one before it (بينهم سيدة حامل وزوجها) is one more', phrases: thirteenthSet.kinAfterDescribed },
  { name: 'categories: a penalty and its term right before على (وبالسجن 15 عاماً على اثنين آخرين) is a sentence', phrases: thirteenthSet.sentencedByPenalty },
  { name: 'categories: arriving from a camp (قادمة من مخيم الهول) is returned; trying to cross the sea or a border is displaced', phrases: thirteenthSet.arrivalsAndCrossings },
  { name: 'categories: «منها» after people is no part of them; dead or missing is the dead; the object of a verb whose agent is described; on board', phrases: thirteenthSet.partsAndTolls },
  { name: 'categories: weapons joined to weapons launched or intercepted; the compound word in the figure (38 ألف مادة متفجرة); dams', phrases: thirteenthSet.weaponsDone },
  { name: 'values: camps and other places after a preposition of place (في 33 مخيماً، إلى مدينتي الرهد وأم روابة) say where; buildings are counted', phrases: thirteenthSet.placesAfterPrepositions },
  { name: 'categories: drowned after people (رجلين غرقا) is killed; people brought out alive (أخرجت 87 شخصاً أحياء) are rescued', phrases: thirteenthSet.drownedAndAlive },
  { name: 'categories: an arrest joined to a raid (9 عمليات دهم واعتقال) is detained', phrases: thirteenthSet.raidsAndArrests },
  { name: 'categories: court sentences counted (أصدرت المحاكم 230 حكماً) are sentenced', phrases: thirteenthSet.sentencesCounted },
  { name: 'categories: shops are things (أحرقوا عشرات المتاجر وخطفوا 6 نساء): no casualty event of theirs', phrases: thirteenthSet.shopsAreThings },
  { name: 'values: a relative named among a group counted before (بينهم والدته، سيدة حامل وزوجها) is one', phrases: thirteenthSet.kinAmongThem },
  { name: 'values: an indefinite ordinal after a dual of people (استشهد طفلان وأصيب ثالث) is one more', phrases: thirteenthSet.oneMoreAfterDual },
  { name: 'categories: people swept away by water (طفلاً جرفته المياه) are missing', phrases: thirteenthSet.sweptAway },
  { name: 'values: a family told by the number it holds (عائلتين تضمان 11 فرداً) is the group; its members are the count', phrases: thirteenthSet.familiesBySize },
  { name: 'non-counts: twice a noun (ضعفي طاقته), the share of a ratio (9 من كل 10), a sum after a funding gap', phrases: twelfthSet.twelfthNonCounts },
  { name: 'values: a count right after a duration in hours (خلال 48 ساعة 63 جريحاً)', phrases: twelfthSet.countAfterHours },
  { name: 'values: duals of aftershocks, clinics and drivers (هزتان، عيادتين، سائقَين)', phrases: twelfthSet.twelfthDuals },
  { name: 'values: an accusative singular after a casualty verb and its subject (قتل مستوطنون راعياً)', phrases: twelfthSet.objectAfterAgent },
  { name: 'categories: infected is sick (أصيبوا بالعدوى); care for malnutrition a few words on, or after the displaced (يستقبل، أدخلت مراكز التغذية)', phrases: twelfthSet.infectedAndCared },
  { name: 'categories: bare cases in a sentence on a disease or right after one (محافظات حجة (9,850 حالة) والحديدة (7,214))', phrases: twelfthSet.casesOfTheDisease },
  { name: 'categories: those held whom the verb after says died or were hurt (4 معتقلين توفوا) are killed or injured', phrases: twelfthSet.heldWhoDied },
  { name: 'categories: the penalty of a ruling before the figure (أصدرت حكماً بالإعدام على 6 مدانين) is a sentence, not an execution', phrases: twelfthSet.sentencedToDeath },
  { name: 'values: shelters after في are counted (في 120 مركز إيواء), places after في say where', phrases: twelfthSet.sheltersCounted },
  { name: 'non-counts: the rest of a sum without its currency, a telephone line, one per so many', phrases: eleventhSet.eleventhNonCounts },
  { name: 'values: a construct dual of places after the area around it (في محيط مدينتي) says where', phrases: eleventhSet.placesAround },
  { name: 'values: a second singular joined to a genitive tamyiz (4,500 مهاجر ولاجئ) is the same figure', phrases: eleventhSet.joinedSingulars },
  { name: 'values: a lone اثنان after a casualty verb (قُتل اثنان، توفي منهم اثنان), helicopters', phrases: eleventhSet.loneTwoAndHelicopters },
  { name: 'categories: a casualty noun keeps its own kind (و8 وفيات); evacuating is said of people, not places (بإخلاء 5 تلال)', phrases: eleventhSet.ownKinds },
  { name: 'categories: held by kidnappers (محتجزين لدى الخاطفين) is abducted; a possessed noun before a definite number (جنودها الـ10 آلاف المنتشرين)', phrases: eleventhSet.heldAndDeployed },
  { name: 'values: an indefinite ordinal after a casualty verb, with a group counted before (وأصيب رابع), is one more', phrases: eleventhSet.anotherOne },
  { name: 'values: hundreds and teens compounds', phrases: values.compoundHundredsTeens },
  { name: 'values: a number word in a list is not swallowed by the counted phrase', phrases: values.listNumberWord },
  { name: 'values: joined spellings of qualifiers', phrases: values.joinedQualifier },
  { name: 'values: definite duals and verbs as qualifiers', phrases: values.qualifierVerbDual },
  { name: 'values: a lone singular means one', phrases: values.implicitCount },
  { name: 'values: a reference back means the same number again', phrases: values.referenceBack },
  { name: 'values: the dual of a counted noun means two', phrases: values.nounDual },
  { name: 'values: a lone singular before its verb, and اثنان آخران', phrases: values.implicitSubject },
  { name: 'categories: the event of an earlier clause or around a bracketed list', phrases: categories.clauseEvent },
  { name: 'categories: estimate verbs and nouns', phrases: categories.estimate },
  { name: 'categories: a bare number whose noun is understood', phrases: categories.understoodNoun },
  { name: 'categories: حصيلة and عدد are not the counted noun', phrases: categories.tollNoun },
  { name: 'categories: lexicon gaps (bodies, cases, lives lost, fled, object pronouns)', phrases: categories.lexicon },
  { name: 'categories: coordination and بينهم parts inherit the category', phrases: categories.coordinationPart },
  { name: 'categories: a quotation mark between the event and the figure', phrases: categories.quotedFigure },
  { name: 'categories: a prefixed preposition (بـ75 ألف نازح)', phrases: categories.prefixedPreposition },
  { name: 'categories: strikes, projectiles, mines and operations are military', phrases: categories.military },
  { name: 'categories: meetings, talks, delegations and agreements are diplomacy', phrases: categories.diplomacy },
  { name: 'categories: cases of a disease are casualties (sick)', phrases: categories.disease },
  { name: 'categories: displacement told by shelters, evacuation verbs and asides', phrases: categories.shelter },
  { name: 'categories: dead, missing and injured told after the figure', phrases: categories.casualtyPhrasing },
  { name: 'values: a lone singular named among the dead, injured or detained means one', phrases: values.implicitAmong },
  { name: 'values: the feminine dual of a person noun means two', phrases: values.feminineDual },
  { name: 'values: the dual of a meeting, visit or round of talks means two', phrases: values.eventDual },
  { name: 'values: an accusative noun joined to a counted noun shares its number', phrases: values.sharedNumber },
  { name: 'categories: the active verb of injury (أصاب … آخرين)', phrases: categories.activeInjury },
  { name: 'categories: custody in other words, and cases named before', phrases: categories.detention },
  { name: 'categories: killed in other words (neutralised, relatives lost)', phrases: categories.killedEuphemism },
  { name: 'categories: a verb of living after its figure, then a shelter', phrases: categories.shelterAfter },
  { name: 'values: a dual counts two, of things too; possessive and nationality duals; named pairs do not', phrases: conventions.dualOfThings },
  { name: 'categories: rescued, abducted, malnourished, migrants, intercepted people, troops, states', phrases: conventions.conventionCategories },
  { name: 'categories: members of a group, a fate unknown, what a count word counts', phrases: conventions.groupMembers },
  { name: 'non-counts: multipliers, resolutions of a council, ranks and numbered places', phrases: conventions.notCounts },
  { name: 'categories: people crossing a border or a crossing point; evacuation told by أخلى', phrases: sixthSet.borderCrossing },
  { name: 'categories: "others" take the clause\'s event; separated children; cases of a disease named before', phrases: sixthSet.othersAndSeparated },
  { name: 'values: a lone singular with its age told before its verb; infants and sons', phrases: sixthSet.implicitAside },
  { name: 'values: duals and counts of convoys, bridges, rounds after في, launch pads and breaches', phrases: sixthSet.thingsCounted },
  { name: 'categories: a team is no event; ب on a means of harm; a nationality dual ends a list; a definite number word after its noun', phrases: sixthSet.byTeamOrMeans },
  { name: 'categories: returns and repatriations (عاد، أعاد، أُعيد، رحّل، عائدين) govern their clause and its breakdown', phrases: seventhSet.returns },
  { name: 'categories: the residents of a camp (مخيم يؤوي، يضم، يقيم فيه) are displaced', phrases: seventhSet.campResidents },
  { name: 'categories: cases of a disease and patients are sick', phrases: seventhSet.sick },
  { name: 'categories: released detainees and freed hostages; handed to security, held', phrases: seventhSet.released },
  { name: 'categories: armed personnel with a force or a deployment are troops', phrases: seventhSet.troops },
  { name: 'values: a figure after سوى/إلا; duals of things before a named pair; a noun with اثنين', phrases: seventhSet.exceptAndDuals },
  { name: 'values: a relative after an injury verb is one; a dual in apposition is the same two', phrases: seventhSet.kinAndApposition },
  { name: 'non-counts: a year after a period (الفترة ذاتها من 2024); amounts in francs, shillings, dinars …', phrases: seventhSet.seventhNonCounts },
  { name: 'categories: abduction, release and arrest verbs; freed abductees are released; a day aside; «we» verbs in a quote', phrases: eighthSet.heldAndFreed },
  { name: 'categories: a court\'s sentence (قضت بالسجن … على), treated by medics, care for malnutrition', phrases: eighthSet.courtsAndCare },
  { name: 'values: nurses, commanders and the elderly; بينهما and «اثنان منهم» are parts; a verb with منهم is said of a part', phrases: eighthSet.peopleAndParts },
  { name: 'values: one thing joined to a count of things; a definite number word after its noun', phrases: eighthSet.thingsCounted },
  { name: 'categories: the conventions written once (refugees, places after في, duals that name a pair, attacks, drones)', phrases: eighthSet.eighthConventions },
  { name: 'non-counts: the base of a ratio, a dateline, the teen of an ordinal, shekels', phrases: eighthSet.eighthNonCounts },
  { name: 'categories: returnees and the displaced (a crossing among returnees, a toll over its crossing, a family that came back)', phrases: ninthSet.returnees },
  { name: 'categories: the clause\'s event reaches a bare count (a definite team, a part aside, dual verbs, إضافة إلى, a reference back, a search, suffering)', phrases: ninthSet.clauseEvents },
  { name: 'values: grandparents, members of parliament and elders; a definite number word after a possessed noun; parts after a count of things', phrases: ninthSet.ninthPeople },
  { name: 'categories: an adjective that says what happened (أسرة نازحة، شخص مفقود); «منهم» is not governed by a count of talks', phrases: ninthSet.statedByAdjective },
  { name: 'categories: diseases, earthquakes, flights, explosives, deployments and a force\'s strength', phrases: ninthSet.ninthThings },
  { name: 'values: a name that ends like a dual where grammar wants -ين (حكومة طالبان، عن طالبان, not وأصيب طالبان) is no count', phrases: tenthSet.namesLikeDuals },
  { name: 'non-counts: the number of a channel (فرانس 24، القناة 12)', phrases: tenthSet.tenthNonCounts },
  { name: 'categories: a verb after victims, a toll of victims, a family told by its size, the genitive\'s adjectives in a partitive', phrases: tenthSet.victimsAndFamilies },
  { name: 'categories: the clause\'s event over a week aside and a period, a part of weapons, a part that became cases, a force\'s strength, cases, the disappeared', phrases: tenthSet.tenthClauseEvents },
  { name: 'values: «one of» a plural of people with an event (أحد عناصره أصيب), the remaining one (مصير الثالث), a list of parts after an aside; officials and media workers', phrases: tenthSet.oneOfThem },
  { name: 'non-counts: a comma as decimal or time separator', phrases: nonCounts.decimalComma },
  { name: 'non-counts: a date whose year follows a comma', phrases: nonCounts.dateCommaYear },
  { name: 'non-counts: ages', phrases: nonCounts.age },
  { name: 'non-counts: durations', phrases: nonCounts.duration },
  { name: 'non-counts: written dates (the year inside, digits joined by hyphens or dots)', phrases: nonCounts.writtenDate },
  { name: 'non-counts: money without its currency word', phrases: nonCounts.moneyByContext },
  { name: 'non-counts: occasions (مرة، مرات)', phrases: nonCounts.occasions },
  { name: 'non-counts: measures, their accusative and floors', phrases: nonCounts.measure },
  { name: 'non-counts: a number of places after a preposition of place', phrases: nonCounts.place },
  { name: 'non-counts: an age as «in the N of his life»', phrases: nonCounts.ageOfLife },
];

describe.each(CLASSES)('$name', ({ phrases }) => {
  it.each(phrases.map((p, i) => ({ text: p.text, annotated: asAnnotated(p, i) })))('$text', ({ annotated }) => {
    expect(scoreCorpus([annotated]).misses).toEqual([]);
  });
});

describe('the phrase corpus', () => {
  const all = CLASSES.flatMap((c) => c.phrases);

  it('has at least 200 phrases, every class at least ten', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const c of CLASSES) expect(c.phrases.length, c.name).toBeGreaterThanOrEqual(10);
  });

  it('annotates numbers that are not counts in every non-count class', () => {
    const nonCountClasses = CLASSES.filter((c) => c.name.startsWith('non-counts'));
    for (const c of nonCountClasses) expect(c.phrases.some((p) => p.nonCounts.length > 0), c.name).toBe(true);
  });
});
