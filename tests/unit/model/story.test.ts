import { describe, expect, it } from 'vitest';
import { partsByWhole } from '../../../src/model/story';
import type { Fact } from '../../../src/model/schema';
import { FIRST_STORY, loadModel } from '../../helpers/stories';

const fact = (id: string, whole?: string) => ({ id, ...(whole ? { partOf: { fact: whole } } : {}) }) as unknown as Fact;

describe('partsByWhole', () => {
  it.each([
    { facts: [], expected: {} },
    { facts: [fact('a'), fact('b')], expected: {} },
    { facts: [fact('a'), fact('b', 'a'), fact('c', 'a'), fact('d', 'b')], expected: { a: ['b', 'c'], b: ['d'] } },
    // A part listed before its whole, or of a whole that is not there, is still indexed by the id it names.
    { facts: [fact('b', 'a'), fact('a'), fact('x', 'missing')], expected: { a: ['b'], missing: ['x'] } },
  ])('$expected', ({ facts, expected }) => {
    const parts = partsByWhole(facts);
    expect(Object.fromEntries([...parts].map(([whole, list]) => [whole, list.map((f) => f.id)]))).toEqual(expected);
  });

  it('the model holds it for the first story: the 54 includes the 34', async () => {
    const model = await loadModel(FIRST_STORY);
    expect(model.partsOf.get('killed-54-idlib')?.map((f) => f.id)).toEqual(['killed-34-air-strike']);
  });
});
