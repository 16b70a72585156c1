/**
 * What a map label is and how it competes for space, for every renderer: the WebGL map's and the
 * drawing's HTML labels (src/map/label-text.ts), the build's SVG names (src/map/svg/labels.ts) and
 * the PNG. Pure: no DOM, no MapLibre.
 */
import type { Lang } from '../model/format';
import type { Anchor, LabelCandidate } from './label-placement';

const RTL_MARKED_ANCHORS: readonly Anchor[] = ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];


export interface Label {
  id: string;
  name: { ar: string; en: string };
  at: [number, number];
  kind: 'city' | 'capital' | 'region';
  /** Radius of the figure circle drawn on a region's label point: the text stands beside it. */
  circle?: number;
  /** A region's level (admin1, group, country, continent). */
  level?: string;
}

/** The story's regions as labels, with the radius of their figure circle (mapFigures' circles): for the drawing's names, build-time and run-time. */
export function regionLabels(
  regions: readonly { id: string; name: { ar: string; en: string }; label: [number, number]; level?: string }[],
  circles: readonly { region: string; radius: number }[],
): Label[] {
  const radius = new Map(circles.map((c) => [c.region, c.radius]));
  return regions.map((r) => ({ id: `region-${r.id}`, name: r.name, at: r.label, kind: 'region', ...(r.level ? { level: r.level } : {}), ...(radius.has(r.id) ? { circle: radius.get(r.id)! } : {}) }));
}

/** Radius of a city's dot, in pixels (the CSS draws it 6 px wide). */
export const CITY_DOT_RADIUS = 3;
/** Below this zoom a town is not offered at all: towns would crowd the story's regions. */
const TOWN_MIN_ZOOM = 6;

/** The story's regions are always offered (the placement pass decides who fits); towns from TOWN_MIN_ZOOM, capitals always. */
export function shownAtZoom(label: Label, zoom: number): boolean {
  return label.kind !== 'city' || zoom >= TOWN_MIN_ZOOM;
}

/** Who wins a crowded spot: the selected region, then regions with figures (bigger first), countries, capitals, cities. */
export function labelPriority(label: Label, selected: string | null): number {
  if (label.kind !== 'region') return label.kind === 'capital' ? 20 : 10;
  const base = label.circle ? 100 + label.circle : label.level === 'country' || label.level === 'continent' ? 60 : 50;
  return label.id === `region-${selected}` ? base + 1000 : base;
}

/** The label's candidate for the placement pass, at its projected point. */
export function labelCandidate(label: Label, point: { x: number; y: number }, size: { width: number; height: number }, selected: string | null, lang: Lang = 'en'): LabelCandidate {
  const marker = label.kind === 'region' ? label.circle : CITY_DOT_RADIUS;
  return {
    id: label.id,
    x: point.x,
    y: point.y,
    width: size.width,
    height: size.height,
    priority: labelPriority(label, selected),
    ...(marker ? { marker } : {}),
    // A region's name sits on its point, or just below its figure circle; a city's beside its dot.
    ...(label.kind === 'region' && label.circle ? { anchors: ['top', 'bottom', 'left', 'right'] as const } : {}),
    // Arabic reads from the right: a town's name goes first to the left of its dot, where the eye ends.
    ...(label.kind !== 'region' && lang === 'ar' ? { anchors: RTL_MARKED_ANCHORS } : {}),
  };
}
