/**
 * World regions (authoring/regions): ISO codes resolve to regions of the
 * committed world data; composites are computed by their rule; a story's
 * regions.geojson keeps shared borders; the first story's is its old geodata.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { addRegionToStory, buildStoryGeodata, COMPOSITES, compositeMembers, fittedView, regionIdFor, splitStoryGeodata, worldEntry, worldRegion } from '../../../authoring/regions/index';
import { worldShape } from '../../../authoring/regions/world';
import { FIRST_STORY, ROOT } from '../../helpers/stories';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;

describe('ISO resolution', () => {
  it.each([
    { code: 'YE', id: 'ye', level: 'country', en: 'Yemen', ar: 'اليمن' },
    { code: 'ye', id: 'ye', level: 'country', en: 'Yemen', ar: 'اليمن' },
    { code: 'SD', id: 'sd', level: 'country', en: 'Sudan', ar: 'السودان' },
    { code: 'SY', id: 'sy', level: 'country', en: 'Syria', ar: 'سوريا' },
    { code: 'SY-ID', id: 'sy-id', level: 'admin1', en: 'Idlib', ar: 'إدلب' },
    { code: 'YE-HU', id: 'ye-hu', level: 'admin1', en: 'Al Hudaydah', ar: 'الحديدة' },
    { code: 'SD-KH', id: 'sd-kh', level: 'admin1', en: 'Khartoum', ar: 'الخرطوم' },
  ])('$code → $id ($en, $ar)', ({ code, id, level, en, ar }) => {
    const region = worldRegion(code);
    expect(region?.properties).toMatchObject({ id, level, name_en: en, name_ar: ar, iso: code.toUpperCase() });
    expect(region?.id).toBe(id);
    expect(turf.area(region!.geometry)).toBeGreaterThan(1e8);
    expect(worldEntry(code)?.iso).toBe(code.toUpperCase());
  });

  it.each(['XX', 'YE-ZZ', 'Yemen', '', 'SY-ID-1', '../etc'])('%j is not a region', (code) => {
    expect(worldRegion(code)).toBeNull();
  });

  it('has every country and division of Natural Earth, each with English and (almost always) Arabic names', async () => {
    const { worldNames } = await import('../../../authoring/regions/world');
    const entries = worldNames().entries;
    expect(entries.filter((e) => e.level === 'country').length).toBeGreaterThanOrEqual(230);
    expect(entries.filter((e) => e.level === 'admin1').length).toBeGreaterThanOrEqual(4000);
    // Only Natural Earth's few unnamed units (minor islands, codes SS-X00) have no name.
    expect(entries.filter((e) => e.name_en === '').every((e) => /-X\d\d$/.test(e.iso))).toBe(true);
    expect(entries.filter((e) => e.name_ar === '').length).toBeLessThan(20);
  });

  it('dissolves a country from its divisions inside the topology: no gap, no overlap', () => {
    const divisions = worldEntry('YE') && (['YE-HU', 'YE-TA', 'YE-SA', 'YE-SN', 'YE-MA'] as const);
    const sum = divisions!.reduce((area, iso) => area + turf.area(worldShape([iso])!), 0);
    const merged = turf.area(worldShape([...divisions!])!);
    expect(Math.abs(merged - sum) / sum).toBeLessThan(1e-6);
  });
});

describe('composite regions', () => {
  const northern = COMPOSITES.find((rule) => rule.id === 'northern-syria')!;

  it('northern Syria is the governorates sharing at least 1 km of border with Turkey', () => {
    // The same five scripts/geodata.ts finds on the 1:10m data (geodata/SOURCES.md).
    expect(compositeMembers(northern)).toEqual(['SY-HA', 'SY-HL', 'SY-ID', 'SY-LA', 'SY-RA']);
  });

  it('its shape is the union of its members (turf), and about the first story\'s', () => {
    const region = worldRegion('northern-syria')!;
    expect(region.properties).toMatchObject({ id: 'northern-syria', level: 'group', iso: null, members: ['SY-HA', 'SY-HL', 'SY-ID', 'SY-LA', 'SY-RA'] });
    const members = region.properties.members!.reduce((area, iso) => area + turf.area(worldShape([iso])!), 0);
    expect(Math.abs(turf.area(region.geometry) - members) / members).toBeLessThan(0.001);
    const first = read(join(ROOT, 'geodata/regions.geojson')).features.find((f) => f.id === 'northern-syria')!;
    const ratio = turf.area(region.geometry) / turf.area(first as Feature<Polygon | MultiPolygon>);
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);
  });
});

describe('a story\'s regions.geojson', () => {
  const { geodata, unknown } = buildStoryGeodata(['YE', 'YE-HU', 'YE-TA', 'XX']);
  const { regions, context } = splitStoryGeodata(geodata);

  it('has the regions asked for, unknown codes returned, parents by ISO code', () => {
    expect(unknown).toEqual(['XX']);
    expect(regions.features.map((f) => [f.id, f.properties?.['parent']])).toEqual([['ye', null], ['ye-hu', 'ye'], ['ye-ta', 'ye']]);
  });

  it('gives every feature an id, ISO code and both names; regions a level and label inside them', () => {
    for (const f of geodata.features) {
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.iso).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
      expect(f.properties.name_en).not.toBe('');
    }
    for (const f of regions.features) expect(turf.booleanPointInPolygon(f.properties!['label'], f as Feature<Polygon | MultiPolygon>)).toBe(true);
  });

  it('draws the neighbours as countries and the story country\'s divisions as governorates', () => {
    const ids = context.features.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['country-ye', 'country-sa', 'country-om', 'gov-ye-hu', 'gov-ye-ta']));
    expect(ids.filter((id) => String(id).startsWith('gov-')).every((id) => String(id).startsWith('gov-ye-'))).toBe(true);
  });

  it('fits the view to the regions', () => {
    const view = fittedView(regions.features);
    const [[w, s], [e, n]] = view.bounds;
    expect(view.center[0]).toBeGreaterThan(w);
    expect(view.center[0]).toBeLessThan(e);
    expect(view.center[1]).toBeGreaterThan(s);
    expect(view.center[1]).toBeLessThan(n);
    expect(view.zoom).toBeGreaterThan(3);
    expect(view.zoom).toBeLessThan(8);
  });

  it.each([
    { ref: 'SD', id: 'sd' },
    { ref: 'sd-kh', id: 'sd-kh' },
    { ref: 'northern-syria', id: 'northern-syria' },
  ])('addRegionToStory adds $ref as $id to regions.geojson and story.json, once', async ({ ref, id }) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'isnad-regions-')), 'story');
    cpSync(FIRST_STORY, dir, { recursive: true });
    expect(await addRegionToStory(dir, ref)).toEqual({ id });
    const once = readFileSync(join(dir, 'regions.geojson'), 'utf8');
    expect(await addRegionToStory(dir, ref)).toEqual({ id });
    expect(readFileSync(join(dir, 'regions.geojson'), 'utf8')).toBe(once);
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as { regions: string[] };
    expect(story.regions.filter((r) => r === id)).toHaveLength(1);
    expect(read(join(dir, 'regions.geojson')).features.filter((f) => f.id === id)).toHaveLength(1);
  }, 30_000);

  it('addRegionToStory refuses a code the world data does not know, and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'isnad-regions-')), 'story');
    cpSync(FIRST_STORY, dir, { recursive: true });
    const before = readFileSync(join(dir, 'regions.geojson'), 'utf8');
    await expect(addRegionToStory(dir, 'XX')).rejects.toThrow(/XX: not an ISO/);
    expect(readFileSync(join(dir, 'regions.geojson'), 'utf8')).toBe(before);
  });

  it('regionIdFor: lower-case ISO, composites by their id', () => {
    expect([regionIdFor('YE-HU'), regionIdFor('TR'), regionIdFor('northern-syria')]).toEqual(['ye-hu', 'tr', 'northern-syria']);
  });
});

describe('the first story keeps its regions and looks the same', () => {
  const own = read(join(FIRST_STORY, 'regions.geojson'));
  const { regions, context } = splitStoryGeodata(own);

  it('is geodata/regions.geojson then geodata/context.geojson, same ids, same geometry, ISO codes added', () => {
    const shared = { regions: read(join(ROOT, 'geodata/regions.geojson')), context: read(join(ROOT, 'geodata/context.geojson')) };
    expect(regions.features.map((f) => f.id)).toEqual(['idlib', 'northern-syria', 'syria', 'turkey', 'europe']);
    expect(regions.features).toEqual(shared.regions.features);
    expect(context.features.map((f) => f.geometry)).toEqual(shared.context.features.map((f) => f.geometry));
    expect(context.features.map((f) => f.properties?.['iso'])).toEqual(shared.context.features.map((f) => String(f.id).replace(/^(country|gov)-/, '').toUpperCase()));
  });

  it('is what scripts/geodata-first-story.ts writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-first-'));
    const { storyGeodataJson } = await import('../../../authoring/regions/index');
    const { firstStoryGeodata } = await import('../../../scripts/geodata-first-story');
    writeFileSync(join(dir, 'r.geojson'), storyGeodataJson(firstStoryGeodata(read(join(ROOT, 'geodata/regions.geojson')), read(join(ROOT, 'geodata/context.geojson')))));
    expect(readFileSync(join(dir, 'r.geojson'), 'utf8')).toBe(readFileSync(join(FIRST_STORY, 'regions.geojson'), 'utf8'));
  });
});
