/**
 * A story folder on disk, as the validator, the build and the dev server see it.
 *
 * Runs at build and authoring time only (node): it reads files, runs the full
 * validator with the Arabic reader and the geography check, reports what does
 * not belong in a published folder, and seals what passed (src/model/seal.ts).
 *
 * A story folder with its own regions.geojson (made by `npm run story:new`, or
 * the first story's, see scripts/geodata-first-story.ts) is checked against
 * its own regions, and that file is sealed with the others; a folder without
 * one uses the shared geodata/ passed in.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkDirections } from './consistency';
import { articleFileName, storySources } from '../src/model/load';
import { fileOf, type StorySources } from '../src/model/parse';
import { hasErrors, type Problem } from '../src/model/problems';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { sealFiles, type StorySeal } from '../src/model/seal';
import { validateStory, type ValidatedStory, type ValidationResult } from '../src/model/validate';
import { readQuantity } from '../authoring/reader/index';
import { splitStoryGeodata, STORY_GEODATA_FILE } from '../src/geodata/split';

function readOrNull(path: string): Uint8Array | null {
  try {
    // A link is never followed: what is published must be the folder's own file.
    if (lstatSync(path).isSymbolicLink()) return null;
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
}

/** The files the app fetches for a story (story.json, facts.json, the article), as bytes; null where unreadable. */
export function readStoryFiles(folder: string): Record<string, Uint8Array | null> {
  const story = readOrNull(join(folder, 'story.json'));
  // The same name the app asks for (src/model/load.ts), so both read the same file.
  const articleName = articleFileName(story === null ? null : new TextDecoder().decode(story));
  const files: Record<string, Uint8Array | null> = { 'story.json': story, 'facts.json': readOrNull(join(folder, 'facts.json')), [articleName]: readOrNull(join(folder, articleName)) };
  // The story's own geodata, when it has one, is sealed with the rest (the map draws from it).
  if (existsSync(join(folder, STORY_GEODATA_FILE))) files[STORY_GEODATA_FILE] = readOrNull(join(folder, STORY_GEODATA_FILE));
  return files;
}

/** The folder's own geodata (its regions.geojson, context left out), or `fallback` when it has none. */
export function storyGeodata(folder: string, fallback: Geodata): Geodata {
  const file = join(folder, STORY_GEODATA_FILE);
  if (!existsSync(file) || lstatSync(file).isSymbolicLink()) return fallback;
  const collection = splitStoryGeodata(JSON.parse(readFileSync(file, 'utf8')) as RegionCollection).regions as RegionCollection;
  return { regions: RegionIndex.fromGeoJSON(collection), collection };
}

/**
 * Why a story that validates is still not published: facts left as drafts, text left to
 * translate or summarise. The public build leaves such a story out (build/seal-plugin.ts).
 */
export function publicationProblems(story: ValidatedStory): string[] {
  const reasons: string[] = [];
  const drafts = story.facts.filter((f) => f.draft).length;
  if (drafts > 0) reasons.push(`${drafts} draft fact${drafts === 1 ? '' : 's'} to review`);
  const untranslated = story.story.sentences.filter((s) => s.en.trim() === '').length;
  if (untranslated > 0) reasons.push(`${untranslated} sentence${untranslated === 1 ? '' : 's'} to translate`);
  if (story.story.title.en.trim() === '') reasons.push('the English title to write');
  const unwritten = story.facts.filter((f) => !f.summary.en.trim() || !f.summary.ar.trim() || !f.translation.trim()).length;
  if (unwritten > 0) reasons.push(`${unwritten} fact${unwritten === 1 ? '' : 's'} without a summary or translation`);
  return reasons;
}

/** The folder's files as the validator reads them; `label` names the folder in messages. */
export function readStorySources(folder: string, label: string): StorySources {
  return storySources(label, basename(folder), readStoryFiles(folder));
}

/** Links and files that are not the story's: a link would publish whatever it points to, a stray file is published as is. */
export function folderProblems(folder: string, label: string, storyFiles: readonly string[]): Problem[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [{ severity: 'error', file: label, message: 'the story folder cannot be read' }];
  }
  return names.sort().flatMap((name): Problem[] => {
    const file = fileOf(label, name);
    if (lstatSync(join(folder, name)).isSymbolicLink()) {
      return [{ severity: 'error', file, message: 'a symbolic link in a story folder: the build would publish whatever it points to; put the file itself here, or remove the link' }];
    }
    if (storyFiles.includes(name)) return [];
    const what = lstatSync(join(folder, name)).isDirectory() ? 'folder' : 'file';
    return [{ severity: 'warning', file, message: `a stray ${what}: it is not part of the story, but the build publishes everything in the story folder; move it elsewhere` }];
  });
}

export interface Geodata {
  regions: RegionIndex;
  collection: RegionCollection;
}

/** Everything `npm run validate` checks on one folder, and the bytes it checked. */
async function checkStoryFolder(folder: string, label: string, shared: Geodata) {
  const files = readStoryFiles(folder);
  let geodata: Geodata;
  try {
    geodata = storyGeodata(folder, shared);
  } catch (error) {
    const problem: Problem = { severity: 'error', file: fileOf(label, STORY_GEODATA_FILE), message: `cannot be read as GeoJSON: ${error instanceof Error ? error.message : String(error)}` };
    return { files, result: { story: null, problems: [problem] } };
  }
  const result = await validateStory(storySources(label, basename(folder), files), geodata.regions, { readQuantity });
  // Geography needs turf, so it is checked at build time and not in the browser.
  if (result.story) result.problems.push(...checkDirections(result.story, geodata.regions, geodata.collection, fileOf(label, 'facts.json')));
  result.problems.push(...folderProblems(folder, label, Object.keys(files)));
  return { files, result: hasErrors(result.problems) ? { story: null, problems: result.problems } : result };
}

export async function validateStoryFolder(folder: string, label: string, geodata: Geodata): Promise<ValidationResult> {
  return (await checkStoryFolder(folder, label, geodata)).result;
}

/** The seal of the very bytes that passed every check, or null with the problems that stop the story. */
export async function sealStoryFolder(folder: string, label: string, geodata: Geodata): Promise<{ seal: StorySeal | null; problems: Problem[]; unpublished: string[] }> {
  const { files, result } = await checkStoryFolder(folder, label, geodata);
  if (!result.story) return { seal: null, problems: result.problems, unpublished: [] };
  return { seal: await sealFiles(files as Record<string, Uint8Array>), problems: result.problems, unpublished: publicationProblems(result.story) };
}
