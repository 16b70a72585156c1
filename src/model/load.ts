/**
 * Loading a story in the browser: fetch the folder's files, validate them
 * exactly as `npm run validate` does, and build the read-only model.
 */
import { FILE_NAME_PATTERN } from './ids';
import type { StorySources } from './parse';
import { hasErrors, type Problem } from './problems';
import type { RegionIndex } from './regions';
import { sealProblems, type StorySeals } from './seal';
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
    if (typeof file === 'string' && FILE_NAME_PATTERN.test(file)) return file;
  } catch {
    // The validator reports story.json's own problem.
  }
  return 'article.txt';
}

/** The story id of a folder URL (…/stories/<id>/). */
export function storyIdOf(folder: URL): string {
  return folder.pathname.replace(/\/$/, '').split('/').at(-1) ?? '';
}

/** Fetches `story.json`, `facts.json` and the article from a story folder URL (ending in /), as bytes. */
export async function fetchStoryFiles(folder: URL, fetcher: typeof fetch = fetch): Promise<Record<string, Uint8Array | null>> {
  const bytes = async (name: string) => {
    const response = await fetchOrNull(new URL(name, folder), fetcher);
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  };
  const [story, facts] = await Promise.all([bytes('story.json'), bytes('facts.json')]);
  const articleName = articleFileName(story === null ? null : new TextDecoder().decode(story));
  return { 'story.json': story, 'facts.json': facts, [articleName]: await bytes(articleName) };
}

/** The files as the validator reads them. */
export function storySources(folder: string, id: string, files: Readonly<Record<string, Uint8Array | null>>): StorySources {
  const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : null);
  const story = text(files['story.json']);
  return { folder, id, story, facts: text(files['facts.json']), article: files[articleFileName(story)] ?? null };
}

/**
 * Loads a story as readers get it: refused unless its files are exactly the
 * ones the build validated (`seals`), then validated again and modelled.
 */
export async function loadStory(folder: URL, regions: RegionIndex, seals: StorySeals, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const files = await fetchStoryFiles(folder, fetcher);
  const id = storyIdOf(folder);
  const label = folder.pathname.replace(/\/$/, '');
  const sources = storySources(label, id, files);
  // A missing file is reported by the validator below, in its own words.
  if (sources.story !== null && sources.facts !== null && sources.article !== null) {
    const refused = await sealProblems(label, id, files, seals);
    if (refused.length > 0) return { model: null, problems: refused };
  }
  const { story, problems } = await validateStory(sources, regions);
  if (!story || hasErrors(problems)) return { model: null, problems };
  return { model: buildStoryModel(story, regions), problems };
}
