import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const ARTICLE = join(here, 'fixtures', 'first-story.txt');
const dir = mkdtempSync(join(tmpdir(), 'isnad-draft-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'draft.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/draft.ts', { timeout: 30_000 }, () => {
  it('prints exactly one JSON object with --json', () => {
    const r = run(ARTICLE, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['sentences', 'quantities', 'places', 'facts']);
    expect((json.facts as unknown[]).length).toBe(4);
  });

  it('prints a readable report without --json', () => {
    const r = run(ARTICLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('killed (casualties): at-least 34');
    expect(r.stdout).toContain('north-east of syria');
  });

  it('adds category precision and recall to --compare', () => {
    const story = join(root, 'public', 'stories', 'nato-syria-de-escalation');
    const r = run(join(story, 'article.txt'), '--compare', join(story, 'facts.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('recall: 3/3 curated casualty and displacement figures found');
    expect(r.stdout).toContain('false figures: 0');
    expect(r.stdout).toMatch(/^category precision: 4\/4 figures given a category have the curated one \(100\.0%\)$/mu);
    expect(r.stdout).toMatch(/^category recall: 4\/5 curated figures found with their category \(80\.0%\)$/mu);
  });

  it('scores a folder of annotated articles with --corpus, class by class', () => {
    const r = run('--corpus', join(root, 'tests', 'fixtures', 'reader-corpus', 'articles', 'dev'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^7 articles, \d+ figures, \d+ non-counts$/mu);
    expect(r.stdout).toMatch(/^class\s+figures\s+values\s+categories\s+kinds\s+non-counts\s+false figures$/mu);
    for (const name of ['compound-hundreds-teens', 'clause-event', 'decimal-comma', 'noun-dual']) expect(r.stdout).toMatch(new RegExp(`^${name}\\s`, 'mu'));
    expect(r.stdout).toMatch(/^all\s+\d+/mu);
  });

  it('scores a second annotation against the first with --against', () => {
    const dev = join(root, 'tests', 'fixtures', 'reader-corpus', 'articles', 'dev');
    const r = run('--corpus', dev, '--against', dev);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^the second annotation \(.+\) scored against the first \(.+\), as if it were the reader$/mu);
    expect(r.stdout).toMatch(/^values 100\.0%, categories 100\.0%, kinds 100\.0%, false figures 0$/mu);
  });

  const bad: { name: string; args: () => string[]; message: RegExp }[] = [
    { name: 'no argument', args: () => [], message: /no article given/u },
    { name: 'a missing file', args: () => [join(dir, 'missing.txt')], message: /no such file/u },
    { name: 'an empty file', args: () => [file('empty.txt', '')], message: /empty/u },
    { name: 'bytes that are not UTF-8', args: () => [file('latin1.txt', Uint8Array.from([0x71, 0xe9, 0x74, 0xe9, 0x0a]))], message: /not valid UTF-8/u },
    { name: 'a text with no Arabic', args: () => [file('english.txt', 'Forty soldiers were killed in 2020.\n')], message: /no Arabic/u },
    { name: 'an unknown option', args: () => [ARTICLE, '--yaml'], message: /unknown option/u },
    { name: '--corpus without a folder', args: () => ['--corpus'], message: /--corpus needs a folder/u },
    { name: '--corpus on a missing folder', args: () => ['--corpus', join(dir, 'nowhere')], message: /not a folder/u },
    { name: '--corpus on a folder with no annotated article', args: () => ['--corpus', dir], message: /no article\.txt with annotations\.json/u },
    { name: '--against without --corpus', args: () => [ARTICLE, '--against', dir], message: /--against goes with --corpus/u },
    { name: '--against on a folder of other articles', args: () => ['--corpus', join(root, 'tests', 'fixtures', 'reader-corpus', 'articles', 'dev'), '--against', join(root, 'tests', 'fixtures', 'reader-corpus', 'articles', 'heldout')], message: /not in the second annotation: /u },
    { name: '--corpus with an article too', args: () => ['--corpus', dir, ARTICLE], message: /--corpus takes a folder and nothing else/u },
  ];

  it.each(bad)('rejects $name with one line and exit code 1', ({ args, message }) => {
    const r = run(...args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
