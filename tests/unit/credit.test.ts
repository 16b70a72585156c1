/**
 * The credit line, built once from the story file for every renderer: what it says in each
 * language for each combination of known and unknown facts, that nothing is invented, that
 * only http(s) links survive, and that the build's HTML and the app's component are one markup.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CreditLineView from '../../src/credit/CreditLine.svelte';
import { creditLine, creditText, creditTexts, safeHref, type CreditSource } from '../../src/credit/credit';
import { creditHtml } from '../../src/credit/html';
import { parseStoryFile } from '../../src/model/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_STORY, SECOND_STORY } from '../helpers/stories';

const FSI = '\u2068';
const PDI = '\u2069';
/** The plain text without its isolates, as a reader sees it. */
const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

const none: CreditSource = { article: {} };
const full: CreditSource = {
  article: { publisher: 'وكالة أنباء تجريبية', author: 'Jane Doe', url: 'https://example.org/news/a?b=1&c=2' },
  published: '2025-03-03',
};

describe('creditLine', () => {
  it.each<{ name: string; source: CreditSource; en: string; ar: string; keys: string[] }>([
    {
      name: 'nothing recorded: says so, invents nothing',
      source: none,
      en: 'Outlet not recorded · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر غير مسجَّل · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet-missing', 'map', 'boundaries'],
    },
    {
      name: 'everything recorded',
      source: full,
      en: 'Outlet: وكالة أنباء تجريبية · Published: 3 March 2025 · Author: Jane Doe · Original article · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر: وكالة أنباء تجريبية · تاريخ النشر: 3 مارس 2025 · الكاتب: Jane Doe · المقال الأصلي · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet', 'published', 'author', 'original', 'map', 'boundaries'],
    },
    {
      name: 'a link but no outlet: the outlet is still said to be unrecorded',
      source: { article: { url: 'http://example.org/x' } },
      en: 'Outlet not recorded · Original article · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر غير مسجَّل · المقال الأصلي · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet-missing', 'original', 'map', 'boundaries'],
    },
    {
      name: 'a date of month precision, as the format allows',
      source: { article: { publisher: 'Anadolu' }, published: '2020-02' },
      en: 'Outlet: Anadolu · Published: February 2020 · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر: Anadolu · تاريخ النشر: فبراير 2020 · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet', 'published', 'map', 'boundaries'],
    },
    {
      name: 'a blank publisher is not an outlet',
      source: { article: { publisher: '   ' } },
      en: 'Outlet not recorded · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر غير مسجَّل · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet-missing', 'map', 'boundaries'],
    },
    {
      name: 'a link that is not http(s) is left out',
      source: { article: { publisher: 'X', url: 'javascript:alert(1)' } },
      en: 'Outlet: X · Map: Isnad · Boundaries: Natural Earth',
      ar: 'الناشر: X · الخريطة: إسناد · الحدود: Natural Earth',
      keys: ['outlet', 'map', 'boundaries'],
    },
  ])('$name', ({ source, en, ar, keys }) => {
    const lineEn = creditLine(source, 'en');
    const lineAr = creditLine(source, 'ar');
    expect(plain(creditText(lineEn))).toBe(en);
    expect(plain(creditText(lineAr))).toBe(ar);
    expect(lineEn.parts.map((p) => p.key)).toEqual(keys);
    expect(lineAr.parts.map((p) => p.key)).toEqual(keys);
    expect([lineEn.dir, lineAr.dir]).toEqual(['ltr', 'rtl']);
  });

  it('isolates every value in plain text, so an Arabic outlet cannot reorder an English line', () => {
    expect(creditText(creditLine(full, 'en'))).toContain(`Outlet: ${FSI}وكالة أنباء تجريبية${PDI}`);
    expect(creditText(creditLine(full, 'ar'))).toContain(`الحدود: ${FSI}Natural Earth${PDI}`);
  });

  it('writes the original\'s address out when asked (a picture cannot be clicked)', () => {
    const texts = creditTexts(creditLine(full, 'en'), { withUrl: true }).map(plain);
    expect(texts).toContain('Original article: https://example.org/news/a?b=1&c=2');
    expect(creditTexts(creditLine(full, 'en')).map(plain)).toContain('Original article');
  });

  it('marks the language of values it knows: Natural Earth is English, dates are in the line\'s language, story names unknown', () => {
    const ar = creditLine(full, 'ar');
    expect(ar.parts.find((p) => p.key === 'boundaries')?.value?.lang).toBe('en');
    expect(ar.parts.find((p) => p.key === 'published')?.value?.lang).toBe('ar');
    expect(ar.parts.find((p) => p.key === 'outlet')?.value?.lang).toBeUndefined();
  });
});

