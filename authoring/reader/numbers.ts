/**
 * Numbers as written in Arabic news: digits (Western, Arabic-Indic and Persian,
 * folded to Western by the normaliser), number words, multipliers, duals,
 * fractions of a multiplier, and compounds of digits and words
 * ("38 ألفا و500" = 38,500; "2.5 مليون"; "خمسة وعشرون ألفاً").
 */
import { fold } from './normalize';
import { lookup, type Stem } from './clitics';
import { NUM, WORD, sliceText, type Token, type Tokenized } from './tokens';
import { lookupNoun } from './lexicon';

export type NumberWordKind =
  | 'unit' // 1..10, and واحد/اثنان used as adjectives
  | 'teen-head' // أحد/إحدى/اثنا/اثنتا: only before عشر
  | 'ten' // عشر/عشرة after a unit: the teens
  | 'tens' // 20..90
  | 'hundred' // مئة
  | 'hundreds' // 200..900 written as one word
  | 'mult' // ألف, مليون, مليار
  | 'mult-plural' // آلاف, ملايين, مليارات: after a count of 3..10
  | 'dual' // ألفان, مليونين …: two of the multiplier
  | 'fraction'; // ربع, نصف, ثلث: before a multiplier

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
}

function entries(kind: NumberWordKind, value: number, forms: string): [string, NumberWord][] {
  return forms.split(' ').map((f) => [fold(f), { kind, value }]);
}

// The accusative of the feminine forms too, as a compound's unit (أربعمئة وأربعاً وسبعين), after the hundred-and-eighty-seventh set.
const UNIT_FORMS: readonly [number, string][] = [
  [3, 'ثلاث ثلاثة ثلاثا'],
  [4, 'أربع أربعة أربعا'],
  [5, 'خمس خمسة خمسا'],
  [6, 'ست ستة ستا'],
  [7, 'سبع سبعة سبعا'],
  [8, 'ثمان ثماني ثمانية ثمانيا'],
  [9, 'تسع تسعة تسعا'],
];
const TENS_FORMS: readonly [number, string][] = [
  [20, 'عشرون عشرين'],
  [30, 'ثلاثون ثلاثين'],
  [40, 'أربعون أربعين'],
  [50, 'خمسون خمسين'],
  [60, 'ستون ستين'],
  [70, 'سبعون سبعين'],
  [80, 'ثمانون ثمانين'],
  [90, 'تسعون تسعين'],
];
const HUNDRED_PREFIXES: readonly [number, string][] = [
  [3, 'ثلاث'],
  [4, 'أربع'],
  [5, 'خمس'],
  [6, 'ست'],
  [7, 'سبع'],
  [8, 'ثمان ثماني'],
  [9, 'تسع'],
];

function buildNumberWords(): Map<string, NumberWord> {
  const list: [string, NumberWord][] = [
    ...entries('unit', 1, 'واحد واحدة'),
    ...entries('unit', 2, 'اثنان اثنين اثنتان اثنتين'),
    ...entries('teen-head', 1, 'أحد إحدى'),
    ...entries('teen-head', 2, 'اثنا اثني اثنتا اثنتي'),
    ...entries('ten', 10, 'عشر عشرة'),
    ...entries('hundred', 100, 'مئة مائة'),
    ...entries('hundreds', 200, 'مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي'),
    ...entries('mult', 1000, 'ألف ألفا'),
    ...entries('mult', 1e6, 'مليون مليونا'),
    ...entries('mult', 1e9, 'مليار مليارا بليون'),
    ...entries('mult-plural', 1000, 'آلاف ألوف'),
    ...entries('mult-plural', 1e6, 'ملايين'),
    ...entries('mult-plural', 1e9, 'مليارات'),
    ...entries('dual', 1000, 'ألفان ألفين ألفي'),
    ...entries('dual', 1e6, 'مليونان مليونين مليوني'),
    ...entries('dual', 1e9, 'ملياران مليارين ملياري'),
    ...entries('fraction', 0.25, 'ربع'),
    ...entries('fraction', 0.5, 'نصف'),
    ...entries('fraction', 1 / 3, 'ثلث'),
  ];
  for (const [v, forms] of UNIT_FORMS) list.push(...entries('unit', v, forms));
  for (const [v, forms] of TENS_FORMS) list.push(...entries('tens', v, forms));
  for (const [v, prefixes] of HUNDRED_PREFIXES) {
    for (const p of prefixes.split(' ')) list.push(...entries('hundreds', v * 100, `${p}مئة ${p}مائة`));
  }
  return new Map(list);
}

