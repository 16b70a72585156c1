/** The studio writes story files that diff cleanly against the committed ones. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsJsonText, orderKeys, storyJsonText } from '../../../src/studio/story-text';
import { FIRST_STORY, SECOND_STORY } from '../../helpers/stories';

describe('story files as the studio writes them', () => {
  it.each([FIRST_STORY, SECOND_STORY])('rewrites %s byte for byte', (folder) => {
    for (const [name, write] of [['story.json', storyJsonText], ['facts.json', factsJsonText]] as const) {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(write(JSON.parse(text))).toBe(text);
    }
  });

  it.each([
    { name: 'known keys in the format\'s order, unknown ones after', value: { b: 1, region: 'x', id: 'a', kind: 'k' }, order: ['id', 'kind', 'region'], expected: ['id', 'kind', 'region', 'b'] },
    { name: 'undefined values left out', value: { id: 'a', time: undefined }, order: ['id', 'time'], expected: ['id'] },
    { name: 'not an object: as is', value: [1, 2], order: ['id'], expected: ['0', '1'] },
  ])('orderKeys: $name', ({ value, order, expected }) => {
    expect(Object.keys(orderKeys(value, order) as object)).toEqual(expected);
  });

  it('puts a fact\'s fields in the committed stories\' order, whatever order an editor made them in', () => {
    const text = factsJsonText({ facts: [{ translation: 't', summary: { en: 'e', ar: 'ع' }, target: {}, time: { stated: 's', date: '2025' }, quantity: { unit: {}, text: 't', min: 1, max: null, qualifier: 'exact' }, region: 'r', kind: 'k', category: 'c', draft: true, id: 'i' }] });
    const fact = (JSON.parse(text) as { facts: Record<string, Record<string, unknown>>[] }).facts[0]!;
    expect(Object.keys(fact)).toEqual(['id', 'draft', 'category', 'kind', 'region', 'quantity', 'time', 'target', 'summary', 'translation']);
    expect(Object.keys(fact['quantity']!)).toEqual(['min', 'max', 'qualifier', 'text', 'unit']);
    expect(Object.keys(fact['time']!)).toEqual(['date', 'stated']);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "facts": [');
  });

  it('rewrites every committed fixture story byte for byte', () => {
    const root = join(SECOND_STORY, '..');
    for (const name of readdirSync(root)) {
      const text = readFileSync(join(root, name, 'facts.json'), 'utf8');
      expect(factsJsonText(JSON.parse(text))).toBe(text);
    }
  });
});
