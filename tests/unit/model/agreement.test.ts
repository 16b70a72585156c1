/**
 * The validator and the app agree. Thousands of mutations of the first story —
 * offsets, numbers, ids, Unicode, JSON shape, file names — each go through the
 * pipeline readers depend on: the build validates the folder and seals it only
 * if it passes (build/story-folder.ts), then the app loads it over "HTTP" with
 * those seals (src/model/load.ts). The app shows a story exactly when the
 * validator accepts it; every refusal is one line naming the file (and the
 * fact and field where there is one). And a file edited after the build is
 * refused whatever the edit.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sealStoryFolder } from '../../../build/story-folder';
import { loadStory } from '../../../src/model/load';
import { formatProblem, type Problem } from '../../../src/model/problems';
import { RegionIndex, type RegionCollection } from '../../../src/model/regions';
import type { StorySeals } from '../../../src/model/seal';
import { parseIncomingMessage } from '../../../src/embed/messages';
import { formatHash, parseHash } from '../../../src/state/hash';
import { FIRST_STORY, ROOT } from '../../helpers/stories';

const ID = 'nato-syria-de-escalation';
const collection = JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8')) as RegionCollection;
const geodata = { regions: RegionIndex.fromGeoJSON(collection), collection };
const original = {
  story: readFileSync(join(FIRST_STORY, 'story.json'), 'utf8'),
  facts: readFileSync(join(FIRST_STORY, 'facts.json'), 'utf8'),
  article: readFileSync(join(FIRST_STORY, 'article.txt'), 'utf8'),
};
const FACTS = (JSON.parse(original.facts) as { facts: unknown[] }).facts.length;

/** A story as three texts; a mutation edits them (JSON edits go through parse and stringify, text edits do not). */
interface Story { story: string; facts: string; article: string }
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Mutation = { name: string; apply: (s: Story) => Story };

