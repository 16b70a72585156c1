import { describe, expect, it } from 'vitest';
import { joinsAcross, markQuote } from '../../src/popup/quote';

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
