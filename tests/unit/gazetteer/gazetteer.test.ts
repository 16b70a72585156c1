/**
 * The world gazetteer (authoring/gazetteer): Arabic and English names, with
 * the reader's clitics and spelling variants, resolve to ISO codes; a name
 * that may mean two regions is reported with both, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, searchRegions, worldGazetteer } from '../../../authoring/gazetteer/index';

const gazetteer = worldGazetteer();

describe('lookup: names and their variants', () => {
  it.each([
    // Arabic as written, with clitics (و ب ل ف, لل for ل + ال) and folded spellings (ة/ه, ى/ي, أ/إ/آ/ا)
    { name: 'الحديدة', iso: 'YE-HU' },
    { name: 'الحديده', iso: 'YE-HU' },
    { name: 'والحديدة', iso: 'YE-HU' },
    { name: 'بالحديدة', iso: 'YE-HU' },
    { name: 'للحديدة', iso: 'YE-HU' },
    { name: 'فالحديدة', iso: 'YE-HU' },
    { name: 'محافظة الحديدة', iso: 'YE-HU' },
    { name: 'إدلب', iso: 'SY-ID' },
    { name: 'ادلب', iso: 'SY-ID' },
    { name: 'بإدلب', iso: 'SY-ID' },
    { name: 'مأرب', iso: 'YE-MA' },
    { name: 'مارب', iso: 'YE-MA' },
    { name: 'أبين', iso: 'YE-AB' },
    { name: 'ابين', iso: 'YE-AB' },
    { name: 'دبي', iso: 'AE-DU' },
    { name: 'دبى', iso: 'AE-DU' },
    { name: 'اليمن', iso: 'YE' },
    { name: 'باليمن', iso: 'YE' },
    { name: 'سوريا', iso: 'SY' },
    { name: 'مصر', iso: 'EG' },
    { name: 'ولِيبيا', iso: 'LY' },
    { name: 'السودان', iso: 'SD' },
    // populated places resolve to the division they lie in
    { name: 'أنقرة', iso: 'TR-06' },
    { name: 'انقره', iso: 'TR-06' },
    { name: 'وبغداد', iso: 'IQ-BG' },
    // composites
    { name: 'شمال سوريا', iso: 'northern-syria' },
    { name: 'الشمال السوري', iso: 'northern-syria' },
    // English: case, hyphens, apostrophes, the article and the source's variants
    { name: 'Yemen', iso: 'YE' },
    { name: 'al-Hudaydah', iso: 'YE-HU' },
    { name: 'AL HUDAYDAH', iso: 'YE-HU' },
    { name: 'Hodeidah', iso: 'YE-HU' },
    { name: "Ma'rib", iso: 'YE-MA' },
    { name: 'Marib', iso: 'YE-MA' },
    { name: 'Aleppo', iso: 'SY-HL' },
  ])('$name → $iso', ({ name, iso }) => {
    const found = gazetteer.lookup(name);
    expect(found.ambiguous).toBe(false);
    expect(found.region?.iso).toBe(iso);
  });

  it.each([
    { name: 'لا مكان', why: 'not a place' },
    { name: 'اليمني', why: 'the adjective "Yemeni" is not Yemen (the article is never stripped)' },
    { name: 'Atlantis', why: 'unknown' },
  ])('$name → nothing ($why)', ({ name }) => {
    expect(gazetteer.lookup(name).region).toBeNull();
  });
});

describe('ambiguity: reported with every candidate, never guessed', () => {
  it.each([
    { name: 'صنعاء', candidates: ['YE-SA', 'YE-SN'] },
    { name: 'Sanaa', candidates: ['YE-SA', 'YE-SN'] },
    { name: 'Punjab', candidates: ['IN-PB', 'PK-PB'] },
  ])('$name → ambiguous: $candidates', ({ name, candidates }) => {
    const found = gazetteer.lookup(name);
    expect(found.ambiguous).toBe(true);
    expect(found.region).toBeNull();
    expect(found.candidates.map((c) => c.iso).sort()).toEqual(candidates);
  });

  it.each([
    { name: 'تونس', country: 'TN', division: 'TN-11' },
    { name: 'سوريا', country: 'SY', division: 'ES-SO' },
    { name: 'Georgia', country: 'GE', division: 'US-GA' },
    { name: 'الكويت', country: 'KW', division: null },
  ])('a country and a division with its name ($name) read as the country, the division listed beside it', ({ name, country, division }) => {
    const found = gazetteer.lookup(name);
    expect(found.ambiguous).toBe(false);
    expect(found.region?.iso).toBe(country);
    if (division) expect(found.candidates.map((c) => c.iso)).toContain(division);
  });
});

describe('findInText: places in running text', () => {
  const cases: { text: string; expected: [string, string | null][] }[] = [
    { text: 'قُتل 12 مدنياً في الحديدة وبصنعاء', expected: [['الحديدة', 'YE-HU'], ['صنعاء', null]] },
    { text: 'وللحديدة ميناء', expected: [['لحديدة', 'YE-HU']] },
    { text: 'قتل 34 جندياً تركياً في إدلب', expected: [['إدلب', 'SY-ID']] },
    { text: 'الجيش اليمني في مدينة عدن', expected: [['عدن', 'YE-AD']] },
    { text: 'في المنطقة الساحلية', expected: [] },
    { text: 'ولاية الساحلية', expected: [['الساحلية', null]] },
    { text: 'في شمال سوريا ومحافظة تعز', expected: [['شمال سوريا', 'northern-syria'], ['محافظة تعز', 'YE-TA']] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    const found = gazetteer.findInText(text);
    expect(found.map((m) => [m.text, m.region?.iso ?? null])).toEqual(expected);
    // Offsets are code points into the text and slice the name as written, clitic excluded.
    for (const m of found) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
  });
});

describe('searchRegions (the studio): both languages, clitic-tolerant', () => {
  it.each([
    { query: 'اليمن', first: 'YE' },
    { query: 'يمن', first: 'YE' },
    { query: 'باليمن', first: 'YE' },
    { query: 'الحدي', first: 'YE-HU' },
    { query: 'Hode', first: 'YE-HU' },
    { query: 'yemen', first: 'YE' },
    { query: 'بسوريا', first: 'SY' },
  ])('$query → $first first', ({ query, first }) => {
    expect(searchRegions(query)[0]?.iso).toBe(first);
  });

  it('returns ids, ISO codes, both names and the level', () => {
    expect(searchRegions('Hudaydah', 'en')[0]).toEqual({ id: 'ye-hu', iso: 'YE-HU', name_en: 'Al Hudaydah', name_ar: 'الحديدة', level: 'admin1' });
    expect(searchRegions('', 'ar')).toEqual([]);
  });
});

describe('common words and short names: reported as ambiguous, never guessed', () => {
  // «وإن» is و + إن ("and if"), not Van (TR-65); «إب» is also أب ("father").
  it.each([
    { name: 'وإن', iso: 'TR-65', why: 'و + إن' },
    { name: 'وان', iso: 'TR-65', why: 'و + إن, without its hamza' },
    { name: 'إب', iso: 'YE-IB', why: 'two letters: also أب' },
    { name: 'قم', iso: 'IR-26', why: 'two letters: also "stand up"' },
  ])('$name → not $iso ($why)', ({ name, iso }) => {
    const found = gazetteer.lookup(name);
    expect(found.region).toBeNull();
    expect(found.ambiguous).toBe(true);
    expect(found.candidates.map((c) => c.iso)).toContain(iso);
  });

  // Neighbours that must still resolve: a clitic on a real name, three-letter names, a name whose
  // first letter is a clitic letter, and the longer name that starts with a refused word.
  it.each([
    { name: 'وإدلب', iso: 'SY-ID' },
    { name: 'بلخ', iso: 'AF-BAL' },
    { name: 'وبلخ', iso: 'AF-BAL' },
    { name: 'حلب', iso: 'SY-HL' },
    { name: 'عدن', iso: 'YE-AD' },
    { name: 'وعدن', iso: 'YE-AD' },
    { name: 'تعز', iso: 'YE-TA' },
    { name: 'لحج', iso: 'YE-LA' },
    { name: 'قطر', iso: 'QA' },
    { name: 'مصر', iso: 'EG' },
    { name: 'بمصر', iso: 'EG' },
    { name: 'كلس', iso: 'TR-79' },
    { name: 'لبنان', iso: 'LB' },
    { name: 'بغداد', iso: 'IQ-BG' },
    { name: 'محافظة إب', iso: 'YE-IB' },
    { name: 'Van', iso: 'TR-65' },
  ])('$name → $iso', ({ name, iso }) => {
    const found = gazetteer.lookup(name);
    expect(found.ambiguous).toBe(false);
    expect(found.region?.iso).toBe(iso);
  });

  // A made-up world where function words and clitic + function word are place names.
  const trap = new Gazetteer(
    [
      { iso: 'ZZ', level: 'country', country: 'ZZ', name_en: 'Zedland', name_ar: 'زدلاند', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-1', level: 'admin1', country: 'ZZ', name_en: 'Fan', name_ar: 'فان', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-2', level: 'admin1', country: 'ZZ', name_en: 'Ban', name_ar: 'بأن', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-3', level: 'admin1', country: 'ZZ', name_en: 'Lan', name_ar: 'لأن', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-4', level: 'admin1', country: 'ZZ', name_en: 'Min', name_ar: 'منذ', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-5', level: 'admin1', country: 'ZZ', name_en: 'Kama', name_ar: 'كما', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-6', level: 'admin1', country: 'ZZ', name_en: 'Fandar', name_ar: 'فاندار', alt_en: [], alt_ar: [] },
      { iso: 'ZZ-7', level: 'admin1', country: 'ZZ', name_en: 'Banha', name_ar: 'بنها', alt_en: [], alt_ar: [] },
    ],
    [],
  );
  it.each([
    { name: 'فإن', iso: 'ZZ-1' },
    { name: 'بأن', iso: 'ZZ-2' },
    { name: 'لأن', iso: 'ZZ-3' },
    { name: 'منذ', iso: 'ZZ-4' },
    { name: 'كما', iso: 'ZZ-5' },
  ])('a function word named as a place ($name) is ambiguous', ({ name, iso }) => {
    expect(trap.lookup(name)).toMatchObject({ region: null, ambiguous: true });
    expect(trap.lookup(name).candidates.map((c) => c.iso)).toEqual([iso]);
  });
  it.each([
    { name: 'فاندار', iso: 'ZZ-6' },
    { name: 'وفاندار', iso: 'ZZ-6' },
    { name: 'بنها', iso: 'ZZ-7' },
  ])('a longer name that starts with the same letters ($name) resolves', ({ name, iso }) => {
    expect(trap.lookup(name).region?.iso).toBe(iso);
  });

  it('in running text: وإن is reported, not mapped to Van, and Ibb resolves only with its province word', () => {
    const text = 'وإن كان القصف توقف، فإن 20 أسرة نزحت من عدن إلى محافظة إب';
    const found = gazetteer.findInText(text);
    expect(found.map((m) => [m.text, m.region?.iso ?? null, m.ambiguous])).toEqual([
      ['وإن', null, true],
      ['عدن', 'YE-AD', false],
      ['محافظة إب', 'YE-IB', false],
    ]);
    expect(found[0]!.candidates.map((c) => c.iso)).toEqual(['TR-65']);
  });
});
