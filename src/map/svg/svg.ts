/**
 * The story's map as plain SVG, drawn in our own Web Mercator (projection.ts)
 * so it lines up with what MapLibre shows for the same view: a first paint
 * before WebGL, and the map itself where WebGL is unavailable.
 *
 * Layers and paint follow src/map/style.ts: sea, land, governorate
 * lines, country lines, then story region fills (containers first, so the most
 * specific region is on top and takes the click), displacement hatch, region
 * lines, the killed-figure circles and, at build time, the story's region names in both languages
 * (labels.ts: placed by the same pass as the runtime HTML labels, which then replace them).
 *
 * Two entry points:
 *  - `renderStaticMapSvg` → an SVG string at a reference size (build-time inlining);
 *  - `staticMapPaths` → path `d` strings for a real container size (run time,
 *    cheap: geometry is projected to normalized mercator once, by `prepareStaticMap`).
 *
 * Pure: no DOM. Safe in node and the browser.
 */
import { PAINT, palettes, type Palette } from '../../map-model/paint';
import { escapeXml } from './escape';
import { STATIC_MAP_CLASS } from './css';
import { mercatorX, mercatorY, pixelTransform, project, resolveView, type Bounds, type LngLat, type Padding, type PixelTransform, type Size, type View, type ViewSpec } from './projection';
import { prepareStaticMap, type StaticMapGeodata } from './prepare';
import { CLIP_MARGIN, pathsFor, staticMapPaths, type StaticMapPaths } from './paths';
import { PATH_PRECISION, type PathPrecision } from './simplify';
import { NARROW_MAP_WIDTH, NARROWEST_MAP_WIDTH, svgLabelSets, svgLabels, type Label } from './labels';

export { drawingLayers, prepareStaticMap, type StaticMapGeodata } from './prepare';
export { staticMapPaths, type StaticMapPaths } from './paths';
export { PATH_PRECISION, simplify, formatUnits, type PathPrecision } from './simplify';
export { escapeXml } from './escape';
export { STATIC_MAP_CLASS, paletteRules, staticMapCss } from './css';
export { estimateLabelSize, placeSvgLabels, svgLabels, svgLabelSets, NARROW_BREAKPOINT, NARROW_MAP_WIDTH, LABEL_BASELINES, LABEL_FONT, LABEL_LANGS, type Label } from './labels';

// ---------------------------------------------------------------- SVG string

export interface SvgOptions {
  /** The root's `aria-label` (the map's accessible name). */
  label: string;
  /** The palette written into the SVG's attributes (default light; `staticMapCss` adds the dark one). */
  palette?: Palette;
  /** Extra attributes on the root (already trusted names; values are escaped). */
  attributes?: Record<string, string>;
  /** Prefix for the hatch pattern id: make it unique when two static maps share a page. */
  idPrefix?: string;
  /** Extra class on the root, besides `isnad-static-map`. */
  className?: string;
  /** Stroke widths stay in CSS px when the SVG is scaled by CSS (default true). */
  nonScalingStroke?: boolean;
}

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** The hatch of style.ts `hatchImage(8, …)`: pixels where (x + y) % 8 < 2, as one path. */
function hatchTile(size: number): string {
  let d = '';
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) if ((x + y) % size < 2) d += `M${x} ${y}h1v1h-1z`;
  }
  return d;
}

interface Frame {
  viewBox: [number, number, number, number];
  preserveAspectRatio: string;
  /** A modifier class (`isnad-static-map--<fit>`) that staticMapCss lays out. */
  fit: 'px' | 'slice' | 'bounds';
  /** Where the sea rectangle goes (it must cover whatever is visible). */
  sea: [number, number, number, number];
  /** The SVG is scaled by CSS: draw figures as fixed-size dots. */
  fixedSizeFigures?: boolean;
}

