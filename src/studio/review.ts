/**
 * The studio's review of a drafted story, as pure functions over the story's
 * own files: accept, edit or reject a draft, read the forms back into the
 * story format, and say whether the story can be published.
 *
 * A draft is a fact with `"draft": true` (written by `npm run story:new`); a
 * sentence still to translate has `"en": ""`. Both are validator warnings: the
 * story validates, but the public build leaves it out until none is left.
 */
import type { Problem } from '../model/problems';
import type { Category, Fact, FactTime, Qualifier, StoryFile, TeamText } from '../model/schema';

/** A fact as the studio edits it: a draft may still lack its region. */
export type StudioFact = Omit<Fact, 'region'> & { region: string | null; draft?: boolean };

export interface StudioFacts {
  facts: StudioFact[];
}

export const isDraft = (fact: StudioFact) => fact.draft === true;

/** The fact, accepted: no longer a draft. Nothing else changes. */
export function acceptFact(facts: readonly StudioFact[], id: string): StudioFact[] {
  return facts.map((fact) => {
    if (fact.id !== id) return fact;
    const { draft: _draft, ...accepted } = fact;
    return accepted;
  });
}

/** The facts without the rejected one; a part of it is no longer part of anything. */
export function rejectFact(facts: readonly StudioFact[], id: string): StudioFact[] {
  return facts
    .filter((fact) => fact.id !== id)
    .map((fact) => {
      if (fact.partOf?.fact !== id) return fact;
      const { partOf: _partOf, ...rest } = fact;
      return rest;
    });
}

/** The facts with one fact replaced (same position, so the file's order stays). */
export function replaceFact(facts: readonly StudioFact[], id: string, next: StudioFact): StudioFact[] {
  return facts.map((fact) => (fact.id === id ? next : fact));
}

/** A count typed in a field: blank is "no bound" (null), anything else must be a whole number ≥ 0. */
export function parseCount(input: string): number | null | 'invalid' {
  const text = input.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return 'invalid';
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : 'invalid';
}

export interface QuantityForm {
  min: string;
  max: string;
  qualifier: Qualifier;
  text: string;
  unitAr: string;
  unitEn: string;
}

export function quantityForm(quantity: Fact['quantity']): QuantityForm | null {
  if (!quantity) return null;
  return {
    min: quantity.min === null ? '' : String(quantity.min),
    max: quantity.max === null ? '' : String(quantity.max),
    qualifier: quantity.qualifier,
    text: quantity.text,
    unitAr: quantity.unit.ar,
    unitEn: quantity.unit.en,
  };
}

/** The form as the story format's quantity, or the field that is not a count. */
export function quantityFromForm(form: QuantityForm): { quantity: NonNullable<Fact['quantity']> } | { invalid: 'min' | 'max' } {
  const min = parseCount(form.min);
  if (min === 'invalid') return { invalid: 'min' };
  const max = parseCount(form.max);
  if (max === 'invalid') return { invalid: 'max' };
  return { quantity: { min, max, qualifier: form.qualifier, text: form.text, unit: { ar: form.unitAr, en: form.unitEn } } };
}

export type TimeMode = 'none' | 'date' | 'range';

export interface TimeForm {
  mode: TimeMode;
  date: string;
  start: string;
  end: string;
  /** The article's own words, verbatim ('' when the article says nothing). */
  stated: string;
  /** Why a date is inferred, in both languages ('' when it is stated outright). */
  reasonEn: string;
  reasonAr: string;
}

export function timeForm(time: FactTime | undefined): TimeForm {
  return {
    mode: !time ? 'none' : time.date !== undefined ? 'date' : 'range',
    date: time?.date ?? '',
    start: time?.start ?? '',
    end: time?.end ?? '',
    stated: time?.stated ?? '',
    reasonEn: time?.inferred?.reason.en ?? '',
    reasonAr: time?.inferred?.reason.ar ?? '',
  };
}

/** The form as the story format's time (undefined for "no time"); blank fields are left out. */
export function timeFromForm(form: TimeForm): FactTime | undefined {
  if (form.mode === 'none') return undefined;
  const time: FactTime = {};
  const set = (key: 'date' | 'start' | 'end' | 'stated', value: string) => {
    if (value.trim() !== '') time[key] = value.trim();
  };
  if (form.mode === 'date') set('date', form.date);
  else {
    set('start', form.start);
    set('end', form.end);
  }
  set('stated', form.stated);
  if (form.reasonEn.trim() !== '' || form.reasonAr.trim() !== '') {
    const reason: TeamText = { en: form.reasonEn.trim(), ar: form.reasonAr.trim() };
    time.inferred = { reason };
  }
  return time;
}

