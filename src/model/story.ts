/**
 * The read-only model every view reads: the validated story with its
 * sentences, facts and regions joined by id.
 */
import type { Region, RegionIndex } from './regions';
import { rollUpAll, type RegionFacts } from './rollup';
import type { Fact, StoryFile } from './schema';
import { sentenceAt } from './segment';
import type { CodePointIndex } from './text';
import type { ValidatedStory } from './validate';

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  /** The sentence exactly as in the article. */
  text: string;
  /** The team's English translation. */
  en: string;
  /** Ids of the facts quoted from this sentence, in article order. */
  facts: string[];
}

export interface StoryModel {
  story: StoryFile;
  article: string;
  articleIndex: CodePointIndex;
  sentences: SentenceView[];
  facts: Fact[];
  factById: ReadonlyMap<string, Fact>;
  /** The story's regions, in story.json order. */
  regions: Region[];
  regionIndex: RegionIndex;
  /** Roll-ups by region id, computed once. */
  regionFacts: ReadonlyMap<string, RegionFacts>;
  /** The sentence each fact is quoted from. */
  sentenceOfFact: ReadonlyMap<string, SentenceView>;
  /** The facts declared part of each fact (by the whole's id), in facts.json order: a popup never scans every fact. */
  partsOf: ReadonlyMap<string, readonly Fact[]>;
}

/** Facts by the id of the fact they are part of, keeping the order given. */
export function partsByWhole(facts: readonly Fact[]): Map<string, Fact[]> {
  const parts = new Map<string, Fact[]>();
  for (const fact of facts) {
    const whole = fact.partOf?.fact;
    if (whole === undefined) continue;
    const list = parts.get(whole);
    if (list) list.push(fact);
    else parts.set(whole, [fact]);
  }
  return parts;
}

export function buildStoryModel(validated: ValidatedStory, regionIndex: RegionIndex): StoryModel {
  const { story, facts, articleIndex } = validated;
  const ordered = [...facts].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  const sentences: SentenceView[] = validated.sentences.map((s, i) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: articleIndex.slice(s.start, s.end),
    en: story.sentences[i]?.en ?? '',
    facts: [],
  }));
  for (const fact of ordered) {
    const unit = sentenceAt(validated.sentences, fact.target.selector[1].start);
    if (unit) sentences[unit.index]!.facts.push(fact.id);
  }
  const sentenceOfFact = new Map<string, SentenceView>();
  for (const sentence of sentences) for (const id of sentence.facts) sentenceOfFact.set(id, sentence);
  const regions = story.regions.map((id) => regionIndex.get(id)).filter((r): r is Region => r !== undefined);
  return {
    story,
    article: validated.article,
    articleIndex,
    sentences,
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    regions,
    regionIndex,
    regionFacts: rollUpAll(regions.map((r) => r.id), facts, regionIndex),
    sentenceOfFact,
    partsOf: partsByWhole(facts),
  };
}
