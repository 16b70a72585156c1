/**
 * A lossless, compact form of the app's GeoJSON for the JavaScript bundle
 * (served by `virtual:isnad-geodata`, see vite-plugin.ts).
 *
 * The files are rounded to a fixed number of decimals, and their shapes repeat
 * each other's borders (neighbours share an edge; the story regions are unions
 * of context's governorates). So, as TopoJSON does, every ring is cut into arcs
 * where borders meet, each arc is stored once (a ring may walk it backwards),
 * and an arc's points are integers (coordinate × 10^decimals) delta-encoded in
 * one flat array: [x0, y0, dx1, dy1, …]. Rings keep their first point and their
 * direction; ids, properties and any other members are kept verbatim. Decoding
 * gives objects equal to JSON.parse of the files, number for number.
 *
 * Pure functions: no Node or DOM API.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** A ring as the arcs it walks, in order: arc `i` forwards, or `~i` (−i−1) backwards. */
export type CompactRing = number[];
export type CompactGeometry =
  | (Omit<Polygon, 'coordinates'> & { coordinates: CompactRing[] })
  | (Omit<MultiPolygon, 'coordinates'> & { coordinates: CompactRing[][] });
export type CompactFeature = Omit<Feature, 'geometry'> & { geometry: CompactGeometry | null };
export type CompactFeatureCollection = Omit<FeatureCollection, 'features'> & { features: CompactFeature[] };

/** One or more collections, encoded together so that a border they share is stored once. Plain JSON data. */
export interface CompactGeodata<Name extends string = string> {
  /** Every coordinate is an integer count of 10^-decimals. */
  decimals: number;
  /** Each arc's points, quantised and delta-encoded: [x0, y0, dx1, dy1, …]. */
  arcs: number[][];
  /** The collections as they were, but with each ring's coordinates given as a CompactRing. */
  collections: Record<Name, CompactFeatureCollection>;
}
/** A single collection's encoding. */
export type CompactCollection = CompactGeodata<'collection'>;

export interface EncodeOptions {
  /** The precision to store. By default, the most decimals any coordinate has; a coordinate with more is an error. */
  decimals?: number;
}

/**
 * More decimals than this is unrounded floating-point output (0.1 + 0.2 gives
 * 0.30000000000000004), not survey data: round it first. 10 decimals of a degree is 0.01 mm.
 */
export const MAX_DECIMALS = 10;

type Shape = Polygon | MultiPolygon;
const SHAPE_TYPES: readonly string[] = ['Polygon', 'MultiPolygon'] satisfies Shape['type'][];

/** The compact form of one FeatureCollection. */
export function encodeCollection(collection: FeatureCollection, options: EncodeOptions = {}): CompactCollection {
  return encodeCollections({ collection }, options);
}

/** The FeatureCollection a CompactCollection was made from. */
export function decodeCollection(compact: CompactCollection): FeatureCollection {
  const names = Object.keys(compact.collections);
  if (names.length !== 1 || names[0] !== 'collection') throw new Error(`expected one collection named "collection", got ${JSON.stringify(names)}`);
  return decodeCollections(compact).collection;
}

/**
 * The compact form of named collections, sharing one table of arcs.
 * Throws, naming the collection and feature, on anything it could not give back exactly.
 */
