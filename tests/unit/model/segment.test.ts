import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSentences, sentenceAt } from '../../../src/model/segment';
import { CodePointIndex } from '../../../src/model/text';
import { join } from 'node:path';

const SEED = join(import.meta.dirname, '../../../public/stories/nato-syria-de-escalation/article.txt');

const article = readFileSync(SEED, 'utf8');
const index = new CodePointIndex(article);
const units = segmentSentences(article);
const textOf = (i: number) => index.slice(units[i]!.start, units[i]!.end);

describe('segmentSentences on the first story', () => {
  it('finds the title and 15 body sentences', () => {
    expect(units).toHaveLength(16);
  });

  it.each([
    { i: 0, starts: 'حلف شمال الأطلسي يحث', ends: 'التصعيد بسوريا' },
    { i: 1, starts: 'الأمين العام', ends: 'فيما يتعلق بسوريا.' },
    // A quote closes the sentence: the closing quote stays in it, the ".," join does not.
    { i: 4, starts: 'وأردف قائلا', ends: 'للصراع في سوريا".' },
    { i: 12, starts: 'وقُتل 54 جندياً', ends: 'منذ بداية فبراير.' },
    // "إف-35. كما" ends a sentence with a plain full stop and a space.
    { i: 14, starts: 'يأتي هجوم سوريا', ends: 'طراز إف-35.' },
    { i: 15, starts: 'كما قام أردوغان', ends: 'في أوروبا.' },
  ])('unit $i runs from "$starts" to "$ends"', ({ i, starts, ends }) => {
    expect(textOf(i).startsWith(starts)).toBe(true);
    expect(textOf(i).endsWith(ends)).toBe(true);
  });

  it('pins exact boundaries', () => {
    expect(units.slice(0, 3).map(({ start, end }) => [start, end])).toEqual([[0, 43], [46, 242], [244, 416]]);
    expect(units.at(-1)).toMatchObject({ start: 2043, end: 2192, index: 15 });
  });

  it('never includes the join comma or surrounding space', () => {
    for (let i = 0; i < units.length; i += 1) {
      expect(textOf(i)).toBe(textOf(i).trim());
      expect(textOf(i).startsWith(',')).toBe(false);
      expect(textOf(i).endsWith(',')).toBe(false);
    }
  });
});

describe('segmentSentences', () => {
  it.each([
    { text: '', expected: [] },
    { text: 'جملة واحدة بلا نقطة', expected: ['جملة واحدة بلا نقطة'] },
    { text: 'العنوان\n\nالأولى., الثانية.', expected: ['العنوان', 'الأولى.', 'الثانية.'] },
    { text: 'قال "نعم"., ثم ذهب.', expected: ['قال "نعم".', 'ثم ذهب.'] },
    { text: 'هل جاء؟ نعم جاء.', expected: ['هل جاء؟', 'نعم جاء.'] },
    // A decimal point is not a boundary.
    { text: 'نزح 2.5 مليون شخص.', expected: ['نزح 2.5 مليون شخص.'] },
  ])('splits $text', ({ text, expected }) => {
    const idx = new CodePointIndex(text);
    expect(segmentSentences(text).map((s) => idx.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('sentenceAt', () => {
  const text = 'العنوان\n\nالأولى., الثانية.';
  const sentences = segmentSentences(text);
  it.each([
    { offset: 0, index: 0 },
    { offset: 6, index: 0 },
    { offset: 7, index: undefined },
    { offset: 9, index: 1 },
    { offset: 17, index: undefined },
    { offset: 18, index: 2 },
    { offset: 99, index: undefined },
  ])('offset $offset is in sentence $index', ({ offset, index }) => {
    expect(sentenceAt(sentences, offset)?.index).toBe(index);
  });
});

/** The segmentation as first written (an array of characters, a regex per character): the one-pass version must agree. */
function referenceSegments(text: string): [number, number][] {
  const chars = Array.from(text);
  const spans: [number, number][] = [];
  let start: number | null = null;
  let lastContent = -1;
  const close = (end: number) => {
    if (start !== null && end > start) spans.push([start, end]);
    start = null;
  };
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (ch === '\n' || ch === '\r') {
      close(lastContent + 1);
      continue;
    }
    if (/\s/u.test(ch)) continue;
    if (start === null) {
      if (ch === ',' || ch === '،') continue;
      start = i;
    }
    lastContent = i;
    if (['.', '۔', '؟', '?', '!'].includes(ch)) {
      let j = i + 1;
      while (j < chars.length && ['"', '»', '”', "'", ')'].includes(chars[j]!)) j += 1;
      const next = chars[j];
      if (next === undefined || /\s/u.test(next) || next === ',' || next === '،') {
        lastContent = j - 1;
        i = j - 1;
        close(j);
      }
    }
  }
  close(lastContent + 1);
  return spans;
}

describe('segmentSentences agrees with the character-array reading', () => {
  it.each([
    { name: 'the first story', text: article },
    { name: 'characters beyond the BMP', text: 'أ😀 ب. 😀ج؟\u00a0د!»، هـ\u2003و.)\r\nز' },
    { name: 'unusual spaces and joins', text: '\ufeffالعنوان\u2028، أ.,ب. ،ج."\u3000د' },
    { name: 'full stops inside words and numbers', text: 'نزح 2.5 مليون.شخص. إف-35.كما...' },
    { name: 'only spaces and commas', text: ' ,، \n\t ,' },
  ])('$name', ({ text }) => {
    expect(segmentSentences(text).map((s) => [s.start, s.end])).toEqual(referenceSegments(text));
  });

  it('agrees on one sentence of half a million characters', () => {
    const sentence = Array.from({ length: 20_000 }, (_, i) => `وقُتل ${i} مدنياً في إدلب`).join('، ');
    const text = `العنوان\n\n${sentence}.\n`;
    expect(segmentSentences(text).map((s) => [s.start, s.end])).toEqual(referenceSegments(text));
  });
});
