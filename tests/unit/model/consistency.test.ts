import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { angleBetween, checkDirections, compassName } from '../../../build/consistency';
import { segmentSentences } from '../../../src/model/segment';
import { targetFor } from '../../../src/model/target';
import { CodePointIndex } from '../../../src/model/text';
import type { Fact, StoryFile } from '../../../src/model/schema';
import type { ValidatedStory } from '../../../src/model/validate';
import { FIRST_STORY, ROOT, realRegions, validateFolder } from '../../helpers/stories';

const geodata = JSON.parse(readFileSync(join(ROOT, 'geodata/regions.geojson'), 'utf8'));
const regions = realRegions();

describe('compass arithmetic', () => {
  it.each([
    { a: 10, b: 350, angle: 20 },
    { a: 45, b: 315, angle: 90 },
    { a: 0, b: 180, angle: 180 },
    { a: 347, b: 45, angle: 58 },
  ])('angle between $a° and $b° is $angle°', ({ a, b, angle }) => {
    expect(angleBetween(a, b)).toBe(angle);
  });

  it.each([
    { degrees: 0, name: 'north' },
    { degrees: 347, name: 'north' },
    { degrees: 40, name: 'north-east' },
    { degrees: 295, name: 'north-west' },
    { degrees: 180, name: 'south' },
  ])('$degrees° is $name', ({ degrees, name }) => {
    expect(compassName(degrees)).toBe(name);
  });
});

describe('checkDirections on the first story', () => {
  it('warns once, on the "north-eastern Syria" sentence, and not as an error', async () => {
    const { story } = await validateFolder(FIRST_STORY, regions);
    const warnings = checkDirections(story!, regions, geodata, 'facts.json');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', fact: 'air-strike-largest-one-day-toll', field: 'region' });
    expect(warnings[0]!.message).toContain('sentence 11');
    expect(warnings[0]!.message).toContain('شمال شرقي سوريا');
  });
});

/** A one-sentence story with one fact on `region`. */
function storyOf(article: string, quote: string, region: string): ValidatedStory {
  const target = targetFor(article, quote);
  if (typeof target === 'string') throw new Error(target);
  const fact = { id: 'f', category: 'military', kind: 'shelling', region, target, summary: { en: 'x', ar: 'x' }, translation: 'x' } as Fact;
  return { story: {} as StoryFile, facts: [fact], article, articleIndex: new CodePointIndex(article), sentences: segmentSentences(article) };
}

describe('checkDirections', () => {
  it.each([
    { name: 'Idlib in the north-west of Syria agrees', article: 'قصف عنيف في شمال غربي سوريا.', region: 'idlib', warnings: 0 },
    { name: 'Idlib in the south of Syria does not', article: 'قصف عنيف في جنوب سوريا.', region: 'idlib', warnings: 1 },
    { name: 'Idlib in the east of Syria does not', article: 'قصف عنيف في شرق سوريا.', region: 'idlib', warnings: 1 },
    { name: 'a region outside the place is not judged', article: 'قصف عنيف في جنوب سوريا.', region: 'turkey', warnings: 0 },
    { name: 'no direction, no judgement', article: 'قصف عنيف في سوريا.', region: 'idlib', warnings: 0 },
  ])('$name', ({ article, region, warnings }) => {
    const story = storyOf(article, 'قصف عنيف', region);
    expect(checkDirections(story, regions, geodata, 'facts.json')).toHaveLength(warnings);
  });
});
