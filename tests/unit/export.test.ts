/**
 * The exports say exactly what the story files say: every figure and quote is
 * compared with the raw facts.json (read here, not through the model), and
 * each format is checked by a parser or validator of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { Position } from 'geojson';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, factsToAnnotations, factsToCSV, factsToGeoJSON, recordsToCSV, factRecord } from '../../src/export';
import { FORMULA_START } from '../../src/export/csv';
import { layoutFooter, pngFooterModel, pngSize, wrap, FOOTER_STYLE, type FooterModel } from '../../src/export/png-footer';
import type { RegionCollection } from '../../src/model/regions';
import type { Fact, StoryFile } from '../../src/model/schema';
import { FIRST_STORY, ROOT, SECOND_STORY, loadModel, realRegions } from '../helpers/stories';

const readJSON = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const rawFacts = readJSON<{ facts: Fact[] }>(join(FIRST_STORY, 'facts.json')).facts;
const rawStory = readJSON<StoryFile>(join(FIRST_STORY, 'story.json'));
const articleCodePoints = [...readFileSync(join(FIRST_STORY, 'article.txt'), 'utf8')];
const sliceArticle = (start: number, end: number) => articleCodePoints.slice(start, end).join('');
const regionsGeoJSON = readJSON<RegionCollection>(join(ROOT, 'geodata/regions.geojson'));
const regionFeature = (id: string) => regionsGeoJSON.features.find((f) => f.properties.id === id);
const model = await loadModel(FIRST_STORY, realRegions());

const factCases = rawFacts.map((fact) => ({ id: fact.id, fact }));
const quantityCases = factCases.filter(({ fact }) => fact.quantity !== undefined);

/** Every position of a geometry, however deeply nested. */
function positions(coordinates: unknown): Position[] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number') return [coordinates as Position];
  return coordinates.flatMap(positions);
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('factsToGeoJSON', () => {
  describe.each(['label', 'shape'] as const)('with %s geometry', (mode) => {
    const collection = factsToGeoJSON(model, regionsGeoJSON, { geometry: mode });

    it('is valid RFC 7946 GeoJSON with no crs member', () => {
      expect(() => check(JSON.stringify(collection))).not.toThrow();
      expect(collection).not.toHaveProperty('crs');
      expect(collection.type).toBe('FeatureCollection');
    });

    it('has one feature per fact of facts.json, with the fact id as feature id', () => {
      expect(collection.features.map((f) => f.id)).toEqual(rawFacts.map((f) => f.id));
    });

    it('writes coordinates with at most 6 decimals', () => {
      const all = collection.features.flatMap((f) => positions(f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : []));
      expect(all.length).toBeGreaterThan(0);
      for (const value of all.flat()) expect(decimals(value)).toBeLessThanOrEqual(6);
    });

    it.each(factCases)('$id: figures, quote and sentence equal facts.json', ({ id, fact }) => {
      const properties = collection.features.find((f) => f.id === id)?.properties;
      const [quote, position] = fact.target.selector;
      expect(properties).toMatchObject({
        id,
        category: fact.category,
        kind: fact.kind,
        region: fact.region,
        quantity_min: fact.quantity?.min ?? null,
        quantity_max: fact.quantity?.max ?? null,
        qualifier: fact.quantity?.qualifier ?? null,
        quantity_text: fact.quantity?.text ?? null,
        unit_en: fact.quantity?.unit.en ?? null,
        unit_ar: fact.quantity?.unit.ar ?? null,
        related: fact.related ?? [],
        part_of: fact.partOf?.fact ?? null,
        quote: quote.exact,
        quote_start: position.start,
        quote_end: position.end,
        summary_en: fact.summary.en,
        summary_ar: fact.summary.ar,
        translation: fact.translation,
        notes_en: (fact.notes ?? []).map((n) => n.en),
        notes_ar: (fact.notes ?? []).map((n) => n.ar),
        source: { file: 'article.txt', sha256: rawStory.article.sha256 },
      });
      expect(properties?.sentence).toContain(quote.exact);
      expect(properties?.region_name_ar).toBe(regionFeature(fact.region)?.properties.name_ar);
    });
  });

  it.each(factCases)('$id: the label geometry is its region’s label point', ({ fact }) => {
    const feature = factsToGeoJSON(model, regionsGeoJSON, { geometry: 'label' }).features.find((f) => f.id === fact.id);
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: regionFeature(fact.region)?.properties.label });
  });

  it.each(factCases)('$id: the shape geometry is its region’s (Multi)Polygon', ({ fact }) => {
    const feature = factsToGeoJSON(model, regionsGeoJSON, { geometry: 'shape' }).features.find((f) => f.id === fact.id);
    expect(['Polygon', 'MultiPolygon']).toContain(feature?.geometry?.type);
    expect(feature?.geometry).toEqual(regionFeature(fact.region)?.geometry);
  });

  it.each([
    { value: 36.123456789, rounded: 36.123457 },
    { value: -0.0000004, rounded: 0 },
    { value: 35.5, rounded: 35.5 },
  ])('rounds $value to $rounded', ({ value, rounded }) => {
    const fine: RegionCollection = {
      type: 'FeatureCollection',
      features: regionsGeoJSON.features.map((f) => ({
        ...f,
        properties: { ...f.properties, label: [value, value] },
        geometry: { type: 'Polygon', coordinates: [[[value, value], [value + 1, value], [value, value + 1], [value, value]]] },
      })),
    };
    const [label] = factsToGeoJSON(model, fine, { geometry: 'label' }).features;
    const [shape] = factsToGeoJSON(model, fine, { geometry: 'shape' }).features;
    expect(label?.geometry).toEqual({ type: 'Point', coordinates: [rounded, rounded] });
    expect(shape?.geometry?.type === 'Polygon' && shape.geometry.coordinates[0]?.[0]).toEqual([rounded, rounded]);
  });

  it('gives a fact whose region has no geodata a null geometry, still valid GeoJSON', () => {
    const withoutTurkey: RegionCollection = { ...regionsGeoJSON, features: regionsGeoJSON.features.filter((f) => f.properties.id !== 'turkey') };
    const collection = factsToGeoJSON(model, withoutTurkey, { geometry: 'shape' });
    const turkish = collection.features.filter((f) => f.properties.region === 'turkey');
    expect(turkish.length).toBeGreaterThan(0);
    for (const feature of turkish) expect(feature.geometry).toBeNull();
    expect(() => check(JSON.stringify(collection))).not.toThrow();
  });
});

