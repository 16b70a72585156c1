import { describe, expect, it } from 'vitest';
import { excerptAround, joinsAcross, markQuote } from '../../src/popup/quote';
import { CodePointIndex } from '../../src/model/text';

const ZWJ = '\u200d';

describe('joinsAcross', () => {
  it.each([
    // ب joins forward to ي: a cut there must be bridged.
    { before: 'كب', after: 'ير', expected: true },
    // ا never joins forward.
    { before: 'كا', after: 'تب', expected: false },
    // A space between words: nothing to bridge.
    { before: 'قتل ', after: '54', expected: false },
    { before: 'قتل', after: ' 54', expected: false },
    // Diacritics are transparent: قُ still joins to ت.
    { before: 'قُ', after: 'تل', expected: true },
    { before: 'abc', after: 'def', expected: false },
  ])('"$before" | "$after" → $expected', ({ before, after, expected }) => {
    expect(joinsAcross(before, after)).toBe(expected);
  });
});

describe('markQuote', () => {
  it('splits at word boundaries without joiners', () => {
    expect(markQuote('وقُتل 54 جندياً', 6, 8)).toEqual({ before: 'وقُتل ', quote: '54', after: ' جندياً' });
  });

  it('bridges a cut inside a word with joiners on both sides', () => {
    // "بسوريا" cut after ب (the clitic): ب joins forward to س.
    const marked = markQuote('بسوريا', 1, 6);
    expect(marked).toEqual({ before: `ب${ZWJ}`, quote: `${ZWJ}سوريا`, after: '' });
    // The visible text is unchanged once the joiners are removed.
    expect((marked.before + marked.quote + marked.after).replaceAll(ZWJ, '')).toBe('بسوريا');
  });

  it('clamps offsets outside the sentence', () => {
    expect(markQuote('abc', -2, 99)).toEqual({ before: '', quote: 'abc', after: '' });
  });
});

describe('excerptAround', () => {
  // Offsets are the article's code points; here the "article" is the sentence at offset 10.
  const article = `${'x'.repeat(10)}one two three four five six seven eight nine ten`;
  const index = new CodePointIndex(article);
  const sentence = { start: 10, end: index.length };
  const at = (word: string) => {
    const start = [...article].join('').indexOf(word);
    return { start, end: start + word.length };
  };
  it.each([
    { name: 'a short sentence whole', quote: 'five', context: 200, expected: { before: 'one two three four ', quote: 'five', after: ' six seven eight nine ten', clippedBefore: false, clippedAfter: false } },
    { name: 'cut at spaces on both sides', quote: 'five', context: 10, expected: { before: 'four ', quote: 'five', after: ' six seven', clippedBefore: true, clippedAfter: true } },
    { name: 'no half word after', quote: 'five', context: 8, expected: { before: 'four ', quote: 'five', after: ' six', clippedBefore: true, clippedAfter: true } },
    { name: 'nothing before the first word', quote: 'one', context: 8, expected: { before: '', quote: 'one', after: ' two', clippedBefore: false, clippedAfter: true } },
    { name: 'nothing after the last word', quote: 'ten', context: 8, expected: { before: 'nine ', quote: 'ten', after: '', clippedBefore: true, clippedAfter: false } },
  ])('$name', ({ quote, context, expected }) => {
    expect(excerptAround(index, sentence, at(quote), context)).toEqual(expected);
  });

  it('bridges a cut inside an Arabic word as markQuote does', () => {
    const text = new CodePointIndex('بسوريا');
    expect(excerptAround(text, { start: 0, end: 6 }, { start: 1, end: 6 })).toEqual({ before: `ب${ZWJ}`, quote: `${ZWJ}سوريا`, after: '', clippedBefore: false, clippedAfter: false });
  });

  it('slices only around the quote in a sentence of a megabyte', () => {
    const long = `${'كلمة '.repeat(200_000)}قُتل 54 جندياً ${'كلمة '.repeat(200_000)}`;
    const text = new CodePointIndex(long);
    const start = 200_000 * 5;
    const excerpt = excerptAround(text, { start: 0, end: text.length }, { start, end: start + 4 });
    expect(excerpt.quote).toBe('قُتل');
    expect(excerpt.before.length + excerpt.after.length).toBeLessThanOrEqual(400);
    expect(excerpt).toMatchObject({ clippedBefore: true, clippedAfter: true });
  });
});
