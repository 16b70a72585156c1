/**
 * story.json's initial view follows the story's regions when the studio adds
 * (or a review removes) one, as long as the view is the regions' fit; a view
 * set by hand stays where its editors put it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { addRegionToStory, buildStoryGeodata, fittedView, storyGeodataJson } from '../../../authoring/regions/index';
import type { StoryFile } from '../../../src/model/schema';
import { boxOf, fittedStoryView, followRegions, viewForBox } from '../../../src/studio/story-view';
import { FIRST_STORY } from '../../helpers/stories';

const { geodata } = buildStoryGeodata(['YE-HU', 'YE-TA', 'YE', 'SD']);
const collection = geodata as FeatureCollection;
const story = (regions: string[], view: StoryFile['view']): StoryFile => ({
  id: 'yemen',
  title: { ar: 'اليمن', en: '' },
  language: 'ar',
  article: { file: 'article.txt', sha256: '0'.repeat(64) },
  regions,
  view,
  sentences: [],
});
const fit = (ids: string[]) => fittedStoryView(collection, ids)!;

describe('the fitted view', () => {
  it('is the scaffold\'s own (turf\'s box, the same rounding)', () => {
    const regions = collection.features.filter((f) => ['ye-hu', 'ye-ta'].includes(String(f.id)));
    expect(fit(['ye-hu', 'ye-ta'])).toEqual(fittedView(regions));
  });

  it('boxes every position, and nothing for no feature', () => {
    expect(boxOf([])).toBeNull();
    expect(boxOf([{ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[10, -5], [-3, 7]] } }])).toEqual([-3, -5, 10, 7]);
    expect(viewForBox([-3, -5, 10, 7]).bounds).toEqual([[-3, -5], [10, 7]]);
  });

  it('ignores the context (a neighbour\'s outline is not a story region)', () => {
    expect(fittedStoryView(collection, ['country-sa'])).toBeNull();
  });
});

describe('followRegions', () => {
  const hodeidah = fit(['ye-hu']);
  const handSet: StoryFile['view'] = { center: [44, 15], zoom: 6.5 };
  it.each([
    { name: 'a region added: the fitted view widens to it', before: ['ye-hu'], after: ['ye-hu', 'ye-ta'], view: hodeidah, expected: fit(['ye-hu', 'ye-ta']) },
    { name: 'a far region added (Sudan): the view takes both countries in', before: ['ye-hu'], after: ['ye-hu', 'sd'], view: hodeidah, expected: fit(['ye-hu', 'sd']) },
    { name: 'a region removed: the fitted view closes in', before: ['ye-hu', 'sd'], after: ['ye-hu'], view: fit(['ye-hu', 'sd']), expected: hodeidah },
    { name: 'a view set by hand stays', before: ['ye-hu'], after: ['ye-hu', 'sd'], view: handSet, expected: handSet },
    { name: 'a fitted view without its bounds was edited by hand: it stays', before: ['ye-hu'], after: ['ye-hu', 'sd'], view: { center: hodeidah.center, zoom: hodeidah.zoom }, expected: { center: hodeidah.center, zoom: hodeidah.zoom } },
    { name: 'a region the geodata does not have: nothing to fit, the view stays', before: ['ye-hu'], after: ['ye-hu', 'atlantis'], view: hodeidah, expected: hodeidah },
    { name: 'a region inside the others: the same view', before: ['ye', 'ye-hu'], after: ['ye', 'ye-hu', 'ye-ta'], view: fit(['ye', 'ye-hu']), expected: fit(['ye', 'ye-hu']) },
  ])('$name', ({ before, after, view, expected }) => {
    const next = followRegions(story(after, view), before, collection);
    expect(next.view).toEqual(expected);
    expect(next.regions).toEqual(after);
  });

  it('keeps the story as it is without the story\'s own geodata (the first story draws from geodata/)', () => {
    const first = JSON.parse(readFileSync(join(FIRST_STORY, 'story.json'), 'utf8')) as StoryFile;
    const s = { ...first, regions: [...first.regions, 'ye-hu'] };
    expect(followRegions(s, first.regions, null)).toBe(s);
    expect(followRegions(s, first.regions, collection).view).toEqual(first.view);
  });
});

describe('addRegionToStory (the studio\'s dev server) refits a fitted view', () => {
  function storyDir(view: StoryFile['view'] | null): string {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-view-'));
    const { geodata: yemen } = buildStoryGeodata(['YE-HU']);
    writeFileSync(join(dir, 'regions.geojson'), storyGeodataJson(yemen));
    writeFileSync(join(dir, 'story.json'), JSON.stringify(story(['ye-hu'], view ?? fit(['ye-hu'])), null, 2));
    return dir;
  }
  const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as StoryFile;

  it('a scaffolded story\'s view widens to a region added from the studio', async () => {
    const dir = storyDir(null);
    await addRegionToStory(dir, 'SD');
    expect(read(dir).regions).toEqual(['ye-hu', 'sd']);
    expect(read(dir).view).toEqual(fit(['ye-hu', 'sd']));
  });

  it('a view set by hand is left alone', async () => {
    const dir = storyDir({ center: [44, 15], zoom: 6.5 });
    await addRegionToStory(dir, 'SD');
    expect(read(dir).regions).toEqual(['ye-hu', 'sd']);
    expect(read(dir).view).toEqual({ center: [44, 15], zoom: 6.5 });
  });
});
