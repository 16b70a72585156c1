import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../authoring/reader/index';

type Expected = { text: string; counted: string | null; category: string | null; kind: string | null };

// What is counted and the event it takes part in: before the number (مقتل 34) or after it (34 قتيلاً، قتلوا).
const cases: { input: string; expected: Expected[] }[] = [
  { input: 'مقتل 34 جندياً', expected: [{ text: '34 جندياً', counted: 'جندياً', category: 'casualties', kind: 'killed' }] },
  { input: 'قُتل 54 جندياً', expected: [{ text: '54 جندياً', counted: 'جندياً', category: 'casualties', kind: 'killed' }] },
  { input: 'وقُتِلَ 54 جُندياً', expected: [{ text: '54 جُندياً', counted: 'جُندياً', category: 'casualties', kind: 'killed' }] },
  { input: 'تشريد الآلاف في إدلب', expected: [{ text: 'الآلاف', counted: null, category: 'displacement', kind: 'displaced' }] },
  {
    input: 'بطرد الآلاف من الضباط العسكريين الأتراك',
    expected: [{ text: 'الآلاف من الضباط العسكريين الأتراك', counted: 'الضباط العسكريين الأتراك', category: 'politics', kind: 'dismissed' }],
  },
  { input: 'سقوط 34 قتيلاً', expected: [{ text: '34 قتيلاً', counted: 'قتيلاً', category: 'casualties', kind: 'killed' }] },
  { input: 'استشهاد 5 مدنيين', expected: [{ text: '5 مدنيين', counted: 'مدنيين', category: 'casualties', kind: 'killed' }] },
  { input: 'سجلت 3 وفيات', expected: [{ text: '3 وفيات', counted: 'وفيات', category: 'casualties', kind: 'killed' }] },
  { input: 'وكان 20 مدنياً قتلوا', expected: [{ text: '20 مدنياً', counted: 'مدنياً', category: 'casualties', kind: 'killed' }] },
  { input: '20 شخصاً لقوا حتفهم', expected: [{ text: '20 شخصاً', counted: 'شخصاً', category: 'casualties', kind: 'killed' }] },
  { input: 'أسفرت الغارة عن مقتل 12 مدنياً', expected: [{ text: '12 مدنياً', counted: 'مدنياً', category: 'casualties', kind: 'killed' }] },
  { input: 'أصيب 12 طفلاً', expected: [{ text: '12 طفلاً', counted: 'طفلاً', category: 'casualties', kind: 'injured' }] },
  { input: 'جُرح 12 مدنياً', expected: [{ text: '12 مدنياً', counted: 'مدنياً', category: 'casualties', kind: 'injured' }] },
  { input: 'مقتل وإصابة 20 شخصاً', expected: [{ text: '20 شخصاً', counted: 'شخصاً', category: 'casualties', kind: 'killed-or-injured' }] },
  {
    input: 'مقتل 20 شخصاً وإصابة 30 آخرين',
    expected: [
      { text: '20 شخصاً', counted: 'شخصاً', category: 'casualties', kind: 'killed' },
      { text: '30 آخرين', counted: 'آخرين', category: 'casualties', kind: 'injured' },
    ],
  },
  {
    input: 'مقتل 20 جندياً و30 مدنياً',
    expected: [
      { text: '20 جندياً', counted: 'جندياً', category: 'casualties', kind: 'killed' },
      { text: '30 مدنياً', counted: 'مدنياً', category: 'casualties', kind: 'killed' },
    ],
  },
  { input: 'مقتل 20 من عناصر النظام', expected: [{ text: '20 من عناصر النظام', counted: 'عناصر النظام', category: 'casualties', kind: 'killed' }] },
  { input: 'مقتل جندي تركي واحد', expected: [{ text: 'جندي تركي واحد', counted: 'جندي تركي', category: 'casualties', kind: 'killed' }] },
  { input: 'نزوح نحو 900 ألف شخص', expected: [{ text: 'نحو 900 ألف شخص', counted: 'شخص', category: 'displacement', kind: 'displaced' }] },
  { input: 'فرار مئات الآلاف', expected: [{ text: 'مئات الآلاف', counted: null, category: 'displacement', kind: 'displaced' }] },
  { input: 'تهجير عشرات الآلاف', expected: [{ text: 'عشرات الآلاف', counted: null, category: 'displacement', kind: 'displaced' }] },
  { input: 'يستضيف 3.6 مليون لاجئ', expected: [{ text: '3.6 مليون لاجئ', counted: 'لاجئ', category: 'displacement', kind: 'refugees' }] },
  { input: 'وصل 1,250 نازحاً', expected: [{ text: '1,250 نازحاً', counted: 'نازحاً', category: 'displacement', kind: 'displaced' }] },
  { input: 'إجلاء 200 مدني', expected: [{ text: '200 مدني', counted: 'مدني', category: 'displacement', kind: 'evacuated' }] },
  { input: 'منح اللجوء لـ500 شخص', expected: [{ text: '500 شخص', counted: 'شخص', category: 'displacement', kind: 'granted-asylum' }] },
  { input: 'منحت ألمانيا 500 سوري حق اللجوء', expected: [{ text: '500 سوري', counted: 'سوري', category: 'displacement', kind: 'granted-asylum' }] },
  { input: 'اعتقال 15 ناشطاً', expected: [{ text: '15 ناشطاً', counted: 'ناشطاً', category: 'politics', kind: 'detained' }] },
  { input: 'اعتقلت السلطات 15 شخصاً', expected: [{ text: '15 شخصاً', counted: 'شخصاً', category: 'politics', kind: 'detained' }] },
  { input: 'أسر 5 جنود', expected: [{ text: '5 جنود', counted: 'جنود', category: 'politics', kind: 'detained' }] },
  { input: 'الإفراج عن 20 معتقلاً', expected: [{ text: '20 معتقلاً', counted: 'معتقلاً', category: 'politics', kind: 'released' }] },
  { input: 'إقالة 100 قاض', expected: [{ text: '100 قاض', counted: 'قاض', category: 'politics', kind: 'dismissed' }] },
  { input: 'فصل 500 موظف', expected: [{ text: '500 موظف', counted: 'موظف', category: 'politics', kind: 'dismissed' }] },
  { input: 'نشر 300 جندي', expected: [{ text: '300 جندي', counted: 'جندي', category: 'military', kind: 'deployed' }] },
  // Things are counted too, but no event makes them casualties.
  { input: 'تدمير 20 منزلاً', expected: [{ text: '20 منزلاً', counted: 'منزلاً', category: null, kind: null }] },
  { input: 'نشر 20 تقريرا', expected: [{ text: '20 تقريرا', counted: 'تقريرا', category: null, kind: null }] },
  // A thing is never a casualty; a count of states is a diplomacy figure (the team's convention).
  { input: 'قتل 12 دولة', expected: [{ text: '12 دولة', counted: 'دولة', category: 'diplomacy', kind: 'state' }] },
];

describe('counted noun phrase and event', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const got = readQuantities(input).map((q) => ({ text: q.text, counted: q.counted?.text ?? null, category: q.category, kind: q.kind }));
    expect(got).toEqual(expected);
  });
});
