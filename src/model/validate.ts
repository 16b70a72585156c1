/**
 * The validator: nothing the article does not support reaches the map.
 *
 * Takes the raw files of a story folder and the geodata's regions and returns
 * either the validated story or the problems that stop it, each naming the
 * file, the fact, the field, what was expected and what was found.
 */
import { sha256Hex } from './digest';
import { decodeArticle, fileOf, parseFactsFile, parseStoryFile, type StorySources } from './parse';
import { hasErrors, shown, type Problem } from './problems';
import type { RegionIndex } from './regions';
import type { Fact, FactsFile, StoryFile, TeamText } from './schema';
import { segmentSentences, sentenceAt, type Sentence } from './segment';
import { overlaps, quantitySpan, type Span } from './spans';
import { CodePointIndex } from './text';

export interface ValidatedStory {
  story: StoryFile;
  facts: Fact[];
  /** The article exactly as archived. */
  article: string;
  articleIndex: CodePointIndex;
  sentences: Sentence[];
}

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  story: ValidatedStory | null;
  problems: Problem[];
}

/** Reads a quantity phrase as the Arabic reader does (authoring/reader: `readQuantity`). */
export type QuantityReader = (phrase: string) => { min: number | null; max: number | null; qualifier: string } | null;

export interface ValidateOptions {
  /**
   * Checks each figure against the reader's reading of its text. The validator
   * script and the build always pass it; the app in the browser leaves it out
   * (the build already proved every figure) so the reader is not in its bundle.
   */
  readQuantity?: QuantityReader;
}

export async function validateStory(sources: StorySources, regions: RegionIndex, options: ValidateOptions = {}): Promise<ValidationResult> {
  const storyFile = fileOf(sources.folder, 'story.json');
  const factsFile = fileOf(sources.folder, 'facts.json');
  const problems: Problem[] = [];
  const missing = (file: string) => problems.push({ severity: 'error', file, message: 'file is missing or unreadable' });

  if (sources.story === null) missing(storyFile);
  if (sources.facts === null) missing(factsFile);
  const story = sources.story === null ? null : parseStoryFile(sources.story, storyFile);
  const facts = sources.facts === null ? null : parseFactsFile(sources.facts, factsFile);
  problems.push(...(story?.problems ?? []), ...(facts?.problems ?? []));
  if (!story?.value || !facts?.value) return { story: null, problems };

  const articleFile = fileOf(sources.folder, story.value.article.file);
  if (sources.article === null) {
    missing(articleFile);
    return { story: null, problems };
  }
  const decoded = decodeArticle(sources.article, articleFile);
  if ('problem' in decoded) return { story: null, problems: [...problems, decoded.problem] };

  const hash = await sha256Hex(sources.article);
  if (hash !== story.value.article.sha256) {
    problems.push({
      severity: 'error',
      file: storyFile,
      field: 'article.sha256',
      message: `the archived article does not match its recorded hash (was ${story.value.article.file} edited?)`,
      expected: story.value.article.sha256,
      found: hash,
    });
  }

  const articleIndex = new CodePointIndex(decoded.text);
  const sentences = segmentSentences(decoded.text);
  const context: CheckContext = {
    story: story.value,
    facts: facts.value,
    articleIndex,
    sentences,
    regions,
    storyFile,
    factsFile,
    readQuantity: options.readQuantity ?? null,
    folderId: sources.id,
  };
  problems.push(...checkStory(context), ...untranslated(story.value, storyFile), ...checkFacts(context));
  const validated: ValidatedStory = { story: story.value, facts: facts.value.facts, article: decoded.text, articleIndex, sentences };
  return { story: hasErrors(problems) ? null : validated, problems };
}

interface CheckContext {
  story: StoryFile;
  facts: FactsFile;
  articleIndex: CodePointIndex;
  sentences: Sentence[];
  regions: RegionIndex;
  storyFile: string;
  factsFile: string;
  readQuantity: QuantityReader | null;
  folderId: string | undefined;
}

