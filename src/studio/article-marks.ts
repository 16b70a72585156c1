/**
 * The article as the studio shows it: each sentence cut into plain text and
 * marked figures, every fact's figure (its `quantity.text`, else its whole
 * quote) marked and tied to the fact's id. Offsets are code points (the story
 * format's), sliced through CodePointIndex; the text is shown as text.
 */
import type { Sentence } from '../model/segment';
import { quantitySpan, type Span } from '../model/spans';
import { CodePointIndex } from '../model/text';
import type { Fact } from '../model/schema';
import type { StudioFact } from './review';

export interface ArticlePiece {
  text: string;
  /** The fact whose figure this is, or null for plain text. */
  fact: string | null;
  draft: boolean;
}

/** Where a fact is marked: its figure, or its quote when it states none. */
export function markSpan(fact: StudioFact): Span {
  const [, position] = fact.target.selector;
  return quantitySpan(fact as Fact) ?? { start: position.start, end: position.end };
}

/** One sentence's pieces; a mark that overlaps an earlier one is left unmarked (the validator reports a figure counted twice). */
export function sentencePieces(index: CodePointIndex, sentence: Span, facts: readonly StudioFact[]): ArticlePiece[] {
  const marks = facts
    .map((fact) => ({ fact, span: markSpan(fact) }))
    .filter(({ span }) => span.start >= sentence.start && span.end <= sentence.end && span.end > span.start)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const pieces: ArticlePiece[] = [];
  let at = sentence.start;
  for (const { fact, span } of marks) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: index.slice(at, span.start), fact: null, draft: false });
    pieces.push({ text: index.slice(span.start, span.end), fact: fact.id, draft: fact.draft === true });
    at = span.end;
  }
  if (at < sentence.end) pieces.push({ text: index.slice(at, sentence.end), fact: null, draft: false });
  return pieces;
}

/** Facts by the sentence their quote starts in, in article order. */
export function factsBySentence(sentences: readonly Sentence[], facts: readonly StudioFact[]): StudioFact[][] {
  const groups: StudioFact[][] = sentences.map(() => []);
  const ordered = [...facts].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  for (const fact of ordered) {
    const start = fact.target.selector[1].start;
    const i = sentences.findIndex((s) => start >= s.start && start < s.end);
    groups[i === -1 ? sentences.length - 1 : i]?.push(fact);
  }
  return groups;
}

/** Arabic letters folded as a reader's eye folds them: no short vowels or tatweel, one alef, ه for ة, ي for ى. */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

export interface PlaceName {
  id: string;
  name_ar: string;
  name_en: string;
}

/** The story's regions named in a sentence (their Arabic name, with or without ال), in the order they are named. */
export function regionsNamedIn(sentence: string, regions: readonly PlaceName[]): string[] {
  const text = foldArabic(sentence);
  const found: { id: string; at: number }[] = [];
  for (const region of regions) {
    const name = foldArabic(region.name_ar).trim();
    if (name === '') continue;
    const bare = name.startsWith('ال') ? name.slice(2) : name;
    const at = [name, bare].map((n) => (n.length >= 2 ? text.indexOf(n) : -1)).filter((i) => i >= 0);
    if (at.length > 0) found.push({ id: region.id, at: Math.min(...at) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
