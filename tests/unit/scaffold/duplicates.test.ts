/**
 * A figure the article states twice (the headline, then the body) is drafted
 * twice: the later draft is marked part of the earlier, with its reason in both
 * languages, so a reviewer cannot keep both without seeing it.
 */
import { describe, expect, it } from 'vitest';
import { markProbableDuplicates } from '../../../authoring/scaffold/index';
import type { DraftedFigure } from '../../../authoring/scaffold/duplicates';

type Q = NonNullable<DraftedFigure['quantity']>;
const q = (min: number | null, max: number | null, qualifier: string, en = 'civilians'): Q => ({ min, max, qualifier, text: String(min), unit: { ar: 'مدنياً', en } });
const fact = (id: string, start: number, over: Partial<DraftedFigure> = {}): DraftedFigure => ({
  id,
  category: 'casualties',
  kind: 'killed',
  region: 'ye-hu',
  quantity: q(12, null, 'at-least'),
  target: { selector: [{}, { start, end: start + 5 }] },
  ...over,
});

describe('markProbableDuplicates', () => {
  it.each([
    { name: 'the same figure twice: the later is part of the earlier', facts: [fact('headline', 0), fact('body', 80)], expected: { body: 'headline' } },
    { name: 'article order, not file order', facts: [fact('body', 80), fact('headline', 0)], expected: { body: 'headline' } },
    { name: 'three times: both later ones are parts of the first', facts: [fact('a', 0), fact('b', 50), fact('c', 90)], expected: { b: 'a', c: 'a' } },
    { name: 'another number', facts: [fact('a', 0), fact('b', 50, { quantity: q(13, null, 'at-least') })], expected: {} },
    { name: 'another maximum', facts: [fact('a', 0, { quantity: q(20, 99, 'vague') }), fact('b', 50, { quantity: q(20, 999, 'vague') })], expected: {} },
    { name: 'another qualifier (12 and at least 12)', facts: [fact('a', 0, { quantity: q(12, 12, 'exact') }), fact('b', 50)], expected: {} },
    { name: 'another category', facts: [fact('a', 0), fact('b', 50, { category: 'military' })], expected: {} },
    { name: 'another kind (killed and wounded)', facts: [fact('a', 0), fact('b', 50, { kind: 'wounded' })], expected: {} },
    { name: 'another region', facts: [fact('a', 0), fact('b', 50, { region: 'ye-ta' })], expected: {} },
    { name: 'vague figures count too (thousands, thousands)', facts: [fact('a', 0, { quantity: q(2000, 9999, 'vague') }), fact('b', 50, { quantity: q(2000, 9999, 'vague') })], expected: { b: 'a' } },
    { name: 'a draft the reader already made part of another is left alone', facts: [fact('a', 0), fact('x', 20, { kind: 'other' }), fact('b', 50, { partOf: { fact: 'x' } })], expected: { b: 'x' } },
  ])('$name', ({ facts, expected }) => {
    const before = JSON.stringify(facts);
    const out = markProbableDuplicates(facts);
    expect(JSON.stringify(facts)).toBe(before);
    expect(Object.fromEntries(out.facts.filter((f) => f.partOf).map((f) => [f.id, f.partOf!.fact]))).toEqual(expected);
    // The file's order is kept.
    expect(out.facts.map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('writes why, in both languages, and lists what it marked', () => {
    const out = markProbableDuplicates([fact('headline', 0), fact('body', 80)]);
    const body = out.facts.find((f) => f.id === 'body')!;
    expect(body.partOf!.inferred!.reason.en).toMatch(/same figure as headline/);
    expect(body.partOf!.inferred!.reason.ar).toMatch(/[\u0600-\u06FF]/u);
    expect(out.duplicates).toEqual([{ fact: 'body', earlier: 'headline', marked: true }]);
  });

  it('another unit: reported, not made a part (a part must count the same thing)', () => {
    const out = markProbableDuplicates([fact('a', 0), fact('b', 50, { quantity: q(12, null, 'at-least', 'people') })]);
    expect(out.facts.every((f) => !f.partOf)).toBe(true);
    expect(out.duplicates).toEqual([{ fact: 'b', earlier: 'a', marked: false }]);
  });
});
