/**
 * The readable report of `scripts/draft.ts` without --json: one block per
 * sentence that has figures, places, directions or numbers kept out.
 */
import { groupBySentence, sentenceIndexes, type DraftDetails, type DraftFact } from './draft';
import type { QuantityReading } from './types';

const MAX_SENTENCE = 160;

function range(r: { min: number | null; max: number | null; qualifier: string }): string {
  const fmt = (n: number | null) => (n === null ? '…' : n.toLocaleString('en-US'));
  return r.min === r.max ? `${r.qualifier} ${fmt(r.min)}` : `${r.qualifier} ${fmt(r.min)}–${fmt(r.max)}`;
}

function figureLine(q: QuantityReading, fact: DraftFact | undefined): string {
  const what = q.category ? `${q.kind} (${q.category})` : 'count, no category';
  const counted = q.counted ? ` counted «${q.counted.text}»` : '';
  const draft = fact ? ` → fact ${fact.id}, region ${fact.region ?? '?'}` : '';
  return `  figure     ${what}: ${range(q)} «${q.text}» [${q.start}–${q.end}]${counted}${draft}`;
}

/** Formats the findings, sentence by sentence. Linear: every list is grouped by sentence once. */
export function formatReport(details: DraftDetails, text: string): string {
  const { json, directions, rejected } = details;
  const n = Math.max(1, json.sentences.length);
  const group = <T extends { start: number }>(items: readonly T[]) => groupBySentence(items, sentenceIndexes(json.sentences, items), n);
  const figures = groupBySentence(json.quantities, details.quantitySentence, n);
  const places = group(json.places);
  const dirs = group(directions);
  const out = group(rejected.filter((r) => r.reason !== 'ordinal'));
  const chars = Array.from(text);
  const factsByStart = new Map(json.facts.map((f) => [f.target.selector[1].start, f]));
  const lines: string[] = [];
  json.sentences.forEach((s, i) => {
    const [qs, ps, ds, rs] = [figures[i] ?? [], places[i] ?? [], dirs[i] ?? [], out[i] ?? []];
    if (!qs.length && !ps.length && !ds.length && !rs.length) return;
    let sentence = chars.slice(s.start, s.end).join('');
    if (sentence.length > MAX_SENTENCE) sentence = `${sentence.slice(0, MAX_SENTENCE)}…`;
    lines.push(`s${i} [${s.start}–${s.end}] ${sentence}`);
    for (const q of qs) lines.push(figureLine(q, factsByStart.get(q.start)));
    for (const p of ps) lines.push(`  place      «${p.text}» → ${p.region} [${p.start}–${p.end}]`);
    for (const d of ds) lines.push(`  direction  «${d.text}» → ${d.direction} of ${d.place} [${d.start}–${d.end}]`);
    for (const r of rs) lines.push(`  not a count «${r.text}» (${r.reason}) [${r.start}–${r.end}]`);
    lines.push('');
  });
  const f = json.facts.length;
  lines.push(`${json.sentences.length} sentences, ${json.quantities.length} quantities, ${json.places.length} place mentions, ${f} draft fact${f === 1 ? '' : 's'}.`);
  return lines.join('\n');
}
