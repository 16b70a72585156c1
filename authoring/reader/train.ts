/**
 * Training of the learned layer (learned.ts) from annotated texts: each
 * quantity the rules read is labelled as the scorer credits it (the category
 * of the annotated figure it is matched to, NO_CATEGORY, or NOT_A_COUNT when it
 * is matched to none), and a multinomial logistic regression is fitted to those labels
 * by AdaGrad. Deterministic: a fixed seed orders the examples.
 */
import { analyze } from './quantities';
import { matchFigures, type AnnotatedText } from './score';
import { tokenize } from './tokens';
import { features, NO_CATEGORY, NOT_A_COUNT, ruleReading, type LearnedModel } from './learned';

export interface Example {
  features: string[];
  /** The annotated category, NO_CATEGORY, or NOT_A_COUNT. */
  label: string;
  /** The annotated kind, and the counted noun's stem, for the table of kinds. */
  kind: string | null;
  head: string;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** Features seen fewer times are left out. */
  minCount?: number;
  relabelAt: number;
  fillAt: number;
}

/** The rules' quantities of one text with their labels, matched to its annotations as the scorer matches them. */
export function examplesOf(item: AnnotatedText): Example[] {
  const t = tokenize(item.text);
  const quantities = analyze(t, false).quantities;
  const labels: ({ category: string; kind: string | null } | null)[] = quantities.map(() => null);
  matchFigures(item, quantities).forEach((i, n) => {
    const f = item.annotations.figures[n]!;
    if (i !== -1) labels[i] = { category: f.category ?? NO_CATEGORY, kind: f.kind };
  });
  return quantities.map((q, i) => {
    const rules = ruleReading(t, q);
    return { features: features(t, rules), label: labels[i]?.category ?? NOT_A_COUNT, kind: labels[i]?.kind ?? null, head: rules.head };
  });
}

/** A small deterministic generator (mulberry32) for the order of the examples. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the model to the examples. */
export function train(examples: readonly Example[], options: TrainOptions): LearnedModel {
  const { epochs = 12, rate = 0.3, l2 = 1e-6, minCount = 2 } = options;
  const labels = [NOT_A_COUNT, NO_CATEGORY, ...[...new Set(examples.map((e) => e.label))].filter((l) => l !== NOT_A_COUNT && l !== NO_CATEGORY).sort()];
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= minCount).sort();
  const featureIndex = new Map(names.map((f, i) => [f, i]));
  const L = labels.length;
  const w = new Float64Array(names.length * L);
  const g = new Float64Array(names.length * L).fill(1e-8);
  const bias = new Float64Array(L);
  const gb = new Float64Array(L).fill(1e-8);
  const rows = examples.map((e) => ({ x: [...new Set(e.features)].map((f) => featureIndex.get(f)).filter((i): i is number => i !== undefined), y: labelIndex.get(e.label)! }));
  const random = generator(20261201);
  const order = rows.map((_, i) => i);
  const p = new Float64Array(L);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const { x, y } = rows[r]!;
      for (let l = 0; l < L; l += 1) p[l] = bias[l]!;
      for (const f of x) for (let l = 0; l < L; l += 1) p[l] = p[l]! + w[f * L + l]!;
      let top = -Infinity;
      for (let l = 0; l < L; l += 1) top = Math.max(top, p[l]!);
      let sum = 0;
      for (let l = 0; l < L; l += 1) {
        p[l] = Math.exp(p[l]! - top);
        sum += p[l]!;
      }
      for (let l = 0; l < L; l += 1) {
        const grad = p[l]! / sum - (l === y ? 1 : 0);
        gb[l] = gb[l]! + grad * grad;
        bias[l] = bias[l]! - (rate * grad) / Math.sqrt(gb[l]!);
        for (const f of x) {
          const at = f * L + l;
          const gr = grad + l2 * w[at]!;
          g[at] = g[at]! + gr * gr;
          w[at] = w[at]! - (rate * gr) / Math.sqrt(g[at]!);
        }
      }
    }
  }
  const weights: Record<string, [number, number][]> = {};
  names.forEach((name, f) => {
    const pairs: [number, number][] = [];
    for (let l = 0; l < L; l += 1) {
      const v = w[f * L + l]!;
      if (Math.abs(v) >= 0.02) pairs.push([l, Math.round(v * 1000) / 1000]);
    }
    if (pairs.length) weights[name] = pairs;
  });
  return { labels, bias: [...bias].map((b) => Math.round(b * 1000) / 1000), weights, kinds: kindTable(examples), relabelAt: options.relabelAt, fillAt: options.fillAt };
}

/** The most frequent kind of each category, and of each category and counted noun where that differs (seen twice at least). */
function kindTable(examples: readonly Example[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, kind: string) => {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(kind, (m.get(kind) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const e of examples) {
    if (!e.kind) continue;
    add(`${e.label}|`, e.kind);
    if (e.head) add(`${e.label}|${e.head}`, e.kind);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const table: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    const [kind, n] = top(counts.get(key)!);
    const category = key.slice(0, key.indexOf('|') + 1);
    if (key === category || (n >= 2 && kind !== table[category])) table[key] = kind;
  }
  return table;
}
