/**
 * Map labels as HTML, shared by both renderers (the drawing and the WebGL map): Arabic is
 * shaped by the browser (we ship no glyphs), and labels never take clicks meant for the map.
 * A label is a point (a city's dot, or nothing); its text is moved beside it by the placement
 * pass (label-placement.ts). No MapLibre here: the drawing uses this before MapLibre loads.
 */
import type { Lang } from '../model/format';
import { placeLabels, type Box } from '../map-model/label-placement';
import { labelCandidate, shownAtZoom, type Label } from '../map-model/map-labels';

export { CITY_DOT_RADIUS, labelCandidate, labelPriority, regionLabels, shownAtZoom, type Label } from '../map-model/map-labels';

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
