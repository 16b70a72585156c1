/**
 * npm run validate [-- <story folder> ...]
 * Checks every story under public/stories (or the folders given) against the
 * article and the geodata. Exits 1 on any error; warnings are printed only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, hasErrors } from '../src/model/problems';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { validateStoryFolder } from '../build/story-folder';

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
  const collection = JSON.parse(readFileSync(regionsPath, 'utf8')) as RegionCollection;
  const geodata = { regions: RegionIndex.fromGeoJSON(collection), collection };
  let failed = 0;
  for (const folder of storyFolders(process.argv.slice(2))) {
    const label = relative(root, folder) || folder;
    const { problems } = await validateStoryFolder(folder, label, geodata);
    for (const problem of problems) console.log(formatProblem(problem));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    console.log(`${hasErrors(problems) ? '✗' : '✓'} ${label}: ${errors} error(s), ${warnings} warning(s)`);
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
