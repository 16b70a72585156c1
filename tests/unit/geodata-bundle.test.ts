/**
 * The compact geodata encoding (src/geodata/codec.ts) and the Vite plugin
 * that bundles it (src/geodata/vite-plugin.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { createServer, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  decodeCollection,
  decodeCollections,
  encodeCollection,
  encodeCollections,
  MAX_DECIMALS,
  type CompactGeodata,
  type EncodeOptions,
} from '../../src/geodata/codec';
import { GEODATA_ID, GEODATA_NAMES, geodataFile, geodataModule, geodataPlugin } from '../../src/geodata/vite-plugin';

const ROOT = join(import.meta.dirname, '../..');
const GEODATA = join(ROOT, 'geodata');
const files = GEODATA_NAMES.map((name) => ({ name, file: `${name}.geojson`, text: readFileSync(join(GEODATA, `${name}.geojson`), 'utf8') }));
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;
/** Through JSON, as the bundle carries it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const feature = (geometry: Geometry | null, properties: Feature['properties'] = {}, id?: string | number): Feature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  // GeoJSON allows a null geometry; the FeatureCollection type does not say so.
  geometry: geometry as Geometry,
});
/** Every coordinate value of a collection's geometries. */
const coordinateValues = (fc: FeatureCollection): number[] =>
  fc.features.flatMap((f) => (f.geometry && 'coordinates' in f.geometry ? (f.geometry.coordinates as unknown[]).flat(Infinity) : [])).filter((value) => typeof value === 'number');
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('the real geodata', () => {
  it.each(files)('$file decodes to exactly what JSON.parse gives', ({ text }) => {
    const compact = viaJson(encodeCollection(JSON.parse(text) as FeatureCollection));
    const decoded = decodeCollection(compact);
    expect(decoded).toStrictEqual(JSON.parse(text));
    // Same members in the same order, number for number.
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it.each(files)('$file is stored at the decimals its text uses', ({ text }) => {
    const written = Math.max(...[...text.matchAll(/\d\.(\d+)/g)].map((match) => match[1]!.length));
    expect(encodeCollection(JSON.parse(text) as FeatureCollection).decimals).toBe(written);
  });

  it('decodes both files, encoded together, exactly', () => {
    const originals = Object.fromEntries(files.map(({ name, text }) => [name, JSON.parse(text) as FeatureCollection]));
    const compact = viaJson(encodeCollections(originals));
    expect(compact.arcs.flat().every(Number.isSafeInteger)).toBe(true);
    expect(decodeCollections(compact)).toStrictEqual(Object.fromEntries(files.map(({ name, text }) => [name, JSON.parse(text)])));
  });

  it('gzips to less than 60 % of the GeoJSON text', () => {
    const sizes = files.map(({ name, text }) => ({
      name,
      geojson: gzipBytes(text),
      compact: gzipBytes(JSON.stringify(encodeCollection(JSON.parse(text) as FeatureCollection))),
    }));
    const geojson = gzipBytes(files.map((file) => file.text).join(''));
    const compact = gzipBytes(JSON.stringify(encodeCollections(Object.fromEntries(files.map(({ name, text }) => [name, JSON.parse(text) as FeatureCollection])))));
    const perFile = sizes.map((size) => `${size.name} ${size.geojson} → ${size.compact} B`).join(', ');
    console.log(`gzip -9: ${perFile}; both together ${geojson} → ${compact} B (${((100 * compact) / geojson).toFixed(1)} %)`);
    expect(compact).toBeLessThan(0.6 * geojson);
    // The files share borders: encoding them together stores those once.
    expect(compact).toBeLessThan(sizes.reduce((sum, size) => sum + size.compact, 0));
  });
});

describe('round trips', () => {
  const twoNeighbours = collection(
    feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0.5], [1, 1], [0, 1], [0, 0]]] }, { name: 'west' }, 'west'),
    // Starts in the middle of the border it shares with 'west', and walks it the other way.
    feature({ type: 'Polygon', coordinates: [[[1, 0.5], [1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5]]] }, { name: 'east' }, 'east'),
  );
  const cases: { name: string; input: FeatureCollection; options?: EncodeOptions }[] = [
    {
      name: 'a Polygon with a hole',
      input: collection(feature({ type: 'Polygon', coordinates: [square(36.1, 35.2, 1.5), [[36.5, 35.5], [36.5, 35.75], [36.75, 35.75], [36.5, 35.5]]] })),
    },
    {
      name: 'a MultiPolygon with a hole in its second polygon',
      input: collection(feature({ type: 'MultiPolygon', coordinates: [[square(10, 10, 2)], [square(20.25, 20.5, 4), square(21, 21, 1).reverse()]] })),
    },
    {
      name: 'negative coordinates and zeros',
      input: collection(feature({ type: 'Polygon', coordinates: [[[-179.9999, -89.5], [0, -89.5], [0, 0], [-0.0001, 0.0001], [-179.9999, -89.5]]] })),
    },
    {
      name: 'Arabic properties, ids and foreign members, verbatim',
      input: {
        type: 'FeatureCollection',
        name: 'test',
        bbox: [35.1, 32.1, 42.4, 37.3],
        features: [
          {
            type: 'Feature',
            id: 7,
            properties: { name_ar: 'إدلب', name_en: "Idlib's \\ \"quoted\"", parent: null, label: [36.736, 35.6708], tags: ['شمال سوريا'] },
            geometry: { type: 'Polygon', bbox: [36, 35, 37, 36], coordinates: [square(36, 35, 1)] },
            source: { dataset: 'geoBoundaries', level: 1 },
          } as Feature,
        ],
      } as FeatureCollection,
    },
    { name: 'neighbours sharing a border, one ring starting in its middle', input: twoNeighbours },
    {
      name: 'the same ring twice, once walked the other way',
      input: collection(
        feature({ type: 'Polygon', coordinates: [square(5.5, 5.5, 0.5)] }),
        feature({ type: 'Polygon', coordinates: [square(5.5, 5.5, 0.5).reverse()] }),
      ),
    },
    {
      name: 'a null geometry, whole-degree coordinates and degenerate rings',
      input: collection(feature(null, null, 'nowhere'), feature({ type: 'MultiPolygon', coordinates: [[square(1, 2, 3), [], [[4, 4]], [[4, 4], [5, 5]]]] })),
    },
    { name: 'exponent notation (1e-7)', input: collection(feature({ type: 'Polygon', coordinates: [[[1e-7, 0], [1, 0], [1, 1.5e-7], [1e-7, 0]]] })) },
    { name: 'more decimals than used, when asked for', input: twoNeighbours, options: { decimals: 6 } },
  ];

  it.each(cases)('$name', ({ input, options }) => {
    const expected = structuredClone(input);
    const compact = viaJson(encodeCollection(input, options));
    expect(compact.decimals).toBe(options?.decimals ?? Math.max(0, ...coordinateValues(input).map(decimalsOf)));
    expect(decodeCollection(compact)).toStrictEqual(expected);
    expect(JSON.stringify(decodeCollection(compact))).toBe(JSON.stringify(expected));
    // The input is left as it was.
    expect(input).toStrictEqual(expected);
  });

  it('stores a shared border once, walked backwards by the second ring', () => {
    const compact = encodeCollection(twoNeighbours);
    const refs = compact.collections.collection.features.flatMap((f) => (f.geometry as { coordinates: number[][] }).coordinates.flat());
    // The border is two arcs (east starts in its middle), each stored once and referred to twice.
    expect(refs.filter((ref) => ref < 0)).toHaveLength(2);
    expect(compact.arcs).toHaveLength(refs.length - 2);
  });

  it('gives every decoded position its own array, as JSON.parse does', () => {
    const decoded = decodeCollection(encodeCollection(twoNeighbours));
    const [west, east] = decoded.features.map((f) => (f.geometry as { coordinates: number[][][] }).coordinates[0]!);
    // [1, 0] is on the shared border: one arc, two rings.
    west![1]![1] = 99;
    expect(east![1]).toEqual([1, 0]);
  });

  it.each([
    [36.6488, 4],
    [36, 0],
    [-0.5, 1],
    [1.5e-7, 8],
    [1e21, 0],
    [0.1 + 0.2, 17],
  ])('decimalsOf(%s) is %i', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe('what cannot be encoded exactly', () => {
  const good = feature({ type: 'Polygon', coordinates: [square(36, 35, 1)] }, {}, 'good');
  const cases: { name: string; input: FeatureCollection; options?: EncodeOptions; error: RegExp }[] = [
    {
      name: 'a Point',
      input: collection(good, feature({ type: 'Point', coordinates: [36.5, 35.5] }, {}, 'city')),
      error: /^collection\.features\[1\] \(id "city"\): geometry type "Point" is not supported/,
    },
    {
      name: 'a GeometryCollection',
      input: collection(good, good, feature({ type: 'GeometryCollection', geometries: [] })),
      error: /^collection\.features\[2\]: geometry type "GeometryCollection" is not supported/,
    },
    {
      name: 'a feature without a geometry member',
      input: collection({ type: 'Feature', properties: {} } as Feature),
      error: /^collection\.features\[0\]: geometry type undefined is not supported/,
    },
    {
      name: 'more decimals than asked for',
      input: collection(feature({ type: 'Polygon', coordinates: [[[36.12345, 35], [37, 35], [37, 36], [36.12345, 35]]] }, {}, 'idlib'), good),
      options: { decimals: 4 },
      error: /^collection\.features\[0\] \(id "idlib"\): coordinate 36\.12345 has 5 decimals, more than the 4 encoded/,
    },
    {
      name: 'unrounded floating-point output',
      input: collection(good, feature({ type: 'Polygon', coordinates: [[[0.1 + 0.2, 35], [37, 35], [37, 36], [0.1 + 0.2, 35]]] }, {}, 3)),
      error: new RegExp(`^collection\\.features\\[1\\] \\(id 3\\): coordinate 0\\.30000000000000004 has 17 decimals, more than the ${MAX_DECIMALS} encoded`),
    },
    {
      name: 'a -0 (JSON would write 0)',
      input: collection(feature({ type: 'Polygon', coordinates: [[[-0, 35], [37, 35], [37, 36], [-0, 35]]] }, {}, 'zero')),
      error: /^collection\.features\[0\] \(id "zero"\): coordinate -0 would decode as 0/,
    },
    {
      name: 'a position with an altitude',
      input: collection(good, feature({ type: 'Polygon', coordinates: [[[36, 35, 100], [37, 35, 100], [37, 36, 100], [36, 35, 100]]] })),
      error: /^collection\.features\[1\]: position \[36,35,100\] is not \[x, y\]/,
    },
    {
      name: 'a coordinate that is a string',
      input: collection(feature({ type: 'Polygon', coordinates: [[['36', 35], [37, 35], [37, 36], [36, 35]]] } as unknown as Geometry)),
      error: /^collection\.features\[0\]: coordinate "36" is not a finite number/,
    },
    {
      name: 'Polygon coordinates one level short',
      input: collection(feature({ type: 'Polygon', coordinates: square(36, 35, 1) } as unknown as Geometry)),
      error: /^collection\.features\[0\]: position 36 is not \[x, y\]/,
    },
    {
      name: 'MultiPolygon coordinates that are not arrays',
      input: collection(good, feature({ type: 'MultiPolygon', coordinates: null } as unknown as Geometry, {}, 'm')),
      error: /^collection\.features\[1\] \(id "m"\): MultiPolygon coordinates are not nested arrays of rings/,
    },
    {
      name: 'a precision beyond the limit',
      input: collection(good),
      options: { decimals: MAX_DECIMALS + 1 },
      error: /^decimals must be an integer from 0 to 10/,
    },
  ];

  it.each(cases)('$name', ({ input, options, error }) => {
    expect(() => encodeCollection(input, options)).toThrow(error);
  });

  it('names the collection when encoding several', () => {
    expect(() => encodeCollections({ regions: collection(good), context: collection(good, feature({ type: 'LineString', coordinates: [] }, {}, 'road')) })).toThrow(
      /^context\.features\[1\] \(id "road"\): geometry type "LineString"/,
    );
  });

  it('will not decode several collections as one', () => {
    const both = encodeCollections({ regions: collection(good), context: collection(good) }) as unknown as CompactGeodata<'collection'>;
    expect(() => decodeCollection(both)).toThrow(/expected one collection named "collection", got \["regions","context"\]/);
  });

  it('will not decode a ring that refers to a missing arc', () => {
    const compact = encodeCollection(collection(good));
    compact.arcs.pop();
    expect(() => decodeCollection(compact)).toThrow(/ring refers to arc/);
  });
});

describe('the Vite plugin', () => {
  /** The virtual module's exports, as a Vite dev server loads it. */
  async function loadGeodata(config: InlineConfig): Promise<Record<string, unknown>> {
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      ...config,
    });
    try {
      return await server.ssrLoadModule(GEODATA_ID);
    } finally {
      await server.close();
    }
  }

  it('resolves only its own id, loads only its own module, and watches both files', () => {
    const plugin = geodataPlugin();
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
    const resolved = resolveId(GEODATA_ID);
    expect(resolved).toBe('\0isnad-geodata');
    expect(resolveId('virtual:isnad-static-map.css')).toBeNull();
    (plugin.configResolved as (config: { root: string }) => void)({ root: ROOT });
    const watched: string[] = [];
    const context = { addWatchFile: (file: string) => void watched.push(file) };
    expect(load.call(context, './other.ts')).toBeNull();
    expect(load.call(context, resolved!)).toBe(geodataModule(GEODATA));
    expect(watched).toEqual([join(GEODATA, 'regions.geojson'), join(GEODATA, 'context.geojson')]);
  });

  it('exports the real files, decoded, from the default folder under the root', async () => {
    const geodata = await loadGeodata({ root: ROOT, plugins: [geodataPlugin()] });
    expect(Object.keys(geodata).sort()).toEqual(['context', 'regions']);
    for (const { name, text } of files) expect(geodata[name]).toStrictEqual(JSON.parse(text));
  });

  it('carries quotes, backslashes and line separators in property text through the module source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-geodata-'));
    try {
      const written = {
        regions: collection(feature({ type: 'Polygon', coordinates: [square(36, 35, 1)] }, { name: "it's \\ \"x\" \u2028 \u2029 </script> ${x}" }, 'r')),
        context: collection(feature({ type: 'MultiPolygon', coordinates: [[square(35, 35, 1)]] }, { name_ar: 'حلب' }, 'c')),
      };
      // Written as JSON text: an own "__proto__" key, as JSON.parse of a file would give.
      writeFileSync(geodataFile(dir, 'regions'), JSON.stringify(written.regions).replace('"name":', '"__proto__":"a key","name":'));
      writeFileSync(geodataFile(dir, 'context'), JSON.stringify(written.context));
      const geodata = await loadGeodata({ root: ROOT, plugins: [geodataPlugin({ dir })] });
      for (const name of GEODATA_NAMES) expect(geodata[name]).toStrictEqual(JSON.parse(readFileSync(geodataFile(dir, name), 'utf8')));
      const properties = (geodata['regions'] as FeatureCollection).features[0]!.properties!;
      expect(Object.keys(properties)).toContain('__proto__');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-geodata-'));
    try {
      writeFileSync(geodataFile(dir, 'regions'), '{"type":"FeatureCollection",');
      expect(() => geodataModule(dir)).toThrow(`${geodataFile(dir, 'regions')}: `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
