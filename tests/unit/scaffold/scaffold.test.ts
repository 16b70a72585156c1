/**
 * The scaffold (`npm run story:new`, authoring/scaffold): a story folder from
 * an Arabic article, byte for byte, hashed, with drafted facts; bad input is
 * one line and changes nothing; a draft story validates but is never published.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScaffoldError, scaffoldStory } from '../../../authoring/scaffold/index';
import { sealStories } from '../../../build/seal-plugin';
import { publicationProblems, validateStoryFolder } from '../../../build/story-folder';
import { segmentSentences } from '../../../src/model/segment';
import { RegionIndex, type RegionCollection } from '../../../src/model/regions';
import { FIRST_STORY, ROOT } from '../../helpers/stories';

const ARTICLE = join(import.meta.dirname, 'yemen-article.txt');
const sharedGeodata = () => {
  const collection = JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8')) as RegionCollection;
  return { regions: RegionIndex.fromGeoJSON(collection), collection };
};
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('a new story from an Arabic article', () => {
  let root: string;
  let dir: string;
  let problems: Awaited<ReturnType<typeof scaffoldStory>>['problems'];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'isnad-scaffold-'));
    ({ dir, problems } = await scaffoldStory({ id: 'yemen-market', article: ARTICLE, root, publisher: 'Example Wire', url: 'https://example.org/yemen', published: '2024-05-12' }));
  }, 60_000);

  it('writes the four files, and nothing else', () => {
    expect(dir).toBe(join(root, 'yemen-market'));
    expect(readdirSync(dir).sort()).toEqual(['article.txt', 'facts.json', 'regions.geojson', 'story.json']);
    expect(readdirSync(root)).toEqual(['yemen-market']);
  });

  it('copies the article byte for byte and records its SHA-256', () => {
    const bytes = readFileSync(ARTICLE);
    expect(readFileSync(join(dir, 'article.txt')).equals(bytes)).toBe(true);
    const story = json(join(dir, 'story.json')) as { article: { sha256: string; file: string; publisher: string; url: string } };
    expect(story.article).toEqual({ file: 'article.txt', sha256: createHash('sha256').update(bytes).digest('hex'), publisher: 'Example Wire', url: 'https://example.org/yemen' });
  });

  it('gives story.json the title line, the app\'s sentence units with translations left empty, the places and a fitted view', () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const story = json(join(dir, 'story.json')) as { id: string; title: { ar: string; en: string }; published: string; regions: string[]; sentences: { start: number; end: number; en: string }[]; view: { center: [number, number] } };
    expect(story.id).toBe('yemen-market');
    expect(story.title).toEqual({ ar: text.split('\n')[0], en: '' });
    expect(story.published).toBe('2024-05-12');
    expect(story.sentences).toEqual(segmentSentences(text).map(({ start, end }) => ({ start, end, en: '' })));
    expect(story.regions).toEqual(['ye-hu', 'ye', 'ye-ta']);
    expect(story.view.center[0]).toBeGreaterThan(42);
    expect(story.view.center[0]).toBeLessThan(54);
  });

  it('drafts the reader\'s facts, each a draft on the place its sentence names, with its W3C target', () => {
    const text = [...readFileSync(ARTICLE, 'utf8')];
    const { facts } = json(join(dir, 'facts.json')) as { facts: { id: string; draft: boolean; region: string; category: string; kind: string; quantity: { min: number; qualifier: string }; target: { selector: [{ exact: string }, { start: number; end: number }] } }[] };
    expect(facts.length).toBeGreaterThanOrEqual(4);
    expect(facts.every((f) => f.draft === true)).toBe(true);
    for (const f of facts) expect(text.slice(f.target.selector[1].start, f.target.selector[1].end).join('')).toBe(f.target.selector[0].exact);
    const byQuote = (words: string) => facts.find((f) => f.target.selector[0].exact.includes(words) && f.target.selector[1].start > 54);
    expect(byQuote('12 مدنياً')).toMatchObject({ region: 'ye-hu', category: 'casualties', kind: 'killed', quantity: { min: 12, qualifier: 'at-least' } });
    expect(byQuote('مئات')).toMatchObject({ region: 'ye-ta', category: 'displacement' });
    expect(byQuote('4 ملايين')).toMatchObject({ region: 'ye', category: 'displacement', quantity: { min: 4000001 } });
  });

  it('marks the body\'s repeat of the headline\'s figure as part of it, and says so', () => {
    const { facts } = json(join(dir, 'facts.json')) as { facts: { id: string; partOf?: { fact: string; inferred?: { reason: { en: string; ar: string } } }; target: { selector: [{ exact: string }, { start: number }] } }[] };
    const twelve = facts.filter((f) => f.target.selector[0].exact.includes('12 مدنياً')).sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    expect(twelve).toHaveLength(2);
    const [headline, body] = twelve as [(typeof twelve)[0], (typeof twelve)[0]];
    expect(headline.partOf).toBeUndefined();
    expect(body.partOf).toMatchObject({ fact: headline.id, inferred: { reason: { en: expect.stringMatching(/same figure/) } } });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', fact: body.id, message: expect.stringMatching(/probably the same figure as/) }));
  });

  it('cuts regions.geojson for the places found, with their context', () => {
    const geo = json(join(dir, 'regions.geojson')) as { features: { id: string; properties: { layer?: string; iso: string } }[] };
    expect(geo.features.filter((f) => !f.properties.layer).map((f) => f.id)).toEqual(['ye-hu', 'ye', 'ye-ta']);
    expect(geo.features.some((f) => f.id === 'country-sa' && f.properties.layer === 'country')).toBe(true);
  });

  it('validates, with warnings only (drafts, translations to write), and is not publishable yet', async () => {
    const result = await validateStoryFolder(dir, 'stories/yemen-market', sharedGeodata());
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.some((p) => p.field === 'draft')).toBe(true);
    expect(result.problems.some((p) => p.field === 'sentences' && /not translated/.test(p.message))).toBe(true);
    expect(publicationProblems(result.story!)).toEqual(expect.arrayContaining([expect.stringMatching(/draft facts? to review/), expect.stringMatching(/sentences? to translate/)]));
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('the public build leaves the draft out; the dev server seals it; once reviewed, it is published', async () => {
    const published = await sealStories([root, join(ROOT, 'public/stories')], join(ROOT, 'geodata'), ROOT, { publishedOnly: true });
    expect(Object.keys(published.seals)).toEqual(['nato-syria-de-escalation']);
    expect(published.unpublished['yemen-market']).toBeDefined();
    const dev = await sealStories([root], join(ROOT, 'geodata'), ROOT);
    expect(Object.keys(dev.seals)).toEqual(['yemen-market']);
    expect(dev.seals['yemen-market']!['regions.geojson']).toMatch(/^[0-9a-f]{64}$/);

    // Review: every fact accepted and written, every sentence translated.
    const reviewed = join(mkdtempSync(join(tmpdir(), 'isnad-reviewed-')), 'yemen-market');
    cpSync(dir, reviewed, { recursive: true });
    const story = json(join(reviewed, 'story.json')) as { title: { en: string }; sentences: { en: string }[] };
    story.title.en = 'At least 12 civilians killed in shelling on Hodeidah';
    story.sentences.forEach((s, i) => (s.en = `Sentence ${i + 1}.`));
    writeFileSync(join(reviewed, 'story.json'), JSON.stringify(story, null, 2));
    const facts = json(join(reviewed, 'facts.json')) as { facts: Record<string, unknown>[] };
    for (const f of facts.facts) {
      delete f['draft'];
      f['summary'] = { en: 'A reviewed figure.', ar: 'رقم تمت مراجعته.' };
      f['translation'] = 'a reviewed quote';
    }
    writeFileSync(join(reviewed, 'facts.json'), JSON.stringify(facts, null, 2));
    const after = await sealStories([join(reviewed, '..')], join(ROOT, 'geodata'), ROOT, { publishedOnly: true });
    expect(after.refused).toEqual({});
    expect(Object.keys(after.seals)).toEqual(['yemen-market']);
  }, 60_000);
});

describe('bad input: one clear line, nothing written', () => {
  const root = mkdtempSync(join(tmpdir(), 'isnad-scaffold-bad-'));
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(root, '..', `${root.split('/').at(-1)}-${name}`);
    writeFileSync(path, bytes);
    return path;
  };
  mkdirSync(join(root, 'taken'));

  it.each([
    { name: 'a missing file', options: { id: 'a', article: join(root, 'nope.txt') }, message: /nope\.txt: no such file/ },
    { name: 'not UTF-8', options: { id: 'b', article: write('latin1.txt', Buffer.from([0x71, 0x75, 0xe9, 0x0a])) }, message: /not valid UTF-8/ },
    { name: 'no Arabic', options: { id: 'c', article: write('english.txt', 'Twelve civilians were killed.\n') }, message: /no Arabic text/ },
    { name: 'an empty file', options: { id: 'd', article: write('empty.txt', '') }, message: /empty/ },
    { name: 'an id that exists', options: { id: 'taken', article: ARTICLE }, message: /story "taken" already exists/ },
    { name: 'an id that is not kebab-case', options: { id: 'Yemen_Story', article: ARTICLE }, message: /not a kebab-case id/ },
    { name: 'a url that is not http(s)', options: { id: 'e', article: ARTICLE, url: 'javascript:alert(1)' }, message: /not an http or https URL/ },
    { name: 'a date that does not exist', options: { id: 'f', article: ARTICLE, published: '2024-02-30' }, message: /not a date YYYY-MM-DD/ },
    { name: 'a date in another format', options: { id: 'g', article: ARTICLE, published: '12/05/2024' }, message: /not a date YYYY-MM-DD/ },
    { name: 'Arabic naming no known place', options: { id: 'h', article: write('noplace.txt', 'قال مسؤول إن 12 شخصاً قتلوا.\n') }, message: /names no country or region/ },
  ])('$name', async ({ options, message }) => {
    const before = readdirSync(root).sort();
    const error = await scaffoldStory({ ...options, root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScaffoldError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
    expect(readdirSync(root).sort()).toEqual(before);
  });

  it('the command line: one line on stderr, exit code 1, nothing written', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/story-new.ts', '--id', 'taken', '--article', ARTICLE, '--root', root], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^story:new: story "taken" already exists/)]);
    expect(existsSync(join(root, 'taken', 'story.json'))).toBe(false);
  }, 60_000);

  it('the command line creates a story', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/story-new.ts', '--id', 'cli-story', '--article', ARTICLE, '--root', root], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/created .*cli-story/);
    expect(readdirSync(join(root, 'cli-story')).sort()).toEqual(['article.txt', 'facts.json', 'regions.geojson', 'story.json']);
  }, 60_000);

  it('the first story is untouched by any of this', () => {
    expect(readdirSync(FIRST_STORY).sort()).toEqual(['article.txt', 'facts.json', 'regions.geojson', 'story.json']);
  });
});
