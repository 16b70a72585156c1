/** Shared test helpers: the committed stories and a region index that needs no geodata file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegionIndex, type Region } from '../../src/model/regions';
import { buildStoryModel, type StoryModel } from '../../src/model/story';
import { validateStory, type ValidationResult } from '../../src/model/validate';
import { readQuantity } from '../../authoring/reader/index';
import { folderProblems, readStoryFiles, readStorySources } from '../../build/story-folder';

export const ROOT = join(import.meta.dirname, '../..');
export const FIRST_STORY = join(ROOT, 'public/stories/nato-syria-de-escalation');
export const SECOND_STORY = join(ROOT, 'tests/fixtures/stories/second-story');
export const BROKEN = join(ROOT, 'tests/fixtures/broken');

const region = (id: string, parent: string | null, level: Region['level']): Region => ({
  id,
  name: { ar: id, en: id },
  level,
  parent,
  label: [0, 0],
});

/** The story regions' hierarchy, as the geodata gives it, without reading geodata. */
export const TEST_REGIONS = new RegionIndex([
  region('idlib', 'northern-syria', 'admin1'),
  region('northern-syria', 'syria', 'group'),
  region('syria', null, 'country'),
  region('turkey', null, 'country'),
  region('europe', null, 'continent'),
]);

export function realRegions(): RegionIndex {
  return RegionIndex.fromGeoJSON(JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8')));
}

/** What `npm run validate` says of a folder, but the geography check (which needs the real geodata). */
export async function validateFolder(folder: string, regions = TEST_REGIONS): Promise<ValidationResult> {
  const label = folder.replace(`${ROOT}/`, '');
  const result = await validateStory(readStorySources(folder, label), regions, { readQuantity });
  result.problems.push(...folderProblems(folder, label, Object.keys(readStoryFiles(folder))));
  return result.problems.some((p) => p.severity === 'error') ? { story: null, problems: result.problems } : result;
}

export async function loadModel(folder: string, regions = TEST_REGIONS): Promise<StoryModel> {
  const result = await validateFolder(folder, regions);
  if (!result.story) throw new Error(`story did not validate: ${JSON.stringify(result.problems)}`);
  return buildStoryModel(result.story, regions);
}