export function encodeCollections<Name extends string>(collections: Record<Name, FeatureCollection>, options: EncodeOptions = {}): CompactGeodata<Name> {
  const names = Object.keys(collections) as Name[];
  // Every shape, in order, with the place to name when it cannot be encoded.
  const shapes: { where: string; rings: Position[][] }[] = [];
  for (const name of names) {
    const features: unknown = collections[name].features;
    if (!Array.isArray(features)) throw new Error(`${name}: "features" is not an array`);
    features.forEach((feature: Feature | null, i) => {
      const where = `${name}.features[${i}]${typeof feature?.id === 'string' || typeof feature?.id === 'number' ? ` (id ${JSON.stringify(feature.id)})` : ''}`;
      const geometry = feature?.geometry;
      if (geometry === null) return;
      const type: unknown = geometry?.type;
      if (typeof type !== 'string' || !SHAPE_TYPES.includes(type)) {
        throw new Error(`${where}: geometry type ${JSON.stringify(type)} is not supported (only ${SHAPE_TYPES.join(' and ')}, or null)`);
      }
      shapes.push({ where, rings: ringsOf(geometry as Shape, where) });
    });
  }

  const decimals = options.decimals ?? Math.min(MAX_DECIMALS, mostDecimals(shapes.flatMap((shape) => shape.rings)));
  checkDecimals(decimals);
  const points = new PointTable(10 ** decimals);
  // Each ring as ids into the point table (equal points, equal ids).
  const rings = shapes.flatMap(({ where, rings }) => rings.map((ring) => ring.map((position) => points.add(position, where, decimals))));

  const arcs = new ArcTable();
  const junctions = junctionsOf(rings);
  const compactRings = rings.map((ring) => cutAtJunctions(ring, junctions).map((arc) => arcs.add(arc)));

  let next = 0;
  const compactShape = (geometry: Shape): CompactGeometry => {
    const take = (rings: readonly unknown[]) => rings.map(() => compactRings[next++] as CompactRing);
    return geometry.type === 'Polygon'
      ? { ...geometry, coordinates: take(geometry.coordinates) }
      : { ...geometry, coordinates: geometry.coordinates.map(take) };
  };
  // Same order as `shapes`, so each shape takes its own rings.
  const compact = {} as Record<Name, CompactFeatureCollection>;
  for (const name of names) {
    const { features, ...members } = collections[name];
    compact[name] = { ...members, features: features.map((feature) => ({ ...feature, geometry: feature.geometry === null ? null : compactShape(feature.geometry as Shape) })) };
  }
  return { decimals, arcs: arcs.list.map((arc) => points.deltas(arc)), collections: compact };
}

/** The collections CompactGeodata was made from, keyed by the same names. */
export function decodeCollections<Name extends string>(compact: CompactGeodata<Name>): Record<Name, FeatureCollection> {
  const { decimals } = compact;
  checkDecimals(decimals);
  // q / 10^d is correctly rounded, as JSON.parse of the decimal text is: both give the double nearest
  // to q·10^-d, so no toFixed is needed (and the encoder checks every coordinate this way).
  const scale = 10 ** decimals;
  // Each arc once, as absolute coordinates [x0, y0, x1, y1, …].
  const arcs = compact.arcs.map((deltas) => {
    const values: number[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      x += deltas[i] as number;
      y += deltas[i + 1] as number;
      values.push(x / scale, y / scale);
    }
    return values;
  });
  const ring = (refs: CompactRing): Position[] => {
    const positions: Position[] = [];
    for (const ref of refs) {
      const arc = arcs[ref < 0 ? ~ref : ref];
      if (!arc) throw new Error(`ring refers to arc ${ref}, but there are ${arcs.length} arcs`);
      const count = arc.length / 2;
      // An arc starts where the one before it ended: skip that point.
      for (let k = positions.length === 0 ? 0 : 1; k < count; k++) {
        const at = 2 * (ref < 0 ? count - 1 - k : k);
        positions.push([arc[at] as number, arc[at + 1] as number]);
      }
    }
    return positions;
  };
  const shape = (geometry: CompactGeometry): Shape => {
    if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
    if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
    throw new Error(`geometry type ${JSON.stringify((geometry as { type: unknown }).type)} is not supported`);
  };
  const decoded = {} as Record<Name, FeatureCollection>;
  for (const name of Object.keys(compact.collections) as Name[]) {
    const { features, ...members } = compact.collections[name];
    decoded[name] = { ...members, features: features.map((feature) => ({ ...feature, geometry: feature.geometry === null ? null : shape(feature.geometry) }) as Feature) };
  }
  return decoded;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) throw new Error(`decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${decimals}`);
}

/** A shape's rings, after checking the nesting its type calls for. */
function ringsOf(geometry: Shape, where: string): Position[][] {
  const polygons: unknown[] = geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry.coordinates as unknown[]);
  const nested = Array.isArray(polygons) && polygons.every((rings) => Array.isArray(rings) && rings.every((ring) => Array.isArray(ring)));
  if (!nested) throw new Error(`${where}: ${geometry.type} coordinates are not nested arrays of rings`);
  const rings = (polygons as Position[][][]).flat();
  for (const ring of rings) {
    // Only 2D: an altitude would need its own precision.
    const odd = ring.find((position) => !Array.isArray(position) || position.length !== 2);
    if (odd !== undefined) throw new Error(`${where}: position ${JSON.stringify(odd)} is not [x, y]`);
  }
  return rings;
}

