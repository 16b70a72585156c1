import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../../authoring/reader/index';

// Folding is for matching only: tashkeel and tatweel go, letter variants merge, digits become Western.
const cases: { input: string; expected: string }[] = [
  { input: 'قُتِلَ', expected: 'قتل' },
  { input: 'جندياً', expected: 'جنديا' },
  { input: 'الـ29', expected: 'ال29' },
  { input: 'إدلب', expected: 'ادلب' },
  { input: 'أوروبا', expected: 'اوروبا' },
  { input: 'آلاف', expected: 'الاف' },
  { input: 'حوالى', expected: 'حوالي' },
  { input: 'سورية', expected: 'سوريه' },
  { input: 'لاجئ', expected: 'لاجي' },
  { input: 'مؤتمر', expected: 'موتمر' },
  { input: '٣٤', expected: '34' },
  { input: '۱۲۳', expected: '123' },
  { input: '١٬٢٥٠', expected: '1,250' },
  { input: '٢٫٥', expected: '2.5' },
  { input: '٢٠٪', expected: '20%' },
  { input: 'S-400', expected: 's-400' },
  { input: 'ﻻ', expected: 'لا' },
];

describe('fold', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('normalize offset map', () => {
  it('maps every folded unit back to its code point in the original', () => {
    const text = '😀 قُتِلَ الـ29';
    const { norm, origin, length } = normalize(text);
    const original = Array.from(text);
    expect(length).toBe(original.length);
    expect(origin[norm.length]).toBe(original.length);
    for (let i = 0; i < norm.length; i += 1) {
      const ch = norm[i]!;
      if (/[0-9\u0621-\u064A]/u.test(ch)) expect(fold(original[origin[i]!]!)).toBe(ch);
    }
  });
});
