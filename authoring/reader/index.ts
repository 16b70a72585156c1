/**
 * The Arabic reader: quantities, what they count, places and directions, with
 * code-point offsets into the unmodified text. Pure TypeScript, no DOM, no
 * node: imports, no network: it runs in the browser, in node and in the validator.
 */
import type { Qualifier } from './types';
import { analyze, analyzeQuantities, toReading } from './quantities';
import { tokenize } from './tokens';
import type { QuantityReading } from './types';

export type {
  Category,
  DirectionMention,
  GazetteerEntry,
  PlaceMention,
  Qualifier,
  QuantityReading,
  RejectedNumber,
  RejectReason,
  TextSpan,
} from './types';
export { VAGUE_AMOUNTS, type VagueAmount } from './vague';
export { PRE_QUALIFIERS, POST_QUALIFIERS } from './qualifiers';
export { PLACE_NAMES } from './places';
export { findPlaces } from './places';
export { findDirections } from './directions';
export { draftStory, draftDetails, type DraftJson, type DraftFact, type DraftOptions, type DraftDetails } from './draft';
export { formatReport } from './report';
export { analyzeQuantities } from './quantities';
export { normalize, fold } from './normalize';

/** Every count quantity in the text; non-counts (years, dates, articles, weapons, ages …) excluded. */
export function readQuantities(text: string): QuantityReading[] {
  return analyzeQuantities(text).quantities.map(toReading);
}

/**
 * Reads ONE quantity phrase as written in a fact's quantity.text, e.g.
 * "34 جندياً تركياً على الأقل", "الآلاف", "ما لا يقل عن 20 مدنياً", "بين 10 و20".
 * Returns null if the phrase states no count. The rules alone: a value needs no
 * category, so the validator skips the learned layer.
 */
export function readQuantity(phrase: string): { min: number | null; max: number | null; qualifier: Qualifier } | null {
  const first = analyze(tokenize(phrase), false).quantities[0];
  return first ? { min: first.min, max: first.max, qualifier: first.qualifier } : null;
}
