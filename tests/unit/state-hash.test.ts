import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/hash';

describe('parseHash', () => {
  it.each([
    { hash: '#map=7/35.9/36.6&region=idlib&lang=en', expected: { map: { zoom: 7, lat: 35.9, lon: 36.6 }, region: 'idlib', lang: 'en' } },
    { hash: '#region=turkey&lang=ar', expected: { region: 'turkey', lang: 'ar' } },
    { hash: '#fact=killed-54-idlib', expected: { fact: 'killed-54-idlib' } },
    { hash: '', expected: {} },
    { hash: '#lang=fr', expected: {} },
    { hash: '#map=abc/1/2', expected: {} },
    { hash: '#map=7/95/36', expected: {} },
    { hash: '#map=7/35', expected: {} },
    { hash: '#region=%3Cimg%3E', expected: { region: '<img>' } },
  ])('$hash', ({ hash, expected }) => {
    expect(parseHash(hash)).toEqual(expected);
  });
});

describe('formatHash', () => {
  it.each([
    { state: { map: { zoom: 7.123, lat: 35.91234567, lon: 36.6 }, region: 'idlib', lang: 'en' as const }, expected: '#map=7.12/35.9123/36.6&region=idlib&lang=en' },
    { state: { region: 'turkey', fact: 'x-1' }, expected: '#region=turkey&fact=x-1' },
    { state: {}, expected: '' },
  ])('$expected', ({ state, expected }) => {
    expect(formatHash(state)).toBe(expected);
  });

  it('round-trips', () => {
    const state = { map: { zoom: 5.2, lat: 36.2, lon: 37.5 }, region: 'northern-syria', fact: 'killed-34-air-strike', lang: 'ar' as const };
    expect(parseHash(formatHash(state))).toEqual(state);
  });
});