/** The JSON a mutation edits, or null when an earlier mutation has already broken it. */
function parsed(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

const editFacts = (name: string, edit: (facts: Json[]) => void): Mutation => ({
  name,
  apply: (s) => {
    const value = parsed(s.facts);
    if (!Array.isArray(value?.facts) || value.facts.length < 2 || !value.facts.every((f: Json) => typeof f === 'object' && f !== null)) return s;
    edit(value.facts);
    return { ...s, facts: JSON.stringify(value, null, 2) };
  },
});
const editStory = (name: string, edit: (story: Json) => void): Mutation => ({
  name,
  apply: (s) => {
    const value = parsed(s.story);
    if (typeof value !== 'object' || value === null || typeof value.article !== 'object' || !Array.isArray(value.regions)) return s;
    edit(value);
    return { ...s, story: JSON.stringify(value, null, 2) };
  },
});
const factAt = (facts: Json[], i: number): Json => facts[i % Math.max(facts.length, 1)] ?? {};

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const TEAM_FIELDS = ['summary.en', 'summary.ar', 'translation', 'quantity.unit.en', 'quantity.unit.ar', 'kind'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Offsets.
  fc.tuple(fc.nat(FACTS - 1), fc.constantFrom('start', 'end'), fc.integer({ min: -3, max: 3 })).map(([i, field, delta]) =>
    editFacts(`offset ${i}.${field} ${delta}`, (facts) => { const p = factAt(facts, i).target?.selector?.[1]; if (p) p[field] += delta; })),
  // Numbers, whole or not, finite or not.
  fc.tuple(fc.nat(FACTS - 1), fc.constantFrom('min', 'max'), fc.constantFrom(0, 1, 34, 54, 540, 0.5, -1, 1e21, null), fc.boolean()).map(([i, field, value, override]) =>
    editFacts(`number ${i}.${field}=${value}${override ? ' (override)' : ''}`, (facts) => {
      const fact = factAt(facts, i);
      if (!fact.quantity) return;
      fact.quantity[field] = value;
      if (override) fact.override = { reason: { en: 'checked by hand', ar: 'تحقّقنا منه يدوياً' } };
    })),
  fc.nat(FACTS - 1).map((i) => ({
    name: `number ${i}.min=1e400 (text)`,
    apply: (s: Story) => ({ ...s, facts: s.facts.replace(/"min": \d+/, (m) => (i % 2 === 0 ? '"min": 1e400' : m.replace(/\d+$/, '54.5'))) }),
  })),
  // Ids.
  fc.tuple(fc.nat(FACTS - 1), fc.constantFrom('Killed-54', 'x'.repeat(101), 'x'.repeat(100), 'a--b', '', 'killed-54-idlib', 'nato-urges-de-escalation', 'new-id')).map(([i, id]) =>
    editFacts(`fact id ${i}=${id.slice(0, 12)}`, (facts) => { factAt(facts, i).id = id; })),
  fc.constantFrom('another-story', 'Nato', ID).map((id) => editStory(`story id=${id}`, (story) => { story.id = id; })),
  fc.tuple(fc.nat(FACTS - 1), fc.nat(FACTS - 1)).map(([i, j]) =>
    editFacts(`partOf ${i}→${j}`, (facts) => { factAt(facts, i).partOf = { fact: factAt(facts, j).id }; })),
  fc.nat(FACTS - 1).map((i) => editFacts(`fact ${i} twice`, (facts) => { facts.push({ ...structuredClone(factAt(facts, i)), id: `copy-of-${i}` }); })),
  // Unicode.
  fc.tuple(fc.nat(FACTS - 1), fc.constantFrom(...TEAM_FIELDS), fc.constantFrom(...BIDI, '\u200F', '😀', 'e\u0301')).map(([i, path, char]) =>
    editFacts(`insert U+${char.codePointAt(0)!.toString(16)} in ${i}.${path}`, (facts) => {
      const keys = path.split('.');
      let at = factAt(facts, i);
      for (const key of keys.slice(0, -1)) at = at?.[key];
      if (at && typeof at[keys.at(-1)!] === 'string') at[keys.at(-1)!] = `${char}${at[keys.at(-1)!]}`;
    })),
  fc.constantFrom<Mutation>(
    { name: 'article NFD', apply: (s) => ({ ...s, article: s.article.normalize('NFD') }) },
    { name: 'article with a BOM', apply: (s) => ({ ...s, article: `\uFEFF${s.article}` }) },
    { name: 'article CRLF', apply: (s) => ({ ...s, article: s.article.replace(/\n/g, '\r\n') }) },
    { name: 'emoji before the article', apply: (s) => ({ ...s, article: `😀${s.article}` }) },
    { name: 'facts.json with a BOM', apply: (s) => ({ ...s, facts: `\uFEFF${s.facts}` }) },
    { name: 'facts.json CRLF', apply: (s) => ({ ...s, facts: s.facts.replace(/\n/g, '\r\n') }) },
    { name: 'nothing', apply: (s) => s },
  ),
  // JSON shape.
  fc.constantFrom<Mutation>(
    { name: 'duplicate key', apply: (s) => ({ ...s, facts: s.facts.replace('"kind": ', '"kind": "x",\n      "kind": ') }) },
    { name: 'truncated facts.json', apply: (s) => ({ ...s, facts: s.facts.slice(0, s.facts.length >> 1) }) },
    { name: 'facts.json is an array', apply: (s) => ({ ...s, facts: '[]' }) },
    { name: '__proto__ key', apply: (s) => ({ ...s, facts: s.facts.replace('{\n      "id"', '{\n      "__proto__": {"x": 1},\n      "id"') }) },
    editFacts('unknown field', (facts) => { facts[0].regoin = 'idlib'; }),
    editFacts('no summary', (facts) => { delete facts[0].summary; }),
    editFacts('id is a number', (facts) => { facts[1].id = 5; }),
    editFacts('no facts', (facts) => { facts.length = 0; }),
    editStory('article in a sub-folder', (story) => { story.article.file = 'sub/article.txt'; }),
    editStory('article named .hidden', (story) => { story.article.file = '.hidden'; }),
    editStory('javascript: url', (story) => { story.article.url = 'javascript:alert(1)'; }),
    editStory('https url', (story) => { story.article.url = 'https://example.org/a'; }),
    editStory('unknown region', (story) => { story.regions.push('idleb'); }),
  ),
);

const base = mkdtempSync(join(tmpdir(), 'isnad-agreement-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Writes a story as a server would hold it, at stories/<id>/ (the article where story.json says, if it can). */
function writeStory(s: Story, run: number): string {
  const dir = join(base, String(run), ID);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'story.json'), s.story);
  writeFileSync(join(dir, 'facts.json'), s.facts);
  let file = 'article.txt';
  try {
    const named = (JSON.parse(s.story) as Json)?.article?.file;
    if (typeof named === 'string' && /^[\w.-]+(\/[\w.-]+)?$/.test(named) && !named.startsWith('..')) file = named;
  } catch { /* broken story.json: the article stays at its usual place */ }
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), s.article);
  return dir;
}

