/**
 * Runs in the reader's browser: turns the geodata the bundle carries (see
 * vite-plugin.ts) back into GeoJSON FeatureCollections, with topojson-client.
 *
 * The bundle carries a quantised TopoJSON topology with one change: each arc
 * is a flat list of numbers, [x0, y0, dx1, dy1, …], not a list of pairs,
 * which gzips about 1.5 kB smaller. Here the pairs are put back before
 * topojson-client reads the topology.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A TopoJSON topology of named collections, its arcs flattened. Plain JSON data. */
export type PackedTopology<Name extends string = string> = Omit<Topology, 'arcs' | 'objects'> & {
  arcs: number[][];
  objects: Record<Name, GeometryCollection>;
};

/** Each named collection of the topology, as GeoJSON. */
export function unpackGeodata<Name extends string>(packed: PackedTopology<Name>): Record<Name, FeatureCollection> {
  const arcs = packed.arcs.map((flat) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i] as number, flat[i + 1] as number]);
    return pairs;
  });
  const topology: Topology = { ...packed, arcs };
  const collections = {} as Record<Name, FeatureCollection>;
  for (const name of Object.keys(packed.objects) as Name[]) collections[name] = feature(topology, packed.objects[name]);
  return collections;
}
