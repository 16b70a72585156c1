/**
 * The world gazetteer: place names in Arabic and English → regions (ISO codes
 * and the story region ids the scaffold gives them). Countries and first-level
 * divisions come from Natural Earth (geodata/world/names.json, with the
 * source's variants), composites from authoring/regions/composites.ts, and the
 * populated places from geodata/places.json (Natural Earth's admin-1 source
 * carries no populated places; these are hand-typed, each resolving to the
 * division it lies in).
 *
 * A name that belongs to two divisions (صنعاء: Sanaa city and Sanaa
 * governorate; Punjab in India and in Pakistan) is ambiguous: it is reported
 * with every candidate and never resolved. A country's name reads as the
 * country even when a division shares it (تونس: Tunis; سوريا: Soria in Spain;
 * Georgia), and the divisions are listed beside it (`candidates`), so the
 * scaffold reports them. Division names that are everyday words (مدينة,
 * الساحلية) are read only after a division word (محافظة, ولاية …).
 * A one-word Arabic name that is too short or a common word, alone or
 * behind a clitic (وإن is و + إن, not Van), is reported as ambiguous
 * (unsafe-names.ts).
 *
 * Authoring time only; never in the app bundle.
 */
import { COMPOSITES } from '../regions/composites';
import { regionIdFor } from '../regions/story-regions';
import { worldNames, type WorldNameEntry } from '../regions/world';
import { cliticReadings, foldArabic, foldLatin, isArabic } from './names';
import { unsafeName } from './unsafe-names';

export type GazetteerLevel = 'country' | 'admin1' | 'group';

/** A region the gazetteer can name. */
export interface GazetteerRegion {
  /** The region id a story made by the scaffold gives it. */
  id: string;
  /** ISO 3166-1 or 3166-2; for a composite, its id. */
  iso: string;
  name_en: string;
  name_ar: string;
  level: GazetteerLevel;
  /** ISO 3166-1 of the country it lies in. */
  country: string;
}

/** A hand-typed populated place (geodata/places.json) and the division it lies in. */
export interface PopulatedPlace {
  name_ar: string;
  name_en: string;
  /** ISO 3166-2 of its division. */
  division: string;
}

/** The first story's cities (geodata/places.json, hand-typed from GeoNames) and the division each lies in (checked by scripts/geodata.ts). */
export const POPULATED_PLACES: readonly PopulatedPlace[] = [
  { name_ar: 'إدلب', name_en: 'Idlib', division: 'SY-ID' },
  { name_ar: 'حلب', name_en: 'Aleppo', division: 'SY-HL' },
  { name_ar: 'دمشق', name_en: 'Damascus', division: 'SY-DI' },
  { name_ar: 'اللاذقية', name_en: 'Latakia', division: 'SY-LA' },
  { name_ar: 'حماة', name_en: 'Hama', division: 'SY-HM' },
  { name_ar: 'الرقة', name_en: 'Raqqa', division: 'SY-RA' },
  { name_ar: 'أنقرة', name_en: 'Ankara', division: 'TR-06' },
  { name_ar: 'بيروت', name_en: 'Beirut', division: 'LB-BA' },
  { name_ar: 'بغداد', name_en: 'Baghdad', division: 'IQ-BG' },
];

/**
 * Division names that are also everyday words (مدينة "city" is Mdina in Malta, الساحلية "coastal"
 * is Littoral in Benin and Cameroon): in running text they are read as a name only right after a
 * division word (محافظة الساحلية), never alone. Folded, as the index keys are.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(
  [
    'مدينة', 'المدينة', 'العاصمة', 'الجزيرة', 'الوادي', 'الجبل', 'البحر', 'الساحل', 'الساحلية', 'الداخلية', 'الحدود', 'المركز', 'الوسط',
    'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'العليا', 'السفلى', 'الكبرى',
    'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الأوسط', 'النهر', 'البحيرة', 'البحيرات', 'الصحراء', 'الجبال', 'السهول', 'الهضبة', 'الريف',
    // the division words themselves (a few source names are only "ولاية")
    'محافظة', 'ولاية', 'إقليم', 'منطقة', 'مقاطعة', 'مديرية', 'لواء', 'بلدية',
  ].map(foldArabic),
);
/** Words that name a division before its name (محافظة، ولاية …), folded. */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['محافظة', 'ولاية', 'إقليم', 'منطقة', 'مقاطعة', 'مديرية', 'لواء'].flatMap((w) => cliticReadings(foldArabic(w)).map((r) => r.stem)));

export interface GazetteerMatch {
  /** The name as written in the text, without its clitic prefix; code-point offsets, end exclusive. */
  text: string;
  start: number;
  end: number;
  /** The region the name resolves to, or null when it is ambiguous. */
  region: GazetteerRegion | null;
  /** Every region the name may mean (one when resolved; two or more when ambiguous). */
  candidates: GazetteerRegion[];
  ambiguous: boolean;
}

interface NameKey {
  tokens: string[];
  regions: GazetteerRegion[];
}

