/**
 * The stories the build published: every sealed story whose files are the
 * sealed ones and which is finished (no draft, every text written).
 */
import type { FeatureCollection } from 'geojson';
import { fetchStoryFiles, storySources } from '../model/load';
import type { RegionProperties } from '../model/regions';
import type { FactsFile, StoryFile } from '../model/schema';
import { sealProblems, type StorySeals } from '../model/seal';
import { byDate, isFinished, storyEntry, type Bilingual, type StoryEntry } from './entries';

async function regionNames(folder: URL, fallback: readonly RegionProperties[]): Promise<(id: string) => Bilingual> {
  const names = new Map<string, Bilingual>(fallback.map((p) => [p.id, { en: p.name_en, ar: p.name_ar }]));
  try {
    const response = await fetch(new URL('regions.geojson', folder));
    if (response.ok) {
      const own = (await response.json()) as FeatureCollection;
      for (const f of own.features) {
        const p = f.properties;
        if (typeof p?.['id'] === 'string') names.set(p['id'], { en: String(p['name_en'] ?? p['id']), ar: String(p['name_ar'] || p['name_en'] || p['id']) });
      }
    }
  } catch {
    // The committed geodata's names, or the id.
  }
  return (id) => names.get(id) ?? { en: id, ar: id };
}

export async function publishedStories(seals: StorySeals, storiesUrl: URL, pageUrl: URL, regionProperties: readonly RegionProperties[]): Promise<StoryEntry[]> {
  const loaded = await Promise.all(
    Object.keys(seals).map(async (id) => {
      const folder = new URL(`${encodeURIComponent(id)}/`, storiesUrl);
      const files = await fetchStoryFiles(folder);
      // Only the very bytes the validator sealed are listed.
      if (Object.values(files).some((b) => b === null) || (await sealProblems(folder.pathname, id, files, seals)).length > 0) return null;
      const sources = storySources(folder.pathname, id, files);
      try {
        const story = JSON.parse(sources.story!) as StoryFile;
        const facts = (JSON.parse(sources.facts!) as FactsFile).facts;
        if (story.id !== id || !isFinished(story, facts)) return null;
        return { story, facts, names: await regionNames(folder, regionProperties), folder };
      } catch {
        return null;
      }
    }),
  );
  return loaded
    .filter((s) => s !== null)
    .sort((a, b) => byDate(a.story, b.story))
    .map(({ story, facts, names }) => storyEntry(story, facts, names, new URL('./', pageUrl)));
}
