import { describe, expect, it } from 'vitest';
import { readQuantity } from '../../../authoring/reader/index';

type Expected = { min: number | null; max: number | null; qualifier: string };
const exact = (n: number): Expected => ({ min: n, max: n, qualifier: 'exact' });

// Every written form of a number: digits in three scripts, separators, words, multipliers, duals, fractions, compounds.
const cases: { input: string; expected: Expected }[] = [
  { input: '34 جندياً', expected: exact(34) },
  { input: '٣٤ جندياً', expected: exact(34) },
  { input: '۱۲۳ شخصا', expected: exact(123) },
  { input: '1,250 نازحاً', expected: exact(1250) },
  { input: '١٬٢٥٠ نازحاً', expected: exact(1250) },
  { input: '2.5 مليون', expected: exact(2_500_000) },
  { input: '٢٫٥ مليون لاجئ', expected: exact(2_500_000) },
  { input: '1.5 مليون نازح', expected: exact(1_500_000) },
  { input: '38 ألفا و500', expected: exact(38_500) },
  { input: '30 ألفا و542', expected: exact(30_542) },
  { input: 'مليون و200 ألف', expected: exact(1_200_000) },
  { input: '100 ألف', expected: exact(100_000) },
  { input: '3 آلاف', expected: exact(3_000) },
  { input: 'خمسة وعشرون ألف شخص', expected: exact(25_000) },
  { input: 'ثلاثة آلاف مدني', expected: exact(3_000) },
  { input: 'عشرة آلاف', expected: exact(10_000) },
  { input: 'مئتا جندي', expected: exact(200) },
  { input: 'ثلاثمئة شخص', expected: exact(300) },
  { input: 'ثلاثمائة شخص', expected: exact(300) },
  { input: 'ثلاث مئة شخص', expected: exact(300) },
  { input: 'مئة وخمسون شخصا', expected: exact(150) },
  { input: 'أحد عشر جنديا', expected: exact(11) },
  { input: 'اثنا عشر شخصا', expected: exact(12) },
  { input: 'خمسة عشر طفلا', expected: exact(15) },
  { input: 'عشرون مقاتلا', expected: exact(20) },
  { input: 'ألفين', expected: exact(2_000) },
  { input: 'ألفان من النازحين', expected: exact(2_000) },
  { input: 'مليونين', expected: exact(2_000_000) },
  { input: 'مليوني لاجئ', expected: exact(2_000_000) },
  { input: 'ربع مليون لاجئ', expected: exact(250_000) },
  { input: 'نصف مليون', expected: exact(500_000) },
  { input: 'ثلث مليون نازح', expected: exact(333_333) },
  { input: 'مليون ونصف لاجئ', expected: exact(1_500_000) },
  { input: 'مليار', expected: exact(1_000_000_000) },
  { input: 'جندي واحد', expected: exact(1) },
  { input: 'جنديين اثنين', expected: exact(2) },
  { input: 'قُتِلَ ٣٤ جُنْدِيًّا', expected: exact(34) },
  { input: 'بين 10 و20', expected: { min: 10, max: 20, qualifier: 'exact' } },
  { input: 'بين 10 و20 ألفا', expected: { min: 10_000, max: 20_000, qualifier: 'exact' } },
  { input: 'ما بين 200 و300 شخص', expected: { min: 200, max: 300, qualifier: 'exact' } },
  { input: '20 إلى 30 شخصا', expected: { min: 20, max: 30, qualifier: 'exact' } },
  { input: '20-30 شخصا', expected: { min: 20, max: 30, qualifier: 'exact' } },
];

describe('readQuantity: number forms', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(readQuantity(input)).toEqual(expected);
  });
});
