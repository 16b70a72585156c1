/**
 * The embed protocol: the postMessage messages between the map (inside an
 * iframe) and the page that embeds it. Framework-free; described for
 * newsrooms in docs/embed.md.
 *
 *   frame → parent  { type: "isnad:select", region, fact }     the reader selected
 *                   { type: "isnad:height", height, id? }      the content height changed
 *                   { "datawrapper-height": { [id]: height } } the same, for Datawrapper listeners
 *                   "pymxPYMx<id>xPYMxheightxPYMx<height>"     the same, for pym.js parents
 *   parent → frame  { type: "isnad:select", region, fact? }    select (region null: deselect)
 *
 * Incoming messages come from a page we do not control: parseIncomingMessage
 * checks their shape and size before any other code sees them.
 */
import * as v from 'valibot';
import { ID_PATTERN, MAX_ID_LENGTH } from '../model/ids';

export const SELECT_TYPE = 'isnad:select';
export const HEIGHT_TYPE = 'isnad:height';

/** Heights the frame reports and the parent script accepts, in CSS pixels. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20_000;

export { MAX_ID_LENGTH };
/** No incoming message may be larger than this, counted as JSON characters. */
export const MAX_MESSAGE_CHARS = 2048;

export interface SelectMessage {
  type: typeof SELECT_TYPE;
  region: string | null;
  fact: string | null;
}

export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  height: number;
  id?: string;
}

/** What Datawrapper's responsive-embed listener reads: chart id → height. */
export interface DatawrapperHeightMessage {
  'datawrapper-height': Record<string, number>;
}

/** A pym.js child message, a string: "pym" xPYMx id xPYMx type xPYMx payload. */
export type PymMessage = string;

export type HeightProtocolMessage = HeightMessage | DatawrapperHeightMessage | PymMessage;

/** A selection the parent asked for, checked against the story's ids. */
export interface IncomingSelection {
  type: 'select';
  region: string | null;
  fact: string | null;
}

export interface KnownIds {
  regions: ReadonlySet<string>;
  facts: ReadonlySet<string>;
}

// ---------------------------------------------------------------- outgoing

export function selectMessage(region: string | null, fact: string | null): SelectMessage {
  return { type: SELECT_TYPE, region, fact };
}

/**
 * An embed id names this frame to the parent (pym's container id, a
 * Datawrapper chart id). It is interpolated into pym's RegExp and used as an
 * object key on the parent, so only plain tokens are sent.
 */
const EMBED_ID = /^[A-Za-z0-9][\w-]{0,99}$/;

/**
 * Datawrapper's current listener finds the iframe by event.source and ignores
 * the key, so a frame without an id still gets resized under this key.
 */
export const DATAWRAPPER_FALLBACK_KEY = 'isnad';

const PYM_DELIMITER = 'xPYMx';

export function isEmbedId(id: string): boolean {
  return EMBED_ID.test(id);
}

/** The frame's id from its URL: pym.js passes its container id as `?childId=`. */
export function embedIdFromUrl(url: URL): string | null {
  const id = url.searchParams.get('childId');
  return id !== null && isEmbedId(id) ? id : null;
}

/**
 * One height in every protocol we speak. pym needs an id to route the message
 * (its parent matches it against a RegExp), so without one it is left out;
 * an id that is not a plain token counts as none.
 */
export function heightMessages(height: number, id: string | null): HeightProtocolMessage[] {
  const safeId = id !== null && isEmbedId(id) ? id : null;
  if (safeId === null) {
    return [{ type: HEIGHT_TYPE, height }, { 'datawrapper-height': { [DATAWRAPPER_FALLBACK_KEY]: height } }];
  }
  return [
    { type: HEIGHT_TYPE, height, id: safeId },
    { 'datawrapper-height': { [safeId]: height } },
    ['pym', safeId, 'height', String(height)].join(PYM_DELIMITER),
  ];
}

// ---------------------------------------------------------------- incoming

// maxLength runs before the regex (abortPipeEarly), so a long string is never scanned.
const Id = v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH), v.regex(ID_PATTERN));

const IncomingSelect = v.strictObject({
  type: v.literal(SELECT_TYPE),
  region: v.nullable(Id),
  fact: v.optional(v.nullable(Id)),
});

const INCOMING_KEYS: ReadonlySet<string> = new Set(Object.keys(IncomingSelect.entries));

/**
 * A parent's `isnad:select`, or null for anything else. Never throws: the
 * data may be anything another script on the parent page posted.
 *
 * A selection with a null region is a deselection and must not name a fact.
 * Whether the fact belongs to the region is the app's call, not the protocol's.
 */
export function parseIncomingMessage(data: unknown, known: KnownIds): IncomingSelection | null {
  try {
    const record = smallFlatCopy(data);
    if (record === null) return null;
    const parsed = v.safeParse(IncomingSelect, record, { abortEarly: true, abortPipeEarly: true });
    return parsed.success ? knownSelection(parsed.output.region, parsed.output.fact ?? null, known) : null;
  } catch {
    return null;
  }
}

function knownSelection(region: string | null, fact: string | null, known: KnownIds): IncomingSelection | null {
  if (region === null) return fact === null ? { type: 'select', region: null, fact: null } : null;
  if (!known.regions.has(region)) return null;
  if (fact !== null && !known.facts.has(fact)) return null;
  return { type: 'select', region, fact };
}

/**
 * The structural gate before the schema, so a hostile payload costs little:
 * a plain object whose own keys are all expected ones (so no `__proto__`,
 * `constructor`, symbols or inherited fields), each a data property (no
 * getter runs) holding null, undefined or a string, and the whole at most
 * MAX_MESSAGE_CHARS as JSON, counted from the lengths instead of serialising.
 * Nested objects and arrays are refused without being walked.
 *
 * Returns a fresh copy, so the schema never reads the original object again.
 */
function smallFlatCopy(data: unknown): Record<string, string | null | undefined> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Reflect.ownKeys(data);
  if (keys.length > INCOMING_KEYS.size) return null;
  const copy: Record<string, string | null | undefined> = {};
  let jsonChars = '{}'.length;
  for (const key of keys) {
    if (typeof key !== 'string' || !INCOMING_KEYS.has(key)) return null;
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    if (descriptor === undefined || !('value' in descriptor)) return null;
    const value: unknown = descriptor.value;
    if (value !== null && value !== undefined && typeof value !== 'string') return null;
    // "key":"value", — valid ids are ASCII, so characters are bytes here.
    jsonChars += key.length + 6 + (typeof value === 'string' ? value.length : 'null'.length);
    if (jsonChars > MAX_MESSAGE_CHARS) return null;
    copy[key] = value;
  }
  return copy;
}
