/**
 * Authoring aid: prints the W3C target (quote + position selectors) for a quote
 * of a story's article, ready to paste into facts.json.
 *
 *   npm run target -- public/stories/<id> "<exact quote>" [occurrence]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetFor } from '../src/model/target';

const [dir, exact, occurrence = '0'] = process.argv.slice(2);
if (!dir || !exact) {
  console.error('usage: npm run target -- <story folder> "<exact quote>" [occurrence, 0-based]');
  process.exit(2);
}
let article: string;
try {
  article = readFileSync(join(dir, 'article.txt'), 'utf8');
} catch {
  console.error(`cannot read ${join(dir, 'article.txt')}`);
  process.exit(1);
}
const target = targetFor(article, exact, Number(occurrence));
if (typeof target === 'string') {
  console.error(target);
  process.exit(1);
}
console.log(JSON.stringify(target, null, 2));