/** Folded number word → its kind and value. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = buildNumberWords();

// Conjunctions, ب and ل may be glued to a number word (وثلاثة، بخمسة، لثلاثة أطفال); never ك, and
// ل never on ست, which would turn "six" into لست (am not).
const NUMBER_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'وب', 'ل', 'ول'];
// The article, where a qualifier or a count word says a number follows (يقارب الألفين، قارب عددهم المليونين).
const DEFINITE_NUMBER_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'وب', 'ل', 'ول', 'ال', 'وال', 'بال'];

/** The number word a token spells, with its clitic; `definite` also strips the article. */
export function numberWord(token: Token | undefined, definite = false): { word: NumberWord; stem: Stem } | null {
  if (!token || token.type !== WORD) return null;
  const hit = lookup(NUMBER_WORDS, token.n, definite ? DEFINITE_NUMBER_CLITICS : NUMBER_CLITICS);
  if (!hit || (hit.stem.stem === 'ست' && token.n.slice(0, hit.stem.prefix).includes('ل'))) return null;
  return { word: hit.value, stem: hit.stem };
}

interface Atom {
  kind: NumberWordKind | 'num';
  value: number;
  /** Token range of the atom, the connector included. */
  start: number;
  end: number;
  /** Joined to what precedes by و (as its own token or a clitic). */
  conj: boolean;
  /** Original code-point offset where the number itself starts (after any clitic). */
  offset: number;
  decimal: boolean;
}

/** «One» in the accusative (واحداً), read as the number only after its noun. */
export const ONE_ACCUSATIVE = fold('واحدا');
const NEGATIONS: ReadonlySet<string> = new Set(['لم', 'لا', 'لن', 'ليس', 'دون', 'بدون'].map(fold));

function bareAtom(t: Tokenized, j: number, definite = false): Atom | null {
  const tok = t.tokens[j];
  if (!tok) return null;
  if (tok.type === NUM) {
    return { kind: 'num', value: tok.value, start: j, end: j + 1, conj: false, offset: tok.s, decimal: tok.decimal };
  }
  const hit = numberWord(tok, definite);
  // واحداً وثلاثين: the accusative of one, only before a tens word joined by و (alone, مربعاً واحداً, it is read with its
  // noun); after the fifty-sixth set.
  if (!hit && tok.type === WORD && tok.n === ONE_ACCUSATIVE) {
    const tens = numberWord(t.tokens[j + 1]);
    if (tens?.word.kind === 'tens' && t.tokens[j + 1]!.n.startsWith('و')) return { kind: 'unit', value: 1, start: j, end: j + 1, conj: false, offset: tok.s, decimal: false };
    // وصاروخاً واحداً: after an accusative noun of the lexicon it is that noun's one, read as واحد after its noun is
    // (after the hundred-and-twenty-third set, and four seen sets before it).
    // (ولم يتركوا في الحي رجلاً واحداً: after a negation it is «not a single one», no count.)
    const prev = t.tokens[j - 1];
    const negated = [2, 3, 4, 5].some((d) => t.tokens[j - d]?.type === WORD && NEGATIONS.has(t.tokens[j - d]!.n.replace(/^[وف]/u, '')));
    if (prev?.type === WORD && prev.n.endsWith('ا') && !negated && lookupNoun(prev.n.replace(/^[وف]/u, '').slice(0, -1))) return { kind: 'unit', value: 1, start: j, end: j + 1, conj: false, offset: tok.s, decimal: false };
  }
  if (!hit) return null;
  const next = numberWord(t.tokens[j + 1]);
  // وأحد عشر folds to واحد (one) + عشر: it is و + أحد, the head of a teen.
  if (hit.word.kind === 'unit' && hit.word.value === 1 && hit.stem.prefix === 0 && tok.n.startsWith('و') && next?.word.kind === 'ten') {
    return { kind: 'teen-head', value: 1, start: j, end: j + 1, conj: true, offset: t.origin[tok.ns + 1]!, decimal: false };
  }
  const conj = hit.stem.prefix > 0 && tok.n.startsWith('و');
  const offset = t.origin[tok.ns + hit.stem.prefix]!;
  if (hit.word.kind === 'mult' && DUAL_CONSTRUCT.has(hit.stem.stem) && dualConstruct(t, j)) {
    return { kind: 'dual', value: hit.word.value, start: j, end: j + 1, conj, offset, decimal: false };
  }
  return { kind: hit.word.kind, value: hit.word.value, start: j, end: j + 1, conj, offset, decimal: false };
}

