/** Reads a story folder's raw files for the validator; a missing file is null, never a throw. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorySources } from '../src/model/parse';

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

export function readStorySources(folder: string, label: string): StorySources {
  const story = readOrNull(join(folder, 'story.json'))?.toString('utf8') ?? null;
  // The article's file name comes from story.json; fall back to the conventional name.
  let articleName = 'article.txt';
  try {
    const file = (JSON.parse(story ?? '{}') as { article?: { file?: unknown } }).article?.file;
    if (typeof file === 'string' && file !== '' && !file.includes('..')) articleName = file;
  } catch {
    // story.json's own problem is reported by the validator.
  }
  const article = readOrNull(join(folder, articleName));
  return {
    folder: label,
    story,
    facts: readOrNull(join(folder, 'facts.json'))?.toString('utf8') ?? null,
    article: article === null ? null : new Uint8Array(article),
  };
}
