/**
 * Drafts facts for an Arabic article.
 *
 *   npx tsx scripts/draft.ts <article.txt> [--json]
 *   npx tsx scripts/draft.ts <article.txt> --compare <facts.json>
 *   npx tsx scripts/draft.ts --corpus <dir>
 *   npx tsx scripts/draft.ts --corpus <dir> --against <second-dir>
 *
 * Without --json: a readable report, one block per sentence with figures,
 * places, directions and the numbers kept out. With --json: exactly one JSON
 * object on stdout (see docs/reader.md). With --corpus: the per-class score of
 * every annotated article under the folder (article.txt + annotations.json),
 * then what was missed. With --against: the same table for a second
 * annotation of the same articles, scored as if it were the reader, to show
 * how far two annotators agree. Bad input: one line on stderr, exit 1.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { draftDetails, formatReport, type GazetteerEntry } from '../authoring/reader/index';
import { compareDraft, type CuratedFigure } from '../authoring/reader/compare';
import { formatScore, percent, scoreAgreement, scoreCorpus, type AnnotatedText, type Annotations } from '../authoring/reader/score';

const USAGE = 'usage: npm run draft -- <article.txt> [--json | --compare <facts.json>] | --corpus <dir> [--against <second-dir>]';

class InputError extends Error {}

interface Args {
  file: string | null;
  json: boolean;
  compare: string | null;
  corpus: string | null;
  against: string | null;
}

/** The value after `--flag`, and the arguments without both; null when the flag is absent. */
function takeOption(argv: readonly string[], flag: string, what: string): { value: string | null; rest: string[] } {
  const at = argv.indexOf(flag);
  if (at === -1) return { value: null, rest: [...argv] };
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('-')) throw new InputError(`${flag} needs ${what}; ${USAGE}`);
  return { value, rest: argv.filter((_, i) => i !== at && i !== at + 1) };
}

function parseArgs(argv: readonly string[]): Args {
  const json = argv.includes('--json');
  const compare = takeOption(argv, '--compare', 'a facts.json');
  const corpus = takeOption(compare.rest, '--corpus', 'a folder of annotated articles');
  const against = takeOption(corpus.rest, '--against', 'a folder with a second annotation of the same articles');
  const rest = against.rest;
  const unknown = rest.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) throw new InputError(`unknown option ${unknown}; ${USAGE}`);
  const files = rest.filter((a) => !a.startsWith('-'));
  if (corpus.value !== null) {
    if (files.length || json || compare.value) throw new InputError(`--corpus takes a folder and nothing else; ${USAGE}`);
    return { file: null, json, compare: null, corpus: corpus.value, against: against.value };
  }
  if (against.value !== null) throw new InputError(`--against goes with --corpus; ${USAGE}`);
  if (files.length !== 1) throw new InputError(files.length === 0 ? `no article given; ${USAGE}` : `one article at a time; ${USAGE}`);
  return { file: files[0]!, json, compare: compare.value, corpus: null, against: null };
}

/** Every folder under `dir` (itself included) holding article.txt and annotations.json, in name order. */
export function loadCorpus(dir: string): AnnotatedText[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: not a folder`);
  const out: AnnotatedText[] = [];
  const visit = (folder: string) => {
    const article = join(folder, 'article.txt');
    const notes = join(folder, 'annotations.json');
    if (existsSync(article) && existsSync(notes)) {
      let annotations: Annotations;
      try {
        annotations = JSON.parse(readFileSync(notes, 'utf8')) as Annotations;
      } catch (error) {
        throw new InputError(`${notes}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      out.push({ name: relative(dir, folder) || folder, text: readFileSync(article, 'utf8'), annotations });
    }
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) visit(join(folder, entry.name));
    }
  };
  visit(dir);
  if (out.length === 0) throw new InputError(`${dir}: no article.txt with annotations.json found`);
  return out;
}

/**
 * The per-class table of a folder of annotated articles, then each miss: the
 * reader's, or with `against` a second annotation's, scored like the reader.
 */
function corpusReport(dir: string, against: string | null): string {
  const items = loadCorpus(dir);
  const second = against === null ? null : loadCorpus(against);
  let score;
  try {
    score = second === null ? scoreCorpus(items) : scoreAgreement(items, second);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
  const { total } = score;
  return [
    ...(second === null ? [] : [`the second annotation (${against}) scored against the first (${dir}), as if it were the reader`]),
    `${items.length} articles, ${total.figures} figures, ${total.nonCounts} non-counts`,
    `values ${percent(total.values, total.figures)}, categories ${percent(total.categories, total.figures)}, kinds ${percent(total.kinds, total.figures)}, false figures ${total.falseFigures}`,
    '',
    formatScore(score),
    ...(score.misses.length ? ['', 'misses:'] : []),
    ...score.misses.map((m) => `  ${m.name} [${m.class}] «${m.quote}»: expected ${m.expected}, got ${m.got}`),
  ].join('\n');
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
  const { category } = result;
  return [
    `recall: ${result.found.length}/${result.curated} curated casualty and displacement figures found`,
    ...result.missed.map((id) => `  missed: ${id}`),
    `false figures: ${result.falseFigures.length}`,
    ...result.falseFigures.map((r) => `  false: "${r.text}" at ${r.start}–${r.end} read as ${r.category}/${r.kind}`),
    `category precision: ${category.right}/${category.drafted} figures given a category have the curated one (${percent(category.right, category.drafted)})`,
    `category recall: ${category.found}/${category.curated} curated figures found with their category (${percent(category.found, category.curated)})`,
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
    const { file, json, compare, corpus, against } = parseArgs(argv);
    if (corpus !== null) {
      process.stdout.write(`${corpusReport(resolve(corpus), against === null ? null : resolve(against))}\n`);
      return 0;
    }
    const text = readArticle(resolve(file!));
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

// Run as a script; imported (by the corpus test), only export loadCorpus.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
