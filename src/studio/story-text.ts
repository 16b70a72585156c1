/**
 * How the studio writes a story's JSON files: 2-space indentation, a trailing
 * newline and a stable key order, so a saved story diffs cleanly in git
 * against the files a person (or `npm run story:new`) wrote.
 *
 * Keys the format knows go in the order the committed stories use; keys it does
 * not know keep their relative order after them (the validator reports them).
 * Shared by the studio (browser) and its dev-server API (build/studio-plugin.ts).
 */

const STORY_KEYS = ['id', 'title', 'language', 'article', 'published', 'regions', 'view', 'sentences'];
const ARTICLE_KEYS = ['file', 'sha256', 'publisher', 'author', 'url'];
const VIEW_KEYS = ['center', 'zoom', 'bounds'];
const SENTENCE_KEYS = ['start', 'end', 'en'];
const FACT_KEYS = [
  'id',
  'draft',
  'category',
  'kind',
  'region',
  'origin',
  'destination',
  'related',
  'quantity',
  'time',
  'partOf',
  'target',
  'summary',
  'translation',
  'notes',
  'override',
];
const QUANTITY_KEYS = ['min', 'max', 'qualifier', 'text', 'unit'];
const TIME_KEYS = ['date', 'start', 'end', 'stated', 'inferred'];
const PART_OF_KEYS = ['fact', 'inferred'];
const TARGET_KEYS = ['source', 'selector'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object's own keys, those in `order` first in that order, then the others as they were. */
export function orderKeys<T>(value: T, order: readonly string[]): T {
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const key of order) if (key in value && value[key] !== undefined) out[key] = value[key];
  for (const [key, item] of Object.entries(value)) if (!(key in out) && item !== undefined) out[key] = item;
  return out as T;
}

function orderedFact(fact: unknown): unknown {
  if (!isObject(fact)) return fact;
  const out = orderKeys(fact, FACT_KEYS);
  if (isObject(out['quantity'])) out['quantity'] = orderKeys(out['quantity'], QUANTITY_KEYS);
  if (isObject(out['time'])) out['time'] = orderKeys(out['time'], TIME_KEYS);
  if (isObject(out['partOf'])) out['partOf'] = orderKeys(out['partOf'], PART_OF_KEYS);
  if (isObject(out['target'])) out['target'] = orderKeys(out['target'], TARGET_KEYS);
  return out;
}

function orderedStory(story: unknown): unknown {
  if (!isObject(story)) return story;
  const out = orderKeys(story, STORY_KEYS);
  if (isObject(out['article'])) out['article'] = orderKeys(out['article'], ARTICLE_KEYS);
  if (isObject(out['view'])) out['view'] = orderKeys(out['view'], VIEW_KEYS);
  if (Array.isArray(out['sentences'])) out['sentences'] = out['sentences'].map((s) => orderKeys(s, SENTENCE_KEYS));
  return out;
}

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** story.json as the studio writes it. */
export function storyJsonText(story: unknown): string {
  return text(orderedStory(story));
}

/** facts.json as the studio writes it. */
export function factsJsonText(facts: unknown): string {
  if (!isObject(facts)) return text(facts);
  const out = orderKeys(facts, ['facts']);
  if (Array.isArray(out['facts'])) out['facts'] = out['facts'].map(orderedFact);
  return text(out);
}
