/**
 * Facts as CSV (RFC 4180: CRLF line ends, quoting done by Papa Parse), one row
 * per fact, for spreadsheets and scripts. Plain UTF-8 with no BOM.
 *
 * Newsrooms open CSV files in spreadsheets, which run a cell that starts with
 * = + - @, a tab or a carriage return as a formula. Any text can start so — a
 * summary, a translation, or an article line quoted verbatim — so every such
 * text cell is neutralised as OWASP recommends: a leading apostrophe, inside a
 * quoted cell. Those cells are then no longer byte-exact; the exact quotes stay
 * in the JSON-LD and GeoJSON exports and in the offsets (quote_start, quote_end).
 */
import Papa from 'papaparse';
import type { StoryModel } from '../model/story';
import { factRecord, type FactRecord } from './fact-record';

type Cell = string | number | null;

/** What a spreadsheet would start running as a formula (OWASP's list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Column header and how to read its cell from a fact record, in column order. */
const COLUMNS: ReadonlyArray<readonly [header: string, cell: (record: FactRecord) => Cell]> = [
  ['id', (r) => r.id],
  ['category', (r) => r.category],
  ['kind', (r) => r.kind],
  ['region', (r) => r.region],
  ['region_name_en', (r) => r.region_name_en],
  ['region_name_ar', (r) => r.region_name_ar],
  // Region ids and roles are kebab-case, so ":" and ";" cannot occur inside them.
  ['related', (r) => r.related.map(({ region, role }) => `${region}:${role}`).join(';')],
  ['origin', (r) => r.origin],
  ['destination', (r) => r.destination],
  ['min', (r) => r.quantity_min],
  ['max', (r) => r.quantity_max],
  ['qualifier', (r) => r.qualifier],
  ['amount_en', (r) => r.amount_en],
  ['quantity_text', (r) => r.quantity_text],
  ['unit_en', (r) => r.unit_en],
  ['unit_ar', (r) => r.unit_ar],
  ['date', (r) => r.time_date],
  ['start', (r) => r.time_start],
  ['end', (r) => r.time_end],
  ['time_stated', (r) => r.time_stated],
  ['time_inferred_reason_en', (r) => r.time_inferred_reason_en],
  ['time_inferred_reason_ar', (r) => r.time_inferred_reason_ar],
  ['part_of', (r) => r.part_of],
  ['quote', (r) => r.quote],
  ['quote_start', (r) => r.quote_start],
  ['quote_end', (r) => r.quote_end],
  ['sentence', (r) => r.sentence],
  ['summary_en', (r) => r.summary_en],
  ['summary_ar', (r) => r.summary_ar],
  ['translation', (r) => r.translation],
  // One note per line inside the (quoted) cell.
  ['notes_en', (r) => r.notes_en.join('\n')],
  ['notes_ar', (r) => r.notes_ar.join('\n')],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([header]) => header);

export function factsToCSV(model: StoryModel): string {
  return recordsToCSV(model.facts.map((fact) => factRecord(model, fact)));
}

/** Papa writes null as an empty cell and quotes any cell with a comma, quote, line break or edge space. */
export function recordsToCSV(records: readonly FactRecord[]): string {
  const data = records.map((record) => COLUMNS.map(([, cell]) => cell(record)));
  // A text cell that starts like a formula gets a leading ' and is quoted. Papa's own pattern for
  // `escapeFormulae: true` ends in `.*$` and so misses a cell with a line break (notes): ours does not.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}
