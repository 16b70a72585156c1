/**
 * Directions relative to a place: شمال شرقي سوريا (north-east of Syria),
 * جنوب إدلب, الشمال الغربي لسوريا, and the Syrian press's ريف إدلب الجنوبي
 * (the southern countryside of Idlib). A direction word only counts when a
 * known place follows it, so حلف شمال الأطلسي (the North Atlantic Treaty) and
 * أميركا الشمالية are never directions.
 */
import type { DirectionMention, GazetteerEntry } from './types';
import { fold } from './normalize';
import { lookup } from './clitics';
import { placeAt } from './places';
import { WORD, sliceText, tokenize, type Tokenized } from './tokens';

type Cardinal = 'north' | 'south' | 'east' | 'west' | 'centre';

function table(rows: readonly [Cardinal, string][]): ReadonlyMap<string, Cardinal> {
  const map = new Map<string, Cardinal>();
  for (const [dir, list] of rows) for (const w of list.split(' ')) map.set(fold(w), dir);
  return map;
}

/** Direction nouns and adjectives before a place (شمال، شمالي، الشمال، جنوب شرق …). */
export const DIRECTION_WORDS = table([
  ['north', 'شمال شمالي الشمال'],
  ['south', 'جنوب جنوبي الجنوب'],
  ['east', 'شرق شرقي الشرق شرقا'],
  ['west', 'غرب غربي الغرب غربا'],
  ['centre', 'وسط'],
]);

/** Direction adjectives after a place (ريف إدلب الجنوبي، ريف حلب الشمالي الغربي). */
export const DIRECTION_ADJECTIVES = table([
  ['north', 'الشمالي الشمالية'],
  ['south', 'الجنوبي الجنوبية'],
  ['east', 'الشرقي الشرقية'],
  ['west', 'الغربي الغربية'],
]);

// The second half of a compound direction, after شمال/جنوب.
const SECOND = table([
  ['east', 'شرق شرقي الشرقي شرقا'],
  ['west', 'غرب غربي الغربي غربا'],
]);

const RURAL: ReadonlyMap<string, true> = new Map(['ريف', 'أرياف', 'ريفي'].map((w) => [fold(w), true]));
const DIRECTION_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];
const LINKERS = new Set(['من']);

function combine(first: Cardinal, second: Cardinal | undefined): string {
  return second && (first === 'north' || first === 'south') ? `${first}-${second}` : first;
}

interface DirectionHit extends DirectionMention {
  endTok: number;
}

function wordAt(t: Tokenized, i: number, map: ReadonlyMap<string, Cardinal>, clitics: readonly string[] = []) {
  const tok = t.tokens[i];
  if (!tok || tok.type !== WORD) return null;
  return lookup(map, tok.n, clitics);
}

/** شمال شرقي سوريا, الشمال الغربي لسوريا, جنوب إدلب. */
function directionBeforePlace(t: Tokenized, i: number, gazetteer?: readonly GazetteerEntry[]): DirectionHit | null {
  const first = wordAt(t, i, DIRECTION_WORDS, DIRECTION_CLITICS);
  if (!first) return null;
  let j = i + 1;
  const second = first.value === 'north' || first.value === 'south' ? wordAt(t, j, SECOND) : null;
  if (second && second.stem.prefix === 0) j += 1;
  if (LINKERS.has(t.tokens[j]?.n ?? '')) j += 1;
  const place = placeAt(t, j, gazetteer);
  if (!place) return null;
  const start = t.origin[t.tokens[i]!.ns + first.stem.prefix]!;
  const direction = combine(first.value, second?.value);
  return { text: sliceText(t, start, place.end), start, end: place.end, direction, place: place.region, endTok: place.endTok };
}

/** ريف إدلب الجنوبي, ريف حلب الشمالي الغربي. */
function ruralDirection(t: Tokenized, i: number, gazetteer?: readonly GazetteerEntry[]): DirectionHit | null {
  const rural = t.tokens[i];
  const ruralHit = rural?.type === WORD ? lookup(RURAL, rural.n, DIRECTION_CLITICS) : null;
  if (!rural || !ruralHit) return null;
  const place = placeAt(t, i + 1, gazetteer);
  if (!place) return null;
  const first = wordAt(t, place.endTok, DIRECTION_ADJECTIVES);
  if (!first) return null;
  const second = wordAt(t, place.endTok + 1, DIRECTION_ADJECTIVES);
  const compound = second && (second.value === 'east' || second.value === 'west') ? second : null;
  const endTok = place.endTok + (compound ? 2 : 1);
  const start = t.origin[rural.ns + ruralHit.stem.prefix]!;
  const end = t.tokens[endTok - 1]!.e;
  const direction = combine(first.value, compound?.value);
  return { text: sliceText(t, start, end), start, end, direction, place: place.region, endTok };
}

/** Every direction in a tokenized text. */
export function directionsIn(t: Tokenized, gazetteer?: readonly GazetteerEntry[]): DirectionMention[] {
  const out: DirectionMention[] = [];
  for (let i = 0; i < t.tokens.length; ) {
    const hit = directionBeforePlace(t, i, gazetteer) ?? ruralDirection(t, i, gazetteer);
    if (hit) {
      const { endTok: _, ...mention } = hit;
      out.push(mention);
      i = hit.endTok;
    } else {
      i += 1;
    }
  }
  return out;
}

/** Directions relative to a known place, with code-point offsets (clitic of the first word excluded). */
export function findDirections(text: string, gazetteer?: readonly GazetteerEntry[]): DirectionMention[] {
  return directionsIn(tokenize(text), gazetteer);
}
