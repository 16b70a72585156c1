import { describe, expect, it } from 'vitest';
import { groupsInWindow, positionOf, widenBackward, widenForward, windowAround, windowWith } from '../../../src/popup/fact-window';

describe('windowAround', () => {
  it.each([
    { total: 0, focus: null, expected: { start: 0, end: 0 } },
    { total: 10, focus: null, expected: { start: 0, end: 10 } },
    { total: 20_000, focus: null, expected: { start: 0, end: 40 } },
    // A focus near the top keeps the window at the top.
    { total: 20_000, focus: 30, expected: { start: 0, end: 40 } },
    // Far down: a few facts before it, then the rest of the window.
    { total: 20_000, focus: 15_000, expected: { start: 14_995, end: 15_035 } },
    { total: 20_000, focus: 19_999, expected: { start: 19_994, end: 20_000 } },
    // A focus that is not in the popup is no focus.
    { total: 100, focus: 100, expected: { start: 0, end: 40 } },
    { total: 100, focus: -1, expected: { start: 0, end: 40 } },
  ])('$total facts, focus $focus → $expected.start–$expected.end', ({ total, focus, expected }) => {
    expect(windowAround(total, focus)).toEqual(expected);
  });
});

describe('windowWith', () => {
  const current = { start: 100, end: 240 };
  it.each([
    { name: 'no window yet', current: null, focus: 500, expected: { start: 495, end: 535 } },
    { name: 'no focus keeps it', current, focus: null, expected: current },
    { name: 'a focus inside keeps it', current, focus: 239, expected: current },
    { name: 'a focus just after widens it', current, focus: 250, expected: { start: 100, end: 290 } },
    { name: 'a focus just before widens it', current, focus: 80, expected: { start: 75, end: 240 } },
    { name: 'a focus far after moves it', current, focus: 5000, expected: { start: 4995, end: 5035 } },
    { name: 'a focus far before moves it', current, focus: 10, expected: { start: 0, end: 40 } },
    { name: 'a shorter popup clamps it', current: { start: 0, end: 240 }, focus: null, total: 50, expected: { start: 0, end: 50 } },
  ])('$name', ({ current, focus, expected, total = 20_000 }) => {
    expect(windowWith(current, total, focus)).toEqual(expected);
  });
});

describe('widening', () => {
  it.each([
    { window: { start: 0, end: 40 }, total: 20_000, forward: { start: 0, end: 140 }, backward: { start: 0, end: 40 } },
    { window: { start: 500, end: 540 }, total: 600, forward: { start: 500, end: 600 }, backward: { start: 400, end: 540 } },
    { window: { start: 50, end: 90 }, total: 90, forward: { start: 50, end: 90 }, backward: { start: 0, end: 90 } },
  ])('$window.start–$window.end of $total', ({ window, total, forward, backward }) => {
    expect(widenForward(window, total)).toEqual(forward);
    expect(widenBackward(window)).toEqual(backward);
  });
});

describe('groupsInWindow and positionOf', () => {
  const groups = [
    { category: 'casualties', facts: ['a', 'b', 'c'] },
    { category: 'displacement', facts: ['d'] },
    { category: 'military', facts: ['e', 'f'] },
  ];
  it.each([
    { window: { start: 0, end: 6 }, offset: 0, expected: [['casualties', 'a', 'b', 'c'], ['displacement', 'd'], ['military', 'e', 'f']] },
    { window: { start: 2, end: 5 }, offset: 0, expected: [['casualties', 'c'], ['displacement', 'd'], ['military', 'e']] },
    { window: { start: 3, end: 4 }, offset: 0, expected: [['displacement', 'd']] },
    { window: { start: 0, end: 2 }, offset: 0, expected: [['casualties', 'a', 'b']] },
    // The second list of a popup starts where the first ends.
    { window: { start: 8, end: 10 }, offset: 6, expected: [['casualties', 'c'], ['displacement', 'd']] },
    { window: { start: 0, end: 6 }, offset: 6, expected: [] },
  ])('$window.start–$window.end from $offset', ({ window, offset, expected }) => {
    expect(groupsInWindow(groups, offset, window).map(({ group, facts }) => [group.category, ...facts])).toEqual(expected);
  });

  it.each([
    { id: 'a', expected: 0 },
    { id: 'd', expected: 3 },
    { id: 'f', expected: 5 },
    { id: 'z', expected: null },
    { id: null, expected: null },
  ])('$id is at $expected', ({ id, expected }) => {
    expect(positionOf(groups, id)).toBe(expected);
  });
});
