/**
 * The build with per-story geodata: the geodata plugin carries a story's own
 * regions (properties in the index, geometry in a module of its own), and the
 * public build leaves an unpublished (draft) story out of dist/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { regionIndexModule, storyGeodataFiles, storyGeodataModule } from '../../../build/geodata-plugin';
import { sealPlugin } from '../../../build/seal-plugin';
import { splitStoryGeodata } from '../../../src/geodata/split';
import { unpackGeodata, type PackedTopology } from '../../../src/geodata/unpack';
import { FIRST_STORY, ROOT } from '../../helpers/stories';

/** A stories folder with the first story and a draft copy of it. */
function storiesWithDraft(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'isnad-build-')), 'public', 'stories');
  mkdirSync(root, { recursive: true });
  cpSync(FIRST_STORY, join(root, 'nato-syria-de-escalation'), { recursive: true });
  const draft = join(root, 'a-draft');
  cpSync(FIRST_STORY, draft, { recursive: true });
  const story = JSON.parse(readFileSync(join(draft, 'story.json'), 'utf8')) as { id: string };
  story.id = 'a-draft';
  writeFileSync(join(draft, 'story.json'), JSON.stringify(story, null, 2));
  const facts = JSON.parse(readFileSync(join(draft, 'facts.json'), 'utf8')) as { facts: Record<string, unknown>[] };
  facts.facts[0]!['draft'] = true;
  writeFileSync(join(draft, 'facts.json'), JSON.stringify(facts, null, 2));
  return root;
}

describe('the geodata plugin and story geodata', () => {
  it('finds the stories with their own regions.geojson; a public build skips drafts', () => {
    const root = storiesWithDraft();
    expect([...storyGeodataFiles([root]).keys()]).toEqual(['a-draft', 'nato-syria-de-escalation']);
    expect([...storyGeodataFiles([root], true).keys()]).toEqual(['nato-syria-de-escalation']);
  });

  it('indexes each story\'s own region properties and a lazy loader of its geometry', async () => {
    const source = regionIndexModule(join(ROOT, 'geodata'), storyGeodataFiles([join(ROOT, 'public/stories')]));
    expect(source).toContain('import("virtual:isnad-geodata/nato-syria-de-escalation")');
    const properties = JSON.parse(/storyRegionProperties = JSON\.parse\('(.*)'\);/.exec(source)![1]!.replace(/\\'/g, "'").replace(/\\\\/g, '\\')) as Record<string, { id: string }[]>;
    expect(properties['nato-syria-de-escalation']!.map((p) => p.id)).toEqual(['idlib', 'northern-syria', 'syria', 'turkey', 'europe']);
  });

  it('packs a story\'s geometry as the shared geodata is packed, and unpacks to the same features', () => {
    const file = join(FIRST_STORY, 'regions.geojson');
    const source = storyGeodataModule(file);
    const literal = /JSON\.parse\('(.*)'\)\);/.exec(source)![1]!.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
    const unpacked = unpackGeodata(JSON.parse(literal) as PackedTopology<'regions' | 'context'>);
    const split = splitStoryGeodata(JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection);
    expect(unpacked.regions.features.map((f) => f.id)).toEqual(split.regions.features.map((f) => f.id));
    expect(unpacked.context.features.map((f) => f.properties)).toEqual(split.context.features.map((f) => f.properties));
  });
});

describe('the public build leaves drafts out', () => {
  it('seals only published stories and removes a draft story\'s folder from the output', async () => {
    const stories = storiesWithDraft();
    const publicDir = join(stories, '..');
    const outDir = join(publicDir, '..', 'dist');
    cpSync(publicDir, outDir, { recursive: true }); // what Vite does with public/
    const plugin = sealPlugin({ storyRoots: [stories], geodataDir: join(ROOT, 'geodata') });
    const warnings: string[] = [];
    const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).call({ warn: (m: string) => warnings.push(m) }, ...args);
    call(plugin.configResolved, { root: ROOT, command: 'build', build: { outDir }, publicDir });
    const module = await call<Promise<string>>(plugin.load, '\0isnad-seals');
    expect(module).toContain('"nato-syria-de-escalation"');
    expect(module).not.toContain('"a-draft"');
    expect(warnings.join('\n')).toMatch(/story "a-draft" is not published yet \(1 draft fact to review\)/);
    call(plugin.closeBundle);
    expect(existsSync(join(outDir, 'stories', 'a-draft'))).toBe(false);
    expect(existsSync(join(outDir, 'stories', 'nato-syria-de-escalation', 'regions.geojson'))).toBe(true);
  }, 60_000);
});
