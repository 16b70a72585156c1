import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/model/schema';

describe('isCalendarDate', () => {
  it.each([
    { value: '2020-02-28', expected: true },
    { value: '2020-02-29', expected: true },
    { value: '2019-02-29', expected: false },
    { value: '2025-02-30', expected: false },
    { value: '2020-13-01', expected: false },
    { value: '2020-02', expected: true },
    { value: '2016', expected: true },
    { value: '20-02-28', expected: false },
    { value: '2020-2-28', expected: false },
    { value: '28 February 2020', expected: false },
    { value: '', expected: false },
  ])('$value → $expected', ({ value, expected }) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
