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

export function syntheticStory(factCount: number): { article: string; story: object; facts: object } {
  const title = 'قصة اصطناعية لاختبار الأداء';
  const sentences = Array.from({ length: factCount }, (_, i) => `وقُتل ${i + 1} مدنياً على الأقل في ${PLACES[i % PLACES.length]} يوم ${(i % 28) + 1} فبراير.`);
  const article = `${title}\n\n${sentences.join(' ')}\n`;
  const index = new CodePointIndex(article);
  const units = segmentSentences(article);
  // Each quote is found from its own sentence's start, so repeats never collide.
  const facts = sentences.map((sentence, i) => {
    const unit = units[i + 1]!;
    const exact = `قُتل ${i + 1} مدنياً على الأقل`;
    const local = targetFor(sentence, exact);
    if (typeof local === 'string') throw new Error(local);
    const start = unit.start + local.selector[1].start;
    const end = unit.start + local.selector[1].end;
    return {
      id: `killed-${i + 1}`,
      category: 'casualties',
      kind: 'killed',
      region: REGIONS[i % REGIONS.length],
      quantity: { min: i + 1, max: null, qualifier: 'at-least', text: `${i + 1} مدنياً على الأقل`, unit: { ar: 'مدنيون', en: 'civilians' } },
      target: {
        source: 'article.txt',
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: index.slice(Math.max(0, start - 32), start), suffix: index.slice(end, Math.min(index.length, end + 32)) },
          { type: 'TextPositionSelector', start, end },
        ],
      },
      summary: { en: `At least ${i + 1} civilians were killed.`, ar: sentence },
      translation: `at least ${i + 1} civilians were killed`,
    };
  });
  const story = {
    id: 'synthetic-story',
    title: { ar: title, en: 'A synthetic story for benchmarks' },
    language: 'ar',
    article: { file: 'article.txt', sha256: createHash('sha256').update(article).digest('hex') },
    regions: REGIONS,
    view: { center: [37.5, 36.2], zoom: 5 },
    sentences: units.map((u, i) => ({ start: u.start, end: u.end, en: i === 0 ? 'A synthetic story for benchmarks' : `Sentence ${i}.` })),
  };
  return { article, story, facts: { facts } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--facts') + 1] ?? 5000) || 5000;
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : '.cache/bench/synthetic-story';
  const { article, story, facts } = syntheticStory(count);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'article.txt'), article);
  writeFileSync(join(out, 'story.json'), JSON.stringify(story));
  writeFileSync(join(out, 'facts.json'), JSON.stringify(facts));
  console.log(`wrote a story with ${count} facts to ${out}`);
}
