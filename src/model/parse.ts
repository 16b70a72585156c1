/**
 * From raw file contents to schema-checked objects. Nothing here throws: every
 * failure becomes a Problem that names the file, the fact and the field.
 */
import * as v from 'valibot';
import { FactsFile, StoryFile } from './schema';
import { findBidiControls, mayHoldBidiControls } from './bidi';
import { findDuplicateKey } from './json-keys';
import type { Problem } from './problems';
import { shown } from './problems';

/** The raw files of one story folder; null where the file could not be read. */
export interface StorySources {
  /** The folder as the author knows it, used in messages (e.g. public/stories/x). */
  folder: string;
  /** The story id its folder's name gives, which story.json's id must equal (the link and the seal use it). */
  id?: string;
  story: string | null;
  facts: string | null;
  article: Uint8Array | null;
}

export function fileOf(folder: string, name: string): string {
  return folder === '' ? name : `${folder.replace(/\/+$/, '')}/${name}`;
}

/** JSON.parse with the error turned into line and column. */
export function parseJson(text: string, file: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    // The engine's message may quote the text around the error, line breaks included: keep one line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    const position = /position (\d+)/.exec(reason);
    let at = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      at = ` at line ${line}, column ${column}`;
    }
    return { problem: { severity: 'error', file, message: `invalid JSON${at}: ${reason}` } };
  }
}

/** Decodes the article strictly: a byte that is not UTF-8 is a problem, not a U+FFFD. */
export function decodeArticle(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: { severity: 'error', file, message: 'the article is not valid UTF-8 text' } };
  }
}

type Issue = v.BaseIssue<unknown>;

/** Where a path of keys points: the fact it sits in when the file is facts.json, and the dotted field. */
function locate(keys: readonly (string | number)[], raw: unknown, isFacts: boolean): { fact?: string; field?: string } {
  if (isFacts && keys[0] === 'facts' && typeof keys[1] === 'number') {
    const entry = Array.isArray((raw as { facts?: unknown }).facts) ? (raw as { facts: unknown[] }).facts[keys[1]] : undefined;
    const id = (entry as { id?: unknown } | undefined)?.id;
    const fact = typeof id === 'string' && id !== '' ? id : `#${keys[1]}`;
    const field = keys.slice(2).join('.');
    return field === '' ? { fact } : { fact, field };
  }
  const field = keys.join('.');
  return field === '' ? {} : { field };
}

const issueKeys = (issue: Issue) => (issue.path ?? []).map((item) => item.key as string | number);

/** Fields written as { en, ar }: titles, summaries, units, notes and reasons. */
function isBilingualField(keys: readonly (string | number)[]): boolean {
  const last = keys.at(-1);
  return (typeof last === 'number' && keys.at(-2) === 'notes') || last === 'reason' || last === 'title' || last === 'summary' || last === 'unit';
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** What a team-written field that must be { en, ar } is called in a message: "notes", "a reason", or "it". */
function bilingualName(keys: readonly (string | number)[]): string {
  const last = keys.at(-1);
  if (typeof last === 'number' && keys.at(-2) === 'notes') return 'each note';
  if (last === 'reason') return 'a reason';
  return 'it';
}

function describe(issue: Issue): { message: string; expected?: string; found?: string } {
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { message: `unknown field ${shown(issue.path?.at(-1)?.key)} (a typo?)` };
  }
  const keys = issueKeys(issue);
  // Team-written text is shown in the reader's language; a plain string is the format before both were required.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && typeof issue.input === 'string' && isBilingualField(keys)) {
    return {
      message: `${bilingualName(keys)} must be { "en": …, "ar": … }, written in both languages (a plain string is the old format)`,
      expected: '{ "en": "…", "ar": "…" }',
      found: shown(issue.input, 40),
    };
  }
  const last = keys.at(-1);
  if (issue.kind === 'schema' && issue.received === 'undefined' && (last === 'en' || last === 'ar')) {
    return { message: `missing the ${LANGUAGE_NAMES[last]} text: team-written text is written in both languages` };
  }
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return { message: 'missing required field' };
  }
  if (issue.kind === 'schema') {
    return { message: 'wrong type', expected: issue.expected ?? undefined, found: issue.received };
  }
  // Validation actions carry our own wording in `message`.
  return { message: issue.message, found: shown(issue.input) };
}

export function schemaProblems(issues: readonly Issue[], raw: unknown, file: string, isFacts: boolean): Problem[] {
  return issues.map((issue) => {
    const { message, expected, found } = describe(issue);
    const problem: Problem = { severity: 'error', file, ...locate(issueKeys(issue), raw, isFacts), message };
    if (expected !== undefined) problem.expected = expected;
    if (found !== undefined) problem.found = found;
    return problem;
  });
}

export function parseStoryFile(text: string, file: string) {
  return parseWith(StoryFile, text, file, false);
}

export function parseFactsFile(text: string, file: string) {
  return parseWith(FactsFile, text, file, true);
}

function parseWith<T extends v.GenericSchema>(
  schema: T,
  text: string,
  file: string,
  isFacts: boolean,
): { value: v.InferOutput<T>; problems: [] } | { value: null; problems: Problem[] } {
  const json = parseJson(text, file);
  if ('problem' in json) return { value: null, problems: [json.problem] };
  if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
    const found = json.value === null ? 'null' : Array.isArray(json.value) ? 'an array' : typeof json.value;
    return { value: null, problems: [{ severity: 'error', file, message: 'wrong type: the file must hold one JSON object', expected: 'an object', found }] };
  }
  // JSON.parse keeps the last of two equal keys; an edit must not win silently.
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    return {
      value: null,
      problems: [{ severity: 'error', file, ...locate([...duplicate.path, duplicate.key], json.value, isFacts), message: `duplicate key ${shown(duplicate.key)} at line ${duplicate.line}, column ${duplicate.column} (JSON would keep only the last)` }],
    };
  }
  const result = v.safeParse(schema, json.value);
  if (!result.success) return { value: null, problems: schemaProblems(result.issues, json.value, file, isFacts) };
  const controls = mayHoldBidiControls(text) ? findBidiControls(json.value) : [];
  if (controls.length > 0) {
    const problems = controls.map(({ path, control }): Problem => ({
      severity: 'error',
      file,
      ...locate(path, json.value, isFacts),
      message: `a direction control character (${control}) in team-written text: remove it (the app isolates every story string itself)`,
    }));
    return { value: null, problems };
  }
  return { value: result.output, problems: [] };
}
