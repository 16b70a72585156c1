/**
 * npm run validate [-- <story folder> ...]
 * Checks every story under public/stories (or the folders given) against the
 * article and the geodata. Exits 1 on any error; warnings are printed only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, hasErrors } from '../src/model/problems';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { validateStory } from '../src/model/validate';
import { checkDirections } from '../src/model/consistency';
import { readQuantity } from '../src/reader/index';
import { readStorySources } from './story-files';

const root = process.cwd();
const regionsPath = join(root, 'geodata/regions.geojson');

function storyFolders(args: string[]): string[] {
  if (args.length > 0) return args;
  const base = join(root, 'public/stories');
  return readdirSync(base)
    .map((name) => join(base, name))
    .filter((path) => statSync(path).isDirectory());
}

async function main(): Promise<number> {
  if (!existsSync(regionsPath)) {
    console.error(`error: ${relative(root, regionsPath)} is missing (run npm run geodata)`);
    return 1;
  }
  const geodata = JSON.parse(readFileSync(regionsPath, 'utf8')) as RegionCollection;
  const regions = RegionIndex.fromGeoJSON(geodata);
  let failed = 0;
  const folders = storyFolders(process.argv.slice(2));
  for (const folder of folders) {
    const sources = readStorySources(folder, relative(root, folder) || folder);
    const { story, problems } = await validateStory(sources, regions, { readQuantity });
    // Geography needs turf, so it is checked here and not in the browser.
    if (story) problems.push(...checkDirections(story, regions, geodata, `${sources.folder}/facts.json`));
    for (const problem of problems) console.log(formatProblem(problem));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    console.log(`${hasErrors(problems) ? '✗' : '✓'} ${sources.folder}: ${errors} error(s), ${warnings} warning(s)`);
    if (hasErrors(problems)) failed += 1;
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: validator failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
