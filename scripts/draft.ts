/**
 * Drafts facts for an Arabic article.
 *
 *   npx tsx scripts/draft.ts <article.txt> [--json]
 *   npx tsx scripts/draft.ts <article.txt> --compare <facts.json>
 *
 * Without --json: a readable report, one block per sentence with figures,
 * places, directions and the numbers kept out. With --json: exactly one JSON
 * object on stdout (see docs/reader.md). Bad input: one line on stderr, exit 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftDetails, formatReport, type GazetteerEntry } from '../src/reader/index';
import { compareDraft, type CuratedFigure } from '../src/reader/compare';

const USAGE = 'usage: npm run draft -- <article.txt> [--json | --compare <facts.json>]';

class InputError extends Error {}

function parseArgs(argv: readonly string[]): { file: string; json: boolean; compare: string | null } {
  const json = argv.includes('--json');
  const at = argv.indexOf('--compare');
  const compare = at === -1 ? null : (argv[at + 1] ?? null);
  if (at !== -1 && (compare === null || compare.startsWith('-'))) throw new InputError(`--compare needs a facts.json; ${USAGE}`);
  const rest = at === -1 ? [...argv] : argv.filter((_, i) => i !== at && i !== at + 1);
  const unknown = rest.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) throw new InputError(`unknown option ${unknown}; ${USAGE}`);
  const files = rest.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new InputError(files.length === 0 ? `no article given; ${USAGE}` : `one article at a time; ${USAGE}`);
  return { file: files[0]!, json, compare };
}

/** Recall of the curated casualty and displacement figures, and the false figures the draft adds. */
function comparison(readings: Parameters<typeof compareDraft>[0], factsFile: string): string {
  let facts: CuratedFigure[];
  try {
    facts = (JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: CuratedFigure[] }).facts;
    if (!Array.isArray(facts)) throw new Error('no facts list');
  } catch (error) {
    throw new InputError(`${factsFile}: cannot read the curated facts (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = compareDraft(readings, facts);
  return [
    `recall: ${result.found.length}/${result.curated} curated casualty and displacement figures found`,
    ...result.missed.map((id) => `  missed: ${id}`),
    `false figures: ${result.falseFigures.length}`,
    ...result.falseFigures.map((r) => `  false: "${r.text}" at ${r.start}–${r.end} read as ${r.category}/${r.kind}`),
  ].join('\n');
}

function readArticle(file: string): string {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new InputError(`${file}: not a file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`);
  let text: string;
  try {
    // Keep a byte-order mark, if any, so offsets count the file's own code points.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  if (text.trim().replace(/^\uFEFF/u, '').length === 0) throw new InputError(`${file}: the file has only whitespace`);
  if (!/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(text.replace(/\uFEFF/gu, ''))) {
    throw new InputError(`${file}: no Arabic text found`);
  }
  return text;
}

/** The gazetteer, when geodata/places.json exists and reads as a list of {id, name_ar}. */
function loadGazetteer(): GazetteerEntry[] | undefined {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'geodata', 'places.json');
  if (!existsSync(path)) return undefined;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(data)) return undefined;
    return data.filter(
      (p): p is GazetteerEntry =>
        typeof p === 'object' && p !== null && typeof (p as GazetteerEntry).id === 'string' && typeof (p as GazetteerEntry).name_ar === 'string',
    );
  } catch {
    return undefined; // a broken gazetteer is the geodata check's business; the built-in names still work
  }
}

function main(argv: readonly string[]): number {
  try {
    const { file, json, compare } = parseArgs(argv);
    const text = readArticle(resolve(file));
    const details = draftDetails(text, { gazetteer: loadGazetteer() });
    if (compare) process.stdout.write(`${comparison(details.json.quantities, resolve(compare))}\n`);
    else process.stdout.write(json ? `${JSON.stringify(details.json, null, 2)}\n` : `${formatReport(details, text)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`draft: ${message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
