/**
 * Loading a story in the browser: fetch the folder's files, validate them
 * exactly as `npm run validate` does, and build the read-only model.
 */
import type { StorySources } from './parse';
import { hasErrors, type Problem } from './problems';
import type { RegionIndex } from './regions';
import { buildStoryModel, type StoryModel } from './story';
import { validateStory } from './validate';

export type LoadResult = { model: StoryModel; problems: Problem[] } | { model: null; problems: Problem[] };

async function fetchOrNull(url: URL, fetcher: typeof fetch): Promise<Response | null> {
  try {
    const response = await fetcher(url);
    return response.ok ? response : null;
  } catch {
    return null;
  }
}

/**
 * The article's file name that story.json gives, if it is a plain name inside the folder;
 * else `article.txt` (a broken story.json is the validator's to report).
 */
export function articleFileName(storyJson: string | null | undefined): string {
  try {
    const file = (JSON.parse(storyJson ?? '{}') as { article?: { file?: unknown } }).article?.file;
    if (typeof file === 'string' && /^[\w.-]+$/.test(file)) return file;
  } catch {
    // The validator reports story.json's own problem.
  }
  return 'article.txt';
}

/** Fetches `story.json`, `facts.json` and the article from a story folder URL (ending in /). */
export async function fetchStorySources(folder: URL, fetcher: typeof fetch = fetch): Promise<StorySources> {
  const [story, facts] = await Promise.all(
    ['story.json', 'facts.json'].map(async (name) => (await fetchOrNull(new URL(name, folder), fetcher))?.text() ?? null),
  );
  const article = await fetchOrNull(new URL(articleFileName(story), folder), fetcher);
  return {
    folder: folder.pathname.replace(/\/$/, ''),
    story: story ?? null,
    facts: facts ?? null,
    article: article ? new Uint8Array(await article.arrayBuffer()) : null,
  };
}

export async function loadStory(folder: URL, regions: RegionIndex, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const sources = await fetchStorySources(folder, fetcher);
  const { story, problems } = await validateStory(sources, regions);
  if (!story || hasErrors(problems)) return { model: null, problems };
  return { model: buildStoryModel(story, regions), problems };
}
