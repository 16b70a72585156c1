import { describe, expect, it } from 'vitest';
import { EDGE, MIN_ROOM, covers, roomBeside } from '../../src/map/room';

const map = { width: 390, height: 600 };

describe('roomBeside: the region goes where the popup is not', () => {
  it.each([
    ['no popup', null, { top: EDGE, bottom: EDGE, left: EDGE, right: EDGE }],
    // A phone's bottom card over the lower half: the region goes above it.
    ['bottom card', { x: 8, y: 300, width: 374, height: 290 }, { top: EDGE, bottom: 300 + EDGE / 2, left: EDGE, right: EDGE }],
    // A desktop's card on the left (English): the region goes to its right.
    ['left card (en)', { x: 12, y: 12, width: 400, height: 700 }, { top: EDGE, bottom: EDGE, left: 412 + EDGE / 2, right: EDGE }],
    // On the right (Arabic): to its left.
    ['right card (ar)', { x: 548, y: 12, width: 400, height: 700 }, { top: EDGE, bottom: EDGE, left: EDGE, right: 960 - 548 + EDGE / 2 }],
  ] as const)('%s', (_, popup, expected) => {
    const size = popup && popup.width === 400 ? { width: 960, height: 724 } : map;
    expect(roomBeside(popup, size)).toEqual(expected);
  });

  it('always leaves the region some room, however large the card', () => {
    const padding = roomBeside({ x: 0, y: 40, width: 390, height: 560 }, map);
    expect(map.height - padding.top - padding.bottom).toBeGreaterThanOrEqual(MIN_ROOM);
    expect(map.width - padding.left - padding.right).toBeGreaterThanOrEqual(MIN_ROOM);
  });
});

describe('covers', () => {
  it.each([
    [{ x: 100, y: 400 }, true],
    [{ x: 100, y: 295 }, true], // within the margin
    [{ x: 100, y: 250 }, false],
  ])('%o → %s', (point, expected) => {
    expect(covers({ x: 8, y: 300, width: 374, height: 290 }, point)).toBe(expected);
  });
});

describe('roomBeside keeps the region clear of the legend too', () => {
  it('a legend over the lower edge raises the bottom padding, beside a card on the left', () => {
    const size = { width: 800, height: 560 };
    const padding = roomBeside({ x: 12, y: 12, width: 400, height: 536 }, size, [{ x: 400, y: 420, width: 390, height: 130 }]);
    expect(padding.left).toBe(412 + EDGE / 2);
    expect(padding.bottom).toBe(560 - 420 + EDGE / 2);
    expect(padding.top).toBe(EDGE);
  });
  it('a legend at the top raises the top padding', () => {
    expect(roomBeside(null, map, [{ x: 260, y: 8, width: 80, height: 30 }]).top).toBe(38 + EDGE / 2);
  });
});
