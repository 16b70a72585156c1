/**
 * npm run story:new -- --id <id> --article <file> [--publisher <name>] [--url <http(s) url>] [--published <YYYY-MM-DD>] [--root <dir>]
 *
 * Creates public/stories/<id>/ (or <dir>/<id>/) from an Arabic article: the
 * article byte for byte, story.json, regions.geojson and the reader's drafted
 * facts (see authoring/scaffold). Prints the folder and the warnings for the
 * reviewer; bad input gets one line on stderr, exit code 1, and changes nothing.
 */
import { formatProblem } from '../src/model/problems';
import { ScaffoldError, scaffoldStory, type ScaffoldOptions } from '../authoring/scaffold/index';

const USAGE = 'usage: npm run story:new -- --id <id> --article <file> [--publisher <name>] [--url <http(s) url>] [--published <YYYY-MM-DD>] [--root <dir>]';
const FLAGS = ['--id', '--article', '--publisher', '--url', '--published', '--root'] as const;

function parseArgs(argv: readonly string[]): ScaffoldOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!(FLAGS as readonly string[]).includes(flag)) throw new ScaffoldError(`unknown argument ${JSON.stringify(flag)}; ${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new ScaffoldError(`${flag} needs a value; ${USAGE}`);
    if (values.has(flag)) throw new ScaffoldError(`${flag} given twice; ${USAGE}`);
    values.set(flag, value);
  }
  const id = values.get('--id');
  const article = values.get('--article');
  if (id === undefined) throw new ScaffoldError(`--id is required; ${USAGE}`);
  if (article === undefined) throw new ScaffoldError(`--article is required; ${USAGE}`);
  const optional = (flag: string, key: keyof ScaffoldOptions) => (values.has(flag) ? { [key]: values.get(flag)! } : {});
  return { id, article, ...optional('--publisher', 'publisher'), ...optional('--url', 'url'), ...optional('--published', 'published'), ...optional('--root', 'root') };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const { dir, problems } = await scaffoldStory(parseArgs(argv));
    console.log(`created ${dir}`);
    for (const problem of problems) console.log(formatProblem(problem));
    console.log('next: review the drafts and write the translations in the studio (npm run dev, then studio.html), then npm run validate');
    return 0;
  } catch (error) {
    const message = error instanceof ScaffoldError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`story:new: ${message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