export class Gazetteer {
  readonly regions: readonly GazetteerRegion[];
  private readonly arabic = new Map<string, NameKey[]>();
  private readonly latin = new Map<string, NameKey[]>();
  private readonly byName = { ar: new Map<string, GazetteerRegion[]>(), en: new Map<string, GazetteerRegion[]>() };

  constructor(entries: readonly WorldNameEntry[], places: readonly PopulatedPlace[] = POPULATED_PLACES) {
    const regions: GazetteerRegion[] = entries.map((e) => ({ id: regionIdFor(e.iso), iso: e.iso, name_en: e.name_en, name_ar: e.name_ar, level: e.level, country: e.country }));
    const byIso = new Map(regions.map((r) => [r.iso, r]));
    for (const e of entries) {
      const region = byIso.get(e.iso)!;
      for (const ar of [e.name_ar, ...e.alt_ar]) this.addName('ar', ar, region);
      for (const en of [e.name_en, ...e.alt_en]) this.addName('en', en, region);
    }
    for (const rule of COMPOSITES) {
      const region: GazetteerRegion = { id: rule.id, iso: rule.id, name_en: rule.name_en, name_ar: rule.name_ar, level: 'group', country: rule.within };
      regions.push(region);
      for (const ar of [rule.name_ar, ...rule.alt_ar]) this.addName('ar', ar, region);
      this.addName('en', rule.name_en, region);
    }
    for (const place of places) {
      const division = byIso.get(place.division);
      if (!division) continue;
      this.addName('ar', place.name_ar, division);
      this.addName('en', place.name_en, division);
    }
    this.regions = regions;
    for (const lang of ['ar', 'en'] as const) {
      const index = lang === 'ar' ? this.arabic : this.latin;
      for (const [key, list] of this.byName[lang]) {
        const tokens = key.split(' ');
        const bucket = index.get(tokens[0]!) ?? [];
        bucket.push({ tokens, regions: list });
        index.set(tokens[0]!, bucket);
      }
      for (const bucket of index.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
    }
  }

  private addName(lang: 'ar' | 'en', name: string, region: GazetteerRegion): void {
    const key = lang === 'ar' ? foldArabic(name) : foldLatin(name);
    if (!key) return;
    // English transliterations come with and without the article: Al Hudaydah, Hudaydah.
    const article = lang === 'en' ? /^(?:al|el|ad|ar|as|ash|at|az|an) (.+)$/.exec(key)?.[1] : undefined;
    for (const k of article ? [key, article] : [key]) {
      const list = this.byName[lang].get(k) ?? [];
      if (!list.some((r) => r.iso === region.iso)) list.push(region);
      this.byName[lang].set(k, list);
    }
  }

  /**
   * Regions whose name (either language, any variant) starts with the query, or has a word
   * that does; clitics allowed on an Arabic query. Exact names first, then countries, then by name.
   */
  search(query: string, lang?: 'ar' | 'en', limit = 20): GazetteerRegion[] {
    const arabic = lang ? lang === 'ar' : isArabic(query);
    const folded = arabic ? foldArabic(query) : foldLatin(query);
    if (!folded) return [];
    const [first = '', ...rest] = folded.split(' ');
    const stems = arabic ? cliticReadings(first).map(({ stem }) => stem) : [first];
    // An Arabic query may leave out the article: يمن finds اليمن.
    const queries = [...stems, ...(arabic ? stems.filter((s) => !s.startsWith('ال')).map((s) => `ال${s}`) : [])].map((stem) => [stem, ...rest].join(' '));
    const scored = new Map<string, { region: GazetteerRegion; score: number }>();
    for (const [key, regions] of this.byName[arabic ? 'ar' : 'en']) {
      let score = 0;
      for (const [i, q] of queries.entries()) {
        const penalty = i === 0 ? 0 : 0.5; // a clitic reading ranks after the word as written
        if (key === q) score = Math.max(score, 3 - penalty);
        else if (key.startsWith(q)) score = Math.max(score, 2 - penalty);
        else if (key.includes(` ${q}`)) score = Math.max(score, 1 - penalty);
      }
      if (score === 0) continue;
      for (const region of regions) {
        const was = scored.get(region.iso);
        if (!was || was.score < score) scored.set(region.iso, { region, score });
      }
    }
    const rank = { country: 0, group: 1, admin1: 2 } as const;
    return [...scored.values()]
      .sort((a, b) => b.score - a.score || rank[a.region.level] - rank[b.region.level] || a.region.name_en.localeCompare(b.region.name_en))
      .slice(0, limit)
      .map((s) => s.region);
  }

  /** Every region a whole name may mean (clitics allowed on an Arabic name), with ambiguity resolved as the header says. */
  lookup(name: string): { region: GazetteerRegion | null; candidates: GazetteerRegion[]; ambiguous: boolean } {
    const arabic = isArabic(name);
    const folded = arabic ? foldArabic(name) : foldLatin(name);
    const [first = '', ...rest] = folded.split(' ');
    const readings = arabic ? cliticReadings(first) : [{ stem: first, prefix: 0 }];
    for (const { stem } of readings) {
      const key = [stem, ...rest].join(' ');
      const list = this.byName[arabic ? 'ar' : 'en'].get(key);
      if (!list) continue;
      if (arabic && rest.length === 0 && unsafeName(first, stem)) return unresolved(list);
      return resolve(list);
    }
    return { region: null, candidates: [], ambiguous: false };
  }

  /** Every place name in a text, longest name first at each word; offsets in code points. */
  findInText(text: string): GazetteerMatch[] {
    const words = wordsOf(text);
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < words.length; ) {
      const match = this.matchAt(text, words, i);
      if (match) {
        out.push(match.match);
        i += match.length;
      } else i += 1;
    }
    return out;
  }

