/**
 * Place and region labels as HTML markers: Arabic is shaped by the browser (we ship no
 * glyphs), and labels never take clicks meant for the map. Each marker is a point (a city's
 * dot, or nothing); its text is moved beside it by the placement pass (label-placement.ts),
 * run again whenever the view changes, so no two labels and no label and dot ever overlap.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../model/format';
import type { Teardown } from './interactions';
import { placeLabels, type Anchor, type Box, type LabelCandidate } from '../map-model/label-placement';

const RTL_MARKED_ANCHORS: readonly Anchor[] = ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

export type { Place } from '../geodata/load';

export interface Label {
  id: string;
  name: { ar: string; en: string };
  at: [number, number];
  kind: 'city' | 'capital' | 'region';
  /** Radius of the figure circle drawn on a region's label point: the text stands beside it. */
  circle?: number;
  /** A region's level (admin1, group, country, continent): small ones hide when zoomed far out. */
  level?: string;
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

export interface LabelOptions {
  /** The selected region, whose name wins any crowded spot. */
  selected: () => string | null;
  /** Boxes over the map (legend, buttons) that labels keep clear of, in the map container's pixels. */
  obstacles: () => Box[];
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

export function addLabels(map: MapLibreMap, labels: readonly Label[], lang: Lang, options: LabelOptions): Teardown {
  const entries = labels.map((label) => {
    const element = labelElement(label, lang);
    const marker = new Marker({ element, anchor: 'center' }).setLngLat(label.at).addTo(map);
    return { label, element, text: element.querySelector<HTMLElement>('.map-label__text')!, marker, size: null as { width: number; height: number } | null };
  });

  let frame = 0;
  function place() {
    frame = 0;
    const zoom = map.getZoom();
    const container = map.getContainer();
    const bounds = { x: 0, y: 0, width: container.clientWidth, height: container.clientHeight };
    const selected = options.selected();
    const offered = entries.filter((entry) => shownAtZoom(entry.label, zoom));
    // Measure each text once (its size does not change with the view).
    for (const entry of offered) {
      if (entry.size) continue;
      entry.element.hidden = false;
      entry.size = { width: entry.text.offsetWidth, height: entry.text.offsetHeight };
    }
    const candidates = offered.map((entry) => labelCandidate(entry.label, map.project(entry.label.at), entry.size!, selected, lang));
    const placed = new Map(placeLabels(candidates, { bounds, obstacles: options.obstacles(), gap: 2 }).map((p) => [p.id, p]));
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
  function schedule() {
    if (frame === 0) frame = requestAnimationFrame(place);
  }
  place();
  map.on('move', schedule);
  map.on('resize', schedule);
  return () => {
    cancelAnimationFrame(frame);
    map.off('move', schedule);
    map.off('resize', schedule);
    entries.forEach((entry) => entry.marker.remove());
  };
}
