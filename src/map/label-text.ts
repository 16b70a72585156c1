/**
 * Map labels as HTML, shared by both renderers (the drawing and the WebGL map): Arabic is
 * shaped by the browser (we ship no glyphs), and labels never take clicks meant for the map.
 * A label is a point (a city's dot, or nothing); its text is moved beside it by the placement
 * pass (label-placement.ts). No MapLibre here: the drawing uses this before MapLibre loads.
 */
import type { Lang } from '../model/format';
import { placeLabels, type Anchor, type Box, type LabelCandidate } from '../map-model/label-placement';

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

export function labelElement(label: Label, lang: Lang): HTMLElement {
  const element = document.createElement('div');
  element.className = `map-label map-label--${label.kind}${label.level ? ` map-label--level-${label.level}` : ''}`;
  element.setAttribute('aria-hidden', 'true');
  element.dataset['label'] = label.id;
  if (label.kind !== 'region') {
    const dot = document.createElement('span');
    dot.className = 'map-label__dot';
    element.append(dot);
  }
  const text = document.createElement('span');
  text.className = 'map-label__text';
  const primary = document.createElement('span');
  primary.className = 'map-label__primary';
  primary.lang = lang;
  primary.dir = lang === 'ar' ? 'rtl' : 'ltr';
  primary.textContent = label.name[lang];
  const secondaryLang: Lang = lang === 'en' ? 'ar' : 'en';
  const secondary = document.createElement('span');
  secondary.className = 'map-label__secondary';
  secondary.lang = secondaryLang;
  secondary.dir = secondaryLang === 'ar' ? 'rtl' : 'ltr';
  secondary.textContent = label.name[secondaryLang];
  text.append(primary, secondary);
  element.append(text);
  return element;
}

/** Boxes of the elements marked `data-map-obstacle` over this map, relative to its container. */
export function overlayObstacles(container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  const scope = container.closest('[data-map-scope]') ?? container.parentElement;
  if (!scope) return [];
  return [...scope.querySelectorAll<HTMLElement>('[data-map-obstacle]')]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height }));
}

/** A label's element, its text and its measured size (measured once: it does not change with the view). */
export interface LabelEntry {
  label: Label;
  element: HTMLElement;
  text: HTMLElement;
  size: { width: number; height: number } | null;
}

export function labelEntry(label: Label, lang: Lang): LabelEntry {
  const element = labelElement(label, lang);
  return { label, element, text: element.querySelector<HTMLElement>('.map-label__text')!, size: null };
}

/**
 * Runs the placement pass over labels already in the page and moves each text beside its point,
 * or hides the label when it has no free spot. `project` gives a label's point in the same pixels as `bounds`.
 */
export function placeEntries(
  entries: readonly LabelEntry[],
  project: (label: Label) => { x: number; y: number },
  options: { zoom: number; bounds: Box; obstacles: Box[]; selected: string | null; lang: Lang },
): void {
  const offered = entries.filter((entry) => shownAtZoom(entry.label, options.zoom));
  for (const entry of offered) {
    if (entry.size) continue;
    entry.element.hidden = false;
    entry.size = { width: entry.text.offsetWidth, height: entry.text.offsetHeight };
  }
  const candidates = offered.map((entry) => labelCandidate(entry.label, project(entry.label), entry.size!, options.selected, options.lang));
  const placed = new Map(placeLabels(candidates, { bounds: options.bounds, obstacles: options.obstacles, gap: 2 }).map((p) => [p.id, p]));
  const points = new Map(candidates.map((c) => [c.id, c]));
  for (const entry of entries) {
    const spot = placed.get(entry.label.id);
    entry.element.hidden = !spot;
    if (!spot) continue;
    const point = points.get(entry.label.id)!;
    entry.text.style.transform = `translate(${Math.round(spot.box.x - point.x)}px, ${Math.round(spot.box.y - point.y)}px)`;
    entry.element.dataset['anchor'] = spot.anchor;
  }
}