  private matchAt(text: string, words: readonly Word[], i: number): { match: GazetteerMatch; length: number } | null {
    const word = words[i]!;
    // Tanween marks an accusative adjective: جندياً تركياً is "Turkish soldiers", not Turkey.
    if (word.arabic && /[\u064B-\u064D]/u.test(word.raw)) return null;
    const index = word.arabic ? this.arabic : this.latin;
    const readings = word.arabic ? cliticReadings(word.folded) : [{ stem: word.folded, prefix: 0 }];
    for (const { stem, prefix } of readings) {
      for (const key of index.get(stem) ?? []) {
        if (!key.tokens.every((token, k) => k === 0 || (words[i + k]?.folded === token && words[i + k]?.arabic === word.arabic))) continue;
        if (word.arabic && isCommonWordsName([stem, ...key.tokens.slice(1)]) && !isDivisionWord(words[i - 1])) continue;
        const last = words[i + key.tokens.length - 1]!;
        const start = word.start + prefixLength(word.raw, prefix);
        // A one-word name that is also a common word (وإن: Van) or too short is reported, never guessed.
        const unsafe = word.arabic && key.tokens.length === 1 && unsafeName(word.folded, stem) !== null;
        const resolved = unsafe ? unresolved(key.regions) : resolve(key.regions);
        return { match: { text: sliceCodePoints(text, start, last.end), start, end: last.end, ...resolved }, length: key.tokens.length };
      }
    }
    return null;
  }
}

/** "The division" with its article: المنطقة الساحلية (Littoral, Cameroon) is also just "the coastal area". */
const DEFINITE_DIVISION_WORDS: ReadonlySet<string> = new Set(['المنطقة', 'الولاية', 'المحافظة', 'الإقليم', 'المقاطعة'].map(foldArabic));

/** A name made only of everyday words (الساحلية, المنطقة الساحلية, الولاية الشمالية). */
function isCommonWordsName(tokens: readonly string[]): boolean {
  return tokens.every((t) => COMMON_WORD_NAMES.has(t) || DEFINITE_DIVISION_WORDS.has(t)) && tokens.some((t) => COMMON_WORD_NAMES.has(t));
}

/** محافظة, ومحافظة, بمحافظة …: the word before a division's name. */
function isDivisionWord(word: Word | undefined): boolean {
  return !!word?.arabic && cliticReadings(word.folded).some((r) => DIVISION_WORDS.has(r.stem));
}

function resolve(list: readonly GazetteerRegion[]): { region: GazetteerRegion | null; candidates: GazetteerRegion[]; ambiguous: boolean } {
  const candidates = [...list];
  if (candidates.length === 1) return { region: candidates[0]!, candidates, ambiguous: false };
  // A country's name reads as the country, also when a division shares it (تونس: Tunis; سوريا: Soria,
  // Spain); the divisions stay in `candidates` so the scaffold can say so.
  const countries = candidates.filter((r) => r.level === 'country');
  if (countries.length === 1) return { region: countries[0]!, candidates, ambiguous: false };
  return { region: null, candidates, ambiguous: true };
}

/** Every candidate, none chosen: a name the text may not mean at all. */
function unresolved(list: readonly GazetteerRegion[]): { region: null; candidates: GazetteerRegion[]; ambiguous: true } {
  return { region: null, candidates: [...list], ambiguous: true };
}

interface Word {
  raw: string;
  folded: string;
  arabic: boolean;
  /** Code-point offsets into the text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let cp = 0;
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    cp += [...text.slice(at, m.index)].length;
    const length = [...m[0]].length;
    const arabic = isArabic(m[0]);
    words.push({ raw: m[0], folded: arabic ? foldArabic(m[0]) : foldLatin(m[0]), arabic, start: cp, end: cp + length });
    cp += length;
    at = m.index + m[0].length;
  }
  return words.filter((w) => w.folded !== '');
}

/** Code points of the written word that make up `folded` letters of its folded form (diacritics travel with their letter). */
function prefixLength(raw: string, folded: number): number {
  if (folded === 0) return 0;
  const chars = [...raw];
  let letters = 0;
  for (let i = 0; i < chars.length; i++) {
    if (foldArabic(chars[i]!) !== '') letters += 1;
    if (letters === folded) {
      let j = i + 1;
      while (j < chars.length && foldArabic(chars[j]!) === '') j++;
      return j;
    }
  }
  return chars.length;
}

function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

let world: Gazetteer | null = null;

/** The gazetteer of the committed world data, built once. */
export function worldGazetteer(): Gazetteer {
  world ??= new Gazetteer(worldNames().entries);
  return world;
}
