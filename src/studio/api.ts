/** The studio's calls to its dev-server API (build/studio-plugin.ts). */
import type { FeatureCollection } from 'geojson';
import type { Problem } from '../model/problems';
import type { StoryFile } from '../model/schema';
import type { StudioFacts } from './review';

const API = '/__studio/api/';

export interface StoryListing {
  id: string;
  title: string;
  drafts: number;
  untranslated: number;
}

export interface StoryFiles {
  id: string;
  story: StoryFile | null;
  facts: StudioFacts | null;
  article: string | null;
  regions: FeatureCollection | null;
}

export interface RegionHit {
  iso: string;
  id: string;
  name_en: string;
  name_ar: string;
  level?: string;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body as T;
}

const story = (id: string) => `stories/${encodeURIComponent(id)}`;

/** When the studio last wrote a story's files (ms since the epoch): the dev server's reload that follows is its own echo. */
export let lastWriteAt = 0;
const wrote = <T>(result: T): T => {
  lastWriteAt = Date.now();
  return result;
};

export const listStories = () => call<StoryListing[]>('stories');
export const readStory = (id: string) => call<StoryFiles>(story(id));
/** The validator's messages, and why the public build would leave the story out (null: it does not validate). */
export interface Verdict {
  problems: Problem[];
  unpublished: string[] | null;
}

export const validateStory = (id: string, files: { story: StoryFile; facts: StudioFacts }) =>
  call<Verdict>(`${story(id)}/validate`, { method: 'POST', body: JSON.stringify(files) });
export const saveStory = (id: string, files: { story: StoryFile; facts: StudioFacts }) => call<Verdict>(story(id), { method: 'PUT', body: JSON.stringify(files) }).then(wrote);
export const searchRegions = (query: string, lang?: 'ar' | 'en') =>
  call<RegionHit[]>(`regions?${new URLSearchParams({ q: query, ...(lang ? { lang } : {}) })}`);
export const addRegion = (id: string, iso: string) => call<{ region: string }>(`${story(id)}/regions`, { method: 'POST', body: JSON.stringify({ iso }) }).then((r) => wrote(r.region));
