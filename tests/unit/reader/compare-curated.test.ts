/** The reader against the team's curated first story: every figure found, no false figure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDraft, type CuratedFigure } from '../../../authoring/reader/compare';
import { draftStory } from '../../../authoring/reader/index';

const folder = join(import.meta.dirname, '../../../public/stories/nato-syria-de-escalation');
const article = readFileSync(join(folder, 'article.txt'), 'utf8');
const facts = (JSON.parse(readFileSync(join(folder, 'facts.json'), 'utf8')) as { facts: CuratedFigure[] }).facts;

describe('draft vs curated facts.json', () => {
  const comparison = compareDraft(draftStory(article).quantities, facts);

  it('finds every curated casualty and displacement figure (recall 3/3)', () => {
    expect(comparison.curated).toBe(3);
    expect(comparison.missed).toEqual([]);
    expect(comparison.found.sort()).toEqual(['displaced-thousands-idlib', 'killed-34-air-strike', 'killed-54-idlib']);
  });

  it('also finds the thousands of officers dismissed (politics), with no false figure there', () => {
    const politics = compareDraft(draftStory(article).quantities, facts, new Set(['politics']));
    expect(politics.found).toEqual(['officers-dismissed-after-coup']);
    expect(politics.falseFigures).toEqual([]);
  });

  it('gives four figures a category, each the curated one; the fifth curated figure (الـ29 member states) has none', () => {
    expect(comparison.category).toEqual({ drafted: 4, right: 4, curated: 5, found: 4 });
  });

  it('adds no false figure', () => {
    expect(comparison.falseFigures.map((r) => r.text)).toEqual([]);
  });

  it('would count a year read as casualties as a false figure', () => {
    const year = { text: '2016', start: 0, end: 4, min: 2016, max: 2016, qualifier: 'exact' as const, counted: null, category: 'casualties' as const, kind: 'killed' };
    expect(compareDraft([year], facts).falseFigures).toEqual([year]);
  });
});