/** The decimals a number's shortest form shows: 36.6488 → 4, 1.5e-7 → 8, 1e21 → 0. */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

function mostDecimals(rings: readonly Position[][]): number {
  let most = 0;
  for (const ring of rings) for (const position of ring) for (const value of position) if (typeof value === 'number') most = Math.max(most, decimalsOf(value));
  return most;
}

/** The distinct quantised points, each with an id. */
class PointTable {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly scale: number) {}

  add(position: Position, where: string, decimals: number): number {
    const [x, y] = position.map((value) => this.quantise(value, where, decimals)) as [number, number];
    const key = `${x},${y}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.xs.length;
      this.ids.set(key, id);
      this.xs.push(x);
      this.ys.push(y);
    }
    return id;
  }

  /** An arc's points as [x0, y0, dx1, dy1, …]. */
  deltas(arc: readonly number[]): number[] {
    const out: number[] = [];
    let x = 0;
    let y = 0;
    for (const id of arc) {
      const [px, py] = [this.xs[id] as number, this.ys[id] as number];
      out.push(px - x, py - y);
      [x, y] = [px, py];
    }
    return out;
  }

  private quantise(value: unknown, where: string, decimals: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: coordinate ${JSON.stringify(value)} is not a finite number`);
    // JSON would write -0 as 0.
    if (Object.is(value, -0)) throw new Error(`${where}: coordinate -0 would decode as 0`);
    const used = decimalsOf(value);
    if (used > decimals) throw new Error(`${where}: coordinate ${value} has ${used} decimals, more than the ${decimals} encoded`);
    const q = Math.round(value * this.scale);
    // The decoder's own arithmetic; |q| ≤ 2^51 keeps every delta a safe integer too.
    if (Math.abs(q) > 2 ** 51 || q / this.scale !== value) throw new Error(`${where}: coordinate ${value} does not survive quantising to ${decimals} decimals`);
    return q;
  }
}

/**
 * The points where rings must be cut so that a shared border becomes the same
 * arc in every ring: where a point's neighbours differ from one visit to
 * another (borders meet or part), and every ring's first point (a ring is cut
 * there anyway, as it keeps its start; the ring beside it must be cut there too).
 */
function junctionsOf(rings: readonly number[][]): Set<number> {
  const junctions = new Set<number>();
  const neighbours = new Map<number, string>();
  for (const ring of rings) {
    if (ring.length > 0) junctions.add(ring[0] as number);
    ring.forEach((point, i) => {
      const [before, after] = [ring[i - 1] ?? -1, ring[i + 1] ?? -1];
      // Either direction: a border is walked forwards by one ring and backwards by its neighbour.
      const pair = before < after ? `${before} ${after}` : `${after} ${before}`;
      const seen = neighbours.get(point);
      if (seen === undefined) neighbours.set(point, pair);
      else if (seen !== pair) junctions.add(point);
    });
  }
  return junctions;
}

/** A ring's arcs, from junction to junction; consecutive arcs share their end point. */
function cutAtJunctions(ring: readonly number[], junctions: ReadonlySet<number>): number[][] {
  if (ring.length < 2) return ring.length === 0 ? [] : [[...ring]];
  const arcs: number[][] = [];
  let start = 0;
  for (let i = 1; i < ring.length; i++) {
    if (i === ring.length - 1 || junctions.has(ring[i] as number)) {
      arcs.push(ring.slice(start, i + 1));
      start = i;
    }
  }
  return arcs;
}

/** The distinct arcs, an arc and its reverse being one. */
class ArcTable {
  readonly list: number[][] = [];
  private readonly index = new Map<string, number>();

  /** The reference to the arc: its index, or ~index when it is stored the other way round. */
  add(arc: number[]): number {
    const forwards = this.index.get(arc.join(' '));
    if (forwards !== undefined) return forwards;
    const backwards = this.index.get([...arc].reverse().join(' '));
    if (backwards !== undefined) return ~backwards;
    this.index.set(arc.join(' '), this.list.length);
    this.list.push(arc);
    return this.list.length - 1;
  }
}
