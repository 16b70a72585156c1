/** Data exports: GeoJSON, CSV and W3C Web Annotations, plus the browser download helper. */
export { factsToGeoJSON, type FactFeature, type FactFeatureCollection, type GeoJSONExportOptions, type GeometryMode } from './geojson';
export { CSV_COLUMNS, factsToCSV, recordsToCSV } from './csv';
export {
  ANNOTATION_CONTEXT,
  ISNAD_VOCABULARY,
  WEB_ANNOTATION_CONTEXT,
  factAnnotation,
  factsToAnnotations,
  type AnnotationBody,
  type AnnotationCollection,
  type AnnotationExportOptions,
  type AnnotationTarget,
  type QuantityBody,
  type TextualBody,
  type WebAnnotation,
} from './annotation';
export { factRecord, type FactRecord } from './fact-record';
export { EXPORT_MIME, downloadText } from './download';
