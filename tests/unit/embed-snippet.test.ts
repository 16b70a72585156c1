import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/embed/snippet';

const base = new URL('https://news.example/graphics/isnad/');

describe('embedSnippet', () => {
  it.each([
    {
      name: 'the Idlib casualties in Arabic',
      state: { region: 'idlib', fact: 'killed-54-idlib', lang: 'ar' as const },
      src: 'https://news.example/graphics/isnad/embed.html#region=idlib&fact=killed-54-idlib&lang=ar',
    },
    { name: 'no selection', state: { lang: 'en' as const }, src: 'https://news.example/graphics/isnad/embed.html#lang=en' },
  ])('$name', ({ state, src }) => {
    const snippet = embedSnippet({ base, search: '', state, title: 'Map: NATO urges de-escalation in Syria' });
    const [iframe, script] = snippet.split('\n');
    // "&lang" is also an HTML entity name: ampersands in attributes are escaped.
    expect(iframe).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
    for (const attribute of ['data-isnad', 'title="Map: NATO urges de-escalation in Syria"', 'loading="lazy"', 'allow="fullscreen"']) {
      expect(iframe).toContain(attribute);
    }
    expect(script).toBe('<script src="https://news.example/graphics/isnad/embed.js" async></script>');
  });

  it('escapes a hostile title', () => {
    const snippet = embedSnippet({ base, search: '', state: {}, title: '"><img src=x onerror=alert(1)>' });
    expect(snippet).not.toContain('<img');
    expect(snippet).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('keeps the story choice', () => {
    expect(embedSnippet({ base, search: '?story=second-story', state: {}, title: 't' })).toContain('embed.html?story=second-story"');
  });
});
