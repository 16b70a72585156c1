/** The list of published stories: which are listed and what each shows. Table-driven. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, StoryFile } from '../../../src/model/schema';
import { byDate, headlineFigures, isFinished, storyEntry } from '../../../src/stories-index/entries';
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

  it('title, outlet, date, regions, the map link and the embed code', () => {
    const entry = storyEntry(second.story, second.facts, (id) => id.toUpperCase(), new URL('https://example.org/isnad/stories.html'));
    expect(entry).toMatchObject({
      id: 'second-story',
      title: second.story.title,
      outlet: 'وكالة أنباء تجريبية',
      date: '3 March 2025',
      regions: ['IDLIB', 'NORTHERN-SYRIA', 'SYRIA'],
      mapHref: 'index.html?story=second-story',
    });
    expect(entry.embedCode).toContain('src="https://example.org/isnad/embed.html?story=second-story"');
    expect(entry.embedCode).toContain('<script src="https://example.org/isnad/embed.js" async></script>');
  });

  it('escapes a title in the embed code (text from data is never markup)', () => {
    const story = { ...second.story, title: { ar: 'x', en: '"><script>alert(1)</script>' } };
    expect(storyEntry(story, second.facts, String, new URL('https://example.org/')).embedCode).not.toContain('<script>alert');
  });

  it.each([
    { a: { published: '2025-03-03', title: { en: 'a' } }, b: { published: '2020-02-28', title: { en: 'b' } }, expected: -1 },
    { a: { title: { en: 'a' } }, b: { published: '2020-02-28', title: { en: 'b' } }, expected: 1 },
    { a: { title: { en: 'b' } }, b: { title: { en: 'a' } }, expected: 1 },
  ])('orders newest first, undated last ($expected)', ({ a, b, expected }) => {
    expect(Math.sign(byDate(a, b))).toBe(expected);
  });
});