function svgString(paths: StaticMapPaths, frame: Frame, options: SvgOptions, labels = ''): string {
  const p = options.palette ?? palettes.light;
  const prefix = (options.idPrefix ?? 'ism').replace(/[^A-Za-z0-9_-]/g, '') || 'ism';
  const hatchId = `${prefix}-hatch`;
  const scale = options.nonScalingStroke === false ? '' : ' vector-effect="non-scaling-stroke"';
  const rootClass = [STATIC_MAP_CLASS, `${STATIC_MAP_CLASS}--${frame.fit}`, options.className ?? ''].join(' ').trim();
  const extra = Object.entries(options.attributes ?? {})
    .filter(([name]) => /^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(name) && name.toLowerCase() !== 'style' && !/^on/i.test(name))
    .map(([name, value]) => attr(name, value))
    .join('');
  const hatched = paths.regions.filter((r) => r.hatched && r.d);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attr('viewBox', frame.viewBox.map(num).join(' '))}${attr('preserveAspectRatio', frame.preserveAspectRatio)}` +
      ` width="100%" height="100%"${frame.fit === 'bounds' ? ' overflow="visible"' : ''}${attr('class', rootClass)} role="img"${attr('aria-label', options.label)}` +
      // The camera and size the paths were projected for: labels are placed over the drawing with it.
      `${attr('data-camera', [paths.view.center[0], paths.view.center[1], paths.view.zoom, paths.width, paths.height].map(num).join(' '))}${extra}>`,
  );
  if (hatched.length > 0) {
    const size = PAINT.hatchSize;
    parts.push(
      `<defs><pattern id="${hatchId}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
        `<path class="ism-hatch-stripe"${attr('fill', p.hatch)} d="${hatchTile(size)}"/></pattern></defs>`,
    );
  }
  const [sx, sy, sw, sh] = frame.sea;
  parts.push(`<g class="ism-base" pointer-events="none"><rect class="ism-sea"${attr('fill', p.sea)} x="${num(sx)}" y="${num(sy)}" width="${num(sw)}" height="${num(sh)}"/>`);
  if (paths.land) parts.push(`<path class="ism-land"${attr('fill', p.land)} d="${paths.land}"/>`);
  if (paths.governorates) {
    parts.push(
      `<path class="ism-gov" fill="none"${attr('stroke', p.governorate)} stroke-width="${num(paths.governorateWidth)}"${scale} d="${paths.governorates}"/>`,
    );
  }
  if (paths.land) parts.push(`<path class="ism-border" fill="none"${attr('stroke', p.landStroke)} stroke-width="${num(paths.countryWidth)}"${scale} d="${paths.land}"/>`);
  parts.push(`</g><g class="ism-fills"${attr('fill', p.region)} fill-opacity="${PAINT.regionFillOpacity.base}">`);
  for (const region of paths.regions) {
    if (region.d) parts.push(`<path${attr('data-region', region.id)} d="${region.d}"/>`);
  }
  parts.push('</g>');
  if (hatched.length > 0) {
    parts.push(`<g class="ism-hatch" fill="url(#${hatchId})" fill-opacity="${PAINT.hatchOpacity}" pointer-events="none">`);
    for (const region of hatched) parts.push(`<path d="${region.d}"/>`);
    parts.push('</g>');
  }
  const moved = paths.regions.filter((r) => r.moved && r.d);
  if (moved.length > 0) {
    // Where people moved to: dashes of the hatch colour (style.ts 'region-movement'; MapLibre's dashes are in line widths).
    const [dash, gap] = PAINT.movementDash.map((n) => n * PAINT.movementWidth) as [number, number];
    parts.push(
      `<g class="ism-movement" fill="none"${attr('stroke', p.hatch)} stroke-width="${PAINT.movementWidth}" stroke-dasharray="${num(dash)} ${num(gap)}"${scale} pointer-events="none">`,
    );
    for (const region of moved) parts.push(`<path d="${region.d}"/>`);
    parts.push('</g>');
  }
  parts.push(`<g class="ism-lines" fill="none"${attr('stroke', p.regionStroke)} stroke-linejoin="round" pointer-events="none">`);
  for (const region of paths.regions) {
    if (region.d) parts.push(`<path stroke-width="${num(region.strokeWidth)}"${scale} d="${region.d}"/>`);
  }
  parts.push('</g>');
  if (paths.figures.length > 0 && frame.fixedSizeFigures) {
    // Scaled by CSS, a circle's radius would scale too, but MapLibre's stays in px. A zero-length line with
    // round caps and a non-scaling stroke is a dot of a fixed size: the stroke colour's dot, then the fill's.
    const dot = (f: StaticMapPaths['figures'][number], cls: string, colour: string, width: number, opacity: number) =>
      `<path class="${cls}"${attr('stroke', colour)} stroke-opacity="${opacity}" stroke-width="${num(width)}" vector-effect="non-scaling-stroke" d="M${num(f.cx)} ${num(f.cy)}h0"/>`;
    parts.push('<g class="ism-figures ism-dots" fill="none" stroke-linecap="round" pointer-events="none">');
    for (const f of paths.figures) {
      parts.push(dot(f, 'ism-dot-ring', p.killedStroke, 2 * (f.r + PAINT.killedStrokeWidth), 1), dot(f, 'ism-dot', p.killed, 2 * f.r, PAINT.killedOpacity));
    }
    parts.push('</g>');
  } else if (paths.figures.length > 0) {
    // MapLibre strokes a circle outside its radius: a stroke centred half a width further out covers the same ring.
    parts.push(
      `<g class="ism-figures"${attr('fill', p.killed)} fill-opacity="${PAINT.killedOpacity}"${attr('stroke', p.killedStroke)} stroke-width="${PAINT.killedStrokeWidth}" pointer-events="none">`,
    );
    for (const f of paths.figures) parts.push(`<circle cx="${num(f.cx)}" cy="${num(f.cy)}" r="${num(f.r + PAINT.killedStrokeWidth / 2)}"${scale}/>`);
    parts.push('</g>');
  }
  parts.push(labels, '</svg>');
  return parts.join('');
}