function checkStory({ story, sentences, regions, storyFile, articleIndex, folderId }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  // The folder's name is the id in links (?story=), in the seal and in export file names.
  if (folderId !== undefined && story.id !== folderId) {
    problems.push({ severity: 'error', file: storyFile, field: 'id', message: 'the id must be the story folder\'s name', expected: shown(folderId), found: shown(story.id) });
  }
  story.regions.forEach((id, i) => {
    if (!regions.has(id)) {
      problems.push({ severity: 'error', file: storyFile, field: `regions.${i}`, message: `unknown region ${shown(id)}`, expected: `one of ${regions.all.map((r) => r.id).join(', ')}` });
    }
  });
  if (story.sentences.length !== sentences.length) {
    problems.push({ severity: 'error', file: storyFile, field: 'sentences', message: 'there must be one translation per sentence unit of the article', expected: `${sentences.length} entries`, found: `${story.sentences.length}` });
  }
  story.sentences.forEach((entry, i) => {
    const unit = sentences[i];
    if (unit && (unit.start !== entry.start || unit.end !== entry.end)) {
      problems.push({
        severity: 'error',
        file: storyFile,
        field: `sentences.${i}`,
        message: 'the span does not match the article\'s sentence unit',
        expected: `${unit.start}–${unit.end} (${shown(articleIndex.slice(unit.start, unit.end), 40)})`,
        found: `${entry.start}–${entry.end}`,
      });
    }
  });
  return problems;
}

function checkFacts(context: CheckContext): Problem[] {
  const { facts, factsFile } = context;
  const problems: Problem[] = [];
  const byId = new Map<string, Fact>();
  for (const fact of facts.facts) {
    if (byId.has(fact.id)) problems.push({ severity: 'error', file: factsFile, fact: fact.id, field: 'id', message: 'duplicate fact id' });
    byId.set(fact.id, fact);
  }
  for (const fact of facts.facts) {
    const at = (field: string, message: string, extra: Partial<Problem> = {}): Problem => ({ severity: 'error', file: factsFile, fact: fact.id, field, message, ...extra });
    problems.push(
      ...checkTarget(fact, context, at),
      ...checkQuantity(fact, at, context.readQuantity),
      ...checkRegions(fact, context, at),
      ...checkTime(fact, context, at),
      ...checkPartOf(fact, byId, at),
      ...unfinished(fact, at),
      ...checkTeamText(fact, at),
    );
  }
  problems.push(...checkCoverage(context), ...checkOneCount(facts.facts, byId, factsFile));
  return problems;
}

type At = (field: string, message: string, extra?: Partial<Problem>) => Problem;

function checkTarget(fact: Fact, { story, articleIndex, sentences }: CheckContext, at: At): Problem[] {
  const [quote, position] = fact.target.selector;
  if (fact.target.source !== story.article.file) {
    return [at('target.source', 'the target must be the story\'s archived article', { expected: shown(story.article.file), found: shown(fact.target.source) })];
  }
  if (position.end <= position.start || position.end > articleIndex.length) {
    return [at('target.selector.1', 'the position is outside the article', { expected: `0 ≤ start < end ≤ ${articleIndex.length}`, found: `${position.start}–${position.end}` })];
  }
  const problems: Problem[] = [];
  const sliced = articleIndex.slice(position.start, position.end);
  if (sliced !== quote.exact) {
    const occurrences = articleIndex.occurrences(quote.exact);
    const hint = occurrences.length === 0 ? 'the quote is not in the article at all' : `the quote is at ${occurrences.map((s) => `${s}–${s + [...quote.exact].length}`).join(', ')}`;
    problems.push(at('target.selector.0.exact', `the position does not slice the quote (${hint})`, { expected: shown(quote.exact, 60), found: shown(sliced, 60) }));
    return problems;
  }
  const prefixStart = position.start - [...quote.prefix].length;
  const before = prefixStart < 0 ? null : articleIndex.slice(prefixStart, position.start);
  if (before !== quote.prefix) problems.push(at('target.selector.0.prefix', 'the prefix is not the text right before the quote', { expected: shown(before ?? '(start of article)', 60), found: shown(quote.prefix, 60) }));
  const suffixEnd = position.end + [...quote.suffix].length;
  const after = suffixEnd > articleIndex.length ? null : articleIndex.slice(position.end, suffixEnd);
  if (after !== quote.suffix) problems.push(at('target.selector.0.suffix', 'the suffix is not the text right after the quote', { expected: shown(after ?? '(end of article)', 60), found: shown(quote.suffix, 60) }));
  const sentence = sentenceAt(sentences, position.start);
  if (!sentence || position.end > sentence.end) {
    problems.push(at('target.selector.1', 'the quote crosses a sentence boundary: quote within one sentence', { found: `${position.start}–${position.end}` }));
  }
  return problems;
}

