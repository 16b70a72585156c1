/** The build's preload hints for the default story: the same three files the app then fetches. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPreloads } from '../../src/static-map/vite-plugin';

function storyDir(storyJson: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-preload-'));
  if (storyJson !== null) writeFileSync(join(dir, 'story.json'), storyJson);
  return dir;
}

describe('storyPreloads', () => {
  it.each([
    ['the first story', 'public/stories/nato-syria-de-escalation', 'article.txt'],
    ['an article file named in story.json', storyDir('{"article":{"file":"maqal-1.txt"}}'), 'maqal-1.txt'],
    ['a file name with a path in it (never preloaded outside the folder)', storyDir('{"article":{"file":"../secret.txt"}}'), 'article.txt'],
    ['invalid story.json', storyDir('{ not json'), 'article.txt'],
    ['no story.json', storyDir(null), 'article.txt'],
  ])('%s → story.json, facts.json and %s', (_, dir, article) => {
    const tags = storyPreloads(dir, 'stories/some-story/');
    expect(tags.map((tag) => tag.attrs?.['href'])).toEqual(['stories/some-story/story.json', 'stories/some-story/facts.json', `stories/some-story/${article}`]);
    for (const tag of tags) {
      expect(tag.tag).toBe('link');
      // fetch(url) asks in cors mode with same-origin credentials: only a crossorigin=anonymous preload matches it.
      expect(tag.attrs).toMatchObject({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous' });
    }
  });
});
