/** The studio's review of a drafted story, as pure functions: table-driven. */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/model/problems';
import type { StoryFile } from '../../../src/model/schema';
import {
  acceptFact,
  editFact,
  groupProblems,
  parseCount,
  publishState,
  quantityForm,
  quantityFromForm,
  rejectFact,
  timeForm,
  timeFromForm,
  withRegion,
  type StudioFact,
  type TimeForm,
} from '../../../src/studio/review';

const fact = (id: string, extra: Partial<StudioFact> = {}): StudioFact => ({
  id,
  category: 'casualties',
  kind: 'killed',
  region: 'ye-hu',
  quantity: { min: 12, max: null, qualifier: 'at-least', text: '12 مدنياً على الأقل', unit: { ar: 'مدنيون', en: 'civilians' } },
  target: {
    source: 'article.txt',
    selector: [
      { type: 'TextQuoteSelector', exact: '12 مدنياً على الأقل', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 18 },
    ],
  },
  summary: { en: 'At least 12 civilians were killed.', ar: 'قتل 12 مدنياً على الأقل.' },
  translation: 'at least 12 civilians',
  ...extra,
});

const story = (extra: Partial<StoryFile> = {}): StoryFile => ({
  id: 's',
  title: { ar: 'عنوان', en: 'Title' },
  language: 'ar',
  article: { file: 'article.txt', sha256: '0'.repeat(64) },
  regions: ['ye-hu'],
  view: { center: [43, 15], zoom: 6 },
  sentences: [{ start: 0, end: 10, en: 'One.' }],
  ...extra,
});

describe('accept and reject', () => {
  it('accepting removes only "draft", and keeps the file order', () => {
    const facts = [fact('a', { draft: true }), fact('b', { draft: true })];
    const accepted = acceptFact(facts, 'a');
    expect(accepted.map((f) => [f.id, 'draft' in f])).toEqual([['a', false], ['b', true]]);
    expect(accepted[0]).toEqual(fact('a'));
  });

  it('rejecting removes the fact, and its parts are no longer part of it', () => {
    const facts = [fact('whole', { draft: true }), fact('part', { draft: true, partOf: { fact: 'whole' } }), fact('other', { partOf: { fact: 'x' } })];
    const left = rejectFact(facts, 'whole');
    expect(left.map((f) => f.id)).toEqual(['part', 'other']);
    expect(left[0]!.partOf).toBeUndefined();
    expect(left[1]!.partOf).toEqual({ fact: 'x' });
  });
});

describe('parseCount', () => {
  it.each([
    { input: '', expected: null },
    { input: '  ', expected: null },
    { input: '12', expected: 12 },
    { input: ' 3000 ', expected: 3000 },
    { input: '0', expected: 0 },
    { input: '-1', expected: 'invalid' },
    { input: '1.5', expected: 'invalid' },
    { input: '12a', expected: 'invalid' },
    { input: '١٢', expected: 'invalid' },
    { input: '99999999999999999999', expected: 'invalid' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseCount(input)).toBe(expected);
  });
});

describe('the figure form', () => {
  it('round-trips a quantity', () => {
    const q = fact('a').quantity!;
    expect(quantityFromForm(quantityForm(q)!)).toEqual({ quantity: q });
  });
  it.each([
    { min: 'x', max: '', invalid: 'min' },
    { min: '3', max: '2.5', invalid: 'max' },
  ])('names the field that is not a count ($invalid)', ({ min, max, invalid }) => {
    expect(quantityFromForm({ ...quantityForm(fact('a').quantity)!, min, max })).toEqual({ invalid });
  });
});