/**
 * An SVG string for paths from `staticMapPaths`, `viewBox="0 0 W H"` (1:1 with the container's pixels).
 * For run time, e.g. `{@html}` into the map container before WebGL is ready.
 */
export function svgFromPaths(paths: StaticMapPaths, options: SvgOptions): string {
  const frame: Frame = {
    viewBox: [0, 0, paths.width, paths.height],
    preserveAspectRatio: 'xMidYMid slice',
    fit: 'px',
    sea: [-CLIP_MARGIN, -CLIP_MARGIN, paths.width + 2 * CLIP_MARGIN, paths.height + 2 * CLIP_MARGIN],
  };
  return svgString(paths, frame, options);
}

export interface RenderOptions extends StaticMapGeodata, SvgOptions {
  view: ViewSpec;
  /** The reference size the SVG is drawn at (CSS px). */
  size: Size;
  /**
   * How the SVG meets an unknown container size:
   * - 'slice' (default): `viewBox="0 0 W H"` + `preserveAspectRatio="xMidYMid slice"`, scaled to cover the
   *   container. Matches MapLibre exactly only at the reference size; elsewhere MapLibre's fit differs (story 1:
   *   within 3–11 px at 1024×768…1920×1080, but ~90 px at 800×300 and ~260 px at 390×700, where MapLibre is
   *   zoomed out by one level compared with the sliced SVG).
   * - 'bounds': for a `{ bounds, padding }` view: `viewBox` = the projected bounds, `xMidYMid meet`, and
   *   `staticMapCss({ padding })` insets the SVG by the same padding with `overflow: visible` (the container
   *   must clip). The browser's layout then does MapLibre's `fitBounds` for any container size, exactly: same
   *   scale (min over x and y), same center. Geometry is kept for container aspect ratios from 1:4 to 4:1.
   */
  fit?: 'slice' | 'bounds';
  /** Simplification and rounding of the path data, in reference-size px (default PATH_PRECISION). */
  precision?: PathPrecision;
  /** The story's region names, drawn in both languages, placed at the reference size (none by default). */
  labels?: readonly Label[];
}

