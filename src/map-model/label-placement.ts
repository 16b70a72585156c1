/**
 * Where labels go: a greedy placement pass, the same for every renderer (the WebGL map's HTML
 * labels, the drawn map's labels and the PNG). Labels are taken by priority; each tries its
 * anchors in order and takes the first box that stays inside the bounds and clear of every box
 * placed before it, every obstacle and every marker (a city's dot, a figure's circle). A label
 * with no free box is left out rather than drawn over another.
 *
 * An anchor names the part of the text that sits at the point, as MapLibre's `text-anchor` does:
 * 'left' puts the text to the right of its point.
 * https://maplibre.org/maplibre-style-spec/layers/#text-anchor
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface LabelCandidate {
  id: string;
  /** The labelled point, in pixels. */
  x: number;
  y: number;
  /** The text's size, in pixels. */
  width: number;
  height: number;
  /** Higher goes first. Ties keep the input order. */
  priority: number;
  /** Radius of a dot or circle drawn at (x, y) that no text may cover (its own text stands beside it). */
  marker?: number;
  /** Anchors to try, in order. Default: beside the marker for a marked point, else centred then below and above. */
  anchors?: readonly Anchor[];
}

export interface PlacedLabel {
  id: string;
  anchor: Anchor;
  box: Box;
}

export interface PlacementOptions {
  /** The drawable area: a label must lie wholly inside it. */
  bounds?: Box;
  /** Areas no label may cover (a legend, buttons, a panel over the map). */
  obstacles?: readonly Box[];
  /** Free space kept around each text box, in pixels. */
  gap?: number;
}

export const MARKED_ANCHORS: readonly Anchor[] = ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'];
export const UNMARKED_ANCHORS: readonly Anchor[] = ['center', 'top', 'bottom', 'left', 'right'];

/** Space between a marker's edge (or an unmarked point) and its text. */
const MARKER_GAP = 3;
/** Diagonal anchors sit on the circle at 45°. */
const DIAGONAL = Math.SQRT1_2;

/** The text box of a label placed with the given anchor. */
export function boxAt(candidate: LabelCandidate, anchor: Anchor): Box {
  const { x, y, width: w, height: h } = candidate;
  const reach = (candidate.marker ?? 0) + MARKER_GAP;
  const diagonal = reach * DIAGONAL;
  switch (anchor) {
    case 'center':
      return { x: x - w / 2, y: y - h / 2, width: w, height: h };
    case 'left':
      return { x: x + reach, y: y - h / 2, width: w, height: h };
    case 'right':
      return { x: x - reach - w, y: y - h / 2, width: w, height: h };
    case 'top':
      return { x: x - w / 2, y: y + reach, width: w, height: h };
    case 'bottom':
      return { x: x - w / 2, y: y - reach - h, width: w, height: h };
    case 'top-left':
      return { x: x + diagonal, y: y + diagonal, width: w, height: h };
    case 'top-right':
      return { x: x - diagonal - w, y: y + diagonal, width: w, height: h };
    case 'bottom-left':
      return { x: x + diagonal, y: y - diagonal - h, width: w, height: h };
    case 'bottom-right':
      return { x: x - diagonal - w, y: y - diagonal - h, width: w, height: h };
  }
}

export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

function markerBox(candidate: LabelCandidate): Box | null {
  const r = candidate.marker;
  if (!r || r <= 0) return null;
  return { x: candidate.x - r, y: candidate.y - r, width: 2 * r, height: 2 * r };
}

export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions = {}): PlacedLabel[] {
  const gap = options.gap ?? 2;
  const order = candidates.map((candidate, index) => ({ candidate, index })).sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  // Every marker is drawn, so no text may cover any of them, not even a label placed before it.
  const markers = candidates.map((candidate) => ({ id: candidate.id, box: markerBox(candidate) })).filter((m): m is { id: string; box: Box } => m.box !== null);
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  for (const { candidate } of order) {
    if (!(candidate.width > 0 && candidate.height > 0) || !Number.isFinite(candidate.x) || !Number.isFinite(candidate.y)) continue;
    const anchors = candidate.anchors ?? (candidate.marker ? MARKED_ANCHORS : UNMARKED_ANCHORS);
    for (const anchor of anchors) {
      const box = boxAt(candidate, anchor);
      if (options.bounds && !inside(box, options.bounds)) continue;
      if (taken.some((other) => intersects(box, other, gap))) continue;
      if (markers.some((m) => intersects(box, m.box))) continue;
      taken.push(box);
      placed.push({ id: candidate.id, anchor, box });
      break;
    }
  }
  return placed;
}