function checkQuantity(fact: Fact, at: At, readQuantity: QuantityReader | null): Problem[] {
  const quantity = fact.quantity;
  if (!quantity) return [];
  const problems: Problem[] = [];
  if (!fact.target.selector[0].exact.includes(quantity.text)) {
    problems.push(at('quantity.text', 'the figure\'s text is not inside the quote', { expected: `a substring of ${shown(fact.target.selector[0].exact, 60)}`, found: shown(quantity.text) }));
  }
  if (quantity.min !== null && quantity.max !== null && quantity.min > quantity.max) {
    problems.push(at('quantity', 'min is larger than max', { found: `min ${quantity.min}, max ${quantity.max}` }));
  }
  const openEnded = quantity.qualifier === 'at-least' || quantity.qualifier === 'more-than';
  if (openEnded && quantity.max !== null) problems.push(at('quantity.max', `"${quantity.qualifier}" has no upper bound`, { expected: 'null', found: String(quantity.max) }));
  if (fact.override || !readQuantity) return problems;
  const reading = readQuantity(quantity.text);
  if (reading === null) {
    problems.push(at('quantity.text', 'the text states no number (add override.reason if the figure is right)', { found: shown(quantity.text) }));
    return problems;
  }
  for (const key of ['min', 'max', 'qualifier'] as const) {
    if (reading[key] !== quantity[key]) {
      problems.push(at(`quantity.${key}`, `not what ${shown(quantity.text)} says (add override.reason if the figure is right)`, { expected: String(reading[key]), found: String(quantity[key]) }));
    }
  }
  return problems;
}

function checkRegions(fact: Fact, { story, regions }: CheckContext, at: At): Problem[] {
  const problems: Problem[] = [];
  const check = (field: string, id: string | undefined) => {
    if (id === undefined) return;
    if (!regions.has(id)) problems.push(at(field, `unknown region ${shown(id)}`, { expected: `a region of geodata/regions.geojson (${regions.all.map((r) => r.id).join(', ')})` }));
    else if (!story.regions.includes(id)) problems.push(at(field, `region ${shown(id)} is not listed in story.json regions`, { expected: `one of ${story.regions.join(', ')}` }));
  };
  check('region', fact.region);
  fact.related?.forEach((r, i) => check(`related.${i}.region`, r.region));
  check('origin', fact.origin);
  check('destination', fact.destination);
  return problems;
}

