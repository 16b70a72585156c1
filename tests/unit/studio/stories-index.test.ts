/** The list of published stories: which are listed and what each shows. Table-driven. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, StoryFile } from '../../../src/model/schema';
import { byDate, headlineFigures, isFinished, storyEntry } from '../../../src/stories-index/entries';
import { pageLanguage, wordsFor } from '../../../src/stories-index/words';
import { FIRST_STORY, SECOND_STORY } from '../../helpers/stories';

const read = (folder: string) => ({
  story: JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as StoryFile,
  facts: (JSON.parse(readFileSync(join(folder, 'facts.json'), 'utf8')) as { facts: Fact[] }).facts,
});
const second = read(SECOND_STORY);
const first = read(FIRST_STORY);

describe('which stories are listed', () => {
  it.each([
    { name: 'a finished story', story: second.story, facts: second.facts, listed: true },
    { name: 'a story with a draft', story: second.story, facts: [{ ...second.facts[0]!, draft: true as const }], listed: false },
    { name: 'a story with a sentence to translate', story: { ...second.story, sentences: [{ start: 0, end: 24, en: '' }] }, facts: second.facts, listed: false },
    { name: 'a story with no English title', story: { ...second.story, title: { ar: 'x', en: ' ' } }, facts: second.facts, listed: false },
    { name: 'a story with a quote to translate', story: second.story, facts: [{ ...second.facts[0]!, translation: '' }], listed: false },
  ])('$name: listed $listed', ({ story, facts, listed }) => {
    expect(isFinished(story, facts)).toBe(listed);
  });
});

describe('what a story shows', () => {
  it('headline figures: casualties and displacement, never a part of another, in the article\'s order', () => {
    expect(headlineFigures(first.facts)).toEqual(['thousands of people displaced', 'at least 54 Turkish soldiers killed']);
    expect(headlineFigures(second.facts)).toEqual(['about 300 people displaced', 'at least 12 civilians killed']);
  });

  it('headline figures in Arabic: the same figures, in the app\'s Arabic wording', () => {
    const ar = headlineFigures(second.facts, 'ar');
    expect(ar).toHaveLength(2);
    for (const figure of ar) expect(figure).toMatch(/[\u0600-\u06FF]/u);
    expect(ar.join(' ')).not.toMatch(/displaced|killed/);
  });

  it('title, outlet, date, regions, the map link and the embed code', () => {
    const entry = storyEntry(second.story, second.facts, (id) => ({ en: id.toUpperCase(), ar: `م-${id}` }), new URL('https://example.org/isnad/stories.html'));
    expect(entry).toMatchObject({
      id: 'second-story',
      title: second.story.title,
      outlet: 'وكالة أنباء تجريبية',
      date: { en: '3 March 2025', ar: expect.stringMatching(/2025/) },
      regions: [{ en: 'IDLIB', ar: 'م-idlib' }, { en: 'NORTHERN-SYRIA', ar: 'م-northern-syria' }, { en: 'SYRIA', ar: 'م-syria' }],
      mapHref: { en: 'index.html?story=second-story', ar: 'index.html?story=second-story#lang=ar' },
    });
    expect(entry.embedCode.en).toContain('src="https://example.org/isnad/embed.html?story=second-story"');
    expect(entry.embedCode.en).toContain('<script src="https://example.org/isnad/embed.js" async></script>');
    // The Arabic page's embed opens the map in Arabic, titled in Arabic.
    expect(entry.embedCode.ar).toContain('src="https://example.org/isnad/embed.html?story=second-story#lang=ar"');
    expect(entry.embedCode.ar).toContain(`title="خريطة: ${second.story.title.ar}"`);
  });

  it('escapes a title in the embed code (text from data is never markup)', () => {
    const story = { ...second.story, title: { ar: 'x', en: '"><script>alert(1)</script>' } };
    const entry = storyEntry(story, second.facts, (id) => ({ en: id, ar: id }), new URL('https://example.org/'));
    expect(entry.embedCode.en).not.toContain('<script>alert');
    expect(entry.embedCode.ar).not.toContain('<script>alert');
  });

  it.each([
    { a: { published: '2025-03-03', title: { en: 'a' } }, b: { published: '2020-02-28', title: { en: 'b' } }, expected: -1 },
    { a: { title: { en: 'a' } }, b: { published: '2020-02-28', title: { en: 'b' } }, expected: 1 },
    { a: { title: { en: 'b' } }, b: { title: { en: 'a' } }, expected: 1 },
  ])('orders newest first, undated last ($expected)', ({ a, b, expected }) => {
    expect(Math.sign(byDate(a, b))).toBe(expected);
  });
});

describe('the page\'s language', () => {
  it.each([
    { url: 'https://example.org/stories.html', lang: 'en' },
    { url: 'https://example.org/stories.html#lang=ar', lang: 'ar' },
    { url: 'https://example.org/stories.html?lang=ar', lang: 'ar' },
    { url: 'https://example.org/stories.html?lang=ar#lang=en', lang: 'en' },
    { url: 'https://example.org/stories.html?lang=fr', lang: 'en' },
    { url: 'https://example.org/stories.html#lang=xx', lang: 'en' },
  ])('$url → $lang', ({ url, lang }) => {
    expect(pageLanguage(new URL(url))).toBe(lang);
  });

  it('has every word in both languages, the Arabic ones in Arabic', () => {
    const [en, ar] = [wordsFor('en'), wordsFor('ar')];
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) {
      const text = typeof value === 'function' ? (value as (s: string) => string)('x') : String(value);
      if (key !== 'switchTo') expect(text, key).toMatch(/[\u0600-\u06FF]/u);
    }
    expect(ar.switchTo).toBe('English');
  });
});
