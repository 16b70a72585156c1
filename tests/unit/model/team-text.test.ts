/**
 * Team-written text (notes, reasons) is shown in the reader's language, so the
 * validator requires it in both: each case edits one fact of the second story
 * and expects exactly one clear, one-line problem naming the fact and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/model/problems';
import { validateStory } from '../../../src/model/validate';
import { SECOND_STORY, TEST_REGIONS } from '../../helpers/stories';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const story = readFileSync(join(SECOND_STORY, 'story.json'), 'utf8');
const facts = readFileSync(join(SECOND_STORY, 'facts.json'), 'utf8');
const article = new Uint8Array(readFileSync(join(SECOND_STORY, 'article.txt')));

async function problemsAfter(edit: (facts: Json[]) => void) {
  const value = JSON.parse(facts) as { facts: Json[] };
  edit(value.facts);
  const result = await validateStory({ folder: 'story', id: 'second-story', story, facts: JSON.stringify(value), article }, TEST_REGIONS);
  return result.problems.filter((p) => p.severity === 'error');
}

const both = (en: string, ar: string) => ({ en, ar });
const NOTE = both('The article does not say who shelled the area.', 'لا يذكر المقال من قصف المنطقة.');
const REASON = both('The article gives no year; the story is dated by its other facts.', 'لا يذكر المقال السنة؛ وتؤرخ القصة بوقائعها الأخرى.');

describe('team-written text in both languages', () => {
  it.each([
    { name: 'a note in both languages', edit: (f: Json[]) => { f[2]!.notes = [NOTE]; } },
    { name: 'an inferred date with a reason in both languages', edit: (f: Json[]) => { f[0]!.time = { date: '2025-03-03', stated: 'الاثنين 3 مارس', inferred: { reason: REASON } }; } },
    { name: 'an inferred part-of link in both languages', edit: (f: Json[]) => { f[0]!.partOf = { fact: 'civilians-killed-12', inferred: { reason: REASON } }; f[0]!.quantity.unit = f[1]!.quantity.unit; f[0]!.kind = 'killed'; f[0]!.quantity.min = 3; f[0]!.quantity.max = 3; f[0]!.override = { reason: REASON }; } },
    // An English note may quote the article's Arabic words, and an Arabic one a name in Latin letters.
    { name: 'mixed scripts in each language', edit: (f: Json[]) => { f[2]!.notes = [both('It says «بعضهم», "some of them".', 'طراز S-400 ليس عدداً.')]; } },
  ])('accepts $name', async ({ edit }) => {
    expect((await problemsAfter(edit)).map(formatProblem)).toEqual([]);
  });

  it.each([
    { name: 'a plain-string note (the old format)', edit: (f: Json[]) => { f[2]!.notes = ['Who shelled it is not said.']; }, fact: 'shelling-southern-idlib', field: 'notes.0', message: 'each note must be { "en": …, "ar": … }, written in both languages (a plain string is the old format)' },
    { name: 'a plain-string date reason', edit: (f: Json[]) => { f[0]!.time.inferred = { reason: 'The year is inferred.' }; }, fact: 'displaced-about-300', field: 'time.inferred.reason', message: 'a reason must be { "en": …, "ar": … }, written in both languages (a plain string is the old format)' },
    { name: 'a plain-string part-of reason', edit: (f: Json[]) => { f[1]!.partOf = { fact: 'displaced-about-300', inferred: { reason: 'Inferred.' } }; }, fact: 'civilians-killed-12', field: 'partOf.inferred.reason', message: 'a reason must be { "en": …, "ar": … }, written in both languages (a plain string is the old format)' },
    { name: 'a plain-string override reason', edit: (f: Json[]) => { f[1]!.override = { reason: 'Checked by hand.' }; }, fact: 'civilians-killed-12', field: 'override.reason', message: 'a reason must be { "en": …, "ar": … }, written in both languages (a plain string is the old format)' },
    { name: 'a note without its Arabic', edit: (f: Json[]) => { f[2]!.notes = [{ en: NOTE.en }]; }, fact: 'shelling-southern-idlib', field: 'notes.0.ar', message: 'missing the Arabic text: team-written text is written in both languages' },
    { name: 'a reason without its English', edit: (f: Json[]) => { f[1]!.override = { reason: { ar: REASON.ar } }; }, fact: 'civilians-killed-12', field: 'override.reason.en', message: 'missing the English text: team-written text is written in both languages' },
    { name: 'an empty Arabic note', edit: (f: Json[]) => { f[2]!.notes = [both(NOTE.en, '  ')]; }, fact: 'shelling-southern-idlib', field: 'notes.0.ar', message: 'a non-empty string' },
    { name: 'a note in a third language', edit: (f: Json[]) => { f[2]!.notes = [{ ...NOTE, fr: 'Non dit.' }]; }, fact: 'shelling-southern-idlib', field: 'notes.0.fr', message: 'unknown field "fr" (a typo?)' },
    { name: 'the English copied into the Arabic', edit: (f: Json[]) => { f[2]!.notes = [both(NOTE.en, NOTE.en)]; }, fact: 'shelling-southern-idlib', field: 'notes.0.ar', message: 'the Arabic text holds no Arabic letter (a copy of the English?)' },
    { name: 'the Arabic copied into the English', edit: (f: Json[]) => { f[0]!.time.inferred = { reason: both(REASON.ar, REASON.ar) }; }, fact: 'displaced-about-300', field: 'time.inferred.reason.en', message: 'the English text holds no Latin letter (a copy of the Arabic?)' },
    { name: 'the English copied into a part-of reason', edit: (f: Json[]) => { f[1]!.partOf = { fact: 'displaced-about-300', inferred: { reason: both('x', 'x') } }; }, fact: 'civilians-killed-12', field: 'partOf.inferred.reason.ar', message: 'the Arabic text holds no Arabic letter (a copy of the English?)' },
  ])('refuses $name: names the fact and $field', async ({ edit, fact, field, message }) => {
    const problems = await problemsAfter(edit);
    const match = problems.find((p) => p.field === field);
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match!.fact).toBe(fact);
    expect(match!.message).toBe(message);
    expect(formatProblem(match!)).not.toMatch(/\n/);
  });
});
