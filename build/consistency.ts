/**
 * Geographic consistency: when a sentence places an event by direction inside
 * a region ("شمال شرقي سوريا", north-east of Syria) and a fact quoted from that
 * sentence sits on a region inside it that lies in another direction, warn.
 * A warning, not an error: the article may simply be wrong, and the team keeps
 * its wording (the first story's strike in "north-eastern Syria" counted among
 * Idlib's dead, in the north-west).
 *
 * Uses turf on the geodata, so it runs in the validator script and tests, never
 * in the app bundle.
 */
import { bearing, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { findDirections } from '../authoring/reader/index';
import type { Problem } from '../src/model/problems';
import type { RegionIndex } from '../src/model/regions';
import type { ValidatedStory } from '../src/model/validate';


const COMPASS: Record<string, number> = {
  north: 0,
  'north-east': 45,
  east: 90,
  'south-east': 135,
  south: 180,
  'south-west': 225,
  west: 270,
  'north-west': 315,
};
const COMPASS_NAMES = Object.keys(COMPASS);

/** Half of a compass sector and its neighbour: a region within this angle agrees with the stated direction. */
export const TOLERANCE_DEGREES = 45;

/** Smallest angle between two bearings, 0–180. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

/** The 8-point compass name of a bearing. */
export function compassName(degrees: number): string {
  const index = Math.round((((degrees % 360) + 360) % 360) / 45) % 8;
  return COMPASS_NAMES[index]!;
}

export function checkDirections(story: ValidatedStory, regions: RegionIndex, geodata: FeatureCollection, factsFile: string): Problem[] {
  const shapes = new Map<string, Feature<Geometry>>(geodata.features.map((f) => [String(f.properties?.['id'] ?? f.id), f as Feature<Geometry>]));
  const problems: Problem[] = [];
  for (const sentence of story.sentences) {
    const text = story.articleIndex.slice(sentence.start, sentence.end);
    for (const direction of findDirections(text)) {
      const stated = COMPASS[direction.direction];
      const container = shapes.get(direction.place);
      if (stated === undefined || !container) continue;
      const centre = centerOfMass(container).geometry.coordinates as [number, number];
      const facts = story.facts.filter((f) => {
        const { start } = f.target.selector[1];
        return sentence.start <= start && start < sentence.end && f.region !== direction.place && regions.isWithin(f.region, direction.place);
      });
      for (const fact of facts) {
        const region = regions.get(fact.region);
        if (!region) continue;
        const actual = (bearing(centre, region.label) + 360) % 360;
        if (angleBetween(actual, stated) <= TOLERANCE_DEGREES) continue;
        problems.push({
          severity: 'warning',
          file: factsFile,
          fact: fact.id,
          field: 'region',
          message: `sentence ${sentence.index + 1} places it ${direction.direction} of ${direction.place} ("${direction.text}"), but its region ${fact.region} lies ${compassName(actual)} of ${direction.place}'s centre (bearing ${Math.round(actual)}°)`,
        });
      }
    }
  }
  return problems;
}
