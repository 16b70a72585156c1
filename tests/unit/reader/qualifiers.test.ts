import { describe, expect, it } from 'vitest';
import { readQuantities, readQuantity } from '../../../authoring/reader/index';

type Expected = { min: number | null; max: number | null; qualifier: string };

// Qualifiers before the number and after the counted phrase; "more than N" is N+1, "fewer than N" is N-1.
const cases: { input: string; expected: Expected }[] = [
  { input: '34 جندياً تركياً على الأقل', expected: { min: 34, max: null, qualifier: 'at-least' } },
  { input: '٣٤ جندياً تركياً على الأقل', expected: { min: 34, max: null, qualifier: 'at-least' } },
  { input: '54 جندياً تركياً على الأقل', expected: { min: 54, max: null, qualifier: 'at-least' } },
  { input: 'على الأقل 20 مدنياً', expected: { min: 20, max: null, qualifier: 'at-least' } },
  { input: 'ما لا يقل عن 20 مدنياً', expected: { min: 20, max: null, qualifier: 'at-least' } },
  { input: '100 شخص أو أكثر', expected: { min: 100, max: null, qualifier: 'at-least' } },
  { input: 'أكثر من 400 ألف شخص', expected: { min: 400_001, max: null, qualifier: 'more-than' } },
  { input: 'ما يزيد على 100 قتيل', expected: { min: 101, max: null, qualifier: 'more-than' } },
  { input: 'ما يزيد عن 100', expected: { min: 101, max: null, qualifier: 'more-than' } },
  { input: 'يزيد عن 50', expected: { min: 51, max: null, qualifier: 'more-than' } },
  { input: 'وأكثر من 20 طفلا', expected: { min: 21, max: null, qualifier: 'more-than' } },
  { input: 'لأكثر من ثلاثة آلاف', expected: { min: 3_001, max: null, qualifier: 'more-than' } },
  { input: 'نحو 3.5 مليون لاجئ', expected: { min: 3_500_000, max: 3_500_000, qualifier: 'about' } },
  { input: 'بنحو 300 جندي', expected: { min: 300, max: 300, qualifier: 'about' } },
  { input: 'حوالي 200 نازح', expected: { min: 200, max: 200, qualifier: 'about' } },
  { input: 'حوالى 200', expected: { min: 200, max: 200, qualifier: 'about' } },
  { input: 'قرابة 70 ألفا', expected: { min: 70_000, max: 70_000, qualifier: 'about' } },
  { input: 'زهاء ألف', expected: { min: 1_000, max: 1_000, qualifier: 'about' } },
  { input: 'ما يقارب 500 شخص', expected: { min: 500, max: 500, qualifier: 'about' } },
  { input: '20 شخصا تقريباً', expected: { min: 20, max: 20, qualifier: 'about' } },
  { input: 'أقل من 10 أشخاص', expected: { min: null, max: 9, qualifier: 'at-most' } },
  { input: 'أقل من 2.5 مليون', expected: { min: null, max: 2_499_999, qualifier: 'at-most' } },
  { input: 'ما لا يزيد عن 30', expected: { min: null, max: 30, qualifier: 'at-most' } },
];

describe('readQuantity: qualifiers', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(readQuantity(input)).toEqual(expected);
  });
});

describe('qualifier spans', () => {
  it.each([
    { input: 'قتل 34 جندياً تركياً على الأقل في إدلب', expected: '34 جندياً تركياً على الأقل' },
    { input: 'وأكدت وفاة ما لا يقل عن 20 مدنياً.', expected: 'ما لا يقل عن 20 مدنياً' },
    // A clitic on the qualifier stays outside the span.
    { input: 'قدرت بنحو 300 جندي', expected: 'نحو 300 جندي' },
  ])('$input', ({ input, expected }) => {
    expect(readQuantities(input).map((q) => q.text)).toEqual([expected]);
  });
});
