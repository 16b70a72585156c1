/** The one map model of the first story: what every renderer draws. */
import { describe, expect, it } from 'vitest';
import { mapFigures } from '../../src/map-model/figures';
import { FIRST_STORY, loadModel, realRegions } from '../helpers/stories';

describe('mapFigures on the first story', async () => {
  const figures = mapFigures(await loadModel(FIRST_STORY, realRegions()));

  it('hatches only where people were displaced from their homes (Idlib), not where officers were granted asylum (Europe)', () => {
    expect(figures.hatchedRegionIds).toEqual(['idlib']);
  });

  it('outlines where people moved to (asylum in Europe) with its own mark, and nowhere else', () => {
    expect(figures.movementRegionIds).toEqual(['europe']);
  });

  it('draws one circle, the 54 dead of Idlib, at the scale the legend shows', () => {
    expect(figures.circles.map((c) => [c.region, c.count])).toEqual([['idlib', 54]]);
    expect(figures.circles[0]!.radius).toBe(figures.scale.radius(54));
    expect(figures.scale.legend[0]).toBe(54);
  });

  it('puts a region inside another above it (a click on Idlib is Idlib\'s)', () => {
    expect(figures.depths['idlib']).toBeGreaterThan(figures.depths['northern-syria']!);
    expect(figures.depths['northern-syria']).toBeGreaterThan(figures.depths['syria']!);
  });
});
