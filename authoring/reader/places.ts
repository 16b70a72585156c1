/**
 * Place mentions: regions (geodata/regions.geojson) and gazetteer places
 * (geodata/places.json) by their Arabic names and common variants.
 *
 * Offsets cover the name without its clitic prefix: in بسوريا the mention is
 * سوريا. Only conjunctions and prepositions are stripped, never the article,
 * so the adjective السورية ("Syrian") is not read as سورية ("Syria").
 */
import type { GazetteerEntry, PlaceMention } from './types';
import { fold } from './normalize';
import { firstStem } from './clitics';
import { lookupNoun, lookupAdjective } from './lexicon';
import { WORD, followsFrom, sliceText, tokenize, type Tokenized } from './tokens';

export interface PlaceName {
  id: string;
  /** Arabic spellings as written; matching folds them. */
  ar: readonly string[];
  /** Specificity: 4 city, 3 governorate, 2 part of a country, 1 country, 0 continent. */
  rank: number;
}

/** THE place-name table: regions first, then the gazetteer places the reader knows without the JSON. */
export const PLACE_NAMES: readonly PlaceName[] = [
  { id: 'idlib', ar: ['إدلب', 'ادلب'], rank: 3 },
  { id: 'northern-syria', ar: ['شمال سوريا', 'شمال سورية', 'شمالي سوريا', 'شمالي سورية', 'الشمال السوري'], rank: 2 },
  { id: 'syria', ar: ['سوريا', 'سورية'], rank: 1 },
  { id: 'turkey', ar: ['تركيا'], rank: 1 },
  { id: 'europe', ar: ['أوروبا', 'اوروبا', 'أوربا'], rank: 0 },
  { id: 'aleppo', ar: ['حلب'], rank: 4 },
  { id: 'damascus', ar: ['دمشق'], rank: 4 },
  { id: 'latakia', ar: ['اللاذقية'], rank: 4 },
  { id: 'hama', ar: ['حماة', 'حماه'], rank: 4 },
  { id: 'raqqa', ar: ['الرقة'], rank: 4 },
  { id: 'ankara', ar: ['أنقرة'], rank: 4 },
  { id: 'beirut', ar: ['بيروت'], rank: 4 },
  { id: 'baghdad', ar: ['بغداد'], rank: 4 },
];

// Names that double as an accusative adjective once tanween is dropped (جندياً تركياً).
const ALSO_ADJECTIVE: ReadonlySet<string> = new Set(['تركيا', 'سوريا'].map(fold));
const PLACE_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'لل', 'ولل', 'فلل'];

interface Candidate {
  id: string;
  rank: number;
  tokens: readonly string[];
}

type PlaceIndex = ReadonlyMap<string, readonly Candidate[]>;

function buildIndex(gazetteer: readonly GazetteerEntry[] | undefined): PlaceIndex {
  const byName = new Map<string, Candidate>();
  const add = (id: string, ar: string, rank: number) => {
    const key = fold(ar).trim().replace(/\s+/gu, ' ');
    // The first table wins: a region keeps its name when the gazetteer has a city of the same name (إدلب).
    if (key && !byName.has(key)) byName.set(key, { id, rank, tokens: key.split(' ') });
  };
  for (const p of PLACE_NAMES) for (const ar of p.ar) add(p.id, ar, p.rank);
  for (const g of gazetteer ?? []) add(g.id, g.name_ar, 4);
  const index = new Map<string, Candidate[]>();
  for (const c of byName.values()) {
    const list = index.get(c.tokens[0]!) ?? [];
    list.push(c);
    index.set(c.tokens[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

const DEFAULT_INDEX = buildIndex(undefined);
const INDEX_CACHE = new WeakMap<readonly GazetteerEntry[], PlaceIndex>();

function indexFor(gazetteer: readonly GazetteerEntry[] | undefined): PlaceIndex {
  if (!gazetteer) return DEFAULT_INDEX;
  let index = INDEX_CACHE.get(gazetteer);
  if (!index) {
    index = buildIndex(gazetteer);
    INDEX_CACHE.set(gazetteer, index);
  }
  return index;
}

export interface PlaceHit extends PlaceMention {
  rank: number;
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
}

/** The place named at token i (clitics allowed on its first word), longest name first. */
export function placeAt(t: Tokenized, i: number, gazetteer?: readonly GazetteerEntry[]): PlaceHit | null {
  const first = t.tokens[i];
  if (!first || first.type !== WORD) return null;
  const index = indexFor(gazetteer);
  let found: PlaceHit | null = null;
  firstStem(first.n, PLACE_CLITICS, (stem) => {
    const c = index.get(stem.stem)?.find(
      (cand) => followsFrom(t, i, cand.tokens) && !(cand.tokens.length === 1 && stem.prefix === 0 && ALSO_ADJECTIVE.has(stem.stem) && readsAsAdjective(t, i)),
    );
    if (!c) return false;
    const endTok = i + c.tokens.length;
    found = { text: '', start: t.origin[first.ns + stem.prefix]!, end: t.tokens[endTok - 1]!.e, region: c.id, rank: c.rank, startTok: i, endTok };
    return true;
  });
  return found;
}

/** تركياً/سورياً: tanween in the original, or an accusative noun just before (جندياً تركياً). A clitic (بسوريا) makes it a place. */
function readsAsAdjective(t: Tokenized, i: number): boolean {
  const tok = t.tokens[i]!;
  if (/[\u064B-\u064D]/u.test(sliceText(t, tok.s, tok.e))) return true;
  const prev = t.tokens[i - 1];
  if (!prev || prev.type !== WORD || !prev.n.endsWith('ا')) return false;
  return lookupNoun(prev.n) !== null || lookupAdjective(prev.n) !== null;
}

/** Every place mention in a tokenized text. */
export function placesIn(t: Tokenized, gazetteer?: readonly GazetteerEntry[]): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (let i = 0; i < t.tokens.length; ) {
    const hit = placeAt(t, i, gazetteer);
    if (hit) {
      hits.push(hit);
      i = hit.endTok;
    } else {
      i += 1;
    }
  }
  for (const h of hits) h.text = sliceText(t, h.start, h.end);
  return hits;
}

/** Mentions of regions and gazetteer places, by Arabic name, with code-point offsets (clitic excluded). */
export function findPlaces(text: string, gazetteer?: readonly GazetteerEntry[]): PlaceMention[] {
  return placesIn(tokenize(text), gazetteer).map(({ text: s, start, end, region }) => ({ text: s, start, end, region }));
}
