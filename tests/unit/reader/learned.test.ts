import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features, learnedModel, MODEL_FILE, NO_CATEGORY, NOT_A_COUNT, parseModel, predict, relabel, ruleReading, stem, type LearnedModel, type RuleReading } from '../../../authoring/reader/learned';
import { analyze } from '../../../authoring/reader/quantities';
import { tokenize } from '../../../authoring/reader/tokens';
import { examplesOf, train, type Example } from '../../../authoring/reader/train';
import { trainedModel } from '../../../scripts/train-reader';

describe('stem', () => {
  it.each([
    ['والقتلى', 'قتلى'],
    ['للنازحين', 'نازحين'],
    ['بالمخيم', 'مخيم'],
    ['وقتل', 'قتل'],
    ['ولد', 'ولد'], // too short to lose its و
    ['الف', 'الف'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('features', () => {
  const text = 'قالت الوكالة إن 120 عائلة نزحت من القرية. وفي خبر آخر وصل 5 وزراء';
  const t = tokenize(text);
  const q = analyze(t, false).quantities[0]!;
  const f = features(t, ruleReading(t, q));

  it('carry the rules\' answer, the counted noun and the words on each side', () => {
    expect(f).toEqual(expect.arrayContaining([`rk=${q.kind ?? NO_CATEGORY}`, `rc=${q.category ?? NO_CATEGORY}`, 'h=عايله', 'L1=ان', 'R1=نزحت', 'R3=قريه', 'v=e2']));
  });

  it('stop at the end of the sentence', () => {
    expect(f.some((x) => x.includes('وزراء') || x.includes('خبر'))).toBe(false);
  });
});

// A model by hand: two features, three labels.
const handModel: LearnedModel = {
  labels: [NOT_A_COUNT, NO_CATEGORY, 'displacement', 'casualties'],
  bias: [0, 0, 0, 0],
  weights: { a: [[2, 3]], b: [[3, 5]], c: [[0, 9]] },
  kinds: { 'displacement|': 'displaced', 'displacement|لاجئ': 'refugees', 'casualties|': 'killed' },
  relabelAt: 0.6,
  fillAt: 0.97,
};
const reading = (over: Partial<RuleReading>): RuleReading => ({ startTok: 0, endTok: 1, min: 5, max: 5, qualifier: 'exact', category: null, kind: null, head: '', ...over });

describe('predict', () => {
  it('is a softmax over the summed weights', () => {
    const p = predict(handModel, ['a']);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
    expect(p[2]).toBeCloseTo(Math.exp(3) / (3 + Math.exp(3)), 10);
    expect(predict(handModel, ['unknown'])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('relabel', () => {
  // relabel reads the features itself; the rules' kind (rk=…) is always one, so its weight steers the hand model.
  const t = tokenize('5');
  const cases: { name: string; model: LearnedModel; q: RuleReading; expected: ReturnType<typeof relabel> }[] = [
    { name: 'fills a category when sure past fillAt', model: { ...handModel, weights: { 'rk=none': [[2, 6]] } }, q: reading({}), expected: { category: 'displacement', kind: 'displaced' } },
    { name: 'does not fill below fillAt', model: { ...handModel, weights: { 'rk=none': [[2, 2]] } }, q: reading({}), expected: null },
    { name: 'takes the kind of the counted noun from the table', model: { ...handModel, weights: { 'rk=none': [[2, 6]] } }, q: reading({ head: 'لاجئ' }), expected: { category: 'displacement', kind: 'refugees' } },
    { name: 'replaces a category past relabelAt', model: { ...handModel, weights: { 'rk=killed': [[2, 2]] } }, q: reading({ category: 'casualties', kind: 'killed' }), expected: { category: 'displacement', kind: 'displaced' } },
    { name: 'keeps the rules\' category when the model agrees', model: { ...handModel, weights: { 'rk=killed': [[3, 6]] } }, q: reading({ category: 'casualties', kind: 'killed' }), expected: null },
    { name: 'never takes a category away', model: { ...handModel, weights: { 'rk=killed': [[1, 9]] } }, q: reading({ category: 'casualties', kind: 'killed' }), expected: null },
    { name: 'never drops or relabels by «not a count»', model: { ...handModel, weights: { 'rk=killed': [[0, 9]] } }, q: reading({ category: 'casualties', kind: 'killed' }), expected: null },
  ];
  it.each(cases)('$name', ({ model, q, expected }) => {
    expect(relabel(model, t, q)).toEqual(expected);
  });
});

describe('train', () => {
  const examples: Example[] = [
    ...Array.from({ length: 20 }, () => ({ features: ['R1=نزحوا', 'rk=none'], label: 'displacement', kind: 'displaced', head: 'شخص' })),
    ...Array.from({ length: 20 }, () => ({ features: ['R1=قتلوا', 'rk=none'], label: 'casualties', kind: 'killed', head: 'شخص' })),
    ...Array.from({ length: 5 }, () => ({ features: ['L1=عام', 'rk=none'], label: NOT_A_COUNT, kind: null, head: '' })),
  ];
  const options = { relabelAt: 0.6, fillAt: 0.9, epochs: 5 };

  it('learns a separable toy set and its kinds', () => {
    const model = train(examples, options);
    const p = predict(model, ['R1=نزحوا', 'rk=none']);
    expect(model.labels[p.indexOf(Math.max(...p))]).toBe('displacement');
    expect(model.kinds).toMatchObject({ 'displacement|': 'displaced', 'casualties|': 'killed' });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(train(examples, options))).toBe(JSON.stringify(train(examples, options)));
  });

  it('labels the rules\' quantities as the scorer matches them', () => {
    const text = 'نزح 300 شخص من البلدة في عام 2020 بعد 3 أيام';
    const out = examplesOf({ name: 'x', text, annotations: { figures: [{ quote: '300 شخص', min: 300, max: 300, qualifier: 'exact', category: 'displacement', kind: 'displaced', class: 'plain' }] } });
    expect(out.map((e) => [e.label, e.kind, e.head])).toEqual([['displacement', 'displaced', 'شخص']]);
  });
});

describe('parseModel', () => {
  it.each([
    { name: 'text that is not JSON', text: '{"labels": [', message: /^m\.json: the learned model is not JSON \(.+\); run npm run train-reader$/u },
    { name: 'null', text: 'null', message: /^m\.json: not a learned model \(no labels, a bias per label, weights, kinds, relabelAt, fillAt\)/u },
    { name: 'a bias short of a label', text: JSON.stringify({ ...handModel, bias: [0] }), message: /^m\.json: not a learned model \(no a bias per label\)/u },
    { name: 'no thresholds', text: JSON.stringify({ ...handModel, relabelAt: undefined, fillAt: '0.9' }), message: /\(no relabelAt, fillAt\)/u },
  ])('names what is wrong with $name', ({ text, message }) => {
    expect(() => parseModel(text, 'm.json')).toThrow(message);
  });

  it('reads a whole model', () => {
    expect(parseModel(JSON.stringify(handModel), 'm.json')).toEqual(handModel);
  });
});

describe('the committed model', () => {
  it('loads, with a label per bias and both thresholds', () => {
    const model = learnedModel();
    expect(model.labels.slice(0, 2)).toEqual([NOT_A_COUNT, NO_CATEGORY]);
    expect(model.bias).toHaveLength(model.labels.length);
    expect(model.fillAt).toBeGreaterThan(model.relabelAt);
    expect(JSON.parse(readFileSync(MODEL_FILE, 'utf8'))).toEqual(model);
  });
});

describe('the committed model', { timeout: 180_000 }, () => {
  it('is what the corpus, the phrases and the rules as they are train (else: npm run train-reader)', async () => {
    const { json } = await trainedModel();
    expect(json === readFileSync(MODEL_FILE, 'utf8')).toBe(true);
  });
});
