import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftDetails, draftStory, readQuantity, type DraftJson } from '../../../authoring/reader/index';
import { segmentSentences } from '../../../src/model/segment';

const here = dirname(fileURLToPath(import.meta.url));
// A copy of the seed, so the test runs wherever the repository is cloned; it must stay identical to the seed.
const FIXTURE = join(here, 'fixtures', 'first-story.txt');
const SEED = join(here, '..', '..', '..', '..', 'shared', 'seeds', '000_b09ee36e1d036e29.txt');
const article = readFileSync(FIXTURE, 'utf8');
const cp = Array.from(article);
const slice = (start: number, end: number) => cp.slice(start, end).join('');

const FIGURES = [
  { text: '34 جندياً تركياً على الأقل', min: 34, max: null, qualifier: 'at-least', category: 'casualties', kind: 'killed', counted: 'جندياً تركياً', region: 'syria' },
  { text: 'الآلاف', min: 2000, max: 9999, qualifier: 'vague', category: 'displacement', kind: 'displaced', counted: null, region: 'idlib' },
  { text: '54 جندياً تركياً على الأقل', min: 54, max: null, qualifier: 'at-least', category: 'casualties', kind: 'killed', counted: 'جندياً تركياً', region: 'idlib' },
  {
    text: 'الآلاف من الضباط العسكريين الأتراك',
    min: 2000,
    max: 9999,
    qualifier: 'vague',
    category: 'politics',
    kind: 'dismissed',
    counted: 'الضباط العسكريين الأتراك',
    region: 'turkey',
  },
] as const;

const NON_COUNTS = ['2016', '29', '28', '4', '5', '400', '35'];

describe('the first story', () => {
  let draft: DraftJson;
  const spies: ReturnType<typeof vi.spyOn>[] = [];

  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) spies.push(vi.spyOn(console, method));
    spies.push(vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write'));
    draft = draftStory(article);
  });

  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });

  it('is the seed article', () => {
    if (existsSync(SEED)) expect(readFileSync(SEED, 'utf8')).toBe(article);
    expect(draft.sentences).toHaveLength(16);
    expect(draft.sentences).toEqual(segmentSentences(article).map(({ start, end }) => ({ start, end })));
  });

  it.each(FIGURES)('finds $kind $text', (figure) => {
    const q = draft.quantities.find((x) => x.text === figure.text && x.kind === figure.kind);
    expect(q).toBeDefined();
    expect(q).toMatchObject({ min: figure.min, max: figure.max, qualifier: figure.qualifier, category: figure.category, kind: figure.kind });
    expect(slice(q!.start, q!.end)).toBe(figure.text);
    expect(q!.counted?.text ?? null).toBe(figure.counted);
    if (q!.counted) expect(slice(q!.counted.start, q!.counted.end)).toBe(q!.counted.text);
    const fact = draft.facts.find((f) => f.target.selector[1].start === q!.start);
    expect(fact).toMatchObject({ category: figure.category, kind: figure.kind, region: figure.region });
    expect(readQuantity(fact!.quantity.text)).toEqual({ min: figure.min, max: figure.max, qualifier: figure.qualifier });
  });

  it('drafts exactly the four facts, with the expected ids', () => {
    expect(draft.facts.map((f) => f.id)).toEqual(['displaced-thousands-s2', 'killed-34-s5', 'killed-54-s12', 'dismissed-thousands-s15']);
  });

  it('makes no false figures', () => {
    const figures = draft.quantities.filter((q) => q.category === 'casualties' || q.category === 'displacement');
    expect(figures).toHaveLength(3);
    for (const q of figures) for (const n of NON_COUNTS) expect(q.text.includes(n) && !FIGURES.some((f) => f.text === q.text)).toBe(false);
    const numbersIn = (s: string) => s.match(/\d+/gu) ?? [];
    for (const q of draft.quantities) {
      if (q.category === null) continue;
      for (const n of numbersIn(q.text)) expect(NON_COUNTS).not.toContain(n);
    }
  });

  it('keeps the non-counts out, each with its reason', () => {
    const { rejected } = draftDetails(article);
    const reasons = rejected.filter((r) => r.reason !== 'ordinal').map((r) => [r.text, r.reason]);
    expect(reasons).toEqual([
      ['28 فبراير', 'date'],
      ['4', 'designation'],
      ['4', 'designation'],
      ['5', 'designation'],
      ['يوم واحد', 'duration'],
      ['2016', 'year'],
      ['400', 'model'],
      ['35', 'model'],
      ['2016', 'year'],
    ]);
    const members = draft.quantities.find((q) => q.text === 'الـ29');
    expect(members).toMatchObject({ min: 29, max: 29, category: null, kind: null, counted: { text: 'الدول الأعضاء' } });
  });

  it('finds north-east of Syria, and no direction in "حلف شمال الأطلسي"', () => {
    const { directions } = draftDetails(article);
    expect(directions.map(({ text, direction, place }) => ({ text, direction, place }))).toEqual([
      { text: 'شمال شرقي سوريا', direction: 'north-east', place: 'syria' },
    ]);
    expect(slice(directions[0]!.start, directions[0]!.end)).toBe('شمال شرقي سوريا');
  });

  it('slices the article to the reported text at every offset in the JSON', () => {
    for (const s of draft.sentences) expect(s.end).toBeGreaterThan(s.start);
    for (const q of draft.quantities) {
      expect(slice(q.start, q.end)).toBe(q.text);
      if (q.counted) expect(slice(q.counted.start, q.counted.end)).toBe(q.counted.text);
    }
    for (const p of draft.places) expect(slice(p.start, p.end)).toBe(p.text);
    for (const f of draft.facts) {
      const [quote, position] = f.target.selector;
      expect(slice(position.start, position.end)).toBe(quote.exact);
      expect(quote.exact).toBe(f.quantity.text);
      expect(slice(position.start - [...quote.prefix].length, position.start)).toBe(quote.prefix);
      expect(slice(position.end, position.end + [...quote.suffix].length)).toBe(quote.suffix);
      expect([...quote.prefix].length).toBeLessThanOrEqual(32);
      expect([...quote.suffix].length).toBeLessThanOrEqual(32);
      expect(f.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    }
  });

  it('prints nothing', () => {
    draftDetails(article);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