/** The folder served over "HTTP": paths inside the story folder only, as a static server does. */
function serve(dir: string): typeof fetch {
  return (async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname.replace(`/stories/${ID}/`, '');
    try {
      return new Response(readFileSync(join(dir, decodeURIComponent(path))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

const url = new URL(`https://example.org/stories/${ID}/`);

function expectOneLineEach(problems: readonly Problem[]) {
  for (const problem of problems.filter((p) => p.severity === 'error')) {
    const line = formatProblem(problem);
    expect(line).not.toMatch(/[\n\r]/);
    expect(line).toMatch(/^error: \S/);
    expect(line).not.toMatch(/\bat .*\.ts:\d+/);
    if (problem.fact !== undefined) expect(line).toContain(`› fact "${problem.fact}"`);
  }
}

describe('the validator and the app agree', () => {
  it('the app shows a mutated story exactly when the validator accepts it', async () => {
    let run = 0;
    const verdicts = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 3 }), async (mutations) => {
        const mutated = mutations.reduce((s, m) => m.apply(s), original);
        const dir = writeStory(mutated, run++);
        const built = await sealStoryFolder(dir, `stories/${ID}`, geodata);
        const seals: StorySeals = built.seal ? { [ID]: built.seal } : {};
        const app = await loadStory(url, geodata.regions, seals, serve(dir));
        const label = mutations.map((m) => m.name).join(' + ') || 'no mutation';
        expect(app.model !== null, `${label}: validator ${built.seal ? 'accepts' : 'refuses'}; app: ${app.problems.map(formatProblem).join(' | ')}`).toBe(built.seal !== null);
        if (app.model) {
          // Every id the validator accepted works in a link (#fact=…) and in a parent page's message.
          const known = { regions: new Set(app.model.regions.map((r) => r.id)), facts: new Set(app.model.facts.map((f) => f.id)) };
          for (const fact of app.model.facts) {
            expect(parseHash(formatHash({ region: fact.region, fact: fact.id }))).toMatchObject({ region: fact.region, fact: fact.id });
            expect(parseIncomingMessage({ type: 'isnad:select', region: fact.region, fact: fact.id }, known)).not.toBeNull();
          }
        }
        expectOneLineEach(built.problems);
        expectOneLineEach(app.problems);
        verdicts[built.seal ? 'accepted' : 'refused'] += 1;
        rmSync(join(base, String(run - 1)), { recursive: true, force: true });
      }),
      { numRuns: 2000 },
    );
    // Both verdicts were exercised, each many times.
    expect(verdicts.accepted).toBeGreaterThan(100);
    expect(verdicts.refused).toBeGreaterThan(500);
  }, 180_000);

  it('a story edited after the build is refused, whatever the edit', async () => {
    const built = await sealStoryFolder(FIRST_STORY, `stories/${ID}`, geodata);
    const seals = { [ID]: built.seal! };
    let run = 100_000;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
        const mutated = mutations.reduce((s, m) => m.apply(s), original);
        const unchanged = mutated.story === original.story && mutated.facts === original.facts && mutated.article === original.article;
        const dir = writeStory(mutated, run++);
        const app = await loadStory(url, geodata.regions, seals, serve(dir));
        expect(app.model !== null).toBe(unchanged);
        expectOneLineEach(app.problems);
        rmSync(join(base, String(run - 1)), { recursive: true, force: true });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
