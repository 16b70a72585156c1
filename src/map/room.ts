/**
 * The room a popup leaves on the map: a selected region is fitted into the largest free band
 * beside the popup (above a phone's bottom card, beside a desktop's side card), so the popup
 * never hides the place it speaks of.
 */
import type { Box } from '../map-model/label-placement';

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Space kept between the fitted region and the map's edges or the popup. */
export const EDGE = 24;
/** The fitted region keeps at least this much room, however large the popup. */
export const MIN_ROOM = 96;

/** Whether a point (map pixels) lies under the box, or within `margin` of it. */
export function covers(box: Box, point: { x: number; y: number }, margin = 8): boolean {
  return point.x >= box.x - margin && point.x <= box.x + box.width + margin && point.y >= box.y - margin && point.y <= box.y + box.height + margin;
}

/** MapLibre fitBounds padding that keeps the region in the largest free band beside the popup. */
export function roomBeside(popup: Box | null, map: { width: number; height: number }, others: readonly Box[] = []): Padding {
  const padding = { top: EDGE, bottom: EDGE, left: EDGE, right: EDGE };
  // Other boxes over the map (the legend): the region keeps clear of the top or bottom edge they sit on.
  for (const other of others) {
    if (other.y + other.height / 2 > map.height / 2) padding.bottom = Math.max(padding.bottom, map.height - other.y + EDGE / 2);
    else padding.top = Math.max(padding.top, other.y + other.height + EDGE / 2);
  }
  if (!popup) return clampRoom(padding, map);
  const bands = [
    { side: 'top', area: popup.y * map.width, pad: () => (padding.bottom = Math.max(padding.bottom, map.height - popup.y + EDGE / 2)) },
    { side: 'bottom', area: (map.height - popup.y - popup.height) * map.width, pad: () => (padding.top = Math.max(padding.top, popup.y + popup.height + EDGE / 2)) },
    { side: 'left', area: popup.x * map.height, pad: () => (padding.right = map.width - popup.x + EDGE / 2) },
    { side: 'right', area: (map.width - popup.x - popup.width) * map.height, pad: () => (padding.left = popup.x + popup.width + EDGE / 2) },
  ];
  const best = bands.reduce((a, b) => (b.area > a.area ? b : a));
  best.pad();
  return clampRoom(padding, map);
}

function clampRoom(padding: Padding, map: { width: number; height: number }): Padding {
  // Never squeeze the region into nothing: MapLibre refuses a fit with no room left.
  const spareX = map.width - padding.left - padding.right - MIN_ROOM;
  if (spareX < 0) {
    const cut = Math.min(-spareX, Math.max(0, padding.left + padding.right - 2 * EDGE));
    if (padding.left > padding.right) padding.left -= cut;
    else padding.right -= cut;
  }
  const spareY = map.height - padding.top - padding.bottom - MIN_ROOM;
  if (spareY < 0) {
    const cut = Math.min(-spareY, Math.max(0, padding.top + padding.bottom - 2 * EDGE));
    if (padding.top > padding.bottom) padding.top -= cut;
    else padding.bottom -= cut;
  }
  return padding;
}