describe('the time form', () => {
  const form = (extra: Partial<TimeForm>): TimeForm => ({ mode: 'date', date: '', start: '', end: '', stated: '', reasonEn: '', reasonAr: '', ...extra });
  it.each([
    { name: 'no time', form: form({ mode: 'none', date: '2025-03-03' }), expected: undefined },
    { name: 'a stated date', form: form({ date: '2025-03-03', stated: 'الأحد 3 مارس 2025' }), expected: { date: '2025-03-03', stated: 'الأحد 3 مارس 2025' } },
    { name: 'a range with only a start', form: form({ mode: 'range', start: '2025-03', end: ' ' }), expected: { start: '2025-03' } },
    {
      name: 'an inferred date with its reason in both languages',
      form: form({ date: '2025-03-02', stated: 'يوم الأحد', reasonEn: 'The article is dated Monday 3 March 2025.', reasonAr: 'المقال مؤرخ الاثنين 3 مارس 2025.' }),
      expected: { date: '2025-03-02', stated: 'يوم الأحد', inferred: { reason: { en: 'The article is dated Monday 3 March 2025.', ar: 'المقال مؤرخ الاثنين 3 مارس 2025.' } } },
    },
  ])('$name', ({ form: f, expected }) => {
    expect(timeFromForm(f)).toEqual(expected);
  });

  it('reads a time back into the form', () => {
    const time = { start: '2020-02', stated: 'منذ أوائل فبراير', inferred: { reason: { en: 'why', ar: 'لماذا' } } };
    expect(timeFromForm(timeForm(time))).toEqual(time);
    expect(timeForm(undefined).mode).toBe('none');
  });
});

describe('editFact', () => {
  it.each([
    { name: 'category and kind', edit: { category: 'displacement' as const, kind: 'displaced' }, check: (f: StudioFact) => [f.category, f.kind], expected: ['displacement', 'displaced'] },
    { name: 'no time', edit: { time: undefined }, check: (f: StudioFact) => 'time' in f, expected: false },
    { name: 'part of another', edit: { partOf: 'b' }, check: (f: StudioFact) => f.partOf, expected: { fact: 'b' } },
    { name: 'part of nothing', edit: { partOf: '' }, check: (f: StudioFact) => 'partOf' in f, expected: false },
    { name: 'a region', edit: { region: 'ye-ta' }, check: (f: StudioFact) => f.region, expected: 'ye-ta' },
  ])('$name', ({ edit, check, expected }) => {
    const before = fact('a', { time: { date: '2025' }, partOf: { fact: 'c' }, draft: true });
    const after = editFact(before, edit);
    expect(check(after)).toEqual(expected);
    expect(after.draft).toBe(true);
    expect(after.target).toBe(before.target);
  });

  it('keeps the inference of a part-of it does not change', () => {
    const inferred = { fact: 'b', inferred: { reason: { en: 'why', ar: 'لماذا' } } };
    expect(editFact(fact('a', { partOf: inferred }), { partOf: 'b' }).partOf).toBe(inferred);
  });
});

describe('publishState', () => {
  const error: Problem = { severity: 'error', file: 'f', message: 'm' };
  const warning: Problem = { severity: 'warning', file: 'f', message: 'm' };
  it.each([
    { name: 'a finished story', problems: [warning], facts: [fact('a')], story: story(), ready: true },
    { name: 'an error', problems: [error], facts: [fact('a')], story: story(), ready: false },
    { name: 'a draft left', problems: [], facts: [fact('a', { draft: true })], story: story(), ready: false },
    { name: 'a sentence to translate', problems: [], facts: [fact('a')], story: story({ sentences: [{ start: 0, end: 10, en: ' ' }] }), ready: false },
    { name: 'the title to translate', problems: [], facts: [fact('a')], story: story({ title: { ar: 'ع', en: '' } }), ready: false },
    { name: 'a summary to write', problems: [], facts: [fact('a', { summary: { en: 'x', ar: '' } })], story: story(), ready: false },
    { name: 'a quote to translate', problems: [], facts: [fact('a', { translation: '' })], story: story(), ready: false },
  ])('$name: ready $ready', ({ problems, facts, story: s, ready }) => {
    expect(publishState(problems, facts, s).ready).toBe(ready);
  });
});

describe('grouping the validator\'s messages', () => {
  it('puts each message with its fact, and the rest with the story', () => {
    const p = (fact?: string): Problem => ({ severity: 'warning', file: 'f', message: 'm', ...(fact ? { fact } : {}) });
    const { byFact, story: rest } = groupProblems([p('a'), p(), p('a'), p('#3'), p('b')], new Set(['a', 'b']));
    expect(byFact.get('a')).toHaveLength(2);
    expect(byFact.get('b')).toHaveLength(1);
    expect(rest).toHaveLength(2);
  });
});

describe('withRegion', () => {
  it('lists a region once', () => {
    expect(withRegion(story(), 'ye-ta').regions).toEqual(['ye-hu', 'ye-ta']);
    expect(withRegion(story(), 'ye-hu').regions).toEqual(['ye-hu']);
  });
});
