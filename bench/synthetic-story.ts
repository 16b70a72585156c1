/**
 * A synthetic story at scale, for benchmarks only (never committed): an Arabic
 * article of N sentences, each stating a figure, and one fact per sentence
 * with exact selectors, spread over the geodata's regions.
 *
 *   npx tsx bench/synthetic-story.ts [--facts 5000] [--out .cache/bench/synthetic-story]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentSentences } from '../src/model/segment';
import { targetFor } from '../src/model/target';
import { CodePointIndex } from '../src/model/text';

const REGIONS = ['idlib', 'northern-syria', 'syria', 'turkey', 'europe'];
const PLACES = ['إدلب', 'شمال سوريا', 'سوريا', 'تركيا', 'أوروبا'];

/** The first story's bounds: the synthetic regions tile the same area, so both maps open on the same view. */
const AREA: [[number, number], [number, number]] = [[29.5, 32.3], [42.5, 41.6]];

/** Arabic-Indic digits, so generated names look like real ones to the text layout. */
const arabicDigits = (n: number) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

/**
 * `count` regions as a grid of cells over the first story's area, in the shape
 * of geodata/regions.geojson (ids, bilingual names, level, label point), with
 * 24 vertices per cell edge so each shape weighs like a real border, not a box.
 */
export function syntheticRegions(count: number): { type: 'FeatureCollection'; features: object[] } {
  const columns = Math.ceil(Math.sqrt(count * 2));
  const rows = Math.ceil(count / columns);
  const [[west, south], [east, north]] = AREA;
  const dx = (east - west) / columns;
  const dy = (north - south) / rows;
  const edge = (x0: number, y0: number, x1: number, y1: number) =>
    Array.from({ length: 24 }, (_, k) => {
      const t = k / 24;
      // A small wobble (well inside the cell) so edges are not straight lines.
      const wobble = k === 0 ? 0 : Math.sin(k * 1.7) * 0.02 * Math.min(dx, dy);
      return [round4(x0 + (x1 - x0) * t + (y1 - y0 === 0 ? 0 : wobble)), round4(y0 + (y1 - y0) * t + (x1 - x0 === 0 ? 0 : wobble))];
    });
  const features = Array.from({ length: count }, (_, i) => {
    const x0 = west + (i % columns) * dx;
    const y0 = south + Math.floor(i / columns) * dy;
    const [x1, y1] = [x0 + dx * 0.96, y0 + dy * 0.96];
    const ring = [...edge(x0, y0, x1, y0), ...edge(x1, y0, x1, y1), ...edge(x1, y1, x0, y1), ...edge(x0, y1, x0, y0)];
    ring.push(ring[0]!);
    const id = `area-${i + 1}`;
    return {
      type: 'Feature',
      id,
      properties: { id, name_ar: `المنطقة ${arabicDigits(i + 1)}`, name_en: `Area ${i + 1}`, level: 'admin1', parent: null, label: [round4((x0 + x1) / 2), round4((y0 + y1) / 2)], iso: null, wikidata: null },
      // Counter-clockwise outer ring (RFC 7946).
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  });
  return { type: 'FeatureCollection', features };
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** The i-th fact's count: 2 to 40, as in a report of many small incidents (the same number recurs, as in real text). */
const count = (i: number) => ((i * 7) % 39) + 2;

/** A fact of `n` civilians killed, quoting the article's code points [start, end). */
function killedFact(id: string, n: number, region: string, index: CodePointIndex, start: number, end: number, summaryAr: string): object {
  const exact = index.slice(start, end);
  return {
    id,
    category: 'casualties',
    kind: 'killed',
    region,
    quantity: { min: n, max: null, qualifier: 'at-least', text: `${n} مدنياً على الأقل`, unit: { ar: 'مدنيون', en: 'civilians' } },
    target: {
      source: 'article.txt',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: index.slice(Math.max(0, start - 32), start), suffix: index.slice(end, Math.min(index.length, end + 32)) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    summary: { en: `At least ${n} civilians were killed.`, ar: summaryAr },
    translation: `at least ${n} civilians were killed`,
  };
}

/**
 * A story over `regionIds` (default: the committed geodata's five story regions), its facts spread
 * over them in turn. With synthetic regions, the sentences name them by their Arabic names.
 */
export function syntheticStory(
  factCount: number,
  regions: { ids: readonly string[]; names: readonly string[] } = { ids: REGIONS, names: PLACES },
  options: { id?: string; region?: string } = {},
): { article: string; story: object; facts: object } {
  const title = 'قصة اصطناعية لاختبار الأداء';
  const sentences = Array.from({ length: factCount }, (_, i) => `وقُتل ${count(i)} مدنياً على الأقل في ${regions.names[i % regions.names.length]} يوم ${(i % 28) + 1} فبراير.`);
  const article = `${title}\n\n${sentences.join(' ')}\n`;
  const index = new CodePointIndex(article);
  const units = segmentSentences(article);
  // Each quote is found from its own sentence's start, so repeats never collide.
  const facts = sentences.map((sentence, i) => {
    const unit = units[i + 1]!;
    const exact = `قُتل ${count(i)} مدنياً على الأقل`;
    const local = targetFor(sentence, exact);
    if (typeof local === 'string') throw new Error(local);
    const start = unit.start + local.selector[1].start;
    const end = unit.start + local.selector[1].end;
    return killedFact(`killed-${i + 1}`, count(i), options.region ?? regions.ids[i % regions.ids.length]!, index, start, end, sentence);
  });
  const story = {
    id: options.id ?? 'synthetic-story',
    title: { ar: title, en: 'A synthetic story for benchmarks' },
    language: 'ar',
    article: { file: 'article.txt', sha256: createHash('sha256').update(article).digest('hex') },
    regions: regions.ids,
    view: { center: [37.5, 36.2], zoom: 5, bounds: AREA },
    sentences: units.map((u, i) => ({ start: u.start, end: u.end, en: i === 0 ? 'A synthetic story for benchmarks' : `Sentence ${i}.` })),
  };
  return { article, story, facts: { facts } };
}

/**
 * A story whose one sentence is about `bytes` of Arabic text with no full stop (clauses joined by
 * Arabic commas), after a title line, with `factCount` facts in Idlib quoting figures spread along it.
 */
export function longSentenceStory(bytes: number, factCount: number, id = 'long-sentence'): { article: string; story: object; facts: object } {
  const title = 'قصة بجملة واحدة طويلة جداً';
  // Every clause names Idlib, where every fact is: the build's geography check has nothing to say.
  const clause = (i: number) => `وقُتل ${count(i)} مدنياً على الأقل في إدلب يوم ${(i % 28) + 1} فبراير`;
  const clauses: string[] = [];
  let size = 0;
  while (size < bytes) {
    const next = clause(clauses.length);
    clauses.push(next);
    size += Buffer.byteLength(next) + Buffer.byteLength('، ');
  }
  // Code-point offset of each clause inside the sentence, counted once as it is joined.
  const offsets: number[] = [];
  let at = 0;
  for (const c of clauses) {
    offsets.push(at);
    at += [...c].length + 2;
  }
  const sentence = `${clauses.join('، ')}.`;
  const article = `${title}\n\n${sentence}\n`;
  const index = new CodePointIndex(article);
  const units = segmentSentences(article);
  if (units.length !== 2) throw new Error(`the long sentence segments into ${units.length} units, not 2`);
  const unit = units[1]!;
  const step = Math.max(1, Math.floor(clauses.length / factCount));
  const facts = Array.from({ length: Math.min(factCount, clauses.length) }, (_, k) => {
    const i = k * step;
    const exact = `قُتل ${count(i)} مدنياً على الأقل`;
    const start = unit.start + offsets[i]! + 1; // after the و
    const end = start + [...exact].length;
    if (index.slice(start, end) !== exact) throw new Error(`clause ${i}: the quote is not at ${start}`);
    return killedFact(`killed-${k + 1}`, count(i), 'idlib', index, start, end, clause(i));
  });
  const story = {
    id,
    title: { ar: title, en: 'A story of one very long sentence' },
    language: 'ar',
    article: { file: 'article.txt', sha256: createHash('sha256').update(article).digest('hex') },
    regions: REGIONS,
    view: { center: [37.5, 36.2], zoom: 5, bounds: AREA },
    sentences: units.map((u, i) => ({ start: u.start, end: u.end, en: i === 0 ? 'A story of one very long sentence' : 'One very long sentence.' })),
  };
  return { article, story, facts: { facts } };
}

/** Writes a generated story into `folder` as the app reads one. */
export function writeStory(folder: string, { article, story, facts }: { article: string; story: object; facts: object }): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'article.txt'), article);
  writeFileSync(join(folder, 'story.json'), JSON.stringify(story));
  writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--facts') + 1] ?? 5000) || 5000;
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : '.cache/bench/synthetic-story';
  // --long-sentence <bytes>: one sentence of that many bytes, with --facts facts in it.
  const long = args.includes('--long-sentence') ? Number(args[args.indexOf('--long-sentence') + 1]) : 0;
  writeStory(out, long > 0 ? longSentenceStory(long, count) : syntheticStory(count));
  console.log(`wrote a story with ${count} facts${long > 0 ? ` in one sentence of ${long} bytes` : ''} to ${out}`);
}
