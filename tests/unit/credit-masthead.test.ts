// @vitest-environment jsdom
/**
 * The credit line in the page the build writes (before any script) and read back by the app:
 * the masthead carries the line and the data it was built from, and reading that data back
 * gives the same line (so the app's header replaces the build's without a change).
 */
import { describe, expect, it } from 'vitest';
import { mastheadHtml } from '../../build/static-map-plugin';
import { creditLine, creditText } from '../../src/credit/credit';
import { creditHtml } from '../../src/credit/html';
import { CREDIT_ATTRIBUTE, readCreditSource } from '../../src/credit/prerendered';
import { FIRST_STORY, SECOND_STORY } from '../helpers/stories';

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as HTMLElement;
};

describe('mastheadHtml', () => {
  it.each([
    { story: FIRST_STORY, lang: 'en' as const, credit: 'Outlet not recorded · Map: Isnad · Boundaries: Natural Earth', link: null },
    { story: FIRST_STORY, lang: 'ar' as const, credit: 'الناشر غير مسجَّل · الخريطة: إسناد · الحدود: Natural Earth', link: null },
    {
      story: SECOND_STORY,
      lang: 'en' as const,
      credit: 'Outlet: وكالة أنباء تجريبية · Published: 3 March 2025 · Original article · Map: Isnad · Boundaries: Natural Earth',
      link: 'https://example.org/news/shelling-southern-idlib',
    },
    {
      story: SECOND_STORY,
      lang: 'ar' as const,
      credit: 'الناشر: وكالة أنباء تجريبية · تاريخ النشر: 3 مارس 2025 · المقال الأصلي · الخريطة: إسناد · الحدود: Natural Earth',
      link: 'https://example.org/news/shelling-southern-idlib',
    },
  ])('$story ($lang): the credit line between the title and the loading line', ({ story, lang, credit, link }) => {
    const header = parse(mastheadHtml(story, lang));
    const line = header.querySelector('.credit')!;
    expect(line.textContent).toBe(credit);
    expect(line.getAttribute('lang')).toBe(lang);
    expect(line.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(line.previousElementSibling?.className).toMatch(/story-title/);
    expect(line.nextElementSibling?.getAttribute('role')).toBe('status');
    const anchor = line.querySelector('a');
    expect(anchor?.getAttribute('href') ?? null).toBe(link);
    if (anchor) expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
    // The app reads the data back and builds the very same markup.
    const source = readCreditSource(header.getAttribute(CREDIT_ATTRIBUTE));
    expect(source).not.toBeNull();
    expect(creditHtml(creditLine(source!, lang))).toBe(line.outerHTML);
  });

  it('no credit, and no link, from a story.json that does not pass the schema', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'isnad-masthead-'));
    const story = JSON.parse(readFileSync(join(SECOND_STORY, 'story.json'), 'utf8')) as { article: Record<string, string> };
    story.article['url'] = 'javascript:alert(1)';
    writeFileSync(join(dir, 'story.json'), JSON.stringify(story));
    const html = mastheadHtml(dir);
    expect(html).toContain('story-title');
    expect(html).not.toContain('class="credit"');
    expect(html).not.toContain('javascript:');
  });
});

describe('readCreditSource', () => {
  it.each([
    { json: null, expected: null },
    { json: '', expected: null },
    { json: '{not json', expected: null },
    { json: '42', expected: null },
    { json: '{}', expected: { article: {} } },
    { json: '{"article":{"publisher":"X","url":7,"author":""},"published":"2025-02-31"}', expected: { article: { publisher: 'X' }, published: '2025-02-31' } },
  ])('$json', ({ json, expected }) => {
    expect(readCreditSource(json)).toEqual(expected);
  });

  it('a date that is not on the calendar never reaches the line', () => {
    const line = creditLine(readCreditSource('{"article":{},"published":"2025-02-31"}')!, 'en');
    expect(creditText(line)).not.toContain('Published');
  });
});
