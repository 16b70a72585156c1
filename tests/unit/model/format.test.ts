import { describe, expect, it } from 'vitest';
import { formatAmount, formatFigure, formatTime } from '../../../src/model/format';
import type { Qualifier } from '../../../src/model/schema';

describe('formatAmount', () => {
  it.each<{ min: number | null; max: number | null; qualifier: Qualifier; en: string; ar: string }>([
    { min: 54, max: null, qualifier: 'at-least', en: 'at least 54', ar: '54 على الأقل' },
    { min: 2000, max: 9999, qualifier: 'vague', en: 'thousands', ar: 'آلاف' },
    { min: 20, max: 99, qualifier: 'vague', en: 'tens', ar: 'عشرات' },
    { min: 29, max: 29, qualifier: 'exact', en: '29', ar: '29' },
    { min: 10, max: 20, qualifier: 'exact', en: '10–20', ar: '10 إلى 20' },
    // "more than 100" is stored as min 101.
    { min: 101, max: null, qualifier: 'more-than', en: 'more than 100', ar: 'أكثر من 100' },
    { min: 300, max: 300, qualifier: 'about', en: 'about 300', ar: 'نحو 300' },
    { min: null, max: 9, qualifier: 'at-most', en: 'at most 9', ar: '9 على الأكثر' },
    { min: 30542, max: 30542, qualifier: 'exact', en: '30,542', ar: '30,542' },
    // A vague range no word names is shown as a range, never a point.
    { min: 2005, max: 10004, qualifier: 'vague', en: 'roughly 2,005–10,004', ar: 'ما بين 2,005 إلى 10,004 تقريباً' },
  ])('$qualifier $min..$max → "$en" / "$ar"', ({ min, max, qualifier, en, ar }) => {
    expect(formatAmount({ min, max, qualifier }, 'en')).toBe(en);
    expect(formatAmount({ min, max, qualifier }, 'ar')).toBe(ar);
  });
});

describe('formatTime', () => {
  it.each([
    { time: { date: '2020-02-28' }, en: '28 February 2020', ar: '28 فبراير 2020' },
    { time: { start: '2020-02-01' }, en: 'since 1 February 2020', ar: 'منذ 1 فبراير 2020' },
    { time: { start: '2020-02' }, en: 'since February 2020', ar: 'منذ فبراير 2020' },
    { time: { start: '2016' }, en: 'since 2016', ar: 'منذ 2016' },
    { time: { end: '2020-02-28' }, en: 'before 28 February 2020', ar: 'قبل 28 فبراير 2020' },
    { time: { start: '2020-02-01', end: '2020-02-28' }, en: '1 February 2020 – 28 February 2020', ar: 'من 1 فبراير 2020 إلى 28 فبراير 2020' },
  ])('$en', ({ time, en, ar }) => {
    expect(formatTime(time, 'en')).toBe(en);
    expect(formatTime(time, 'ar')).toBe(ar);
  });
});

describe('formatFigure', () => {
  it.each([
    { amount: { min: 54, max: null, qualifier: 'at-least' as const }, unit: { en: 'Turkish soldiers', ar: 'جنود أتراك' }, kind: { en: 'killed', ar: 'قتلى' }, en: 'at least 54 Turkish soldiers killed', ar: '54 على الأقل — جنود أتراك (قتلى)' },
    { amount: { min: 2000, max: 9999, qualifier: 'vague' as const }, unit: { en: 'people', ar: 'أشخاص' }, kind: { en: 'displaced', ar: 'نازحون' }, en: 'thousands of people displaced', ar: 'آلاف — أشخاص (نازحون)' },
  ])('$en', ({ amount, unit, kind, en, ar }) => {
    expect(formatFigure(amount, unit, kind.en, 'en')).toBe(en);
    expect(formatFigure(amount, unit, kind.ar, 'ar')).toBe(ar);
  });
});
