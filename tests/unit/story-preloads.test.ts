/** The build's preload script for the opened story: told the default story and the article name the app will fetch. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPreloads } from '../../build/static-map-plugin';

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
    ['a hidden file name', storyDir('{"article":{"file":".env"}}'), 'article.txt'],
    ['invalid story.json', storyDir('{ not json'), 'article.txt'],
    ['no story.json', storyDir(null), 'article.txt'],
  ])('%s → the preload script, told the default story and its article %s', (_, dir, article) => {
    const tags = storyPreloads(dir, 'some-story');
    expect(tags).toHaveLength(1);
    expect(tags[0]!.tag).toBe('script');
    // First in the head and not async: it runs as soon as it arrives, not when the parser lets go; the app's fetches take the responses it preloads.
    expect(tags[0]!.attrs).toMatchObject({ src: './preload-story.js', 'data-story': 'some-story', 'data-article': article });
    expect(tags[0]!.attrs).not.toHaveProperty('async');
    expect(tags[0]!.injectTo).toBe('head-prepend');
  });
});
