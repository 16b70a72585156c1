/**
 * `npm run story:new`: a new story folder from an Arabic article, ready for
 * review in the studio. Writes public/stories/<id>/ (or under `root`):
 *
 * - article.txt, byte for byte;
 * - story.json: its SHA-256, one sentence unit per sentence of the app's own
 *   segmentation with its translation left empty (`"en": ""`), the title from
 *   the article's first line (English left empty), the view fitted to the places;
 * - regions.geojson: the story's regions (every place the gazetteer finds in
 *   the article, unambiguously) and their context, cut from the world data;
 * - facts.json: the Arabic reader's drafted facts, each `"draft": true`, on the
 *   region of the place its sentence names; a figure drafted twice (headline and
 *   body) has its later draft marked `partOf` the first (duplicates.ts).
 *
 * Bad input (no such file, not UTF-8, no Arabic, an existing id, a bad id, url
 * or date) throws a ScaffoldError with one line and writes nothing. A draft
 * story validates with warnings and is never published until reviewed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { draftDetails, PLACE_NAMES, type DraftFact } from '../reader/index';
import { worldGazetteer, type GazetteerMatch, type GazetteerRegion } from '../gazetteer/index';
import { markProbableDuplicates } from './duplicates';
import { buildStoryGeodata, fittedView, splitStoryGeodata, storyGeodataJson } from '../regions/index';
import { isId, MAX_ID_LENGTH } from '../../src/model/ids';
import { isCalendarDate } from '../../src/model/schema';
import { segmentSentences } from '../../src/model/segment';
import type { Problem } from '../../src/model/problems';

export const DEFAULT_STORY_ROOT = resolve(new URL('../../public/stories', import.meta.url).pathname);
const ARTICLE_FILE = 'article.txt';

export interface ScaffoldOptions {
  /** The story id: kebab-case, at most 100 characters; the folder's name. */
  id: string;
  /** Path to the article (UTF-8 text). */
  article: string;
  /** The folder holding story folders (default public/stories). */
  root?: string;
  publisher?: string;
  /** The original's http(s) address. */
  url?: string;
  /** The date the article or its archive states (YYYY-MM-DD). */
  published?: string;
}

export interface ScaffoldResult {
  /** The new story folder (absolute). */
  dir: string;
  /** Warnings for the reviewer: ambiguous places, facts with no place, … (never errors: bad input throws). */
  problems: Problem[];
}

/** Bad input: one line saying what is wrong. Nothing was written. */
export class ScaffoldError extends Error {}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/u;

