/**
 * The fact's other regions and its notes, as the studio edits them: `related`
 * regions with their role, a movement's `origin` and `destination`, and the
 * team's `notes` in both languages. Pure: the forms' rows in, the story
 * format out, and what is wrong with a row said at once (the dev server's
 * validator has the last word, shown beside the fact).
 */
import { isId } from '../model/ids';
import type { Fact, TeamText } from '../model/schema';

export type RelatedRow = { region: string; role: string };
export type NoteRow = { en: string; ar: string };

/** Roles the stories use; any other kebab-case role may be typed. */
export const KNOWN_ROLES = ['casualties-nationality', 'origin', 'destination', 'party', 'requested-by', 'host'] as const;

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/** What is wrong with a related row, and which of its fields says it. */
export interface RowProblem {
  field: 'region' | 'role';
  message: string;
}

/** What is wrong with each related row, by row (null when nothing): the validator's rules, said where they are typed. */
export function relatedProblems(rows: readonly RelatedRow[], fact: { region: string | null }, storyRegions: readonly string[]): (RowProblem | null)[] {
  return rows.map((row, i) => {
    const region = (message: string): RowProblem => ({ field: 'region', message });
    const role = (message: string): RowProblem => ({ field: 'role', message });
    if (row.region === '') return region('choose a region');
    if (!storyRegions.includes(row.region)) return region(`${row.region} is not one of the story's regions`);
    if (row.region === fact.region) return region("this is the fact's own region: a related region is another one");
    if (row.role.trim() === '') return role('say how the region is concerned, e.g. casualties-nationality');
    if (!isId(row.role.trim())) return role('the role is kebab-case: lowercase letters, digits and single hyphens (casualties-nationality)');
    if (rows.slice(0, i).some((r) => r.region === row.region && r.role.trim() === row.role.trim())) return role('the same region and role twice');
    return null;
  });
}

/** The messages alone, by row ('' when nothing). */
export const relatedMessages = (...args: Parameters<typeof relatedProblems>): string[] => relatedProblems(...args).map((p) => p?.message ?? '');

/** What is wrong with each note, by row ('' when nothing). */
export function noteMessages(rows: readonly NoteRow[]): string[] {
  return rows.map((row) => {
    const problems: string[] = [];
    if (row.en.trim() === '') problems.push('the English text is empty');
    else if (!LATIN_LETTER.test(row.en)) problems.push('the English text holds no Latin letter (a copy of the Arabic?)');
    if (row.ar.trim() === '') problems.push('the Arabic text is empty');
    else if (!ARABIC_LETTER.test(row.ar)) problems.push('the Arabic text holds no Arabic letter (a copy of the English?)');
    return problems.join('; ');
  });
}

/** What is wrong with the origin and destination ('' when nothing). */
export function movementMessage(origin: string, destination: string): string {
  return origin !== '' && origin === destination ? 'the origin and the destination are the same region' : '';
}

export const relatedRows = (fact: Pick<Fact, 'related'>): RelatedRow[] => (fact.related ?? []).map((r) => ({ ...r }));
export const noteRows = (fact: Pick<Fact, 'notes'>): NoteRow[] => (fact.notes ?? []).map((n) => ({ ...n }));

/** The rows as `related` (roles trimmed); undefined for none, so the field leaves the file. */
export function relatedFromRows(rows: readonly RelatedRow[]): Fact['related'] {
  return rows.length === 0 ? undefined : rows.map((r) => ({ region: r.region, role: r.role.trim() }));
}

/** The rows as `notes` (trimmed); undefined for none. */
export function notesFromRows(rows: readonly NoteRow[]): TeamText[] | undefined {
  return rows.length === 0 ? undefined : rows.map((n) => ({ en: n.en.trim(), ar: n.ar.trim() }));
}
