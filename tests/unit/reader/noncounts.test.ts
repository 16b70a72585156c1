import { describe, expect, it } from 'vitest';
import { analyzeQuantities, readQuantities, readQuantity } from '../../../authoring/reader/index';

// Numbers that are not counts of people: none may become a quantity; each is rejected with its reason.
const cases: { input: string; expected: { text: string; reason: string }[] }[] = [
  { input: 'في عام 2016', expected: [{ text: '2016', reason: 'year' }] },
  { input: 'في 2020', expected: [{ text: '2020', reason: 'year' }] },
  { input: 'منذ 2011 قتل', expected: [{ text: '2011', reason: 'year' }] },
  { input: 'عامي 2015 و2016', expected: [{ text: '2015', reason: 'year' }, { text: '2016', reason: 'year' }] },
  { input: '2020م', expected: [{ text: '2020', reason: 'year' }] },
  { input: 'سيجتمع الجمعة 28 فبراير', expected: [{ text: '28 فبراير', reason: 'date' }] },
  { input: 'في 28 شباط', expected: [{ text: '28 شباط', reason: 'date' }] },
  { input: 'في 5 من شهر آذار', expected: [{ text: '5 من شهر آذار', reason: 'date' }] },
  { input: 'بتاريخ 28/2/2020', expected: [{ text: '28/2/2020', reason: 'date' }] },
  { input: 'بموجب المادة 4', expected: [{ text: '4', reason: 'designation' }] },
  { input: 'المادة ٥ من المعاهدة', expected: [{ text: '٥', reason: 'designation' }] },
  { input: 'القرار 2254', expected: [{ text: '2254', reason: 'designation' }] },
  { input: 'القرار رقم 2254', expected: [{ text: '2254', reason: 'designation' }] },
  { input: 'اللواء 93', expected: [{ text: '93', reason: 'designation' }] },
  { input: 'لصواريخ إس 400 الروسية', expected: [{ text: '400', reason: 'model' }] },
  { input: 'طراز إف-35', expected: [{ text: '35', reason: 'model' }] },
  { input: 'منظومة S-400', expected: [{ text: '400', reason: 'model' }] },
  { input: 'الطريق M4', expected: [{ text: '4', reason: 'model' }] },
  { input: 'كوفيد-19', expected: [{ text: '19', reason: 'model' }] },
  { input: 'للمرة الأولى', expected: [{ text: 'الأولى', reason: 'ordinal' }] },
  { input: 'الجولة الثانية', expected: [{ text: 'الثانية', reason: 'ordinal' }] },
  { input: 'ارتفعت 20%', expected: [{ text: '20%', reason: 'percentage' }] },
  { input: 'ارتفعت ٢٠٪', expected: [{ text: '٢٠٪', reason: 'percentage' }] },
  { input: '20 بالمئة من السكان', expected: [{ text: '20 بالمئة', reason: 'percentage' }] },
  { input: '20 في المئة', expected: [{ text: '20 في المئة', reason: 'percentage' }] },
  { input: 'بنسبة 20', expected: [{ text: '20', reason: 'percentage' }] },
  { input: 'طفل عمره 12 عاماً', expected: [{ text: '12 عاماً', reason: 'age' }] },
  { input: 'طفل يبلغ من العمر 12 عاماً', expected: [{ text: '12 عاماً', reason: 'age' }] },
  { input: 'البالغ من العمر 70', expected: [{ text: '70', reason: 'age' }] },
  { input: 'في الساعة 10 صباحاً', expected: [{ text: '10', reason: 'time' }] },
  { input: 'عند 10:30', expected: [{ text: '10:30', reason: 'time' }] },
  { input: 'الساعة 3 فجراً', expected: [{ text: '3', reason: 'time' }] },
  { input: 'بقيمة مليون دولار', expected: [{ text: 'مليون دولار', reason: 'money' }] },
  { input: '500 مليون دولار', expected: [{ text: '500 مليون دولار', reason: 'money' }] },
  { input: 'ملايين الدولارات', expected: [{ text: 'ملايين الدولارات', reason: 'money' }] },
  { input: 'تبرع بـ$500', expected: [{ text: '500', reason: 'money' }] },
  { input: 'على بعد 20 كيلومترا', expected: [{ text: '20 كيلومترا', reason: 'measure' }] },
  { input: 'خلال 24 ساعة', expected: [{ text: '24 ساعة', reason: 'duration' }] },
  { input: 'منذ 9 سنوات', expected: [{ text: '9 سنوات', reason: 'duration' }] },
  { input: 'في يوم واحد', expected: [{ text: 'يوم واحد', reason: 'duration' }] },
  { input: '1.5', expected: [{ text: '1.5', reason: 'fraction' }] },
  // A range is judged by its upper end too.
  { input: 'بين 2015 و2020', expected: [{ text: 'بين 2015 و2020', reason: 'year' }] },
  { input: 'بين 10 و20%', expected: [{ text: 'بين 10 و20%', reason: 'percentage' }] },
  { input: 'بين 5 و10 فبراير', expected: [{ text: 'بين 5 و10 فبراير', reason: 'date' }] },
];

describe('non-counts', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const { quantities, rejected } = analyzeQuantities(input);
    expect(quantities).toEqual([]);
    expect(rejected.map(({ text, reason }) => ({ text, reason }))).toEqual(expected);
    expect(readQuantity(input)).toBeNull();
  });

  it('keeps a count of things, not people, out of the casualty figures', () => {
    const [q, ...rest] = readQuantities('سفراء كل الدول الأعضاء الـ29 سيجتمع');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'الـ29', min: 29, max: 29, category: null, kind: null, counted: { text: 'الدول الأعضاء' } });
  });

  it.each(['في آن واحد', 'لا أحد', 'نصف السكان', 'يوم الاثنين', 'يوم الأحد'])('%s is no quantity', (input) => {
    expect(readQuantities(input)).toEqual([]);
  });
});