// ألفا and مليونا before a noun are the dual in construct (ألفا شخص, two thousand people); after a count, "thousand".
const DUAL_CONSTRUCT: ReadonlySet<string> = new Set(['الفا', 'مليونا']);
const TANWEEN_FATH = 0x064b;

/** ألفا شخص: no count before, no tanween (ألفاً is "a thousand"), and a word that is no number after. */
function dualConstruct(t: Tokenized, j: number): boolean {
  const tok = t.tokens[j]!;
  const prev = t.tokens[j - 1];
  if (prev && (prev.type === NUM || numberWord(prev))) return false;
  if (sliceText(t, tok.s, tok.e).includes(String.fromCharCode(TANWEEN_FATH))) return false;
  const after = t.tokens[j + 1];
  return !!after && after.type === WORD && !numberWord(after) && after.n !== 'و';
}

function readAtom(t: Tokenized, j: number, definite: boolean): Atom | null {
  const tok = t.tokens[j];
  if (tok?.type === WORD && tok.n === 'و') {
    const inner = bareAtom(t, j + 1);
    return inner && !inner.conj ? { ...inner, start: j, conj: true } : null;
  }
  return bareAtom(t, j, definite);
}

export interface NumberRead {
  value: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Original code-point span of the number phrase. */
  s: number;
  e: number;
  /** Largest multiplier applied (1 when none). */
  scale: number;
  /** Value before the first multiplier, e.g. 10 in "10 آلاف". */
  head: number;
  hasDigits: boolean;
  decimal: boolean;
  /** A lone واحد/اثنان: in Arabic these follow the noun they count (يوم واحد). */
  lonePostposed: boolean;
}

class NumberState {
  total = 0;
  group: number | null = null;
  scale = Infinity;
  head: number | null = null;
  lastKind: Atom['kind'] | null = null;
  count = 0;

  applyMultiplier(m: number): void {
    this.head ??= this.group ?? 1;
    this.total += (this.group ?? 1) * m;
    this.group = null;
    this.scale = m;
  }
}

/** Whether a word part joined by و fits the group being built (خمسة وعشرون, مئة وخمسون). */
function fitsGroup(group: number, kind: Atom['kind'], value: number): boolean {
  const below100 = group % 100;
  if (kind === 'tens') return below100 < 10 && value < 100;
  if (kind === 'unit') return below100 === 0 && value < 10;
  return false;
}

function nextIsMultiplier(t: Tokenized, j: number): boolean {
  const next = numberWord(t.tokens[j]);
  return next !== null && (next.word.kind === 'mult' || next.word.kind === 'mult-plural') && !next.stem.prefix;
}

/** Applies one atom to the state; false when the atom does not continue the number. */
/** The multiplier word at token k (ألف، آلاف، مليون، ملايين), or 0. */
function multiplierAt(t: Tokenized, k: number): number {
  const w = numberWord(t.tokens[k]);
  return w && (w.word.kind === 'mult' || w.word.kind === 'mult-plural') ? w.word.value : 0;
}

