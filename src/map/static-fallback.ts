/**
 * The static SVG map made usable on its own, for readers without WebGL (or
 * whose map worker failed): each region a focusable button with its name,
 * opening the same popups. A reader loses pan and zoom, never a fact.
 */
import type { FeatureCollection } from 'geojson';
import type { StoryModel } from '../model/story';
import type { Teardown } from './interactions';
import { mapFigures } from '../map-model/figures';

export interface StaticMapHandlers {
  select: (region: string) => void;
  hover: (region: string | null) => void;
}

const regionPaths = (root: HTMLElement) => [...root.querySelectorAll<SVGPathElement>('path[data-region]')];

/**
 * Turns the drawn regions into buttons; returns a teardown that makes them inert again. Its twin for
 * the build's page, before any module runs, is public/early-answer.js (a classic script: it cannot import this).
 */
export function activateStaticMap(root: HTMLElement, handlers: StaticMapHandlers): Teardown {
  root.removeAttribute('aria-hidden');
  root.classList.add('static-map--interactive');
  const svg = root.querySelector('svg');
  // role=img would hide the region buttons from assistive technology.
  svg?.setAttribute('role', 'group');
  const cleanups: Teardown[] = [];
  for (const path of regionPaths(root)) {
    const id = path.dataset['region']!;
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.removeAttribute('pointer-events');
    const listeners: [string, (event: Event) => void][] = [
      ['click', () => handlers.select(id)],
      [
        'keydown',
        (event) => {
          const key = (event as KeyboardEvent).key;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          handlers.select(id);
        },
      ],
      ['mouseenter', () => handlers.hover(id)],
      ['mouseleave', () => handlers.hover(null)],
      ['focus', () => handlers.hover(id)],
      ['blur', () => handlers.hover(null)],
    ];
    for (const [type, listener] of listeners) path.addEventListener(type, listener);
    cleanups.push(() => {
      for (const [type, listener] of listeners) path.removeEventListener(type, listener);
      path.removeAttribute('tabindex');
      path.removeAttribute('role');
    });
  }
  return () => cleanups.forEach((cleanup) => cleanup());
}

/** Names, selection and hover on the region buttons (the SVG twin of the map's feature-states). */
export function reflectStaticState(root: HTMLElement, state: { selected: string | null; hovered: string | null; nameOf: (id: string) => string }): void {
  for (const path of regionPaths(root)) {
    const id = path.dataset['region']!;
    path.setAttribute('aria-label', state.nameOf(id));
    path.setAttribute('aria-pressed', String(state.selected === id));
    path.classList.toggle('is-selected', state.selected === id);
    path.classList.toggle('is-hovered', state.hovered === id);
  }
}

/**
 * Draws the story's map as SVG at the container's size, for a story or view the
 * build did not draw (the drawing code is loaded only now, when WebGL failed).
 */
export async function drawStaticMap(
  container: HTMLElement,
  model: StoryModel,
  geodata: { regions: FeatureCollection; context: FeatureCollection },
  view: { center: [number, number]; zoom: number } | null,
  label: string,
): Promise<HTMLElement> {
  const { drawingLayers, staticMapPaths, svgFromPaths } = await import('./svg/svg');
  const size = { width: Math.floor(container.clientWidth), height: Math.floor(container.clientHeight) };
  const storyView = model.story.view.bounds ? { bounds: model.story.view.bounds, padding: 12 } : model.story.view;
  const layers = drawingLayers(mapFigures(model));
  const paths = staticMapPaths({ regions: geodata.regions, context: geodata.context, ...layers }, view ?? storyView, size);
  const drawn = document.createElement('div');
  drawn.className = 'static-map';
  // The SVG is built by our own code from the geodata, with every name escaped (svg.ts escapeXml).
  drawn.innerHTML = svgFromPaths(paths, { label });
  return drawn;
}
