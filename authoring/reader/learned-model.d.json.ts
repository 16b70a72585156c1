// The model's type for TypeScript, so that it does not infer one from 3 MB of JSON (learned.ts checks the data).
declare const model: unknown;
export default model;