describe('safeHref', () => {
  it.each([
    { url: 'https://example.org/a', expected: 'https://example.org/a' },
    { url: 'HTTP://EXAMPLE.org', expected: 'http://example.org/' },
    { url: 'javascript:alert(1)', expected: null },
    { url: 'data:text/html,<b>', expected: null },
    { url: 'ftp://example.org/', expected: null },
    { url: '//example.org/', expected: null },
    { url: 'not a url', expected: null },
    { url: '', expected: null },
    { url: undefined, expected: null },
  ])('$url → $expected', ({ url, expected }) => {
    expect(safeHref(url)).toBe(expected);
  });
});

/** Svelte's hydration markers are not markup a reader sees. */
const withoutMarkers = (html: string) => html.replace(/<!--[^>]*-->/g, '');

describe('creditHtml (the build\'s masthead) and CreditLine.svelte (the app)', () => {
  it.each([
    { name: 'nothing recorded, en', source: none, lang: 'en' as const },
    { name: 'nothing recorded, ar', source: none, lang: 'ar' as const },
    { name: 'everything recorded, en', source: full, lang: 'en' as const },
    { name: 'everything recorded, ar', source: full, lang: 'ar' as const },
  ])('are the same markup: $name', ({ source, lang }) => {
    const line = creditLine(source, lang);
    expect(withoutMarkers(render(CreditLineView, { props: { line } }).body)).toBe(creditHtml(line));
  });

  it('links the original in a new tab with rel="noopener noreferrer" and escapes what the story says', () => {
    const html = creditHtml(creditLine({ article: { publisher: '<img src=x onerror=alert(1)>', author: '"quoted" & co', url: 'https://example.org/?a=1&b="2"' } }, 'en'));
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=%222%22" target="_blank" rel="noopener noreferrer">Original article</a>');
    expect(html).toContain('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>');
    expect(html).toContain('<bdi>&quot;quoted&quot; &amp; co</bdi>');
    expect(html).not.toContain('<img');
  });
});

describe('the stories\' own credit', () => {
  const story = (folder: string) => parseStoryFile(readFileSync(join(folder, 'story.json'), 'utf8'), 'story.json').value!;

  it('the first story records no outlet, and its line says so', () => {
    const line = creditLine(story(FIRST_STORY), 'en');
    expect(line.parts[0]).toEqual({ key: 'outlet-missing', words: 'Outlet not recorded' });
    expect(line.parts.some((p) => p.key === 'original' || p.key === 'published')).toBe(false);
  });

  it('the second story names its outlet, its date and its https original', () => {
    const line = creditLine(story(SECOND_STORY), 'ar');
    expect(plain(creditText(line))).toBe('الناشر: وكالة أنباء تجريبية · تاريخ النشر: 3 مارس 2025 · المقال الأصلي · الخريطة: إسناد · الحدود: Natural Earth');
    expect(line.parts.find((p) => p.key === 'original')?.href).toBe('https://example.org/news/shelling-southern-idlib');
  });
});

describe('story.json: article.author', () => {
  const base = JSON.parse(readFileSync(join(SECOND_STORY, 'story.json'), 'utf8')) as { article: Record<string, unknown> };
  const withAuthor = (author: unknown) => JSON.stringify({ ...base, article: { ...base.article, author } });

  it.each([
    { name: 'a name', author: 'Jane Doe', error: null },
    { name: 'an Arabic name', author: 'مراسل الوكالة', error: null },
    { name: 'an empty string', author: '', error: /non-empty/ },
    { name: 'only spaces', author: '   ', error: /non-empty/ },
    { name: 'a number', author: 7, error: /wrong type/ },
    { name: 'a direction control', author: 'Jane\u202E Doe', error: /direction control character/ },
  ])('$name', ({ author, error }) => {
    const { value, problems } = parseStoryFile(withAuthor(author), 'story.json');
    if (error === null) {
      expect(problems).toEqual([]);
      expect(value?.article.author).toBe(typeof author === 'string' ? author.trim() : author);
    } else {
      expect(value).toBeNull();
      expect(problems.map((p) => p.message).join('\n')).toMatch(error);
      expect(problems.every((p) => p.field === 'article.author')).toBe(true);
    }
  });
});
