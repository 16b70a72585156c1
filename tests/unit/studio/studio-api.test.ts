/** The studio's dev-server API: what it writes, where, and what it refuses. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requestRefusal, StudioApi, type StudioRequest } from '../../../build/studio-plugin';
import { ROOT, SECOND_STORY } from '../../helpers/stories';

const scratch = mkdtempSync(join(tmpdir(), 'isnad-studio-test-'));
const root = join(scratch, 'stories');
const outside = join(scratch, 'outside');
const api = new StudioApi({ storyRoots: [root], geodataDir: join(ROOT, 'geodata') });
const story = () => join(root, 'second-story');
const read = (name: string) => readFileSync(join(story(), name), 'utf8');

beforeEach(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  cpSync(SECOND_STORY, story(), { recursive: true });
  writeFileSync(join(outside, 'secret.json'), '{"secret":true}\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const call = (request: StudioRequest) => api.handle(request);
const files = async () => (await call({ method: 'GET', url: '/__studio/api/stories/second-story' })).body as { story: Record<string, unknown>; facts: { facts: Record<string, unknown>[] } };

describe('the studio API', () => {
  it('lists the stories under its roots with their drafts and untranslated sentences', async () => {
    const { status, body } = await call({ method: 'GET', url: '/__studio/api/stories' });
    expect(status).toBe(200);
    expect(body).toEqual([{ id: 'second-story', title: 'Shelling in the southern Idlib countryside', drafts: 0, untranslated: 0 }]);
  });

  it('reads a story\'s files', async () => {
    const body = (await call({ method: 'GET', url: '/__studio/api/stories/second-story' })).body as Record<string, unknown>;
    expect(body['article']).toBe(read('article.txt'));
    expect((body['story'] as { id: string }).id).toBe('second-story');
  });

  it('writes back byte for byte what it read: a save diffs cleanly in git', async () => {
    const before = { story: read('story.json'), facts: read('facts.json') };
    const { story: s, facts } = await files();
    const { status, body } = await call({ method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: s, facts } });
    expect(status).toBe(200);
    expect((body as { problems: unknown[] }).problems.filter((p) => (p as { severity: string }).severity === 'error')).toEqual([]);
    // The build would publish it: nothing left to write.
    expect((body as { unpublished: string[] }).unpublished).toEqual([]);
    expect({ story: read('story.json'), facts: read('facts.json') }).toEqual(before);
  });

  it('writes an edit in the format\'s key order, 2-space indented with a trailing newline', async () => {
    const { story: s, facts } = await files();
    const first = facts.facts[0]!;
    // A key added last by an editor goes where the format puts it.
    delete first['time'];
    first['time'] = { stated: 'الاثنين 3 مارس 2025', date: '2025-03-03' };
    await call({ method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: s, facts } });
    const text = read('facts.json');
    expect(text.endsWith('}\n')).toBe(true);
    const keys = Object.keys((JSON.parse(text) as { facts: Record<string, unknown>[] }).facts[0]!);
    expect(keys.indexOf('time')).toBeLessThan(keys.indexOf('target'));
    expect(Object.keys((JSON.parse(text) as { facts: { time: object }[] }).facts[0]!.time)).toEqual(['date', 'stated']);
    expect(text).toContain('\n      "category": "displacement",');
  });

  it('validates unsaved files without writing them, with the validator\'s messages per fact', async () => {
    const before = read('facts.json');
    const { story: s, facts } = await files();
    (facts.facts[1]!['quantity'] as { min: number }).min = 13;
    const { body } = await call({ method: 'POST', url: '/__studio/api/stories/second-story/validate', body: { story: s, facts } });
    const problems = (body as { problems: { fact?: string; field?: string; severity: string; file: string }[] }).problems;
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', fact: 'civilians-killed-12', field: 'quantity.min' }));
    // Messages name the real folder, not the scratch copy.
    expect(problems[0]!.file).toBe(`${relative(process.cwd(), story())}/facts.json`);
    expect(read('facts.json')).toBe(before);
    expect((body as { unpublished: unknown }).unpublished).toBeNull();
  });

  it('says why the build would leave a story out: a draft, a sentence to translate', async () => {
    const { story: s, facts } = await files();
    facts.facts[0]!['draft'] = true;
    (s['sentences'] as { en: string }[])[0]!.en = '';
    const { body } = await call({ method: 'POST', url: '/__studio/api/stories/second-story/validate', body: { story: s, facts } });
    expect((body as { unpublished: string[] }).unpublished).toEqual(['1 draft fact to review', '1 sentence to translate']);
  });

  it('finds world regions by their Arabic or English name', async () => {
    const ar = (await call({ method: 'GET', url: `/__studio/api/regions?q=${encodeURIComponent('الحديدة')}` })).body as { iso: string }[];
    expect(ar[0]).toMatchObject({ iso: 'YE-HU', name_en: 'Al Hudaydah' });
    const en = (await call({ method: 'GET', url: '/__studio/api/regions?q=Yemen&lang=en' })).body as { iso: string }[];
    expect(en[0]).toMatchObject({ iso: 'YE', name_ar: 'اليمن' });
    expect((await call({ method: 'GET', url: '/__studio/api/regions?q=' })).body).toEqual([]);
  });

  it('adds a world region to the story\'s geodata and story.json, and refuses a code the world does not have', async () => {
    const { status, body } = await call({ method: 'POST', url: '/__studio/api/stories/second-story/regions', body: { iso: 'YE-HU' } });
    expect(status).toBe(200);
    expect(body).toEqual({ region: 'ye-hu' });
    const geodata = JSON.parse(read('regions.geojson')) as { features: { properties: { id: string; iso: string } }[] };
    expect(geodata.features.map((f) => f.properties.id)).toContain('ye-hu');
    expect((JSON.parse(read('story.json')) as { regions: string[] }).regions).toContain('ye-hu');
    expect((await call({ method: 'POST', url: '/__studio/api/stories/second-story/regions', body: { iso: 'XX-ZZ' } })).status).toBe(404);
  });

  const refusals: { name: string; request: StudioRequest; status: number }[] = [
    // URL parsing resolves these before routing: they name no route at all.
    { name: 'a parent path', request: { method: 'GET', url: '/__studio/api/stories/..' }, status: 404 },
    { name: 'an encoded parent path', request: { method: 'PUT', url: '/__studio/api/stories/%2e%2e/%2e%2e/outside', body: {} }, status: 404 },
    { name: 'a dot segment', request: { method: 'GET', url: '/__studio/api/stories/.' }, status: 400 },
    { name: 'an encoded slash', request: { method: 'GET', url: '/__studio/api/stories/..%2Foutside' }, status: 400 },
    { name: 'an encoded traversal to another folder', request: { method: 'PUT', url: '/__studio/api/stories/..%2F..%2Foutside', body: {} }, status: 400 },
    { name: 'an upper-case id', request: { method: 'GET', url: '/__studio/api/stories/Second-Story' }, status: 400 },
    { name: 'an id of 101 characters', request: { method: 'GET', url: `/__studio/api/stories/${'a'.repeat(101)}` }, status: 400 },
    { name: 'a bad percent-encoding', request: { method: 'GET', url: '/__studio/api/stories/%E0%A4%A' }, status: 400 },
    { name: 'a story that does not exist', request: { method: 'GET', url: '/__studio/api/stories/no-such-story' }, status: 404 },
    { name: 'a sub-path', request: { method: 'GET', url: '/__studio/api/stories/second-story/article.txt/x' }, status: 404 },
    { name: 'a body with another story id', request: { method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: { id: 'other' }, facts: { facts: [] } } }, status: 400 },
    { name: 'a body naming another file', request: { method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: { id: 'second-story' }, facts: { facts: [] }, 'article.txt': 'x' } }, status: 400 },
    { name: 'a body that is not { story, facts }', request: { method: 'PUT', url: '/__studio/api/stories/second-story', body: [1] }, status: 400 },
    { name: 'facts without a list', request: { method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: { id: 'second-story' }, facts: { facts: 'x' } } }, status: 400 },
    { name: 'a region that is not an ISO code', request: { method: 'POST', url: '/__studio/api/stories/second-story/regions', body: { iso: '../../x' } }, status: 400 },
  ];

  it.each(refusals)('refuses $name and writes nothing', async ({ request, status }) => {
    const before = { story: read('story.json'), facts: read('facts.json') };
    expect((await call(request)).status).toBe(status);
    expect({ story: read('story.json'), facts: read('facts.json') }).toEqual(before);
    expect(readFileSync(join(outside, 'secret.json'), 'utf8')).toBe('{"secret":true}\n');
    expect(existsSync(join(scratch, 'story.json'))).toBe(false);
  });

  it.each([
    { name: 'another article file', change: (a: Record<string, unknown>) => (a['file'] = 'facts.json') },
    { name: 'another article hash', change: (a: Record<string, unknown>) => (a['sha256'] = '0'.repeat(64)) },
  ])('refuses to point the story at $name (the archived article is never the studio\'s to change)', async ({ change }) => {
    const before = read('story.json');
    const { story: s, facts } = await files();
    change(s['article'] as Record<string, unknown>);
    for (const method of ['PUT', 'POST']) {
      const url = method === 'PUT' ? '/__studio/api/stories/second-story' : '/__studio/api/stories/second-story/validate';
      expect((await call({ method, url, body: { story: s, facts } })).status).toBe(400);
    }
    expect(read('story.json')).toBe(before);
  });

  it('refuses a fact that is not an object with an id', async () => {
    const { story: s } = await files();
    expect((await call({ method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: s, facts: { facts: ['x'] } } })).status).toBe(400);
  });

  it('refuses a story folder that is a link (it would write wherever the link points)', async () => {
    symlinkSync(outside, join(root, 'linked'));
    const response = await call({ method: 'PUT', url: '/__studio/api/stories/linked', body: { story: { id: 'linked' }, facts: { facts: [] } } });
    expect(response.status).toBe(403);
    expect(existsSync(join(outside, 'story.json'))).toBe(false);
    expect((await call({ method: 'GET', url: '/__studio/api/stories' })).body).toHaveLength(1);
  });

  it('refuses a facts.json that is a link', async () => {
    rmSync(join(story(), 'facts.json'));
    symlinkSync(join(outside, 'secret.json'), join(story(), 'facts.json'));
    const { story: s } = await files();
    const response = await call({ method: 'PUT', url: '/__studio/api/stories/second-story', body: { story: s, facts: { facts: [] } } });
    expect(response.status).toBe(403);
    expect(readFileSync(join(outside, 'secret.json'), 'utf8')).toBe('{"secret":true}\n');
  });
});

describe('requests from other pages', () => {
  const cases: { name: string; method: string; headers: Record<string, string>; refused: boolean }[] = [
    { name: 'the studio page reading', method: 'GET', headers: { host: 'localhost:5301' }, refused: false },
    { name: 'the studio page writing JSON', method: 'PUT', headers: { host: 'localhost:5301', origin: 'http://localhost:5301', 'content-type': 'application/json' }, refused: false },
    { name: 'another origin writing', method: 'PUT', headers: { host: 'localhost:5301', origin: 'http://evil.example', 'content-type': 'application/json' }, refused: true },
    { name: 'a cross-site form post', method: 'POST', headers: { host: 'localhost:5301', 'content-type': 'text/plain' }, refused: true },
    { name: 'a cross-site read', method: 'GET', headers: { host: 'localhost:5301', 'sec-fetch-site': 'cross-site' }, refused: true },
    { name: 'an origin that is not a URL', method: 'GET', headers: { host: 'localhost:5301', origin: 'null' }, refused: true },
  ];
  it.each(cases)('$name: refused $refused', ({ method, headers, refused }) => {
    expect(requestRefusal({ method, headers }) !== null).toBe(refused);
  });
});
