import { describe, expect, it } from 'vitest';
import { findDirections, findPlaces } from '../../../authoring/reader/index';
import { codePointLength } from '../../../src/model/text';

type Place = { text: string; start: number; end: number; region: string };

// Offsets cover the name without its clitic; the article is never stripped, so adjectives are not places.
const places: { input: string; expected: Place[] }[] = [
  { input: 'بسوريا', expected: [{ text: 'سوريا', start: 1, end: 6, region: 'syria' }] },
  { input: 'وإدلب', expected: [{ text: 'إدلب', start: 1, end: 5, region: 'idlib' }] },
  { input: 'في ادلب', expected: [{ text: 'ادلب', start: 3, end: 7, region: 'idlib' }] },
  { input: 'سورية', expected: [{ text: 'سورية', start: 0, end: 5, region: 'syria' }] },
  { input: 'إلى تركيا', expected: [{ text: 'تركيا', start: 4, end: 9, region: 'turkey' }] },
  { input: 'في أوروبا', expected: [{ text: 'أوروبا', start: 3, end: 9, region: 'europe' }] },
  { input: 'اوروبا', expected: [{ text: 'اوروبا', start: 0, end: 6, region: 'europe' }] },
  { input: 'شمال سوريا', expected: [{ text: 'شمال سوريا', start: 0, end: 10, region: 'northern-syria' }] },
  { input: 'الشمال السوري', expected: [{ text: 'الشمال السوري', start: 0, end: 13, region: 'northern-syria' }] },
  { input: 'في حلب', expected: [{ text: 'حلب', start: 3, end: 6, region: 'aleppo' }] },
  { input: 'باللاذقية', expected: [{ text: 'اللاذقية', start: 1, end: 9, region: 'latakia' }] },
  { input: 'والرقة', expected: [{ text: 'الرقة', start: 1, end: 6, region: 'raqqa' }] },
  { input: 'في إدْلِب', expected: [{ text: 'إدْلِب', start: 3, end: 9, region: 'idlib' }] },
  { input: 'الأزمة السورية', expected: [] },
  { input: 'الحكومة السورية', expected: [] },
  // تركياً with tanween, or after an accusative noun, is the adjective "Turkish".
  { input: '34 جندياً تركياً', expected: [] },
  { input: '34 جنديا تركيا', expected: [] },
  { input: 'قتل 20 مدنيا بسوريا', expected: [{ text: 'سوريا', start: 14, end: 19, region: 'syria' }] },
];

describe('findPlaces', () => {
  it.each(places)('$input', ({ input, expected }) => {
    expect(findPlaces(input)).toEqual(expected);
  });

  it('reads gazetteer names, and keeps a region when the gazetteer has a city of the same name', () => {
    const gazetteer = [
      { id: 'idlib-city', name_ar: 'إدلب' },
      { id: 'saraqib', name_ar: 'سراقب' },
    ];
    expect(findPlaces('من سراقب إلى إدلب', gazetteer).map((p) => p.region)).toEqual(['saraqib', 'idlib']);
    expect(findPlaces('من سراقب').map((p) => p.region)).toEqual([]);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const text = '😀 قصف في إدلب';
    const [p] = findPlaces(text);
    expect(p).toMatchObject({ text: 'إدلب', start: codePointLength('😀 قصف في '), region: 'idlib' });
    expect(Array.from(text).slice(p!.start, p!.end).join('')).toBe('إدلب');
  });
});

type Direction = { text: string; direction: string; place: string };

const directions: { input: string; expected: Direction[] }[] = [
  { input: 'في شمال شرقي سوريا', expected: [{ text: 'شمال شرقي سوريا', direction: 'north-east', place: 'syria' }] },
  { input: 'شمال شرق سوريا', expected: [{ text: 'شمال شرق سوريا', direction: 'north-east', place: 'syria' }] },
  { input: 'شمال غربي سوريا', expected: [{ text: 'شمال غربي سوريا', direction: 'north-west', place: 'syria' }] },
  { input: 'جنوب إدلب', expected: [{ text: 'جنوب إدلب', direction: 'south', place: 'idlib' }] },
  { input: 'جنوبي إدلب', expected: [{ text: 'جنوبي إدلب', direction: 'south', place: 'idlib' }] },
  { input: 'بشمال سوريا', expected: [{ text: 'شمال سوريا', direction: 'north', place: 'syria' }] },
  { input: 'جنوب شرقي تركيا', expected: [{ text: 'جنوب شرقي تركيا', direction: 'south-east', place: 'turkey' }] },
  { input: 'الشمال الغربي لسوريا', expected: [{ text: 'الشمال الغربي لسوريا', direction: 'north-west', place: 'syria' }] },
  { input: 'الشمال الشرقي من سوريا', expected: [{ text: 'الشمال الشرقي من سوريا', direction: 'north-east', place: 'syria' }] },
  { input: 'شرق حلب', expected: [{ text: 'شرق حلب', direction: 'east', place: 'aleppo' }] },
  { input: 'وسط سوريا', expected: [{ text: 'وسط سوريا', direction: 'centre', place: 'syria' }] },
  { input: 'في ريف إدلب الجنوبي', expected: [{ text: 'ريف إدلب الجنوبي', direction: 'south', place: 'idlib' }] },
  { input: 'ريف حلب الشمالي الغربي', expected: [{ text: 'ريف حلب الشمالي الغربي', direction: 'north-west', place: 'aleppo' }] },
  // Not directions: the North Atlantic Treaty, North America.
  { input: 'حلف شمال الأطلسي', expected: [] },
  { input: 'لحلف شمال الأطلسي "الناتو"', expected: [] },
  { input: 'أوروبا أو أميركا الشمالية', expected: [] },
];

describe('findDirections', () => {
  it.each(directions)('$input', ({ input, expected }) => {
    const got = findDirections(input);
    expect(got.map(({ text, direction, place }) => ({ text, direction, place }))).toEqual(expected);
    for (const d of got) expect(Array.from(input).slice(d.start, d.end).join('')).toBe(d.text);
  });
});
