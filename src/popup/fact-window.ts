/**
 * Which of a popup's facts are in the page. A region may hold 20,000 facts: the
 * popup lays out a window of them, in the order shown (happened here, then
 * concerns here; by category; by place in the article), and widens it as the
 * reader scrolls or asks. A fact the reader is sent to (a link, "Includes: …")
 * is always inside the window, however far down it is.
 */

/** Positions [start, end) in the popup's order of facts. */
export interface FactWindow {
  start: number;
  end: number;
}

/** Facts laid out when a popup opens, and added each time the reader reaches an edge. */
export const WINDOW_SIZE = 40;
export const WINDOW_STEP = 100;

/** Facts kept above a focused fact, so it is not the first thing after a "show earlier" button. */
const LEAD = 5;

/** The window a popup opens with: its first facts, or a focused fact with a few before it. */
export function windowAround(total: number, focus: number | null, size = WINDOW_SIZE): FactWindow {
  if (focus === null || focus < 0 || focus >= total) return { start: 0, end: Math.min(total, size) };
  const start = focus < size - LEAD ? 0 : focus - LEAD;
  return { start, end: Math.min(total, start + size) };
}

/**
 * The window once a fact is focused: unchanged when the fact is in it, widened when the fact is
 * near (within `size` of an edge), else a new window around it, so the page never holds more than
 * what was asked for and a bounded margin.
 */
export function windowWith(current: FactWindow | null, total: number, focus: number | null, size = WINDOW_SIZE): FactWindow {
  if (current === null) return windowAround(total, focus, size);
  const clamped = { start: Math.min(current.start, total), end: Math.min(current.end, total) };
  if (focus === null || focus < 0 || focus >= total) return clamped;
  if (focus >= clamped.start && focus < clamped.end) return clamped;
  if (focus >= clamped.end && focus < clamped.end + size) return { start: clamped.start, end: Math.min(total, focus + size) };
  if (focus < clamped.start && focus >= clamped.start - size) return { start: Math.max(0, focus - LEAD), end: clamped.end };
  return windowAround(total, focus, size);
}

/** `step` more facts after the window. */
export function widenForward(window: FactWindow, total: number, step = WINDOW_STEP): FactWindow {
  return { start: window.start, end: Math.min(total, window.end + step) };
}

/** `step` more facts before the window. */
export function widenBackward(window: FactWindow, step = WINDOW_STEP): FactWindow {
  return { start: Math.max(0, window.start - step), end: window.end };
}

/**
 * Groups cut to the window: `offset` is the position of the first group's first fact in the
 * popup's order. Groups with no fact in the window are left out.
 */
export function groupsInWindow<G extends { facts: readonly string[] }>(
  groups: readonly G[],
  offset: number,
  window: FactWindow,
): { group: G; facts: readonly string[] }[] {
  const out: { group: G; facts: readonly string[] }[] = [];
  let at = offset;
  for (const group of groups) {
    const from = Math.max(window.start, at);
    const to = Math.min(window.end, at + group.facts.length);
    if (from < to) out.push({ group, facts: group.facts.slice(from - at, to - at) });
    at += group.facts.length;
  }
  return out;
}

/** Number of facts in groups. */
export function factCount(groups: readonly { facts: readonly string[] }[]): number {
  return groups.reduce((sum, g) => sum + g.facts.length, 0);
}

/** Position of a fact in the popup's order (the groups one after the other), or null. */
export function positionOf(groups: readonly { facts: readonly string[] }[], id: string | null): number | null {
  if (id === null) return null;
  let at = 0;
  for (const group of groups) {
    const i = group.facts.indexOf(id);
    if (i >= 0) return at + i;
    at += group.facts.length;
  }
  return null;
}
