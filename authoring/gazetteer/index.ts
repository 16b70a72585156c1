/** The world gazetteer (see gazetteer.ts): names in Arabic and English → regions, ambiguity reported. */
export { Gazetteer, POPULATED_PLACES, worldGazetteer, type GazetteerLevel, type GazetteerMatch, type GazetteerRegion, type PopulatedPlace } from './gazetteer';
export { cliticReadings, foldArabic, foldLatin, foldName } from './names';
import { worldGazetteer } from './gazetteer';

/** A region as the studio's search shows it. */
export interface RegionSearchResult {
  id: string;
  iso: string;
  name_en: string;
  name_ar: string;
  level: 'country' | 'admin1' | 'group';
}

/** Regions of the world data by name, in Arabic or English (clitic-tolerant), best first. */
export function searchRegions(query: string, lang?: 'ar' | 'en'): RegionSearchResult[] {
  return worldGazetteer()
    .search(query, lang)
    .map(({ id, iso, name_en, name_ar, level }) => ({ id, iso, name_en, name_ar, level }));
}
