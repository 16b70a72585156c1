/**
 * A story folder on disk, as the validator, the build and the dev server see it.
 *
 * Runs at build and authoring time only (node): it reads files, runs the full
 * validator with the Arabic reader and the geography check, reports what does
 * not belong in a published folder, and seals what passed (src/model/seal.ts).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkDirections } from './consistency';
import { articleFileName, storySources } from '../src/model/load';
import { fileOf, type StorySources } from '../src/model/parse';
import { hasErrors, type Problem } from '../src/model/problems';
import type { RegionCollection, RegionIndex } from '../src/model/regions';
import { sealFiles, type StorySeal } from '../src/model/seal';
import { validateStory, type ValidationResult } from '../src/model/validate';
import { readQuantity } from '../authoring/reader/index';

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
  return { 'story.json': story, 'facts.json': readOrNull(join(folder, 'facts.json')), [articleName]: readOrNull(join(folder, articleName)) };
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
async function checkStoryFolder(folder: string, label: string, geodata: Geodata) {
  const files = readStoryFiles(folder);
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
export async function sealStoryFolder(folder: string, label: string, geodata: Geodata): Promise<{ seal: StorySeal | null; problems: Problem[] }> {
  const { files, result } = await checkStoryFolder(folder, label, geodata);
  if (!result.story) return { seal: null, problems: result.problems };
  return { seal: await sealFiles(files as Record<string, Uint8Array>), problems: result.problems };
}
