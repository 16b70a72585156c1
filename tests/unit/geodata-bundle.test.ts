/**
 * The geodata the bundle carries: build/geodata-plugin.ts packs the files
 * as one quantised TopoJSON topology, src/geodata/unpack.ts turns it back into
 * GeoJSON with topojson-client. Quantising is lossy, so these tests bound
 * every vertex's error instead of asking for equality.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanClockwise } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { createServer, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { unpackGeodata, type PackedTopology } from '../../src/geodata/unpack';
import { GEODATA_ID, GEODATA_NAMES, geodataFile, geodataModule, geodataPlugin, MAX_DECIMALS, packGeodata } from '../../build/geodata-plugin';

const ROOT = join(import.meta.dirname, '../..');
const GEODATA = join(ROOT, 'geodata');
const files = GEODATA_NAMES.map((name) => ({ name, file: `${name}.geojson`, text: readFileSync(join(GEODATA, `${name}.geojson`), 'utf8') }));
const parsedFiles = () => Object.fromEntries(files.map(({ name, text }) => [name, JSON.parse(text) as FeatureCollection])) as Record<(typeof GEODATA_NAMES)[number], FeatureCollection>;
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;
/** Packed, carried as JSON (as the bundle does), and unpacked. */
const roundTrip = <Name extends string>(collections: Record<Name, FeatureCollection>) =>
  unpackGeodata(JSON.parse(JSON.stringify(packGeodata(collections))) as PackedTopology<Name>);

/** How far a decoded vertex may be from the file's: 1e-9° is a tenth of a millimetre, far below any zoom. */
const TOLERANCE = 1e-9;

const ringsOf = (geometry: Geometry | null): Position[][] =>
  geometry?.type === 'Polygon' ? geometry.coordinates : geometry?.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
/** The collection with every coordinate 0: what must be identical (members, ids, properties, types, ring lengths). */
const withoutCoordinates = (fc: FeatureCollection): unknown =>
  JSON.parse(JSON.stringify(fc, (key, value: unknown) => (key === 'coordinates' ? JSON.parse(JSON.stringify(value).replace(/-?[\d.]+(e[+-]?\d+)?/g, '0')) : value)));
const key = ([x, y]: Position) => `${x},${y}`;

/**
 * Checks that `decoded` is `expected` but for rounding: the same features, ids, properties and rings,
 * each ring the same loop of vertices walked the same way (so with the same winding), starting at any
 * of its vertices (TopoJSON starts a ring where borders meet). Returns each original vertex's decoded
 * position, and the largest error.
 */
function expectSameGeodata(decoded: FeatureCollection, expected: FeatureCollection): { positions: Map<string, Set<string>>; worst: number } {
  expect(withoutCoordinates(decoded)).toStrictEqual(withoutCoordinates(expected));
  const positions = new Map<string, Set<string>>();
  let worst = 0;
  expected.features.forEach((feature, i) => {
    const decodedRings = ringsOf(decoded.features[i]!.geometry);
    ringsOf(feature.geometry).forEach((ring, r) => {
      const got = decodedRings[r]!;
      const n = ring.length - 1;
      expect(key(got[n]!), `${feature.id} ring ${r} is closed`).toBe(key(got[0]!));
      const error = (a: Position, b: Position) => Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!));
      const start = got.findIndex((position) => error(position, ring[0]!) < TOLERANCE);
      expect(start, `${feature.id} ring ${r} holds its first vertex`).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < n; k++) {
        const [want, have] = [ring[k]!, got[(start + k) % n]!];
        worst = Math.max(worst, error(want, have));
        positions.set(key(want), (positions.get(key(want)) ?? new Set()).add(key(have)));
      }
    });
  });
  expect(worst).toBeLessThan(TOLERANCE);
  return { positions, worst };
}

