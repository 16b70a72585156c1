import { describe, expect, it } from 'vitest';
import { VAGUE_AMOUNTS, readQuantity } from '../../../authoring/reader/index';

type Expected = { min: number | null; max: number | null; qualifier: string };
const vague = (min: number, max: number): Expected => ({ min, max, qualifier: 'vague' });

// The one table of vague amounts; longest match wins (عشرات الآلاف is one amount).
const cases: { input: string; expected: Expected }[] = [
  { input: 'عشرات', expected: vague(20, 99) },
  { input: 'العشرات من المدنيين', expected: vague(20, 99) },
  { input: 'بعشرات القتلى', expected: vague(20, 99) },
  { input: 'مئات النازحين', expected: vague(200, 999) },
  { input: 'الآلاف', expected: vague(2_000, 9_999) },
  { input: 'آلاف الأشخاص', expected: vague(2_000, 9_999) },
  { input: 'ألوف', expected: vague(2_000, 9_999) },
  { input: 'عشرات الآلاف', expected: vague(20_000, 99_999) },
  { input: 'عشرات الآلاف من اللاجئين', expected: vague(20_000, 99_999) },
  { input: 'مئات الآلاف', expected: vague(200_000, 999_999) },
  { input: 'ملايين السوريين', expected: vague(2_000_000, 9_999_999) },
  { input: 'عشرات الملايين', expected: vague(20_000_000, 99_999_999) },
  { input: 'مئات الملايين من البشر', expected: vague(200_000_000, 999_999_999) },
  { input: 'الآلاف على الأقل', expected: { min: 2_000, max: null, qualifier: 'at-least' } },
  { input: 'أكثر من عشرات الآلاف', expected: { min: 20_000, max: null, qualifier: 'more-than' } },
];

describe('readQuantity: vague amounts', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(readQuantity(input)).toEqual(expected);
  });
});

describe('VAGUE_AMOUNTS', () => {
  it('is the documented table', () => {
    expect(VAGUE_AMOUNTS.map(({ en, min, max }) => [en, min, max])).toEqual([
      ['a few', 3, 9],
      ['a few dozen', 30, 99],
      ['a few hundred', 300, 999],
      ['a few thousand', 3_000, 9_999],
      ['tens', 20, 99],
      ['hundreds', 200, 999],
      ['thousands', 2_000, 9_999],
      ['tens of thousands', 20_000, 99_999],
      ['hundreds of thousands', 200_000, 999_999],
      ['millions', 2_000_000, 9_999_999],
      ['tens of millions', 20_000_000, 99_999_999],
      ['hundreds of millions', 200_000_000, 999_999_999],
    ]);
  });

  it('reads every listed spelling as its own row', () => {
    for (const row of VAGUE_AMOUNTS) {
      for (const ar of row.ar) expect(readQuantity(ar), ar).toEqual({ min: row.min, max: row.max, qualifier: 'vague' });
    }
  });
});
