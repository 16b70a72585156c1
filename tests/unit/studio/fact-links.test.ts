/** The studio's related regions, origin/destination and notes: rows in, the story format out, problems said at once. Table-driven. */
import { describe, expect, it } from 'vitest';
import { movementMessage, noteMessages, notesFromRows, noteRows, relatedFromRows, relatedMessages, relatedProblems, relatedRows } from '../../../src/studio/fact-links';
import { editFact, type StudioFact } from '../../../src/studio/review';

const fact: StudioFact = {
  id: 'killed-34',
  category: 'casualties',
  kind: 'killed',
  region: 'idlib',
  target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
  summary: { en: '', ar: '' },
  translation: '',
};
const regions = ['idlib', 'syria', 'turkey', 'europe'];

describe('relatedMessages', () => {
  it.each([
    { rows: [{ region: 'turkey', role: 'casualties-nationality' }], expected: [''] },
    { rows: [{ region: '', role: 'party' }], expected: ['choose a region'] },
    { rows: [{ region: 'yemen', role: 'party' }], expected: ["yemen is not one of the story's regions"] },
    { rows: [{ region: 'idlib', role: 'party' }], expected: [expect.stringMatching(/fact's own region/)] },
    { rows: [{ region: 'turkey', role: '  ' }], expected: [expect.stringMatching(/say how/)] },
    { rows: [{ region: 'turkey', role: 'Casualties Nationality' }], expected: [expect.stringMatching(/kebab-case/)] },
    { rows: [{ region: 'turkey', role: 'party--x' }], expected: [expect.stringMatching(/kebab-case/)] },
    { rows: [{ region: 'turkey', role: 'party' }, { region: 'turkey', role: 'party ' }], expected: ['', 'the same region and role twice'] },
    { rows: [{ region: 'turkey', role: 'party' }, { region: 'turkey', role: 'host' }], expected: ['', ''] },
  ])('$rows → $expected', ({ rows, expected }) => {
    expect(relatedMessages(rows, fact, regions)).toEqual(expected);
  });
});

describe('relatedProblems: the field each problem belongs to', () => {
  it.each([
    { row: { region: '', role: 'party' }, field: 'region' },
    { row: { region: 'idlib', role: 'party' }, field: 'region' },
    { row: { region: 'turkey', role: '' }, field: 'role' },
    { row: { region: 'turkey', role: 'Bad Role' }, field: 'role' },
    { row: { region: 'turkey', role: 'party' }, field: null },
  ])('$row → $field', ({ row, field }) => {
    expect(relatedProblems([row], fact, regions)[0]?.field ?? null).toBe(field);
  });
});

describe('noteMessages', () => {
  it.each([
    { row: { en: 'Turkey says 33.', ar: 'تقول تركيا 33.' }, expected: '' },
    { row: { en: 'S-400 بحسب', ar: 'منظومة S-400' }, expected: '' },
    { row: { en: '', ar: 'ملاحظة' }, expected: 'the English text is empty' },
    { row: { en: 'A note', ar: ' ' }, expected: 'the Arabic text is empty' },
    { row: { en: 'ملاحظة', ar: 'ملاحظة' }, expected: 'the English text holds no Latin letter (a copy of the Arabic?)' },
    { row: { en: 'A note', ar: 'A note' }, expected: 'the Arabic text holds no Arabic letter (a copy of the English?)' },
    { row: { en: '', ar: '' }, expected: 'the English text is empty; the Arabic text is empty' },
  ])('$row → "$expected"', ({ row, expected }) => {
    expect(noteMessages([row])).toEqual([expected]);
  });
});

describe('movementMessage', () => {
  it.each([
    { origin: '', destination: '', expected: '' },
    { origin: 'turkey', destination: 'europe', expected: '' },
    { origin: 'turkey', destination: '', expected: '' },
    { origin: 'turkey', destination: 'turkey', expected: 'the origin and the destination are the same region' },
  ])('$origin → $destination: "$expected"', ({ origin, destination, expected }) => {
    expect(movementMessage(origin, destination)).toBe(expected);
  });
});

describe('rows and the story format', () => {
  it('reads a fact into rows and back, roles and notes trimmed; no rows leaves the field out', () => {
    const rows = relatedRows({ related: [{ region: 'turkey', role: 'casualties-nationality' }] });
    expect(rows).toEqual([{ region: 'turkey', role: 'casualties-nationality' }]);
    expect(relatedFromRows([{ region: 'turkey', role: ' party ' }])).toEqual([{ region: 'turkey', role: 'party' }]);
    expect(relatedFromRows([])).toBeUndefined();
    expect(noteRows({})).toEqual([]);
    expect(notesFromRows([{ en: ' A note. ', ar: ' ملاحظة. ' }])).toEqual([{ en: 'A note.', ar: 'ملاحظة.' }]);
    expect(notesFromRows([])).toBeUndefined();
  });

  it.each([
    { name: 'related set', edit: { related: [{ region: 'turkey', role: 'party' }] }, expected: { related: [{ region: 'turkey', role: 'party' }] } },
    { name: 'related removed', start: { related: [{ region: 'turkey', role: 'party' }] }, edit: { related: undefined }, expected: { related: undefined } },
    { name: 'origin and destination set', edit: { origin: 'turkey', destination: 'europe' }, expected: { origin: 'turkey', destination: 'europe' } },
    { name: 'origin cleared, destination kept', start: { origin: 'turkey', destination: 'europe' }, edit: { origin: '' }, expected: { origin: undefined, destination: 'europe' } },
    { name: 'notes set', edit: { notes: [{ en: 'A note.', ar: 'ملاحظة.' }] }, expected: { notes: [{ en: 'A note.', ar: 'ملاحظة.' }] } },
    { name: 'notes removed', start: { notes: [{ en: 'A note.', ar: 'ملاحظة.' }] }, edit: { notes: undefined }, expected: { notes: undefined } },
    { name: 'an edit without them keeps them', start: { notes: [{ en: 'A note.', ar: 'ملاحظة.' }], origin: 'turkey' }, edit: { kind: 'wounded' }, expected: { notes: [{ en: 'A note.', ar: 'ملاحظة.' }], origin: 'turkey', kind: 'wounded' } },
  ])('editFact: $name', ({ start, edit, expected }) => {
    const next = editFact({ ...fact, ...start }, edit);
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(key in next, key).toBe(false);
      else expect(next[key as keyof StudioFact]).toEqual(value);
    }
    expect(next.id).toBe(fact.id);
  });
});
