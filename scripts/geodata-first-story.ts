/**
 * Writes the first story's own geodata, public/stories/nato-syria-de-escalation/regions.geojson,
 * from geodata/regions.geojson and geodata/context.geojson (which scripts/geodata.ts made for it,
 * at its detail): the same features and coordinates, so it looks the same, with each feature's
 * ISO code added (`properties.iso`, null for Europe and Northern Syria, a composite of
 * authoring/regions/composites.ts) and the context after the regions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { storyGeodataJson } from '../authoring/regions/story-regions';

const STORY = 'public/stories/nato-syria-de-escalation';

/** country-tr → TR, gov-sy-id → SY-ID. */
function contextIso(id: string): string | null {
  const match = /^(?:country|gov)-([a-z]{2}(?:-[a-z0-9]{1,3})?)$/.exec(id);
  return match ? match[1]!.toUpperCase() : null;
}

export function firstStoryGeodata(regions: FeatureCollection, context: FeatureCollection): FeatureCollection {
  const withIso = (f: Feature): Feature => {
    const p = f.properties ?? {};
    const iso = 'iso' in p ? p['iso'] : contextIso(String(p['id']));
    // Key order as the story files keep it: id, layer, iso, names, label.
    const { id, layer, name_ar, name_en, label } = p as Record<string, unknown>;
    return { ...f, properties: 'level' in p ? p : { id, layer, iso, name_ar, name_en, label } };
  };
  return { type: 'FeatureCollection', features: [...regions.features, ...context.features].map(withIso) };
}

function main(): void {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  const text = storyGeodataJson(firstStoryGeodata(read('geodata/regions.geojson'), read('geodata/context.geojson')));
  writeFileSync(`${STORY}/regions.geojson`, text);
  console.log(`${STORY}/regions.geojson: ${(text.length / 1024).toFixed(1)} KB`);
}

// Run as a script; imported (by the regions test), only export firstStoryGeodata.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
