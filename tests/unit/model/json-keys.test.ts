import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from '../../../src/model/json-keys';

describe('findDuplicateKey', () => {
  it.each([
    { name: 'no duplicate', text: '{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}', expected: null },
    { name: 'a repeated top-level key', text: '{"a": 1,\n "a": 2}', expected: { key: 'a', path: [], line: 2, column: 2 } },
    { name: 'inside a fact', text: '{"facts": [{"id": "x"}, {"id": "y", "quantity": {"min": 1, "min": 540}}]}', expected: { key: 'min', path: ['facts', 1, 'quantity'] } },
    { name: 'the same key written with an escape', text: '{"ab": 1, "a\\u0062": 2}', expected: { key: 'ab', path: [] } },
    { name: 'keys in strings are not keys', text: '{"a": "\\"a\\": 1", "b": "{\\"a\\":2}"}', expected: null },
    { name: 'equal keys in sibling objects', text: '[{"a": 1}, {"a": 1}]', expected: null },
    { name: 'a value equal to a key', text: '{"a": "a", "b": "a"}', expected: null },
    { name: 'in an array nested in an array', text: '[[1, {"k": 1, "k": 2}]]', expected: { key: 'k', path: [0, 1] } },
  ])('$name', ({ text, expected }) => {
    JSON.parse(text); // The scanner only ever sees valid JSON.
    const found = findDuplicateKey(text);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });
});
