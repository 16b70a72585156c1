import { describe, expect, it } from 'vitest';
import { findBidiControls, mayHoldBidiControls } from '../../../src/model/bidi';

const fact = (patch: Record<string, unknown>) => ({ facts: [{ id: 'a', summary: { en: 'ok', ar: 'حسن' }, ...patch }] });

describe('findBidiControls', () => {
  it.each([
    { name: 'plain Arabic and English', value: fact({}), expected: [] },
    { name: 'marks (LRM, RLM, ALM) close nothing and are allowed', value: fact({ translation: 'at least\u200f 54\u200e \u061c' }), expected: [] },
    { name: 'an override in a unit', value: fact({ quantity: { unit: { en: 'civilians \u202Ekilled' } } }), expected: [{ path: ['facts', 0, 'quantity', 'unit', 'en'], control: 'U+202E RIGHT-TO-LEFT OVERRIDE' }] },
    { name: 'an isolate in a note', value: fact({ notes: [{ en: 'x', ar: 'س' }, { en: 'y', ar: '\u2067ص' }] }), expected: [{ path: ['facts', 0, 'notes', 1, 'ar'], control: 'U+2067 RIGHT-TO-LEFT ISOLATE' }] },
    { name: 'an override in a reason', value: fact({ time: { inferred: { reason: { en: '\u202Ex', ar: 'س' } } } }), expected: [{ path: ['facts', 0, 'time', 'inferred', 'reason', 'en'], control: 'U+202E RIGHT-TO-LEFT OVERRIDE' }] },
    { name: 'an embedding in story.json', value: { title: { en: '\u202Ax' } }, expected: [{ path: ['title', 'en'], control: 'U+202A LEFT-TO-RIGHT EMBEDDING' }] },
    // The article's own words must match the archived bytes, whatever they hold.
    { name: 'the quote, prefix, suffix, figure and stated time are the article\'s', value: fact({ target: { selector: [{ exact: '\u202E', prefix: '\u2066', suffix: '\u2069' }] }, quantity: { text: '\u202B54' }, time: { stated: '\u202C' } }), expected: [] },
  ])('$name', ({ value, expected }) => {
    expect(findBidiControls(value)).toEqual(expected);
  });
});

describe('mayHoldBidiControls (the cheap look before the walk)', () => {
  it.each([
    { text: '{"a": "plain"}', expected: false },
    { text: '{"a": "\u202Ex"}', expected: true },
    { text: '{"a": "\\u202Ex"}', expected: true },
    { text: '{"a": "\\u202ex"}', expected: true },
    { text: '{"a": "\\u2069"}', expected: true },
    { text: '{"a": "\\u2070"}', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(mayHoldBidiControls(text)).toBe(expected);
  });
});
