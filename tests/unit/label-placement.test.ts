import { describe, expect, it } from 'vitest';
import { boxAt, intersects, placeLabels, type Anchor, type LabelCandidate } from '../../src/map-model/label-placement';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, x, y, width: 40, height: 10, priority: 0, ...extra });

describe('boxAt: the anchor names the part of the text at the point', () => {
  const cases: [Anchor, { x: number; y: number }][] = [
    ['center', { x: 80, y: 95 }],
    ['left', { x: 108, y: 95 }], // marker 5 + gap 3 to the right
    ['right', { x: 52, y: 95 }],
    ['top', { x: 80, y: 108 }],
    ['bottom', { x: 80, y: 82 }],
  ];
  it.each(cases)('%s', (anchor, corner) => {
    const box = boxAt(label('a', 100, 100, { marker: 5 }), anchor);
    expect({ x: box.x, y: box.y }).toEqual(corner);
    expect(box.width).toBe(40);
  });
});

describe('placeLabels', () => {
  it('places a lone label at its first anchor', () => {
    expect(placeLabels([label('a', 100, 100)])).toEqual([{ id: 'a', anchor: 'center', box: { x: 80, y: 95, width: 40, height: 10 } }]);
  });

  it('moves the second of two labels on one point to its next free anchor', () => {
    const placed = placeLabels([label('turkey', 100, 100, { priority: 2 }), label('ankara', 100, 100, { priority: 1, marker: 3 })]);
    expect(placed.map((p) => p.id)).toEqual(['turkey', 'ankara']);
    expect(placed[1]!.anchor).not.toBe('center');
    expect(intersects(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('takes labels by priority, then input order, and leaves out the one with no free box', () => {
    const crowd = [label('low', 100, 100, { anchors: ['center'] }), label('high', 100, 100, { priority: 5, anchors: ['center'] })];
    expect(placeLabels(crowd).map((p) => p.id)).toEqual(['high']);
    const tie = [label('first', 100, 100, { anchors: ['center'] }), label('second', 100, 100, { anchors: ['center'] })];
    expect(placeLabels(tie).map((p) => p.id)).toEqual(['first']);
  });

  it('never covers a marker, even one whose label comes later or is left out', () => {
    // Beirut's dot sits where Damascus's centred text would go.
    const placed = placeLabels([
      label('damascus', 100, 100, { priority: 9, anchors: ['center', 'top'] }),
      label('beirut', 95, 100, { marker: 3, anchors: ['center'] }),
    ]);
    const damascus = placed.find((p) => p.id === 'damascus')!;
    expect(damascus.anchor).toBe('top');
    expect(intersects(damascus.box, { x: 92, y: 97, width: 6, height: 6 })).toBe(false);
    expect(placed.some((p) => p.id === 'beirut')).toBe(false);
  });

  it('keeps labels inside the bounds and off obstacles', () => {
    const bounds = { x: 0, y: 0, width: 200, height: 200 };
    // Near the right edge: centred it would stick out; to the left of its dot it fits.
    expect(placeLabels([label('edge', 190, 100, { marker: 3 })], { bounds })[0]!.anchor).toBe('right');
    // A legend over the lower half pushes the label up.
    const legend = { x: 0, y: 100, width: 200, height: 100 };
    expect(placeLabels([label('a', 100, 98, { anchors: ['top', 'bottom'] })], { bounds, obstacles: [legend] })[0]!.anchor).toBe('bottom');
    // Wholly outside: left out.
    expect(placeLabels([label('far', 500, 500)], { bounds })).toEqual([]);
  });

  it('keeps the gap between texts', () => {
    const a = label('a', 100, 100, { anchors: ['center'] });
    const b = label('b', 141, 100, { anchors: ['center'] }); // 1 px apart
    expect(placeLabels([a, b], { gap: 0 }).length).toBe(2);
    expect(placeLabels([a, b], { gap: 2 }).length).toBe(1);
  });

  it('skips labels with no size or no position (not yet measured, off the projection)', () => {
    expect(placeLabels([label('a', Number.NaN, 0), label('b', 0, 0, { width: 0 })])).toEqual([]);
  });

  it('leaves no two boxes intersecting in a dense random field', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const field = Array.from({ length: 300 }, (_, i) => label(`l${i}`, random() * 400, random() * 300, { width: 20 + random() * 60, priority: random(), ...(i % 3 === 0 ? { marker: 3 } : {}) }));
    const placed = placeLabels(field, { bounds: { x: 0, y: 0, width: 400, height: 300 } });
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i += 1)
      for (let j = i + 1; j < placed.length; j += 1) expect(intersects(placed[i]!.box, placed[j]!.box)).toBe(false);
    const dots = field.filter((c) => c.marker).map((c) => ({ x: c.x - 3, y: c.y - 3, width: 6, height: 6 }));
    for (const p of placed) for (const dot of dots) expect(intersects(p.box, dot)).toBe(false);
  });
});