const CSV_HEADER = [
  'id', 'category', 'kind', 'region', 'region_name_en', 'region_name_ar', 'related', 'origin', 'destination',
  'min', 'max', 'qualifier', 'amount_en', 'quantity_text', 'unit_en', 'unit_ar',
  'date', 'start', 'end', 'time_stated', 'time_inferred_reason_en', 'time_inferred_reason_ar', 'part_of',
  'quote', 'quote_start', 'quote_end', 'sentence', 'summary_en', 'summary_ar', 'translation', 'notes_en', 'notes_ar',
];

const cell = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

describe('factsToCSV', () => {
  const text = factsToCSV(model);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true });
  const row = (id: string) => parsed.data.find((r) => r.id === id);

  it('parses without errors into one row per fact, under the listed header', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(CSV_HEADER);
    expect(parsed.data.map((r) => r.id)).toEqual(rawFacts.map((f) => f.id));
  });

  it('is plain UTF-8 text with CRLF record ends (RFC 4180)', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.startsWith(`${CSV_HEADER.join(',')}\r\n`)).toBe(true);
  });

  it.each(factCases)('$id: figures and quote equal facts.json', ({ id, fact }) => {
    const [quote, position] = fact.target.selector;
    expect(row(id)).toMatchObject({
      min: cell(fact.quantity?.min),
      max: cell(fact.quantity?.max),
      qualifier: cell(fact.quantity?.qualifier),
      quantity_text: cell(fact.quantity?.text),
      quote: quote.exact,
      quote_start: String(position.start),
      quote_end: String(position.end),
      summary_ar: fact.summary.ar,
      unit_ar: cell(fact.quantity?.unit.ar),
      notes_en: (fact.notes ?? []).map((n) => n.en).join('\n'),
      notes_ar: (fact.notes ?? []).map((n) => n.ar).join('\n'),
      time_inferred_reason_ar: cell(fact.time?.inferred?.reason.ar),
    });
  });

  it.each(quantityCases)('$id: amount_en keeps the qualifier', ({ id, fact }) => {
    const amount = row(id)?.amount_en ?? '';
    if (fact.quantity?.qualifier === 'at-least') expect(amount).toBe(`at least ${fact.quantity.min}`);
    if (fact.quantity?.qualifier === 'vague') expect(amount).toBe('thousands');
    if (fact.quantity?.qualifier === 'exact') expect(amount).toBe(String(fact.quantity.min));
  });

  it('keeps whole sentences that hold quotation marks and Arabic commas', () => {
    const sentences = parsed.data.map((r) => r.sentence ?? '');
    expect(sentences.some((s) => s.includes('"'))).toBe(true);
    expect(sentences.some((s) => s.includes('،'))).toBe(true);
    for (const fact of rawFacts) expect(row(fact.id)?.sentence).toBe(model.sentenceOfFact.get(fact.id)?.text);
  });

  it('writes related regions as region:role pairs', () => {
    expect(row('north-atlantic-council-meeting')?.related).toBe('turkey:requested-by');
    expect(row('nato-urges-de-escalation')?.related).toBe('');
  });

  it.each([
    { field: 'quote', value: 'قال: "نعم، لا", ثم\r\nسطر' },
    { field: 'summary_en', value: ' edge spaces, "quotes"\nand a line ' },
    { field: 'translation', value: 'a "translation", with commas' },
  ] as const)('round-trips a $field with commas, quotes and line breaks', ({ field, value }) => {
    const record = { ...factRecord(model, rawFacts[0]!), [field]: value, notes_ar: ['first, "one"', 'ثانية، "اثنتان"'] };
    const [back] = Papa.parse<Record<string, string>>(recordsToCSV([record]), { header: true }).data;
    expect(back?.[field]).toBe(value);
    expect(back?.notes_ar).toBe('first, "one"\nثانية، "اثنتان"');
  });
});

