/**
 * Composite regions: a region made of several divisions, defined by a rule
 * over ISO codes rather than by a list typed by hand, and computed on the
 * world topology with turf. Northern Syria is the governorates of Syria that
 * share at least 1 km of border with Turkey, as scripts/geodata.ts finds it
 * for the first story.
 */
import * as turf from '@turf/turf';
import { mesh } from 'topojson-client';
import type * as Topo from 'topojson-specification';
import { unitProps, unitsOf, worldTopology } from './world';

export interface CompositeRule {
  id: string;
  name_en: string;
  name_ar: string;
  /** Other Arabic spellings the gazetteer knows it by. */
  alt_ar: string[];
  /** The divisions of this country (ISO 3166-1)… */
  within: string;
  /** …that share a border with this country… */
  bordering: string;
  /** …of at least this length. */
  minSharedKm: number;
}

export const COMPOSITES: readonly CompositeRule[] = [
  {
    id: 'northern-syria',
    name_en: 'Northern Syria',
    name_ar: 'شمال سوريا',
    alt_ar: ['شمال سورية', 'شمالي سوريا', 'شمالي سورية', 'الشمال السوري'],
    within: 'SY',
    bordering: 'TR',
    minSharedKm: 1,
  },
];

export function compositeRule(id: string): CompositeRule | undefined {
  return COMPOSITES.find((rule) => rule.id === id);
}

/** The length in km of the border a division shares with a country: the topology's shared arcs, measured by turf. */
export function sharedBorderKm(division: string, country: string): number {
  const topo = worldTopology() as unknown as Topo.Topology;
  const isDivision = (g: Topo.GeometryObject) => (g.properties as { iso?: string } | undefined)?.iso === division;
  const inCountry = (g: Topo.GeometryObject) => (g.properties as { country?: string } | undefined)?.country === country;
  const shared = mesh(topo, worldTopology().objects.units as Topo.GeometryCollection, (a, b) => a !== b && ((isDivision(a) && inCountry(b)) || (isDivision(b) && inCountry(a))));
  return shared.coordinates.length === 0 ? 0 : turf.length(turf.multiLineString(shared.coordinates), { units: 'kilometers' });
}

/** The ISO 3166-2 codes a composite rule selects, sorted. */
export function compositeMembers(rule: CompositeRule): string[] {
  return unitsOf(rule.within)
    .map((g) => unitProps(g).iso)
    .filter((iso) => sharedBorderKm(iso, rule.bordering) >= rule.minSharedKm)
    .sort();
}
