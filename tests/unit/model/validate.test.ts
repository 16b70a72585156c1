import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/model/problems';
import { validateStory } from '../../../src/model/validate';
import { BROKEN, FIRST_STORY, SECOND_STORY, TEST_REGIONS, validateFolder } from '../../helpers/stories';
import { readStorySources } from '../../../build/story-folder';

describe('validateStory on good stories', () => {
  it.each([
    { name: 'the first story', folder: FIRST_STORY, facts: 18 },
    // A new story validates and loads with no code change.
    { name: 'a second story written for tests', folder: SECOND_STORY, facts: 3 },
  ])('accepts $name with no error', async ({ folder, facts }) => {
    const result = await validateFolder(folder);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.story?.facts).toHaveLength(facts);
  });

  it('the first story has no warnings either (every sentence carries a fact)', async () => {
    const result = await validateFolder(FIRST_STORY);
    expect(result.problems.filter((p) => p.severity === 'warning' && !p.message.includes('north-east')).map(formatProblem)).toEqual([]);
  });
});

// One broken story per kind of error: each gives its own clear message.
const cases: { kind: string; file: string; fact?: string; field?: string; message: RegExp }[] = [
  { kind: 'wrong-hash', file: 'story.json', field: 'article.sha256', message: /does not match its recorded hash/ },
  { kind: 'shifted-offsets', file: 'facts.json', fact: 'displaced-about-300', field: 'target.selector.0.exact', message: /position does not slice the quote \(the quote is at \d+–\d+\)/ },
  { kind: 'quote-not-in-article', file: 'facts.json', fact: 'civilians-killed-12', field: 'target.selector.0.exact', message: /not in the article at all/ },
  { kind: 'number-not-in-quote', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.text', message: /not inside the quote/ },
  { kind: 'wrong-number', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.min', message: /not what "12 مدنياً على الأقل" says/ },
  { kind: 'unknown-region', file: 'facts.json', fact: 'displaced-about-300', field: 'region', message: /unknown region "idleb"/ },
  { kind: 'partof-cycle', file: 'facts.json', field: 'partOf.fact', message: /cycle/ },
  { kind: 'bad-date', file: 'facts.json', fact: 'displaced-about-300', field: 'time.date', message: /ISO date .* that exists on the calendar/ },
  { kind: 'unknown-field', file: 'facts.json', fact: 'displaced-about-300', field: 'regoin', message: /unknown field "regoin"/ },
  { kind: 'invalid-json', file: 'facts.json', message: /invalid JSON at line \d+, column \d+/ },
  { kind: 'missing-file', file: 'facts.json', message: /missing/ },
  { kind: 'inferred-year-without-reason', file: 'facts.json', fact: 'displaced-about-300', field: 'time.date', message: /year is not in the article's words/ },
  { kind: 'duplicate-key', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.min', message: /duplicate key "min" at line \d+, column \d+/ },
  { kind: 'bidi-control', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.unit.en', message: /direction control character \(U\+202E RIGHT-TO-LEFT OVERRIDE\)/ },
  { kind: 'same-figure-twice', file: 'facts.json', fact: 'civilians-killed-12-again', field: 'quantity.text', message: /same figure as fact "civilians-killed-12"/ },
  { kind: 'id-not-folder', file: 'story.json', field: 'id', message: /the id must be the story folder's name/ },
  { kind: 'id-too-long', file: 'facts.json', fact: 'x'.repeat(101), field: 'id', message: /at most 100 characters/ },
  { kind: 'fractional-count', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.min', message: /whole, finite number/ },
  { kind: 'infinite-count', file: 'facts.json', fact: 'civilians-killed-12', field: 'quantity.min', message: /whole, finite number/ },
  { kind: 'article-in-subfolder', file: 'story.json', field: 'article.file', message: /plain file name inside the story folder/ },
  { kind: 'url-not-http', file: 'story.json', field: 'article.url', message: /an http or https URL|a URL/ },
  { kind: 'symlink', file: 'copy-of-article.txt', message: /symbolic link/ },
  { kind: 'note-plain-string', file: 'facts.json', fact: 'shelling-southern-idlib', field: 'notes.0', message: /each note must be \{ "en": …, "ar": … \}, written in both languages \(a plain string is the old format\)/ },
  { kind: 'note-missing-arabic', file: 'facts.json', fact: 'shelling-southern-idlib', field: 'notes.0.ar', message: /missing the Arabic text/ },
  { kind: 'reason-not-arabic', file: 'facts.json', fact: 'civilians-killed-12', field: 'override.reason.ar', message: /holds no Arabic letter/ },
];

describe('validateStory on broken stories', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(cases.map((c) => c.kind).sort());
  });

  it.each(cases)('$kind: names $file, $fact, $field', async ({ kind, file, fact, field, message }) => {
    const result = await validateFolder(join(BROKEN, kind));
    expect(result.story).toBeNull();
    const errors = result.problems.filter((p) => p.severity === 'error');
    const match = errors.find((p) => message.test(p.message) && p.file.endsWith(file));
    expect(match, errors.map(formatProblem).join('\n')).toBeDefined();
    if (fact) expect(match!.fact).toBe(fact);
    if (field) expect(match!.field).toBe(field);
    // One line, no stack trace.
    expect(formatProblem(match!)).not.toMatch(/\n|\bat .*\.ts:\d+/);
  });
});

describe('validateStory on hostile input', () => {
  const sources = (story: string | null, facts: string | null, article: string | null) => ({
    folder: 'x',
    story,
    facts,
    article: article === null ? null : new TextEncoder().encode(article),
  });

  it.each([
    { name: 'JSON that is an array', story: '[]', message: /wrong type/ },
    { name: 'JSON null', story: 'null', message: /wrong type/ },
    { name: 'an empty file', story: '', message: /invalid JSON/ },
  ])('reports $name without throwing', async ({ story, message }) => {
    const result = await validateStory(sources(story, '{"facts": []}', ''), TEST_REGIONS);
    expect(result.story).toBeNull();
    expect(result.problems.some((p) => message.test(p.message))).toBe(true);
  });

  it('reports an article that is not UTF-8', async () => {
    const { readFileSync } = await import('node:fs');
    const result = await validateStory(
      { folder: 'x', story: readFileSync(join(SECOND_STORY, 'story.json'), 'utf8'), facts: readFileSync(join(SECOND_STORY, 'facts.json'), 'utf8'), article: new Uint8Array([0xd8, 0x28, 0xff]) },
      TEST_REGIONS,
    );
    expect(result.problems.map((p) => p.message)).toContain('the article is not valid UTF-8 text');
  });
});

describe('failureKind', () => {
  it.each([
    { kind: 'missing-file', expected: 'missing' },
    { kind: 'wrong-hash', expected: 'tampered' },
    { kind: 'invalid-json', expected: 'invalid' },
    { kind: 'unknown-region', expected: 'invalid' },
  ])('$kind → $expected', async ({ kind, expected }) => {
    const { failureKind } = await import('../../../src/model/problems');
    const result = await validateFolder(join(BROKEN, kind));
    expect(failureKind(result.problems)).toBe(expected);
  });
});

describe('validateStory in the browser (no reader in the bundle)', () => {
  it('still refuses every broken story but those only the build can catch', async () => {
    const { readStorySources } = await import('../../../build/story-folder');
    const refused: string[] = [];
    for (const kind of readdirSync(BROKEN)) {
      const result = await validateStory(readStorySources(join(BROKEN, kind), kind), TEST_REGIONS);
      if (result.story === null) refused.push(kind);
    }
    // The reader's reading and the folder on disk are the build's to check; in the browser the seal
    // (which the build gives only to stories that passed every check) stops both.
    expect(readdirSync(BROKEN).filter((kind) => !refused.includes(kind))).toEqual(['symlink', 'wrong-number']);
  });
});

describe('a story folder on disk', () => {
  it('warns of a stray file (it would be published) and still validates', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'isnad-stray-')), 'second-story');
    cpSync(SECOND_STORY, dir, { recursive: true });
    writeFileSync(join(dir, 'notes-private.txt'), 'not for readers');
    const result = await validateFolder(dir);
    expect(result.story).not.toBeNull();
    const stray = result.problems.find((p) => p.file.endsWith('notes-private.txt'));
    expect(stray).toMatchObject({ severity: 'warning', message: expect.stringMatching(/stray file.*publishes/) });
  });
});

// time.stated is looked for from the fact's sentence on (not over the whole article per fact): the verdicts stay the same.
describe('time.stated', () => {
  const sources = readStorySources(FIRST_STORY, 'first');
  const withStated = (stated: string) => {
    const facts = JSON.parse(sources.facts!) as { facts: { time?: { stated?: string } }[] };
    const fact = facts.facts.find((f) => f.time?.stated === 'الجمعة في 28 فبراير')!;
    fact.time!.stated = stated;
    return { ...sources, facts: JSON.stringify(facts) };
  };
  it.each([
    { name: 'in the fact\'s sentence', stated: 'الجمعة في 28 فبراير', expected: [] },
    { name: 'elsewhere in the article (the title)', stated: 'حلف شمال الأطلسي', expected: ['warning: the stated words are not in the fact\'s sentence'] },
    { name: 'nowhere in the article', stated: 'يوم الأحد الماضي', expected: ['error: the stated words are not in the article'] },
  ])('$name', async ({ stated, expected }) => {
    const { problems } = await validateStory(withStated(stated), TEST_REGIONS);
    expect(problems.filter((p) => p.field === 'time.stated').map((p) => `${p.severity}: ${p.message}`)).toEqual(expected);
  });
});
