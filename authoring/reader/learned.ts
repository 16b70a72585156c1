/**
 * A second opinion on the rules' quantities, learned from the annotated corpus.
 *
 * The rules read a number, its value and what happened; this layer reads the
 * words around each quantity the rules found (and the rules' own answer) and
 * says what the annotators said of such quantities: not a count, a count with
 * no category, or a count of a kind (killed, displaced …). It is a multinomial
 * logistic regression over sparse string features, trained by
 * scripts/train-reader.ts from tests/fixtures/reader-corpus and stored in
 * learned-model.json. It only ever gives or changes a category and its kind,
 * and only when it is sure (the thresholds below); it never takes a category
 * away, removes a quantity or changes a value.
 *
 * Deterministic: the same text and model give the same answer. The model is
 * imported as a module (no node: import, so the reader still runs anywhere) and
 * checked once, when the reader first needs it.
 */
import modelData from './learned-model.json';
import { NUM, PUNCT, WORD, type Tokenized } from './tokens';
import type { TextSpan } from './types';

/** Label of a quantity the annotators did not count. */
export const NOT_A_COUNT = 'not-a-count';
/** Label of a count with no category. */
export const NO_CATEGORY = 'none';

export interface LearnedModel {
  /** Labels: NOT_A_COUNT, NO_CATEGORY and the categories. */
  labels: string[];
  bias: number[];
  /** Feature → [label index, weight] pairs (weights too small to matter are left out). */
  weights: Record<string, [number, number][]>;
  /**
   * The kind a category takes when the model gives it: by the counted noun's
   * stem (`displacement|عائله`), else the category's most frequent (`displacement|`).
   */
  kinds: Record<string, string>;
  /** A category the rules found is replaced when the model's probability for another reaches this. */
  relabelAt: number;
  /**
   * A category is given to a count the rules left without one only when the
   * model's probability reaches this: higher, since it makes a drafted fact.
   */
  fillAt: number;
}

/** What the rules said of one quantity, as the features need it. */
export interface RuleReading {
  startTok: number;
  endTok: number;
  min: number | null;
  max: number | null;
  qualifier: string;
  category: string | null;
  kind: string | null;
  /** The stem of the counted noun's first word, "" when nothing is counted. */
  head: string;
}

const WINDOW_NEAR = 3;
const WINDOW_FAR = 10;
const WINDOW_SENTENCE = 30;
const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛']);
/** How many tokens around the number the counted noun is looked for in. */
const HEAD_REACH = 20;

/** The word without the clitics and article that vary with its place in a sentence (والقتلى → قتلى). */
export function stem(n: string): string {
  let s = n;
  if (s.length > 3 && /^[وف]/u.test(s)) s = s.slice(1);
  if (s.length > 4 && s.startsWith('لل')) return s.slice(2);
  if (s.length > 3 && /^[بلك]/u.test(s) && s.startsWith('ال', 1)) s = s.slice(1);
  if (s.length > 4 && s.startsWith('ال')) s = s.slice(2);
  return s;
}

function magnitude(value: number | null): string {
  if (value === null) return 'open';
  if (value === 1 || value === 2) return String(value);
  if (value < 10) return 'units';
  return `e${Math.min(7, Math.floor(Math.log10(value)))}`;
}

function tokenFeature(t: Tokenized, k: number): string {
  const tok = t.tokens[k]!;
  if (tok.type === NUM) return tok.decimal ? '#.#' : '#';
  if (tok.type === PUNCT) return `p${tok.n}`;
  return stem(tok.n);
}

/** The features of one quantity: the rules' answer, its value's shape, its own words and the words around it. */
export function features(t: Tokenized, q: RuleReading): string[] {
  const out: string[] = [`rk=${q.kind ?? NO_CATEGORY}`, `rc=${q.category ?? NO_CATEGORY}`, `q=${q.qualifier}`, `v=${magnitude(q.min ?? q.max)}`, `h=${q.head}`];
  const first = t.tokens[q.startTok];
  out.push(`f=${first?.type === NUM ? (first.decimal ? 'decimal' : 'digits') : 'word'}`);
  for (let k = q.startTok; k < q.endTok; k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === WORD) out.push(`in=${stem(tok.n)}`);
    else if (tok.type === PUNCT) out.push(`in=p${tok.n}`);
  }
  const last = t.tokens[q.endTok - 1];
  if (last?.type === WORD) out.push(`end=${stem(last.n)}`);
  for (const [dir, from] of [[-1, q.startTok - 1], [1, q.endTok]] as const) {
    const side = dir < 0 ? 'L' : 'R';
    for (let d = 1, k = from; d <= WINDOW_SENTENCE && k >= 0 && k < t.tokens.length; d += 1, k += dir) {
      const tok = t.tokens[k]!;
      const f = tokenFeature(t, k);
      if (d <= WINDOW_NEAR) out.push(`${side}${d}=${f}`);
      else if (d <= WINDOW_FAR) out.push(`${side}b=${f}`);
      else if (tok.type === WORD) out.push(`${side}s=${f}`);
      if (d <= WINDOW_NEAR && tok.type === WORD && tok.n !== stem(tok.n)) out.push(`${side}${d}w=${tok.n}`);
      if (tok.type === PUNCT && SENTENCE_END.has(tok.n)) break;
    }
  }
  out.push(`rk=${q.kind ?? NO_CATEGORY}|L1=${neighbour(t, q.startTok - 1)}`, `rk=${q.kind ?? NO_CATEGORY}|R1=${neighbour(t, q.endTok)}`);
  return out;
}