/** The fields an editor changes, applied to a fact; the rest (id, target, draft) is kept. */
export interface FactEdit {
  category?: Category;
  kind?: string;
  region?: string | null;
  quantity?: Fact['quantity'];
  time?: FactTime | undefined;
  /** The id of the whole this fact is part of, or '' for none. */
  partOf?: string;
  summary?: { en: string; ar: string };
  translation?: string;
  /** Other regions concerned; undefined (present) removes the field. */
  related?: Fact['related'];
  /** A movement's ends, or '' for none. */
  origin?: string;
  destination?: string;
  /** The team's notes; undefined (present) removes the field. */
  notes?: TeamText[] | undefined;
}

export function editFact(fact: StudioFact, edit: FactEdit): StudioFact {
  const next: StudioFact = { ...fact };
  if (edit.category !== undefined) next.category = edit.category;
  if (edit.kind !== undefined) next.kind = edit.kind;
  if (edit.region !== undefined) next.region = edit.region;
  if ('quantity' in edit) {
    if (edit.quantity) next.quantity = edit.quantity;
    else delete next.quantity;
  }
  if ('time' in edit) {
    if (edit.time) next.time = edit.time;
    else delete next.time;
  }
  if (edit.partOf !== undefined) {
    // An inference already written for the same whole is kept.
    if (edit.partOf === '') delete next.partOf;
    else next.partOf = fact.partOf?.fact === edit.partOf ? fact.partOf : { fact: edit.partOf };
  }
  if (edit.summary !== undefined) next.summary = edit.summary;
  if (edit.translation !== undefined) next.translation = edit.translation;
  if ('related' in edit) {
    if (edit.related && edit.related.length > 0) next.related = edit.related;
    else delete next.related;
  }
  for (const end of ['origin', 'destination'] as const) {
    const value = edit[end];
    if (value === undefined) continue;
    if (value === '') delete next[end];
    else next[end] = value;
  }
  if ('notes' in edit) {
    if (edit.notes && edit.notes.length > 0) next.notes = edit.notes;
    else delete next.notes;
  }
  return next;
}

/** story.json with one sentence's translation written. */
export function translateSentence(story: StoryFile, index: number, en: string): StoryFile {
  return { ...story, sentences: story.sentences.map((s, i) => (i === index ? { ...s, en } : s)) };
}

/** story.json with a region listed (a region picked for a fact must be one of the story's). */
export function withRegion(story: StoryFile, region: string): StoryFile {
  return story.regions.includes(region) ? story : { ...story, regions: [...story.regions, region] };
}

export interface PublishState {
  ready: boolean;
  errors: number;
  drafts: number;
  /** Sentences (and the title) with no English yet. */
  untranslated: number;
  /** Facts with a summary or translation still to write. */
  unwritten: number;
}

const blank = (text: string) => text.trim() === '';

/**
 * Publishable when the validator finds no error, no draft is left and every
 * text a reader sees is written: the title and every sentence in English, each
 * fact's summary and translation (the validator only warns of these; the
 * public build leaves such a story out).
 */
export function publishState(problems: readonly Problem[], facts: readonly StudioFact[], story: StoryFile): PublishState {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const drafts = facts.filter(isDraft).length;
  const untranslated = story.sentences.filter((s) => blank(s.en)).length + (blank(story.title.en) ? 1 : 0);
  const unwritten = facts.filter((f) => blank(f.summary.en) || blank(f.summary.ar) || blank(f.translation)).length;
  return { ready: errors === 0 && drafts === 0 && untranslated === 0 && unwritten === 0, errors, drafts, untranslated, unwritten };
}

/** story.json with its English title written. */
export function retitle(story: StoryFile, en: string): StoryFile {
  return { ...story, title: { ...story.title, en } };
}

export interface ProblemGroups {
  /** Problems of one fact, by its id. */
  byFact: Map<string, Problem[]>;
  /** Problems of the story as a whole (story.json, the folder, the article). */
  story: Problem[];
}

export function groupProblems(problems: readonly Problem[], factIds: ReadonlySet<string>): ProblemGroups {
  const byFact = new Map<string, Problem[]>();
  const story: Problem[] = [];
  for (const problem of problems) {
    if (problem.fact !== undefined && factIds.has(problem.fact)) {
      const list = byFact.get(problem.fact);
      if (list) list.push(problem);
      else byFact.set(problem.fact, [problem]);
    } else story.push(problem);
  }
  return { byFact, story };
}