// An attacker (or an article line) can start any text cell with a formula; a spreadsheet must never run it.
describe('factsToCSV against formula injection', () => {
  const attacks = [
    { field: 'summary_en', value: '=HYPERLINK("http://evil.example","click")' },
    { field: 'translation', value: "+cmd|' /C calc'!A0" },
    { field: 'time_inferred_reason_en', value: '=1+1' },
    { field: 'time_inferred_reason_ar', value: '=1+1' },
    { field: 'quote', value: '-2+3' },
    { field: 'sentence', value: '@SUM(A1:A2)' },
    { field: 'unit_en', value: '\t=1' },
    { field: 'summary_ar', value: '\r=1' },
    { field: 'notes_en', value: ['=first', 'second'] },
    { field: 'notes_ar', value: ['=first', 'second'] },
  ] as const;

  it.each(attacks)('$field starting with $value is read back as text, never as a formula', ({ field, value }) => {
    const record = { ...factRecord(model, rawFacts[0]!), [field]: value };
    const csv = recordsToCSV([record]);
    const { data, errors } = Papa.parse<string[]>(csv);
    expect(errors).toEqual([]);
    // No cell of the file starts like a formula: a spreadsheet shows each as text.
    for (const cell of data.flat()) expect(cell).not.toMatch(FORMULA_START);
    const back = Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!;
    const written = Array.isArray(value) ? value.join('\n') : value;
    expect(back[field]).toBe(`'${written}`);
  });

  it('leaves numbers and plain text as they are', () => {
    const [back] = Papa.parse<Record<string, string>>(factsToCSV(model), { header: true }).data;
    expect(back?.quote_start).toMatch(/^\d+$/);
    expect(back?.quote?.startsWith("'")).toBe(false);
  });
});

const ARTICLE_URL = 'https://example.org/stories/nato-syria-de-escalation/article.txt';
const W3C_PURPOSES = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];

