/** The embed protocol's messages: what the frame sends, and what it accepts from its parent. */
import { describe, expect, it } from 'vitest';
import {
  embedIdFromUrl,
  heightMessages,
  parseIncomingMessage,
  selectMessage,
  type KnownIds,
} from '../../src/embed/messages';

const LONGEST_ID = `a${'-b'.repeat(49)}c`; // 100 characters
const TOO_LONG_ID = `${LONGEST_ID}d`; // 101 characters

const known: KnownIds = {
  regions: new Set(['idlib', 'northern-syria', 'turkey', LONGEST_ID, TOO_LONG_ID]),
  facts: new Set(['killed-54-idlib', 'displaced-thousands', LONGEST_ID]),
};

const MEGABYTE = 'a'.repeat(1024 * 1024);

function nested(depth: number): unknown {
  let value: unknown = 'idlib';
  for (let i = 0; i < depth; i++) value = { region: value };
  return value;
}

function withGetter(): object {
  const message = { type: 'isnad:select' } as Record<string, unknown>;
  Object.defineProperty(message, 'region', {
    enumerable: true,
    get: () => {
      throw new Error('getter must not run');
    },
  });
  return message;
}

const select = (region: string | null, fact: string | null = null) => ({ type: 'select', region, fact });

describe('parseIncomingMessage', () => {
  it.each<{ name: string; data: unknown; expected: ReturnType<typeof select> | null }>([
    // accepted
    { name: 'region', data: { type: 'isnad:select', region: 'idlib' }, expected: select('idlib') },
    { name: 'region and fact', data: { type: 'isnad:select', region: 'idlib', fact: 'killed-54-idlib' }, expected: select('idlib', 'killed-54-idlib') },
    { name: 'region, fact null', data: { type: 'isnad:select', region: 'turkey', fact: null }, expected: select('turkey') },
    { name: 'region, fact undefined', data: { type: 'isnad:select', region: 'turkey', fact: undefined }, expected: select('turkey') },
    { name: 'deselect (region null)', data: { type: 'isnad:select', region: null }, expected: select(null) },
    { name: 'deselect, fact null', data: { type: 'isnad:select', region: null, fact: null }, expected: select(null) },
    { name: '100-character ids', data: { type: 'isnad:select', region: LONGEST_ID, fact: LONGEST_ID }, expected: select(LONGEST_ID, LONGEST_ID) },
    { name: 'null-prototype object', data: Object.assign(Object.create(null) as object, { type: 'isnad:select', region: 'idlib' }), expected: select('idlib') },
    // wrong shape
    { name: 'deselect naming a fact', data: { type: 'isnad:select', region: null, fact: 'killed-54-idlib' }, expected: null },
    { name: 'wrong type', data: { type: 'isnad:height', region: 'idlib' }, expected: null },
    { name: 'type without prefix', data: { type: 'select', region: 'idlib' }, expected: null },
    { name: 'missing type', data: { region: 'idlib' }, expected: null },
    { name: 'missing region', data: { type: 'isnad:select', fact: 'killed-54-idlib' }, expected: null },
    { name: 'extra field', data: { type: 'isnad:select', region: 'idlib', zoom: 7 }, expected: null },
    { name: 'string', data: 'isnad:select', expected: null },
    { name: 'JSON string of a valid message', data: JSON.stringify({ type: 'isnad:select', region: 'idlib' }), expected: null },
    { name: 'number', data: 42, expected: null },
    { name: 'null', data: null, expected: null },
    { name: 'undefined', data: undefined, expected: null },
    { name: 'array', data: [{ type: 'isnad:select', region: 'idlib' }], expected: null },
    { name: 'class instance', data: new (class { type = 'isnad:select'; region = 'idlib'; })(), expected: null },
    { name: 'inherited fields', data: Object.create({ type: 'isnad:select', region: 'idlib' }) as object, expected: null },
    // ids
    { name: 'region not a string (number)', data: { type: 'isnad:select', region: 7 }, expected: null },
    { name: 'region not a string (array)', data: { type: 'isnad:select', region: ['idlib'] }, expected: null },
    { name: 'region not a string (object)', data: { type: 'isnad:select', region: { id: 'idlib' } }, expected: null },
    { name: 'fact not a string', data: { type: 'isnad:select', region: 'idlib', fact: 54 }, expected: null },
    { name: 'kebab: uppercase', data: { type: 'isnad:select', region: 'Idlib' }, expected: null },
    { name: 'kebab: underscore', data: { type: 'isnad:select', region: 'northern_syria' }, expected: null },
    { name: 'kebab: double hyphen', data: { type: 'isnad:select', region: 'northern--syria' }, expected: null },
    { name: 'kebab: leading hyphen', data: { type: 'isnad:select', region: '-idlib' }, expected: null },
    { name: 'kebab: trailing space', data: { type: 'isnad:select', region: 'idlib ' }, expected: null },
    { name: 'kebab: markup', data: { type: 'isnad:select', region: '<img src=x onerror=alert(1)>' }, expected: null },
    { name: 'kebab: empty', data: { type: 'isnad:select', region: '' }, expected: null },
    { name: 'kebab: Arabic', data: { type: 'isnad:select', region: 'إدلب' }, expected: null },
    { name: 'id over 100 characters (even if known)', data: { type: 'isnad:select', region: TOO_LONG_ID }, expected: null },
    { name: 'unknown region', data: { type: 'isnad:select', region: 'aleppo' }, expected: null },
    { name: 'unknown fact', data: { type: 'isnad:select', region: 'idlib', fact: 'killed-1000-idlib' }, expected: null },
    { name: 'fact id used as region', data: { type: 'isnad:select', region: 'killed-54-idlib' }, expected: null },
    // hostile
    { name: '1 MB region', data: { type: 'isnad:select', region: MEGABYTE }, expected: null },
    { name: '1 MB fact', data: { type: 'isnad:select', region: 'idlib', fact: MEGABYTE }, expected: null },
    { name: '1 MB type', data: { type: MEGABYTE, region: 'idlib' }, expected: null },
    { name: 'deeply nested object', data: { type: 'isnad:select', region: nested(100_000) }, expected: null },
    { name: 'million-element array', data: { type: 'isnad:select', region: new Array(1_000_000).fill('idlib') }, expected: null },
    { name: 'hundred thousand keys', data: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])), expected: null },
    { name: '__proto__ key (as JSON.parse makes it)', data: JSON.parse('{"type":"isnad:select","region":"idlib","__proto__":{"polluted":true}}'), expected: null },
    { name: 'constructor key', data: { type: 'isnad:select', region: 'idlib', constructor: { prototype: { polluted: true } } }, expected: null },
    { name: 'prototype key', data: { type: 'isnad:select', region: 'idlib', prototype: {} }, expected: null },
    { name: 'symbol key', data: { type: 'isnad:select', region: 'idlib', [Symbol('x')]: 1 }, expected: null },
    { name: 'getter (never run)', data: withGetter(), expected: null },
    {
      name: 'proxy that throws',
      data: new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, getPrototypeOf: () => Object.prototype }),
      expected: null,
    },
  ])('$name', ({ data, expected }) => {
    expect(parseIncomingMessage(data, known)).toEqual(expected);
  });

  it('never pollutes Object.prototype', () => {
    parseIncomingMessage(JSON.parse('{"type":"isnad:select","region":"idlib","__proto__":{"polluted":true}}'), known);
    parseIncomingMessage(JSON.parse('{"__proto__":{"polluted":true}}'), known);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns a fresh object, not the input', () => {
    const data = { type: 'isnad:select', region: 'idlib' };
    expect(parseIncomingMessage(data, known)).not.toBe(data);
  });
});