/** Earliest and latest day an ISO date of any precision can mean. */
function dayRange(date: string): [string, string] {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return [date, date];
  if (month !== undefined) return [`${date}-01`, `${date}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}

function checkTime(fact: Fact, { articleIndex, sentences }: CheckContext, at: At): Problem[] {
  const time = fact.time;
  if (!time) return [];
  const problems: Problem[] = [];
  if (time.date !== undefined && (time.start !== undefined || time.end !== undefined)) {
    problems.push(at('time', 'a time is either one date or a start/end range', { found: 'date with start or end' }));
  }
  if (time.date === undefined && time.start === undefined && time.end === undefined) {
    problems.push(at('time', 'a time needs a date, a start or an end'));
  }
  if (time.start !== undefined && time.end !== undefined && dayRange(time.start)[0] > dayRange(time.end)[1]) {
    problems.push(at('time', 'the range ends before it starts', { found: `${time.start} … ${time.end}` }));
  }
  if (time.stated !== undefined) {
    const position = fact.target.selector[1];
    const sentence = sentenceAt(sentences, position.start);
    // Looked for from the fact's sentence on, not over the whole article for every fact.
    const inSentence = sentence !== undefined && startsWithin(articleIndex, time.stated, sentence);
    const inArticle = inSentence || (time.stated !== '' && articleIndex.text.includes(time.stated));
    if (!inArticle) {
      problems.push(at('time.stated', 'the stated words are not in the article', { found: shown(time.stated) }));
    } else if (sentence && !inSentence) {
      problems.push(at('time.stated', 'the stated words are not in the fact\'s sentence', { found: shown(time.stated), severity: 'warning' }));
    }
  }
  // A year the article does not write is an inference, and must say why.
  if (!time.inferred) {
    for (const field of ['date', 'start', 'end'] as const) {
      const value = time[field];
      if (value !== undefined && !(time.stated ?? '').includes(value.slice(0, 4))) {
        problems.push(at(`time.${field}`, 'the year is not in the article\'s words: add time.inferred.reason', { found: value }));
      }
    }
  }
  return problems;
}

/** True if `needle` occurs starting inside the code-point span (it may run past its end). */
function startsWithin(index: CodePointIndex, needle: string, span: Span): boolean {
  if (needle.length === 0) return false;
  const at = index.text.indexOf(needle, index.toUtf16(span.start));
  return at !== -1 && at < index.toUtf16(span.end);
}

function checkPartOf(fact: Fact, byId: ReadonlyMap<string, Fact>, at: At): Problem[] {
  if (!fact.partOf) return [];
  const whole = byId.get(fact.partOf.fact);
  if (!whole) return [at('partOf.fact', `unknown fact ${shown(fact.partOf.fact)}`, { expected: 'the id of another fact in facts.json' })];
  const seen = [fact.id];
  for (let next: Fact | undefined = whole; next; next = next.partOf ? byId.get(next.partOf.fact) : undefined) {
    if (seen.includes(next.id)) return [at('partOf.fact', 'partOf makes a cycle', { found: [...seen, next.id].join(' → ') })];
    seen.push(next.id);
  }
  const problems: Problem[] = [];
  const part = fact.quantity;
  const total = whole.quantity;
  if (part && total) {
    if (part.unit.en !== total.unit.en || fact.kind !== whole.kind) {
      problems.push(at('partOf.fact', 'a part must count the same thing as its whole', { expected: `${whole.kind} ${total.unit.en}`, found: `${fact.kind} ${part.unit.en}` }));
    }
    const partLeast = part.min ?? 0;
    if ((total.max !== null && partLeast > total.max) || (total.min !== null && partLeast > total.min)) {
      problems.push(at('quantity.min', `a part is never larger than its whole (${whole.id})`, { expected: `≤ ${total.min ?? total.max}`, found: String(partLeast) }));
    }
  }
  return problems;
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/** The team's notes and reasons with the field each sits in. */
export function teamTexts(fact: Fact): { field: string; text: TeamText }[] {
  const out: { field: string; text: TeamText }[] = [];
  fact.notes?.forEach((text, i) => out.push({ field: `notes.${i}`, text }));
  if (fact.time?.inferred) out.push({ field: 'time.inferred.reason', text: fact.time.inferred.reason });
  if (fact.partOf?.inferred) out.push({ field: 'partOf.inferred.reason', text: fact.partOf.inferred.reason });
  if (fact.override) out.push({ field: 'override.reason', text: fact.override.reason });
  return out;
}

/**
 * Notes and reasons are shown in the reader's language: each language must really be there
 * (an English note copied into "ar" would show English to every Arabic reader).
 */
function checkTeamText(fact: Fact, at: At): Problem[] {
  const problems: Problem[] = [];
  for (const { field, text } of teamTexts(fact)) {
    if (!ARABIC_LETTER.test(text.ar)) {
      problems.push(at(`${field}.ar`, 'the Arabic text holds no Arabic letter (a copy of the English?)', { found: shown(text.ar, 40) }));
    }
    if (!LATIN_LETTER.test(text.en)) {
      problems.push(at(`${field}.en`, 'the English text holds no Latin letter (a copy of the Arabic?)', { found: shown(text.en, 40) }));
    }
  }
  return problems;
}

/** Every sentence should carry at least one fact, so the map covers the whole story. */
function checkCoverage({ facts, sentences, articleIndex, factsFile }: CheckContext): Problem[] {
  const covered = new Set(facts.facts.map((f) => sentenceAt(sentences, f.target.selector[1].start)?.index));
  return sentences
    .filter((s) => !covered.has(s.index))
    .map((s) => ({
      severity: 'warning' as const,
      file: factsFile,
      message: `sentence ${s.index + 1} carries no fact`,
      found: shown(articleIndex.slice(s.start, s.end), 60),
    }));
}

/** True if `part` is counted by `whole` through its partOf chain. */
function isPartOf(part: Fact, whole: Fact, byId: ReadonlyMap<string, Fact>): boolean {
  const seen = new Set<string>();
  for (let id = part.partOf?.fact; id !== undefined && !seen.has(id); id = byId.get(id)?.partOf?.fact) {
    if (id === whole.id) return true;
    seen.add(id);
  }
  return false;
}

/**
 * One figure, one count: two facts whose figures are the same words of the
 * article would show (and add) that figure twice, unless one is declared part
 * of the other. partOf is the only relation that allows it (README).
 */
function checkOneCount(facts: readonly Fact[], byId: ReadonlyMap<string, Fact>, factsFile: string): Problem[] {
  const spans = facts
    .map((fact) => ({ fact, span: quantitySpan(fact) }))
    .filter((entry): entry is { fact: Fact; span: Span } => entry.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  const problems: Problem[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.span.start < spans[i]!.span.end; j++) {
      const [a, b] = [spans[i]!, spans[j]!];
      if (!overlaps(a.span, b.span) || isPartOf(a.fact, b.fact, byId) || isPartOf(b.fact, a.fact, byId)) continue;
      problems.push({
        severity: 'error',
        file: factsFile,
        fact: b.fact.id,
        field: 'quantity.text',
        message: `the same figure as fact ${shown(a.fact.id)} (code points ${a.span.start}–${a.span.end}): one figure is counted once; mark one partOf the other if one really contains the other`,
        found: shown(b.fact.quantity!.text),
      });
    }
  }
  return problems;
}

/**
 * What a story still needs before it is published: drafts to review, translations and summaries
 * to write. Warnings: such a story validates (the studio and the dev server show it) but the
 * public build leaves it out (build/story-folder.ts: publicationProblems).
 */
function unfinished(fact: Fact, at: At): Problem[] {
  const warn = (field: string, message: string): Problem => ({ ...at(field, message), severity: 'warning' });
  const problems: Problem[] = [];
  if (fact.draft) problems.push(warn('draft', 'a draft: review it, then remove "draft" (the story is not published while a fact is a draft)'));
  if (fact.summary.en.trim() === '') problems.push(warn('summary.en', 'the English summary is not written yet'));
  if (fact.summary.ar.trim() === '') problems.push(warn('summary.ar', 'the Arabic summary is not written yet'));
  if (fact.translation.trim() === '') problems.push(warn('translation', 'the quote is not translated yet'));
  return problems;
}

function untranslated(story: StoryFile, storyFile: string): Problem[] {
  const problems: Problem[] = [];
  if (story.title.en.trim() === '') problems.push({ severity: 'warning', file: storyFile, field: 'title.en', message: 'the English title is not written yet' });
  const missing = story.sentences.flatMap((s, i) => (s.en.trim() === '' ? [i + 1] : []));
  if (missing.length > 0) {
    problems.push({ severity: 'warning', file: storyFile, field: 'sentences', message: `${missing.length} sentence${missing.length === 1 ? ' is' : 's are'} not translated yet`, found: `sentence${missing.length === 1 ? '' : 's'} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}` });
  }
  return problems;
}
