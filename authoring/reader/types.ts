/**
 * Shared reader types. Qualifier and Category are the story schema's own
 * (src/model/schema.ts), imported as types only so the reader stays free of
 * runtime dependencies.
 */
import type { Category as SchemaCategory, Qualifier as SchemaQualifier } from '../../src/model/schema';

export type Qualifier = SchemaQualifier;
export type Category = SchemaCategory;

/** A span of the original text, in code points, end exclusive. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface QuantityReading extends TextSpan {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** The noun phrase counted (جندياً تركياً، الضباط العسكريين الأتراك), or null. */
  counted: TextSpan | null;
  category: Category | null;
  /** What happened to what is counted: killed, injured, displaced, detained, dismissed, granted-asylum … */
  kind: string | null;
}

/** Why a number was kept out of the figures. */
export type RejectReason =
  | 'year'
  | 'date'
  | 'time'
  | 'designation'
  | 'model'
  | 'ordinal'
  | 'percentage'
  | 'age'
  | 'duration'
  | 'money'
  | 'measure'
  | 'place'
  | 'occasions'
  | 'multiplier'
  | 'fraction'
  | 'ratio'
  /** The families of «287 أسرة تضم 1,460 فرداً»: counted by their members, no second count. */
  | 'family-size';

export interface RejectedNumber extends TextSpan {
  value: number | null;
  reason: RejectReason;
}

export interface PlaceMention extends TextSpan {
  /** Region id (geodata/regions.geojson) or gazetteer id (geodata/places.json). */
  region: string;
}

export interface DirectionMention extends TextSpan {
  /** north, south, east, west, north-east, north-west, south-east, south-west, centre. */
  direction: string;
  /** Region or gazetteer id of the place the direction is relative to. */
  place: string;
}

export interface GazetteerEntry {
  id: string;
  name_ar: string;
  kind?: string;
}