describe('factsToAnnotations', () => {
  const doc = factsToAnnotations(model, { articleUrl: ARTICLE_URL });
  const items = doc.first.items;
  const item = (id: string) => items.find((a) => a.id === `${ARTICLE_URL}#fact=${id}`);

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('is an AnnotationCollection under the W3C context, with one annotation per fact', () => {
    const context = Array.isArray(doc['@context']) ? doc['@context'][0] : doc['@context'];
    expect(context).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', label: rawStory.title.en, first: { type: 'AnnotationPage' } });
    expect(doc.total).toBe(items.length);
    expect(items.length).toBe(rawFacts.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('defines the isnad prefix it uses in its extended context', () => {
    const extension = doc['@context'][1];
    const used = new Set(JSON.stringify(items).match(/"isnad:[A-Za-z]+"/g)?.map((key) => key.slice(1, -1)));
    expect(used.size).toBeGreaterThan(0);
    expect(extension.isnad).toMatch(/^[a-z][a-z0-9+.-]*:/);
  });

  it.each(factCases)('$id: the position selector slices the quote from article.txt', ({ id, fact }) => {
    const annotation = item(id);
    expect(annotation).toMatchObject({ type: 'Annotation', motivation: 'describing', target: { source: ARTICLE_URL } });
    const [quote, position] = annotation!.target.selector;
    expect(quote).toEqual(fact.target.selector[0]);
    expect(position).toEqual(fact.target.selector[1]);
    expect(sliceArticle(position.start, position.end)).toBe(quote.exact);
    expect(sliceArticle(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    expect(sliceArticle(position.end, position.end + [...quote.suffix].length)).toBe(quote.suffix);
  });

  it.each(factCases)('$id: bodies carry both summaries and the category tag', ({ id, fact }) => {
    const bodies = item(id)!.body;
    expect(bodies).toContainEqual({ type: 'TextualBody', value: fact.summary.en, language: 'en', format: 'text/plain', purpose: 'describing' });
    expect(bodies).toContainEqual({ type: 'TextualBody', value: fact.summary.ar, language: 'ar', format: 'text/plain', purpose: 'describing' });
    expect(bodies).toContainEqual({ type: 'TextualBody', value: `${fact.category}/${fact.kind}`, format: 'text/plain', purpose: 'tagging' });
    for (const body of bodies) if ('purpose' in body) expect(W3C_PURPOSES).toContain(body.purpose);
    expect(bodies.some((b) => b.type === 'isnad:Quantity')).toBe(fact.quantity !== undefined);
  });

  it.each(quantityCases)('$id: the quantity body equals facts.json', ({ id, fact }) => {
    const quantity = item(id)!.body.find((b) => b.type === 'isnad:Quantity');
    expect(quantity).toMatchObject({
      'isnad:min': fact.quantity?.min,
      'isnad:max': fact.quantity?.max,
      'isnad:qualifier': fact.quantity?.qualifier,
      'isnad:text': fact.quantity?.text,
      'isnad:unit': fact.quantity?.unit,
    });
  });

  it('omits a creation date it does not have', () => {
    for (const annotation of items) expect(annotation).not.toHaveProperty('created');
  });

  it('refuses an article URL with a fragment, which would clash with the annotation ids', () => {
    expect(() => factsToAnnotations(model, { articleUrl: `${ARTICLE_URL}#x` })).toThrow(/fragment/);
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('clicks a temporary download link to an object URL, then removes it and revokes the URL', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const link = {
      href: '',
      download: '',
      hidden: false,
      click: () => events.push(`click ${link.download} ${link.href}`),
      remove: () => events.push('remove'),
    };
    vi.stubGlobal('document', {
      createElement: (tag: string) => (tag === 'a' ? link : null),
      body: { append: () => events.push('append') },
    });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void events.push(`revoke ${url}`));

    downloadText('facts.csv', 'text/csv;charset=utf-8', 'id\r\nإدلب');
    expect(events).toEqual(['append', 'click facts.csv blob:export', 'remove']);
    vi.runAllTimers();
    expect(events.at(-1)).toBe('revoke blob:export');
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toBe('id\r\nإدلب');
  });
});

/** The PNG's band, without its isolates (FSI…PDI keep story values in their own direction on the canvas). */
const plainText = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const second = await loadModel(SECOND_STORY, realRegions());

describe('pngFooterModel: what the PNG says under its map', () => {
  it.each([
    {
      name: 'first story, English, nothing selected',
      story: model,
      lang: 'en' as const,
      selected: null,
      title: 'NATO urges de-escalation in Syria',
      legend: ['Killed (circle area): at least 54 Turkish soldiers in Idlib', 'Displaced (hatched): thousands of people in Idlib'],
      credit: ['Outlet not recorded', 'Map: Isnad', 'Boundaries: Natural Earth'],
    },
    {
      name: 'first story, Arabic, Idlib selected: the selection has its key',
      story: model,
      lang: 'ar' as const,
      selected: 'idlib',
      title: 'حلف شمال الأطلسي يحث على خفض التصعيد بسوريا',
      legend: ['القتلى (مساحة الدائرة): 54 على الأقل — جنود أتراك في إدلب', 'النزوح (مظلل): آلاف — أشخاص في إدلب', 'المنطقة المختارة: إدلب'],
      credit: ['الناشر غير مسجَّل', 'الخريطة: إسناد', 'الحدود: Natural Earth'],
    },
    {
      name: 'second story, English: its outlet, date and the original\'s address written out',
      story: second,
      lang: 'en' as const,
      selected: null,
      title: 'Shelling in the southern Idlib countryside',
      legend: ['Killed (circle area): at least 12 civilians in Idlib', 'Displaced (hatched): about 300 people in Idlib'],
      credit: ['Outlet: وكالة أنباء تجريبية', 'Published: 3 March 2025', 'Original article: https://example.org/news/shelling-southern-idlib', 'Map: Isnad', 'Boundaries: Natural Earth'],
    },
  ])('$name', ({ story, lang, selected, title, legend, credit }) => {
    const footer = pngFooterModel(story, lang, selected);
    expect(footer.title).toBe(title);
    expect(footer.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(footer.legend.map((e) => plainText(e.text))).toEqual(legend);
    expect(footer.credit.map(plainText)).toEqual(credit);
  });

  it('marks the selection only with its key: no selection, no key', () => {
    expect(pngFooterModel(model, 'en', null).legend.map((e) => e.key)).toEqual(['killed', 'displaced']);
    expect(pngFooterModel(model, 'en', 'turkey').legend.map((e) => e.key)).toEqual(['killed', 'displaced', 'selected']);
    // An id that is not a region of the story draws nothing and names nothing.
    expect(pngFooterModel(model, 'en', 'atlantis').legend.map((e) => e.key)).toEqual(['killed', 'displaced']);
  });
});

describe('layoutFooter: the band wraps to the picture and the picture includes it', () => {
  /** A fake font: every character 7 px wide, isolates none. */
  const measure = (text: string) => plainText(text).length * 7;
  const footer: FooterModel = pngFooterModel(model, 'en', 'idlib');

  it.each([
    { width: 1280, titleLines: 1, creditLines: 1 },
    { width: 400, titleLines: 1, creditLines: 2 },
    { width: 200, titleLines: 2, creditLines: 3 },
  ])('at $width px: every line fits, nothing is lost, the height counts every line', ({ width, titleLines, creditLines }) => {
    const layout = layoutFooter(footer, width, measure);
    const inner = width - 2 * FOOTER_STYLE.padding;
    for (const line of layout.lines) expect(line.indent + measure(line.text), line.text).toBeLessThanOrEqual(inner);
    expect(layout.lines.filter((l) => l.kind === 'title')).toHaveLength(titleLines);
    expect(layout.lines.filter((l) => l.kind === 'credit')).toHaveLength(creditLines);
    // Every word of the model is on some line, in order.
    const said = (kind: string) => layout.lines.filter((l) => l.kind === kind).map((l) => l.text).join(' ');
    expect(said('title')).toBe(footer.title);
    expect(said('legend')).toBe(footer.legend.map((e) => e.text).join(' '));
    expect(plainText(said('credit')).replace(/ · /g, ' ')).toBe(plainText(footer.credit.join(' ')));
    // Each legend entry's key sits on its first line only.
    expect(layout.lines.filter((l) => l.key).map((l) => l.key)).toEqual(['killed', 'displaced', 'selected']);
    // Baselines go down the band, and the band is tall enough for the last line.
    const baselines = layout.lines.map((l) => l.baseline);
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan(baselines.at(-1)!);
    expect(pngSize(width, 500, layout.height)).toEqual({ width: width * 2, height: (500 + layout.height) * 2 });
  });

  it('cuts an address too long for any line rather than letting it run off the picture', () => {
    const long: FooterModel = { ...footer, credit: [`Original article: https://example.org/${'x'.repeat(200)}`] };
    const layout = layoutFooter(long, 300, measure);
    for (const line of layout.lines) expect(measure(line.text)).toBeLessThanOrEqual(300 - 2 * FOOTER_STYLE.padding);
    expect(layout.lines.filter((l) => l.kind === 'credit').map((l) => l.text).join('')).toBe(long.credit[0]!.replace(': ', ':'));
  });

  it.each([
    { tokens: ['a', 'b', 'c'], width: 3, expected: ['a b', 'c'] },
    { tokens: ['abcdef'], width: 3, expected: ['abcdef'] },
    { tokens: [], width: 3, expected: [] },
  ])('wrap $tokens at $width', ({ tokens, width, expected }) => {
    expect(wrap(tokens.map((text) => ({ text, before: ' ' })), width, (t) => t.length)).toEqual(expected);
  });
});
