import { describe, expect, it } from 'vitest';
import { annotationsAsReadings, formatScore, locate, scoreAgreement, scoreCorpus, type AnnotatedText } from '../../../authoring/reader/score';

const text = 'قُتل 12 شخصاً في الساعة 6,45 صباحاً، وأصيب 20 آخرون.';

const item = (annotations: AnnotatedText['annotations']): AnnotatedText => ({ name: 't', text, annotations });
const killed12 = { quote: '12 شخصاً', min: 12, max: 12, qualifier: 'exact' as const, category: 'casualties' as const, kind: 'killed', class: 'plain' };

// What one annotated text scores: figures found with their value and category, non-counts, false figures.
const cases: { name: string; input: AnnotatedText; expected: { figures: number; values: number; categories: number; nonCounts: number; falseFigures: number } }[] = [
  {
    name: 'both figures annotated, the time as a non-count',
    input: item({
      figures: [killed12, { ...killed12, quote: '20 آخرون', min: 20, max: 20, kind: 'injured' }],
      nonCounts: [{ quote: '6,45', class: 'decimal-comma' }],
    }),
    expected: { figures: 2, values: 2, categories: 2, nonCounts: 1, falseFigures: 0 },
  },
  {
    name: 'a figure left unannotated is a false figure',
    input: item({ figures: [killed12] }),
    expected: { figures: 1, values: 1, categories: 1, nonCounts: 0, falseFigures: 1 },
  },
  {
    name: 'a wrong value and a wrong category are counted apart',
    input: item({ figures: [{ ...killed12, min: 13, max: 13 }, { ...killed12, quote: '20 آخرون', min: 20, max: 20, category: 'displacement', kind: 'displaced' }] }),
    expected: { figures: 2, values: 1, categories: 1, nonCounts: 0, falseFigures: 0 },
  },
];

describe('scoreCorpus', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const { total } = scoreCorpus([input]);
    expect({ figures: total.figures, values: total.values, categories: total.categories, nonCounts: total.nonCounts, falseFigures: total.falseFigures }).toEqual(expected);
  });

  it('prints one row per class and a total', () => {
    const table = formatScore(scoreCorpus(cases.map((c) => c.input)));
    expect(table.split('\n')[0]).toMatch(/^class\s+figures\s+values\s+categories\s+kinds\s+non-counts\s+false figures$/u);
    expect(table).toMatch(/^plain\s+5\s+4 \(80\.0%\)/mu);
    expect(table.trimEnd().split('\n').at(-1)).toMatch(/^all\s+5/u);
  });
});

describe('locate', () => {
  it.each([
    { quote: '12 شخصاً', nth: undefined, expected: { start: 5, end: 13 } },
    { quote: 'صباحاً', nth: undefined, expected: { start: 29, end: 35 } },
  ])('finds «$quote» in code points', ({ quote, nth, expected }) => {
    expect(locate(text, quote, nth)).toEqual(expected);
  });

  it('refuses a quote that is missing, or ambiguous without nth', () => {
    expect(() => locate(text, 'غير موجود', undefined, 'x')).toThrow(/not found/u);
    expect(() => locate('5 و5', '5', undefined, 'x')).toThrow(/occurs 2 times/u);
    expect(locate('5 و5', '5', 2)).toEqual({ start: 3, end: 4 });
  });
});

// A second annotator scored against the first, as if it were the reader.
const first = item({ figures: [killed12, { ...killed12, quote: '20 آخرون', min: 20, max: 20, kind: 'injured' }], nonCounts: [{ quote: '6,45', class: 'time' }] });
const agreementCases: { name: string; second: AnnotatedText; expected: { values: number; categories: number; kinds: number; falseFigures: number } }[] = [
  { name: 'the same annotation agrees everywhere', second: first, expected: { values: 2, categories: 2, kinds: 2, falseFigures: 0 } },
  {
    name: 'a time counted by the second is a false figure',
    second: item({ figures: [...first.annotations.figures, { ...killed12, quote: '6,45', min: 645, max: 645, category: null, kind: null }] }),
    expected: { values: 2, categories: 2, kinds: 2, falseFigures: 1 },
  },
  {
    name: 'a figure the second leaves out is a value missed',
    second: item({ figures: [killed12], nonCounts: [{ quote: '20 آخرون', class: 'place' }] }),
    expected: { values: 1, categories: 1, kinds: 1, falseFigures: 0 },
  },
  {
    name: 'another kind in the same category agrees on the category only',
    second: item({ figures: [killed12, { ...killed12, quote: '20 آخرون', min: 20, max: 20, kind: 'missing' }] }),
    expected: { values: 2, categories: 2, kinds: 1, falseFigures: 0 },
  },
];

describe('scoreAgreement', () => {
  it.each(agreementCases)('$name', ({ second, expected }) => {
    const { total } = scoreAgreement([first], [second]);
    expect({ values: total.values, categories: total.categories, kinds: total.kinds, falseFigures: total.falseFigures }).toEqual(expected);
  });

  it('reads a second annotation as spans in code points', () => {
    expect(annotationsAsReadings(first).map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: '12 شخصاً', start: 5, end: 13 },
      { text: '20 آخرون', start: 43, end: 51 },
    ]);
  });

  it('refuses annotations of different articles or texts, naming them', () => {
    expect(() => scoreAgreement([first], [{ ...first, name: 'u' }])).toThrow(/not in the second annotation: t; not in the first: u/u);
    expect(() => scoreAgreement([first], [{ ...first, text: `${text} ` }])).toThrow(/t: the two annotations are of different texts/u);
  });
});
