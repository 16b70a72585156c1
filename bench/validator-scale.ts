/**
 * How long the validator takes on a story with 5,000 facts (budget: under 2 s).
 *   npx tsx bench/validator-scale.ts [--facts 5000]
 */
import { readFileSync } from 'node:fs';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { validateStory } from '../src/model/validate';
import { syntheticStory } from './synthetic-story';
import { readQuantity } from '../authoring/reader/index';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--facts') + 1] ?? 5000) || 5000;
const regions = RegionIndex.fromGeoJSON(JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as RegionCollection);
const { article, story, facts } = syntheticStory(count);
const sources = { folder: 'synthetic', story: JSON.stringify(story), facts: JSON.stringify(facts), article: new TextEncoder().encode(article) };

const times: number[] = [];
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  const result = await validateStory(sources, regions, { readQuantity });
  times.push(performance.now() - started);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    console.error(`the synthetic story does not validate: ${errors[0]!.message}`);
    process.exit(1);
  }
}
times.sort((a, b) => a - b);
const median = times[2]!;
console.log(`validator: ${count} facts, ${[...article].length} code points — median ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)})`);
console.log(`${median < 2000 ? 'PASS' : 'FAIL'} validator checks ${count} facts in under 2 s`);