const feature = (geometry: Geometry | null, properties: Feature['properties'] = {}, id?: string | number): Feature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  // GeoJSON allows a null geometry; the FeatureCollection type does not say so.
  geometry: geometry as Geometry,
});
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
/** A counterclockwise square. */
const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('the real geodata', () => {
  it.each(files)('$file comes back with its ids, properties and rings, every vertex within 1e-9°', ({ name, text }) => {
    const { worst } = expectSameGeodata(roundTrip(parsedFiles())[name], JSON.parse(text) as FeatureCollection);
    console.log(`${name}: largest vertex error ${worst.toExponential(1)}°`);
  });

  it('keeps the winding: exterior rings counterclockwise, holes clockwise (RFC 7946)', () => {
    for (const decoded of Object.values(roundTrip(parsedFiles()))) {
      for (const f of decoded.features) {
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
        for (const [exterior, ...holes] of polygons) {
          expect(booleanClockwise(exterior!), `${f.id} exterior`).toBe(false);
          for (const hole of holes) expect(booleanClockwise(hole), `${f.id} hole`).toBe(true);
        }
      }
    }
  });

  it('gives a vertex that neighbours share the very same position in each (no slivers)', () => {
    const decoded = roundTrip(parsedFiles());
    const positions = new Map<string, Set<string>>();
    const usedBy = new Map<string, Set<string | number | undefined>>();
    for (const { name, text } of files) {
      const original = JSON.parse(text) as FeatureCollection;
      for (const [vertex, seen] of expectSameGeodata(decoded[name], original).positions) positions.set(vertex, new Set([...(positions.get(vertex) ?? []), ...seen]));
      for (const f of original.features) for (const position of ringsOf(f.geometry).flat()) usedBy.set(key(position), (usedBy.get(key(position)) ?? new Set()).add(f.id));
    }
    const shared = [...usedBy].filter(([, ids]) => ids.size > 1).map(([vertex]) => vertex);
    // The story regions are unions of governorates and countries: thousands of their vertices are shared.
    expect(shared.length).toBeGreaterThan(1000);
    expect(shared.filter((vertex) => positions.get(vertex)!.size !== 1)).toEqual([]);
  });

  it('is stored on the grid of the 4 decimals the files use', () => {
    expect(packGeodata(parsedFiles()).transform).toEqual({ scale: [1e-4, 1e-4], translate: [0, 0] });
  });

  it('gzips to less than 60 % of the GeoJSON text, and smaller with flat arcs than with pairs', () => {
    const geojson = gzipBytes(files.map((file) => file.text).join(''));
    const packed = packGeodata(parsedFiles());
    const flat = gzipBytes(JSON.stringify(packed));
    const pairs = gzipBytes(JSON.stringify({ ...packed, arcs: packed.arcs.map((arc) => arc.flatMap((v, i) => (i % 2 ? [] : [[v, arc[i + 1]]]))) }));
    console.log(`gzip -9: GeoJSON ${geojson} B; TopoJSON, flat arcs ${flat} B (${((100 * flat) / geojson).toFixed(1)} %), arcs as pairs ${pairs} B`);
    expect(flat).toBeLessThan(0.6 * geojson);
    expect(flat).toBeLessThan(pairs - 1000);
  });
});

describe('round trips', () => {
  const twoNeighbours = collection(
    feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0.5], [1, 1], [0, 1], [0, 0]]] }, { name: 'west' }, 'west'),
    // Starts in the middle of the border it shares with 'west', and walks it the other way.
    feature({ type: 'Polygon', coordinates: [[[1, 0.5], [1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5]]] }, { name: 'east' }, 'east'),
  );
  const cases: { name: string; input: FeatureCollection; decimals: number }[] = [
    {
      name: 'a Polygon with a hole',
      input: collection(feature({ type: 'Polygon', coordinates: [square(36.1, 35.2, 1.5), [[36.5, 35.5], [36.5, 35.75], [36.75, 35.75], [36.5, 35.5]]] })),
      decimals: 2,
    },
    {
      name: 'a MultiPolygon with a hole in its second polygon',
      input: collection(feature({ type: 'MultiPolygon', coordinates: [[square(10, 10, 2)], [square(20.25, 20.5, 4), square(21, 21, 1).reverse()]] })),
      decimals: 2,
    },
    {
      name: 'negative coordinates and zeros',
      input: collection(feature({ type: 'Polygon', coordinates: [[[-179.9999, -89.5], [0, -89.5], [0, 0], [-0.0001, 0.0001], [-179.9999, -89.5]]] })),
      decimals: 4,
    },
    {
      name: 'Arabic properties and numeric ids, verbatim',
      input: collection(
        feature({ type: 'Polygon', coordinates: [square(36, 35, 1)] }, { name_ar: 'إدلب', name_en: "Idlib's \\ \"quoted\"", parent: null, label: [36.736, 35.6708], tags: ['شمال سوريا'] }, 7),
      ),
      decimals: 0,
    },
    { name: 'neighbours sharing a border, one ring starting in its middle', input: twoNeighbours, decimals: 1 },
    {
      name: 'the same ring twice, once walked the other way',
      input: collection(feature({ type: 'Polygon', coordinates: [square(5.5, 5.5, 0.5)] }), feature({ type: 'Polygon', coordinates: [square(5.5, 5.5, 0.5).reverse()] })),
      decimals: 1,
    },
    { name: 'a null geometry', input: collection(feature(null, {}, 'nowhere'), feature({ type: 'Polygon', coordinates: [square(1, 2, 3)] })), decimals: 0 },
    { name: 'six decimals, the most allowed', input: collection(feature({ type: 'Polygon', coordinates: [[[1e-6, 0], [1, 0], [1, 1.5e-5], [1e-6, 0]]] })), decimals: 6 },
  ];

  it.each(cases)('$name', ({ input, decimals }) => {
    const expected = structuredClone(input);
    expect(packGeodata({ collection: input }).transform?.scale).toEqual([1 / 10 ** decimals, 1 / 10 ** decimals]);
    expectSameGeodata(roundTrip({ collection: input }).collection, expected);
    // The input is left as it was.
    expect(input).toStrictEqual(expected);
  });

  it('stores a shared border once, walked backwards by the second ring', () => {
    const packed = packGeodata({ collection: twoNeighbours });
    const refs = packed.objects.collection.geometries.flatMap((g) => ('arcs' in g ? (g.arcs as number[][]).flat() : []));
    // Three arcs: each ring's own side, and the border, referred to forwards by one ring and backwards (~i) by the other.
    expect(packed.arcs).toHaveLength(3);
    expect(refs.filter((ref) => ref < 0)).toHaveLength(1);
  });

  it('gives every decoded position its own array, as JSON.parse does', () => {
    const decoded = roundTrip({ collection: twoNeighbours }).collection;
    const [west, east] = decoded.features.map((f) => (f.geometry as { coordinates: number[][][] }).coordinates[0]!);
    const onBorder = (ring: number[][]) => ring.find(([x, y]) => x === 1 && y === 0)!;
    onBorder(west!)[1] = 99;
    expect(onBorder(east!)).toEqual([1, 0]);
  });
});