function apply(st: NumberState, a: Atom, t: Tokenized): boolean {
  const first = st.count === 0;
  const afterScale = st.scale !== Infinity && st.group === null;
  switch (a.kind) {
    case 'num':
      if (first) return set(st, a.value);
      // "38 ألفا و500": a smaller part after a multiplier; بين مليونين و٥ ملايين: a second number with its own as large a multiplier.
      return a.conj && afterScale && a.value < st.scale && !(multiplierAt(t, a.end) >= st.scale) ? set(st, a.value) : false;
    case 'unit':
    case 'tens':
    case 'hundreds':
    case 'hundred':
      if (first || (a.conj && afterScale && a.value < st.scale)) return set(st, a.value);
      if (!a.conj && a.kind === 'hundred' && st.lastKind === 'unit' && st.group !== null && st.group >= 3 && st.group <= 9) {
        st.group *= 100; // ثلاث مئة
        return true;
      }
      if (a.conj && st.group !== null && st.lastKind !== 'num' && fitsGroup(st.group, a.kind, a.value)) {
        st.group += a.value;
        return true;
      }
      return false;
    case 'ten':
      if (first) return set(st, 10);
      // ثلاثة عشر, أحد عشر, and after hundreds: ثلاثمئة وخمسة عشر.
      if (!a.conj && (st.lastKind === 'unit' || st.lastKind === 'teen-head') && st.group !== null && st.group % 100 > 0 && st.group % 100 < 10) {
        st.group += 10;
        return true;
      }
      return false;
    case 'teen-head': {
      // إحدى وثلاثون، أحد وعشرون: أحد/إحدى before a tens word joined by و is the unit one (after the forty-eighth set).
      const after = numberWord(t.tokens[a.end]);
      if (a.value === 1 && after?.word.kind === 'tens' && t.tokens[a.end]!.n.startsWith('و')) {
        if (first || (a.conj && afterScale)) return set(st, 1);
        if (a.conj && st.group !== null && st.group % 100 === 0 && (st.lastKind === 'hundred' || st.lastKind === 'hundreds')) {
          st.group += 1; // مئة وإحدى وعشرون
          return true;
        }
        return false;
      }
      // Otherwise أحد/اثنا only count before عشر.
      if (after?.word.kind !== 'ten') return false;
      if (first || (a.conj && afterScale)) return set(st, a.value);
      if (a.conj && st.group !== null && st.group % 100 === 0 && (st.lastKind === 'hundred' || st.lastKind === 'hundreds')) {
        st.group += a.value; // مئتان واثنا عشر
        return true;
      }
      return false;
    }
    case 'mult':
    case 'mult-plural':
      // مليون ونصف مليون: the half's own multiplier, the scale told again, adds nothing (after the hundred-and-thirty-sixth set).
      if (!a.conj && a.kind === 'mult' && st.lastKind === 'fraction' && a.value === st.scale) return true;
      if (!a.conj && st.group !== null && a.value < st.scale) {
        if (a.kind === 'mult-plural' && st.lastKind !== 'num' && (st.group < 3 || st.group > 10)) return false;
        // منذ 2023 آلاف الأشخاص: a plural multiplier never follows a thousand or more in digits; آلاف starts its own amount
        // (after the ninety-third set).
        if (a.kind === 'mult-plural' && st.lastKind === 'num' && st.group >= 1000) return false;
        st.applyMultiplier(a.value);
        return true;
      }
      if (a.kind === 'mult' && (first || (a.conj && afterScale && a.value < st.scale))) {
        st.applyMultiplier(a.value); // ألف جندي
        return true;
      }
      return false;
    case 'dual':
      if (first || (a.conj && afterScale && a.value < st.scale)) {
        st.group = 2;
        st.applyMultiplier(a.value);
        return true;
      }
      return false;
    case 'fraction':
      if (a.conj && afterScale) {
        st.total += a.value * st.scale; // مليون ونصف
        return true;
      }
      return first && nextIsMultiplier(t, a.end) ? set(st, a.value) : false; // ربع مليون
  }
}

function set(st: NumberState, value: number): boolean {
  st.group = value;
  return true;
}

/**
 * Reads the number that starts at token i, or null. `definite` lets its first
 * word carry the article (الألفين). Bounded look-ahead: linear overall.
 */
export function readNumber(t: Tokenized, i: number, definite = false): NumberRead | null {
  const startTok = t.tokens[i];
  // A number never starts at a lone و; the number after it is read on its own.
  if (!startTok || (startTok.type === WORD && startTok.n === 'و')) return null;
  const st = new NumberState();
  let j = i;
  let s = -1;
  let hasDigits = false;
  let decimal = false;
  let firstKind: Atom['kind'] | null = null;
  for (;;) {
    const a = readAtom(t, j, definite && st.count === 0);
    if (!a) break;
    if (st.count === 0 && a.kind === 'mult-plural') break;
    if (!apply(st, a, t)) break;
    if (st.count === 0) {
      s = a.offset;
      firstKind = a.kind;
    }
    hasDigits ||= a.kind === 'num';
    decimal ||= a.decimal;
    st.lastKind = a.kind;
    st.count += 1;
    j = a.end;
  }
  if (st.count === 0) return null;
  const raw = st.total + (st.group ?? 0);
  const scale = st.scale === Infinity ? 1 : st.scale;
  const value = scale > 1 ? Math.round(raw) : raw;
  const last = t.tokens[j - 1]!;
  const lonePostposed = st.count === 1 && firstKind === 'unit' && value <= 2;
  return { value, start: i, end: j, s, e: last.e, scale, head: st.head ?? value, hasDigits, decimal: decimal && scale === 1, lonePostposed };
}
