/**
 * Sealed stories: readers see exactly what the validator accepted.
 *
 * The build (and the dev server) validates every story, with the Arabic reader
 * and the geography check that the browser does not carry, and records the
 * SHA-256 of each file of each story that passed: its seal. The app refuses a
 * story with no seal (never validated) and any file whose bytes differ from
 * the sealed ones (edited after validation), before it reads a single figure.
 */
import { sha256Hex } from './digest';
import { fileOf } from './parse';
import { ALTERED_MESSAGE, UNSEALED_MESSAGE, type Problem } from './problems';

/** File name → SHA-256 hex, for one story. */
export type StorySeal = Readonly<Record<string, string>>;
/** Story id → its seal: every story the build validated. */
export type StorySeals = Readonly<Record<string, StorySeal>>;

/** The seal of a story's files (name → bytes). */
export async function sealFiles(files: Readonly<Record<string, Uint8Array>>): Promise<Record<string, string>> {
  const names = Object.keys(files).sort();
  const digests = await Promise.all(names.map((name) => sha256Hex(files[name]!)));
  return Object.fromEntries(names.map((name, i) => [name, digests[i]!]));
}

/**
 * What stops a story before its files are read: no seal, or a file that is not
 * the sealed one. A missing file is the validator's to report, not this.
 */
export async function sealProblems(
  folder: string,
  id: string,
  files: Readonly<Record<string, Uint8Array | null>>,
  seals: StorySeals,
): Promise<Problem[]> {
  const seal = Object.hasOwn(seals, id) ? seals[id] : undefined;
  if (!seal) return [{ severity: 'error', file: folder, message: UNSEALED_MESSAGE }];
  const problems: Problem[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (bytes === null) continue;
    const expected = Object.hasOwn(seal, name) ? seal[name] : undefined;
    const found = await sha256Hex(bytes);
    if (found !== expected) {
      problems.push({ severity: 'error', file: fileOf(folder, name), message: ALTERED_MESSAGE, expected: expected ?? '(not a file of the validated story)', found });
    }
  }
  return problems;
}