describe('what it will not pack', () => {
  const good = feature({ type: 'Polygon', coordinates: [square(36, 35, 1)] }, {}, 'good');
  it.each([
    {
      name: 'more decimals than the files may have',
      input: collection(good, feature({ type: 'Polygon', coordinates: [[[36.1234567, 35], [37, 35], [37, 36], [36.1234567, 35]]] }, {}, 'idlib')),
      error: new RegExp(`^collection\\.features\\[1\\] \\(id "idlib"\\): coordinate 36\\.1234567 is not a number with at most ${MAX_DECIMALS} decimals`),
    },
    {
      name: 'unrounded floating-point output',
      input: collection(feature({ type: 'Polygon', coordinates: [[[0.1 + 0.2, 35], [37, 35], [37, 36], [0.1 + 0.2, 35]]] }, {}, 3)),
      error: /^collection\.features\[0\] \(id 3\): coordinate 0\.30000000000000004 is not a number/,
    },
    {
      name: 'a coordinate that is a string',
      input: collection(feature({ type: 'Polygon', coordinates: [[['36.5', 35], [37, 35], [37, 36], ['36.5', 35]]] } as unknown as Geometry)),
      error: /^collection\.features\[0\]: coordinate "36\.5" is not a number/,
    },
  ])('$name', ({ input, error }) => {
    expect(() => packGeodata({ collection: input })).toThrow(error);
  });

  it('names the collection when packing several', () => {
    const fine = collection(good);
    expect(() => packGeodata({ regions: fine, context: collection(good, feature({ type: 'Polygon', coordinates: [[[NaN, 0], [1, 0], [1, 1], [NaN, 0]]] }, {}, 'c')) })).toThrow(
      /^context\.features\[1\] \(id "c"\): coordinate null is not a number/,
    );
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

  it('exports the real files, unpacked, from the default folder under the root', async () => {
    const geodata = await loadGeodata({ root: ROOT, plugins: [geodataPlugin()] });
    expect(Object.keys(geodata).sort()).toEqual(['context', 'regions']);
    for (const { name, text } of files) expectSameGeodata(geodata[name] as FeatureCollection, JSON.parse(text) as FeatureCollection);
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
      for (const name of GEODATA_NAMES) expectSameGeodata(geodata[name] as FeatureCollection, JSON.parse(readFileSync(geodataFile(dir, name), 'utf8')) as FeatureCollection);
      const properties = (geodata['regions'] as FeatureCollection).features[0]!.properties!;
      expect(Object.keys(properties)).toContain('__proto__');
      expect(properties['name']).toBe(written.regions.features[0]!.properties!['name']);
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
