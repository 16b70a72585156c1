/** The article as the studio marks it, and the places a sentence names: table-driven. */
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/model/segment';
import { CodePointIndex } from '../../../src/model/text';
import { factsBySentence, foldArabic, regionsNamedIn, sentencePieces } from '../../../src/studio/article-marks';
import type { StudioFact } from '../../../src/studio/review';

const article = 'قُتل 12 مدنياً على الأقل في الحديدة. ونزح نحو 3 آلاف شخص 😢 من تعز.';
const index = new CodePointIndex(article);
const cp = (s: string) => [...article.slice(0, article.indexOf(s))].length;

function factAt(id: string, exact: string, text: string | null, draft = false): StudioFact {
  const start = cp(exact);
  return {
    id,
    ...(draft ? { draft } : {}),
    category: 'casualties',
    kind: 'killed',
    region: null,
    ...(text ? { quantity: { min: 1, max: null, qualifier: 'at-least', text, unit: { ar: 'x', en: 'x' } } } : {}),
    target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + [...exact].length }] },
    summary: { en: '', ar: '' },
    translation: '',
  } as StudioFact;
}

describe('sentencePieces', () => {
  const sentences = segmentSentences(article);
  it.each([
    {
      name: 'a draft figure inside its quote',
      sentence: 0,
      facts: [factAt('a', 'قُتل 12 مدنياً على الأقل', '12 مدنياً على الأقل', true)],
      expected: [
        { text: 'قُتل ', fact: null, draft: false },
        { text: '12 مدنياً على الأقل', fact: 'a', draft: true },
        { text: ' في الحديدة.', fact: null, draft: false },
      ],
    },
    {
      name: 'a fact with no figure: its whole quote, after an emoji (code points, not UTF-16)',
      sentence: 1,
      facts: [factAt('b', 'من تعز', null)],
      expected: [
        { text: 'ونزح نحو 3 آلاف شخص 😢 ', fact: null, draft: false },
        { text: 'من تعز', fact: 'b', draft: false },
        { text: '.', fact: null, draft: false },
      ],
    },
    {
      name: 'an overlapping second mark stays plain text',
      sentence: 0,
      facts: [factAt('a', '12 مدنياً على الأقل', '12 مدنياً على الأقل'), factAt('c', '12 مدنياً', '12 مدنياً')],
      expected: [
        { text: 'قُتل ', fact: null, draft: false },
        { text: '12 مدنياً على الأقل', fact: 'a', draft: false },
        { text: ' في الحديدة.', fact: null, draft: false },
      ],
    },
    { name: 'no fact', sentence: 1, facts: [factAt('a', 'قُتل 12 مدنياً على الأقل', '12 مدنياً على الأقل')], expected: [{ text: 'ونزح نحو 3 آلاف شخص 😢 من تعز.', fact: null, draft: false }] },
  ])('$name', ({ sentence, facts, expected }) => {
    const pieces = sentencePieces(index, sentences[sentence]!, facts);
    expect(pieces).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(index.slice(sentences[sentence]!.start, sentences[sentence]!.end));
  });

  it('groups facts by their sentence, in article order', () => {
    const groups = factsBySentence(sentences, [factAt('b', 'من تعز', null), factAt('a', 'قُتل 12 مدنياً على الأقل', '12 مدنياً على الأقل')]);
    expect(groups.map((g) => g.map((f) => f.id))).toEqual([['a'], ['b']]);
  });
});

describe('regionsNamedIn', () => {
  const regions = [
    { id: 'ye-ta', name_ar: 'تعز', name_en: "Ta'izz" },
    { id: 'ye-hu', name_ar: 'الحديدة', name_en: 'Al Hudaydah' },
    { id: 'ye', name_ar: 'اليمن', name_en: 'Yemen' },
    { id: 'sd', name_ar: 'السودان', name_en: 'Sudan' },
  ];
  it.each([
    { sentence: 'قُتل 12 مدنياً في الحديدة ومن تعز', expected: ['ye-hu', 'ye-ta'] },
    { sentence: 'في محافظة الحُدَيدة غربي اليمن', expected: ['ye-hu', 'ye'] },
    { sentence: 'بمحافظة الحديدة', expected: ['ye-hu'] },
    { sentence: 'نزحوا إلى اليمن', expected: ['ye'] },
    { sentence: 'لا مكان هنا', expected: [] },
  ])('$sentence → $expected', ({ sentence, expected }) => {
    expect(regionsNamedIn(sentence, regions)).toEqual(expected);
  });
  it('folds what the eye folds', () => {
    expect(foldArabic('أَإِآ ة ى ـ')).toBe('ااا ه ي ');
  });
});