/** The widest and tallest container aspect ratios (width / height) the 'bounds' fit draws geometry for. */
const FIT_ASPECT_RANGE = [1 / 4, 4] as const;

/** The whole static map as one SVG string, at a reference size: for build-time inlining. */
export function renderStaticMapSvg(options: RenderOptions): string {
  const map = prepareStaticMap(options);
  const fit = options.fit ?? 'slice';
  const precision = options.precision ?? PATH_PRECISION;
  if (fit === 'slice' || !('bounds' in options.view)) {
    const paths = staticMapPaths(map, options.view, options.size, precision);
    const frame: Frame = {
      viewBox: [0, 0, options.size.width, options.size.height],
      preserveAspectRatio: 'xMidYMid slice',
      fit: 'slice',
      fixedSizeFigures: true,
      sea: [-CLIP_MARGIN, -CLIP_MARGIN, options.size.width + 2 * CLIP_MARGIN, options.size.height + 2 * CLIP_MARGIN],
    };
    const labels = svgLabels(options.labels ?? [], (at) => {
      const [x, y] = project(at, paths.view, options.size);
      return { x, y };
    }, { x: 0, y: 0, ...options.size });
    return svgString(paths, frame, options, labels);
  }
  const { bounds } = options.view;
  const view = resolveView(options.view, options.size);
  const t = pixelTransform(view, options.size);
  const box = projectedBox(bounds, t);
  // What a container of the extreme aspect ratios shows around the bounds, plus 10 % for the padding.
  const [minAspect, maxAspect] = FIT_ASPECT_RANGE;
  const w = Math.max(box.w, box.h * maxAspect) * 1.1;
  const h = Math.max(box.h, box.w / minAspect) * 1.1;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const clip = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
  const paths = pathsFor(map, view, options.size, t, clip, precision);
  const frame: Frame = {
    viewBox: [box.x, box.y, box.w, box.h],
    preserveAspectRatio: 'xMidYMid meet',
    fit: 'bounds',
    // The sea reaches far past any container; the container clips it.
    sea: [cx - 50 * w, cy - 50 * h, 100 * w, 100 * h],
    fixedSizeFigures: true,
  };
  // Placed inside the viewBox: the part every container shows, at the viewBox's scale.
  // A narrow map (a phone) shows the viewBox at a smaller scale: a second placement for it (labels.ts).
  const pad = typeof options.view.padding === 'number' ? { left: options.view.padding, right: options.view.padding } : { left: options.view.padding?.left ?? 0, right: options.view.padding?.right ?? 0 };
  const scaleAt = (width: number) => (width - pad.left - pad.right) / box.w;
  const labels = svgLabelSets(
    options.labels ?? [],
    ([lon, lat]) => ({ x: mercatorX(lon) * t.scale + t.tx, y: mercatorY(lat) * t.scale + t.ty }),
    { x: box.x, y: box.y, width: box.w, height: box.h },
    scaleAt(NARROW_MAP_WIDTH) < 1 ? { scale: scaleAt(NARROW_MAP_WIDTH), circleScale: scaleAt(NARROWEST_MAP_WIDTH) } : null,
  );
  return svgString(paths, frame, options, labels);
}

function projectedBox(bounds: Bounds, t: PixelTransform): { x: number; y: number; w: number; h: number } {
  const [[west, south], [east0, north]] = bounds;
  const east = west > east0 ? east0 + 360 : east0;
  const x0 = mercatorX(west) * t.scale + t.tx;
  const x1 = mercatorX(east) * t.scale + t.tx;
  const y0 = mercatorY(Math.max(south, north)) * t.scale + t.ty;
  const y1 = mercatorY(Math.min(south, north)) * t.scale + t.ty;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export type { Bounds, LngLat, Padding, Size, View, ViewSpec };

