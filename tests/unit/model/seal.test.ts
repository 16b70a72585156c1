/** Sealed stories: the app shows only the bytes the build validated. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealStories } from '../../../build/seal-plugin';
import { loadStory } from '../../../src/model/load';
import { ALTERED_MESSAGE, UNSEALED_MESSAGE, failureKind } from '../../../src/model/problems';
import { sealProblems } from '../../../src/model/seal';
import { BROKEN, FIRST_STORY, ROOT, SECOND_STORY, realRegions } from '../../helpers/stories';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sealProblems', () => {
  // Not the digest of "b", nor of anything these tests pass.
  const seals = { story: { 'a.txt': '0'.repeat(64) } };
  it.each<{ name: string; id: string; files: Record<string, Uint8Array>; message: string }>([
    { name: 'a story with no seal', id: 'other', files: { 'a.txt': bytes('a') }, message: UNSEALED_MESSAGE },
    { name: 'a file that differs', id: 'story', files: { 'a.txt': bytes('b') }, message: ALTERED_MESSAGE },
    { name: 'a file the seal does not know', id: 'story', files: { 'b.txt': bytes('a') }, message: ALTERED_MESSAGE },
    { name: '"__proto__" as a story id', id: '__proto__', files: { 'a.txt': bytes('a') }, message: UNSEALED_MESSAGE },
  ])('refuses $name', async ({ id, files, message }) => {
    const problems = await sealProblems('stories/x', id, files, seals);
    expect(problems.map((p) => p.message)).toEqual([message]);
  });

  it('accepts the sealed bytes and says nothing of a missing file (the validator names it)', async () => {
    const { sha256Hex } = await import('../../../src/model/digest');
    const seal = { story: { 'a.txt': await sha256Hex(bytes('a')), 'b.txt': 'f'.repeat(64) } };
    expect(await sealProblems('stories/x', 'story', { 'a.txt': bytes('a'), 'b.txt': null }, seal)).toEqual([]);
  });
});

describe('sealStories (the build and the dev server)', () => {
  it('seals the stories that pass every check, and only those', async () => {
    const manifest = await sealStories([join(ROOT, 'public/stories'), join(ROOT, 'tests/fixtures/stories'), BROKEN], join(ROOT, 'geodata'), ROOT);
    expect(Object.keys(manifest.seals).sort()).toEqual(['nato-syria-de-escalation', 'second-story']);
    expect(manifest.seals['nato-syria-de-escalation']!['article.txt']).toBe('c8afee0f19e48acf019b13a8ab0c4a007a31424ecc688b6d325a895ba1fd0838');
    // Every broken story is refused, with the validator's own lines.
    for (const lines of Object.values(manifest.refused)) expect(lines.length).toBeGreaterThan(0);
    expect(manifest.refused['wrong-number']!.join('\n')).toMatch(/not what "12 مدنياً على الأقل" says/);
    expect(manifest.refused['symlink']!.join('\n')).toMatch(/symbolic link/);
  });
});

/** The app's loader over files served from a folder, as the browser fetches them. */
function folderFetcher(dir: string): typeof fetch {
  return (async (input: URL | RequestInfo) => {
    const name = String(input).split('/').at(-1)!;
    try {
      return new Response(readFileSync(join(dir, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

describe('loadStory (the app) with the build\'s seals', () => {
  const regions = realRegions();
  const url = (id: string) => new URL(`https://example.org/stories/${id}/`);

  it.each([
    { name: 'the first story as validated', edit: null, kind: null },
    { name: 'facts.json edited after validation (54 → 540)', edit: (dir: string) => writeFileSync(join(dir, 'facts.json'), readFileSync(join(dir, 'facts.json'), 'utf8').replace('"min": 54', '"min": 540')), kind: 'tampered' },
    { name: 'story.json edited after validation (one space)', edit: (dir: string) => writeFileSync(join(dir, 'story.json'), `${readFileSync(join(dir, 'story.json'), 'utf8')} `), kind: 'tampered' },
    { name: 'the article edited after validation', edit: (dir: string) => writeFileSync(join(dir, 'article.txt'), `${readFileSync(join(dir, 'article.txt'), 'utf8')}.`), kind: 'tampered' },
  ])('$name', async ({ edit, kind }) => {
    const { seals } = await sealStories([join(ROOT, 'public/stories')], join(ROOT, 'geodata'), ROOT);
    const dir = join(mkdtempSync(join(tmpdir(), 'isnad-seal-')), 'nato-syria-de-escalation');
    cpSync(FIRST_STORY, dir, { recursive: true });
    edit?.(dir);
    const result = await loadStory(url('nato-syria-de-escalation'), regions, seals, folderFetcher(dir));
    if (kind === null) expect(result.model?.facts).toHaveLength(18);
    else {
      expect(result.model).toBeNull();
      expect(failureKind(result.problems)).toBe(kind);
    }
  });

  it('refuses a valid story that was never validated by the build (copied onto the server)', async () => {
    const { seals } = await sealStories([join(ROOT, 'public/stories')], join(ROOT, 'geodata'), ROOT);
    const result = await loadStory(url('second-story'), regions, seals, folderFetcher(SECOND_STORY));
    expect(result.model).toBeNull();
    expect(failureKind(result.problems)).toBe('unsealed');
  });

  it('reports a story that is not on the server as missing, not as unsealed', async () => {
    const result = await loadStory(url('nowhere'), regions, {}, folderFetcher(join(ROOT, 'no-such-folder')));
    expect(failureKind(result.problems)).toBe('missing');
  });
});
