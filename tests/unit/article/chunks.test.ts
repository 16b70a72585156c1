import { describe, expect, it } from 'vitest';
import { textChunks } from '../../../src/article/chunks';

describe('textChunks', () => {
  it.each([
    { text: '', size: 10, expected: [''] },
    { text: 'قصيرة', size: 10, expected: ['قصيرة'] },
    { text: 'aaa bbb ccc ddd', size: 8, expected: ['aaa bbb ', 'ccc ddd'] },
    { text: 'aaa bbb ccc ddd', size: 4, expected: ['aaa ', 'bbb ', 'ccc ', 'ddd'] },
    // A word longer than a piece stays whole: the cut is at the next space.
    { text: 'abcdefghij kl', size: 4, expected: ['abcdefghij ', 'kl'] },
    { text: 'abcdefghij', size: 4, expected: ['abcdefghij'] },
    // Never inside a surrogate pair: the cuts are at spaces.
    { text: '😀😀😀 😀😀', size: 4, expected: ['😀😀😀 ', '😀😀'] },
  ])('$text in pieces of $size', ({ text, size, expected }) => {
    expect(textChunks(text, size)).toEqual(expected);
  });

  it('cuts a megabyte sentence into pieces that join back to it', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `وقُتل ${i} مدنياً في إدلب`).join('، ');
    const chunks = textChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(2000);
    expect(chunks.length).toBeLessThan(text.length / 1500);
  });
});