describe('selectMessage', () => {
  it('builds the frame → parent selection', () => {
    expect(selectMessage('idlib', 'killed-54-idlib')).toStrictEqual({ type: 'isnad:select', region: 'idlib', fact: 'killed-54-idlib' });
    expect(selectMessage(null, null)).toStrictEqual({ type: 'isnad:select', region: null, fact: null });
  });
});

describe('heightMessages', () => {
  it('with an id: isnad, Datawrapper and pym forms', () => {
    expect(heightMessages(612, 'isnad-map-1')).toStrictEqual([
      { type: 'isnad:height', height: 612, id: 'isnad-map-1' },
      { 'datawrapper-height': { 'isnad-map-1': 612 } },
      'pymxPYMxisnad-map-1xPYMxheightxPYMx612',
    ]);
  });

  it('without an id: no pym form (pym routes by id), Datawrapper under a fixed key', () => {
    expect(heightMessages(612, null)).toStrictEqual([
      { type: 'isnad:height', height: 612 },
      { 'datawrapper-height': { isnad: 612 } },
    ]);
  });

  it.each(['', 'a b', 'x"]', '__proto__', '.*', 'a'.repeat(101)])('treats the unsafe id %j as none', (id) => {
    expect(heightMessages(612, id)).toStrictEqual(heightMessages(612, null));
  });
});

describe('embedIdFromUrl', () => {
  it.each([
    { url: 'https://maps.example/embed.html?initialWidth=640&childId=story-map&parentTitle=x#region=idlib', expected: 'story-map' },
    { url: 'https://maps.example/embed.html#region=idlib', expected: null },
    { url: 'https://maps.example/embed.html?childId=%3Cimg%3E', expected: null },
  ])('$url', ({ url, expected }) => {
    expect(embedIdFromUrl(new URL(url))).toBe(expected);
  });
});
