import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../../../src/model/text';

describe('CodePointIndex', () => {
  it.each([
    { text: 'abc', start: 1, end: 3, expected: 'bc' },
    { text: 'قُتل 54', start: 0, end: 4, expected: 'قُتل' },
    // U+1F600 takes two UTF-16 units but one code point.
    { text: 'a😀b', start: 1, end: 2, expected: '😀' },
    { text: 'a😀b', start: 2, end: 3, expected: 'b' },
  ])('slices $text [$start, $end) by code points', ({ text, start, end, expected }) => {
    expect(new CodePointIndex(text).slice(start, end)).toBe(expected);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(new CodePointIndex('a😀b').length).toBe(3);
  });

  it('finds occurrences as code-point offsets', () => {
    expect(new CodePointIndex('😀x😀x').occurrences('x')).toEqual([1, 3]);
  });

  it('refuses offsets outside the text with a clear message', () => {
    expect(() => new CodePointIndex('abc').slice(0, 9)).toThrow(/outside 0..3/);
  });
});

describe('CodePointIndex maps both ways', () => {
  it.each([
    { text: '', utf16: [0] },
    { text: 'قُتل', utf16: [0, 1, 2, 3, 4] },
    { text: 'a😀b😀', utf16: [0, 1, 3, 4, 6] },
    // A lone surrogate is one code point of its own.
    { text: 'a\ud800b', utf16: [0, 1, 2, 3] },
  ])('$text', ({ text, utf16 }) => {
    const index = new CodePointIndex(text);
    expect(index.length).toBe(utf16.length - 1);
    utf16.forEach((u, cp) => {
      expect(index.toUtf16(cp)).toBe(u);
      expect(index.toCodePoint(u)).toBe(cp);
    });
  });
});