/** A quantity as the rules read it (a QuantityHit), in the terms the features need. */
export function ruleReading(
  t: Tokenized,
  q: { startTok: number; endTok: number; min: number | null; max: number | null; qualifier: string; category: string | null; kind: string | null; counted: TextSpan | null },
): RuleReading {
  const counted = q.counted;
  // The counted noun lies near the number: search there, not the whole text (a 5 MB article has a million tokens).
  let head: (typeof t.tokens)[number] | undefined;
  for (let k = Math.max(0, q.startTok - HEAD_REACH); counted && k < Math.min(t.tokens.length, q.endTok + HEAD_REACH); k += 1) {
    const tok = t.tokens[k]!;
    if (tok.type === WORD && tok.s >= counted.start && tok.s < counted.end) {
      head = tok;
      break;
    }
  }
  return { startTok: q.startTok, endTok: q.endTok, min: q.min, max: q.max, qualifier: q.qualifier, category: q.category, kind: q.kind, head: head ? stem(head.n) : '' };
}

/** The feature of the token at k, or "^" past either end of the text. */
function neighbour(t: Tokenized, k: number): string {
  return k >= 0 && k < t.tokens.length ? tokenFeature(t, k) : '^';
}

/** Probabilities of each label for one quantity's features. */
export function predict(model: LearnedModel, feats: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of feats) {
    const w = model.weights[f];
    if (!w) continue;
    for (const [label, weight] of w) scores[label]! += weight;
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * The category and kind the model gives one quantity the rules read, or null
 * to keep the rules'. It gives a category or changes one, never takes one
 * away: a count the rules left without a category stays undrafted unless the
 * model is sure of one, and a category the rules found is only replaced by
 * another the model is sure of.
 */
export function relabel(model: LearnedModel, t: Tokenized, q: RuleReading): { category: string; kind: string } | null {
  const p = predict(model, features(t, q));
  let best = -1;
  for (let i = 0; i < p.length; i += 1) if (best === -1 || p[i]! > p[best]!) best = i;
  const label = model.labels[best]!;
  if (label === NOT_A_COUNT || label === NO_CATEGORY || label === q.category) return null;
  if (p[best]! < (q.category === null ? model.fillAt : model.relabelAt)) return null;
  const kind = model.kinds[`${label}|${q.head}`] ?? model.kinds[`${label}|`];
  return kind ? { category: label, kind } : null;
}

/** Where the trained model lives (scripts/train-reader.ts writes it). */
export const MODEL_FILE = new URL('./learned-model.json', import.meta.url);

let loaded: LearnedModel | null = null;

/** A model from its file's text; what is wrong is named with the file, and how to rebuild it. */
export function parseModel(text: string, where: string): LearnedModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: the learned model is not JSON (${error instanceof Error ? error.message : String(error)}); run npm run train-reader`);
  }
  return checkModel(data, where);
}

/** The model, checked: what is missing is named with the file, and how to rebuild it. */
function checkModel(data: unknown, where: string): LearnedModel {
  const m = (data ?? {}) as Partial<LearnedModel>;
  const missing = [
    Array.isArray(m.labels) ? '' : 'labels',
    Array.isArray(m.bias) && m.bias.length === m.labels?.length ? '' : 'a bias per label',
    typeof m.weights === 'object' && m.weights !== null ? '' : 'weights',
    typeof m.kinds === 'object' && m.kinds !== null ? '' : 'kinds',
    typeof m.relabelAt === 'number' ? '' : 'relabelAt',
    typeof m.fillAt === 'number' ? '' : 'fillAt',
  ].filter(Boolean);
  if (missing.length) throw new Error(`${where}: not a learned model (no ${missing.join(', ')}); run npm run train-reader`);
  return m as LearnedModel;
}

/** The trained model, checked once. */
export function learnedModel(): LearnedModel {
  loaded ??= checkModel(modelData, 'authoring/reader/learned-model.json');
  return loaded;
}
