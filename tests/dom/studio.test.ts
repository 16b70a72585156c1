/** The studio's and the story list's components (jsdom): Arabic as text, right to left, every action a button. */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SentenceRow from '../../src/studio/SentenceRow.svelte';
import ProblemList from '../../src/studio/ProblemList.svelte';
import StoriesIndex from '../../src/stories-index/StoriesIndex.svelte';
import { segmentSentences } from '../../src/model/segment';
import { CodePointIndex } from '../../src/model/text';
import type { StudioFact } from '../../src/studio/review';
import type { StoryEntry } from '../../src/stories-index/entries';

let mounted: Record<string, unknown> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.replaceChildren();
});

const HOSTILE = '<img src=x onerror="alert(1)">';
const article = `قُتل 12 مدنياً على الأقل في الحديدة ${HOSTILE}.`;
const index = new CodePointIndex(article);
const sentence = segmentSentences(article)[0]!;
const draft: StudioFact = {
  id: 'killed-12',
  draft: true,
  category: 'casualties',
  kind: 'killed',
  region: 'ye-hu',
  quantity: { min: 12, max: null, qualifier: 'at-least', text: '12 مدنياً على الأقل', unit: { ar: 'مدنياً', en: 'civilians' } },
  target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact: '12 مدنياً على الأقل', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 5, end: 24 }] },
  summary: { en: '', ar: '' },
  translation: '',
};

function renderRow(props: Partial<{ translation: string; selected: string | null }> = {}) {
  const onselect = vi.fn();
  const ontranslate = vi.fn();
  mounted = mount(SentenceRow, {
    target: document.body,
    props: { index: 0, sentence, articleIndex: index, translation: '', facts: [draft], selected: null, problems: new Map(), onselect, ontranslate, ...props },
  });
  flushSync();
  return { onselect, ontranslate };
}

describe('a sentence in the studio', () => {
  it('shows the Arabic right to left, with the drafted figure a button that opens its fact', () => {
    const { onselect } = renderRow();
    const arabic = document.querySelector('.sentence-ar')!;
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    const mark = document.querySelector<HTMLButtonElement>('button.figure-mark')!;
    expect(mark.textContent).toBe('12 مدنياً على الأقل');
    expect(mark.classList.contains('draft')).toBe(true);
    mark.click();
    expect(onselect).toHaveBeenCalledWith('killed-12');
  });

  it('shows markup in the article as text (Studio protects against XSS)', () => {
    renderRow();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.sentence-ar')!.textContent).toContain(HOSTILE);
  });

  it('writes the translation beside the sentence, in English, left to right', () => {
    const { ontranslate } = renderRow();
    const textarea = document.querySelector<HTMLTextAreaElement>('.sentence-en textarea')!;
    expect(textarea.getAttribute('lang')).toBe('en');
    expect(textarea.getAttribute('dir')).toBe('ltr');
    expect(textarea.classList.contains('missing')).toBe(true);
    textarea.value = 'At least 12 civilians were killed.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ontranslate).toHaveBeenCalledWith('At least 12 civilians were killed.');
  });

  it('marks the fact being edited as pressed', () => {
    renderRow({ selected: 'killed-12' });
    expect(document.querySelector('button.figure-mark')!.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the validator\'s messages', () => {
  it('lists each with its severity, field, expected and found, as text', () => {
    mounted = mount(ProblemList, {
      target: document.body,
      props: { label: 'killed-12', problems: [{ severity: 'error', file: 'f', fact: 'killed-12', field: 'quantity.min', message: HOSTILE, expected: '12', found: '13' }] },
    });
    flushSync();
    const list = document.querySelector('ul.problems')!;
    expect(list.getAttribute('aria-label')).toBe('Validator messages: killed-12');
    expect(list.textContent).toContain('quantity.min');
    expect(list.textContent).toContain('expected 12 · found 13');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the list of stories', () => {
  const entry: StoryEntry = {
    id: 'yemen-hodeidah-market',
    title: { ar: `مقتل 12 مدنياً ${HOSTILE}`, en: '12 civilians killed in Hodeidah' },
    outlet: 'وكالة أنباء تجريبية',
    date: { en: '2 March 2025', ar: '2 مارس 2025' },
    regions: [{ en: 'Al Hudaydah', ar: 'الحديدة' }, { en: 'Yemen', ar: 'اليمن' }],
    headlines: [{ en: 'at least 12 civilians killed', ar: '12 مدنياً على الأقل (قتلى)' }],
    mapHref: { en: 'index.html?story=yemen-hodeidah-market', ar: 'index.html?story=yemen-hodeidah-market#lang=ar' },
    embedCode: { en: '<iframe data-isnad src="embed.html?story=yemen-hodeidah-market"></iframe>', ar: '<iframe data-isnad src="embed.html?story=yemen-hodeidah-market#lang=ar"></iframe>' },
  };

  it('shows each story with its Arabic title right to left, its map link and its embed code as text', async () => {
    mounted = mount(StoriesIndex, { target: document.body, props: { load: () => Promise.resolve([entry]) } });
    await vi.waitFor(() => expect(document.querySelector('[data-story]')).not.toBeNull());
    const card = document.querySelector('[data-story="yemen-hodeidah-market"]')!;
    expect(card.querySelector('.title-ar')!.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('index.html?story=yemen-hodeidah-market');
    expect(card.querySelector('textarea')!.value).toBe(entry.embedCode.en);
    expect(card.querySelector('iframe, img')).toBeNull();
    expect(card.textContent).toContain('at least 12 civilians killed');
  });

  it('opens in Arabic, right to left, when asked (?lang=ar or #lang=ar), and switches back to English with one button', async () => {
    const onlanguage = vi.fn();
    mounted = mount(StoriesIndex, { target: document.body, props: { load: () => Promise.resolve([entry]), lang: 'ar', onlanguage } });
    await vi.waitFor(() => expect(document.querySelector('[data-story]')).not.toBeNull());
    const main = document.querySelector('main')!;
    expect(main.getAttribute('lang')).toBe('ar');
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('h1')!.textContent).toBe('القصص');
    const card = document.querySelector('[data-story="yemen-hodeidah-market"]')!;
    expect(card.querySelector('.title-en')).toBeNull();
    expect(card.textContent).toContain('الحديدة · اليمن');
    expect(card.textContent).toContain('2 مارس 2025');
    expect(card.textContent).toContain('12 مدنياً على الأقل (قتلى)');
    expect(card.textContent).not.toContain('Regions');
    const open = [...card.querySelectorAll('a')].find((a) => a.textContent === 'افتح الخريطة')!;
    expect(open.getAttribute('href')).toBe('index.html?story=yemen-hodeidah-market#lang=ar');
    expect(card.querySelector('textarea')!.value).toBe(entry.embedCode.ar);
    expect(card.querySelector('textarea')!.getAttribute('dir')).toBe('ltr');

    const toggle = document.querySelector<HTMLButtonElement>('button.lang')!;
    expect(toggle.textContent).toContain('English');
    toggle.click();
    flushSync();
    expect(onlanguage).toHaveBeenCalledWith('en');
    expect(main.getAttribute('dir')).toBe('ltr');
    expect(document.querySelector('h1')!.textContent).toBe('Stories');
    expect(card.textContent).toContain('Al Hudaydah · Yemen');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('index.html?story=yemen-hodeidah-market');
  });

  it('says so when no story is published', async () => {
    mounted = mount(StoriesIndex, { target: document.body, props: { load: () => Promise.resolve([]) } });
    await vi.waitFor(() => expect(document.body.textContent).toContain('No story is published yet.'));
  });
});