function readArticle(file: string): { bytes: Buffer; text: string } {
  if (!existsSync(file)) throw new ScaffoldError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new ScaffoldError(`${file}: not a file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ScaffoldError(`${file}: the file is empty`);
  let text: string;
  try {
    // The BOM, if any, stays: offsets count the file's own code points.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ScaffoldError(`${file}: not valid UTF-8 text`);
  }
  if (!ARABIC_LETTER.test(text)) throw new ScaffoldError(`${file}: no Arabic text found`);
  return { bytes, text };
}

function checkOptions(options: ScaffoldOptions, root: string): void {
  if (!isId(options.id)) throw new ScaffoldError(`--id ${JSON.stringify(options.id)}: not a kebab-case id of at most ${MAX_ID_LENGTH} characters (lowercase letters, digits, single hyphens)`);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ScaffoldError(`${root}: the stories folder does not exist`);
  if (existsSync(join(root, options.id))) throw new ScaffoldError(`story "${options.id}" already exists (${join(root, options.id)}); choose another id`);
  if (options.url !== undefined) {
    let ok = /^https?:\/\//i.test(options.url);
    try {
      new URL(options.url);
    } catch {
      ok = false;
    }
    if (!ok) throw new ScaffoldError(`--url ${JSON.stringify(options.url)}: not an http or https URL`);
  }
  if (options.published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.published) && isCalendarDate(options.published))) {
    throw new ScaffoldError(`--published ${JSON.stringify(options.published)}: not a date YYYY-MM-DD that exists on the calendar`);
  }
  if (options.publisher !== undefined && options.publisher.trim() === '') throw new ScaffoldError('--publisher: empty');
}

/** The article's first line with text, trimmed (without a BOM): the Arabic title. */
function titleOf(text: string): string {
  return text.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((line) => line.trim()).find((line) => line !== '') ?? '';
}

const LEVEL_RANK = { country: 1, group: 2, admin1: 3 } as const;

/** The most specific place named in the fact's sentence (nearest to the figure on a tie), else the article's first place. */
function placeFor(fact: DraftFact, inSentence: readonly GazetteerMatch[], first: GazetteerRegion | undefined): GazetteerRegion | undefined {
  const { start, end } = fact.target.selector[1];
  const distance = (m: GazetteerMatch) => (m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0);
  let best: GazetteerMatch | undefined;
  for (const m of inSentence) {
    if (!m.region) continue;
    if (!best || LEVEL_RANK[m.region.level] > LEVEL_RANK[best.region!.level] || (LEVEL_RANK[m.region.level] === LEVEL_RANK[best.region!.level] && distance(m) < distance(best))) best = m;
  }
  return best?.region ?? first;
}

/** The reader's own region ids (syria, turkey, idlib …) as world regions, through their Arabic names. */
function readerRegion(id: string): GazetteerRegion | null {
  const name = PLACE_NAMES.find((p) => p.id === id)?.ar[0];
  return name ? worldGazetteer().lookup(name).region : null;
}

export async function scaffoldStory(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const root = resolve(options.root ?? DEFAULT_STORY_ROOT);
  checkOptions(options, root);
  const { bytes, text } = readArticle(resolve(options.article));
  const title = titleOf(text);
  const problems: Problem[] = [];
  const warn = (file: string, message: string, extra: Partial<Problem> = {}) => problems.push({ severity: 'warning', file: `${options.id}/${file}`, message, ...extra });

  // Places: every name the gazetteer knows; ambiguous ones are reported, never guessed.
  const sentences = segmentSentences(text);
  const matches = worldGazetteer().findInText(text);
  for (const m of matches.filter((x) => x.ambiguous)) {
    warn(ARTICLE_FILE, `the place name "${m.text}" is ambiguous: not mapped; pick its region in the studio`, { found: m.candidates.map((c) => `${c.iso} ${c.name_en}`).join(', ') });
  }
  for (const m of matches.filter((x) => x.region && x.candidates.length > 1)) {
    const others = m.candidates.filter((c) => c.iso !== m.region!.iso);
    warn(ARTICLE_FILE, `the place name "${m.text}" is read as ${m.region!.name_en} (${m.region!.iso}); it is also the name of ${others.map((c) => `${c.name_en} (${c.iso})`).join(', ')}`);
  }
  const resolved = matches.filter((m) => m.region);
  const sentenceOf = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end);

  // Facts: the reader's drafts, each on the place its sentence names.
  const drafted = draftDetails(text, { source: ARTICLE_FILE }).json.facts;
  const refs = new Set(resolved.map((m) => m.region!.iso));
  const placed = drafted.flatMap((fact) => {
    const sentence = sentenceOf(fact.target.selector[1].start);
    const place = placeFor(fact, resolved.filter((m) => sentenceOf(m.start) === sentence), resolved[0]?.region ?? undefined);
    if (!place) {
      warn('facts.json', `fact "${fact.id}" was left out: the article names no place the gazetteer knows`);
      return [];
    }
    const related = (fact.related ?? []).flatMap((r) => {
      const region = readerRegion(r.region);
      if (!region || region.iso === place.iso) return [];
      refs.add(region.iso);
      return [{ region: region.id, role: r.role }];
    });
    const { related: _related, region: _region, ...rest } = fact;
    return [{ id: fact.id, category: fact.category, kind: fact.kind, region: place.id, ...(related.length ? { related } : {}), ...withoutIdKindCategory(rest), draft: true as const }];
  });
  // A figure stated twice (the headline, then the body) is drafted twice: the later one is marked part of the first.
  const { facts, duplicates } = markProbableDuplicates(placed);
  for (const d of duplicates) {
    warn('facts.json', d.marked
      ? `fact "${d.fact}" is probably the same figure as "${d.earlier}" (same number, qualifier, category, kind and place): drafted as part of it; keep it as a part or reject it`
      : `fact "${d.fact}" is probably the same figure as "${d.earlier}" (same number, qualifier, category, kind and place, another unit): keep one of them`, { fact: d.fact, field: 'partOf' });
  }
  if (refs.size === 0) throw new ScaffoldError(`${options.article}: the article names no country or region the gazetteer knows; nothing to map`);
  if (facts.length === 0) warn('facts.json', 'the reader drafted no fact: add facts in the studio');

  const { geodata, unknown } = buildStoryGeodata([...refs]);
  for (const ref of unknown) warn('regions.geojson', `no geometry for ${ref} in the world data`);
  const regions = splitStoryGeodata(geodata).regions.features;
  const story = {
    id: options.id,
    title: { ar: title, en: '' },
    language: 'ar',
    article: {
      file: ARTICLE_FILE,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(options.publisher !== undefined ? { publisher: options.publisher.trim() } : {}),
      ...(options.url !== undefined ? { url: options.url } : {}),
    },
    ...(options.published !== undefined ? { published: options.published } : {}),
    regions: regions.map((f) => String(f.properties?.['id'])),
    view: fittedView(regions),
    sentences: sentences.map(({ start, end }) => ({ start, end, en: '' })),
  };

  // Written to a hidden folder first, then renamed: the story appears whole or not at all.
  const dir = join(root, options.id);
  const temporary = join(root, `.${options.id}.${process.pid}.tmp`);
  try {
    mkdirSync(temporary);
    writeFileSync(join(temporary, ARTICLE_FILE), bytes);
    writeFileSync(join(temporary, 'story.json'), `${JSON.stringify(story, null, 2)}\n`);
    writeFileSync(join(temporary, 'facts.json'), `${JSON.stringify({ facts }, null, 2)}\n`);
    writeFileSync(join(temporary, 'regions.geojson'), storyGeodataJson(geodata));
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw new ScaffoldError(`cannot write ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { dir, problems };
}

function withoutIdKindCategory<T extends { id: unknown; category: unknown; kind: unknown }>(fact: T): Omit<T, 'id' | 'category' | 'kind'> {
  const { id: _id, category: _category, kind: _kind, ...rest } = fact;
  return rest;
}

export const storyFolderName = (dir: string): string => basename(dir);
