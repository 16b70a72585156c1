/**
 * One fact as a flat record: the shape shared by the GeoJSON properties and
 * the CSV rows, so both exports say the same thing under the same rules.
 * Absent values are null (not missing keys), so every record has every field.
 */
import { formatAmount } from '../model/format';
import type { Category, Fact, Qualifier } from '../model/schema';
import type { StoryModel } from '../model/story';

export interface FactRecord {
  id: string;
  category: Category;
  kind: string;
  region: string;
  region_name_en: string | null;
  region_name_ar: string | null;
  related: { region: string; role: string }[];
  origin: string | null;
  destination: string | null;
  quantity_min: number | null;
  quantity_max: number | null;
  qualifier: Qualifier | null;
  /** The exact words of the article that state the figure. */
  quantity_text: string | null;
  unit_en: string | null;
  unit_ar: string | null;
  /** The figure in words, qualifier kept: "at least 54", "thousands". */
  amount_en: string | null;
  time_date: string | null;
  time_start: string | null;
  time_end: string | null;
  time_stated: string | null;
  /** Why the date is inferred, in each language (team-written text is in both). */
  time_inferred_reason_en: string | null;
  time_inferred_reason_ar: string | null;
  part_of: string | null;
  /** The quoted span, exactly as in the article. */
  quote: string;
  /** Code-point offsets of the quote in the article, end exclusive. */
  quote_start: number;
  quote_end: number;
  /** The whole sentence the quote lies in. */
  sentence: string | null;
  summary_en: string;
  summary_ar: string;
  translation: string;
  notes_en: string[];
  notes_ar: string[];
  source: { file: string; sha256: string };
}

export function factRecord(model: StoryModel, fact: Fact): FactRecord {
  const [quote, position] = fact.target.selector;
  const regionName = model.regionIndex.get(fact.region)?.name;
  return {
    id: fact.id,
    category: fact.category,
    kind: fact.kind,
    region: fact.region,
    region_name_en: regionName?.en ?? null,
    region_name_ar: regionName?.ar ?? null,
    related: (fact.related ?? []).map(({ region, role }) => ({ region, role })),
    origin: fact.origin ?? null,
    destination: fact.destination ?? null,
    ...quantityFields(fact),
    ...timeFields(fact),
    part_of: fact.partOf?.fact ?? null,
    quote: quote.exact,
    quote_start: position.start,
    quote_end: position.end,
    sentence: model.sentenceOfFact.get(fact.id)?.text ?? null,
    summary_en: fact.summary.en,
    summary_ar: fact.summary.ar,
    translation: fact.translation,
    notes_en: (fact.notes ?? []).map((note) => note.en),
    notes_ar: (fact.notes ?? []).map((note) => note.ar),
    source: { file: model.story.article.file, sha256: model.story.article.sha256 },
  };
}

type QuantityFields = Pick<FactRecord, 'quantity_min' | 'quantity_max' | 'qualifier' | 'quantity_text' | 'unit_en' | 'unit_ar' | 'amount_en'>;

function quantityFields({ quantity }: Fact): QuantityFields {
  return {
    quantity_min: quantity?.min ?? null,
    quantity_max: quantity?.max ?? null,
    qualifier: quantity?.qualifier ?? null,
    quantity_text: quantity?.text ?? null,
    unit_en: quantity?.unit.en ?? null,
    unit_ar: quantity?.unit.ar ?? null,
    amount_en: quantity ? formatAmount(quantity, 'en') : null,
  };
}

type TimeFields = Pick<FactRecord, 'time_date' | 'time_start' | 'time_end' | 'time_stated' | 'time_inferred_reason_en' | 'time_inferred_reason_ar'>;

function timeFields({ time }: Fact): TimeFields {
  return {
    time_date: time?.date ?? null,
    time_start: time?.start ?? null,
    time_end: time?.end ?? null,
    time_stated: time?.stated ?? null,
    time_inferred_reason_en: time?.inferred?.reason.en ?? null,
    time_inferred_reason_ar: time?.inferred?.reason.ar ?? null,
  };
}
