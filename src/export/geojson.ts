/**
 * Facts as an RFC 7946 FeatureCollection: one Feature per fact, placed on its
 * region (the label point, or the region's whole shape) and carrying the
 * fact's figures, quote and sentence as flat properties for GIS tools.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { RegionCollection } from '../model/regions';
import type { StoryModel } from '../model/story';
import { factRecord, type FactRecord } from './fact-record';

export type GeometryMode = 'label' | 'shape';

export interface GeoJSONExportOptions {
  /** 'label': the region's label point; 'shape': the region's own (Multi)Polygon. */
  geometry: GeometryMode;
}

export type FactFeature = Feature<Geometry | null, FactRecord>;
export type FactFeatureCollection = FeatureCollection<Geometry | null, FactRecord>;

type RegionFeature = RegionCollection['features'][number];

/** RFC 7946 §11.2: six decimals (about 10 cm) is more precision than any region has. */
const COORDINATE_DECIMALS = 6;

export function factsToGeoJSON(model: StoryModel, regions: RegionCollection, options: GeoJSONExportOptions): FactFeatureCollection {
  const regionById = new Map(regions.features.map((feature) => [regionId(feature), feature]));
  return {
    type: 'FeatureCollection',
    features: model.facts.map((fact) => ({
      type: 'Feature',
      id: fact.id,
      // A fact whose region has no geodata keeps its properties with a null geometry (allowed by RFC 7946 §3.2).
      geometry: regionGeometry(regionById.get(fact.region), options.geometry),
      properties: factRecord(model, fact),
    })),
  };
}

function regionId(feature: RegionFeature): string {
  return feature.properties?.id ?? String(feature.id);
}

function regionGeometry(region: RegionFeature | undefined, mode: GeometryMode): Geometry | null {
  if (!region) return null;
  if (mode === 'label') return labelPoint(region.properties.label);
  return region.geometry ? roundGeometry(region.geometry) : null;
}

function labelPoint(label: [number, number]): Point {
  return { type: 'Point', coordinates: roundPosition(label) };
}

/** A copy of the geometry with rounded coordinates (and no stale bbox). */
function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') {
    return { type: 'GeometryCollection', geometries: geometry.geometries.map(roundGeometry) };
  }
  // Every other geometry is a type plus nested arrays of positions; the type decides the nesting depth.
  return { type: geometry.type, coordinates: roundCoordinates(geometry.coordinates) } as Geometry;
}

type Coordinates = Position | Coordinates[];

function roundCoordinates<T extends Coordinates>(coordinates: T): T {
  if (isPosition(coordinates)) return roundPosition(coordinates) as T;
  return (coordinates as Coordinates[]).map((inner) => roundCoordinates(inner)) as T;
}

function isPosition(coordinates: Coordinates): coordinates is Position {
  return typeof coordinates[0] === 'number';
}

function roundPosition(position: Position): Position {
  const scale = 10 ** COORDINATE_DECIMALS;
  // `+ 0` turns -0 into 0.
  return position.map((value) => Math.round(value * scale) / scale + 0);
}
