/**
 * A PNG of the current map view at 2× resolution, with its labels placed by the map's own
 * placement pass (src/map-model/label-placement.ts: no two overlap, none covers a dot or a
 * figure circle), and a band below it (png-footer.ts): the title, a legend that states the
 * figures, a key for the selection when there is one, and the credit line — so a picture never
 * travels without its source. The WebGL canvas is read inside MapLibre's own 'render' event,
 * while its drawing buffer is still valid (no preserveDrawingBuffer needed).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../geodata/load';
import { labelCandidate, shownAtZoom, CITY_DOT_RADIUS, type Label } from '../map-model/map-labels';
import { placeLabels } from '../map-model/label-placement';
import { mapFigures } from '../map-model/figures';
import type { Lang } from '../model/format';
import type { StoryModel } from '../model/story';
import { FOOTER_STYLE, PNG_SCALE, layoutFooter, pngSize, type FooterLayout, type FooterModel, type LegendKey, type Measure } from './png-footer';

export { PNG_SCALE, pngFooterModel, pngSize, layoutFooter, type FooterModel } from './png-footer';


export interface PngColors {
  background: string;
  text: string;
  muted: string;
  killed: string;
  hatch: string;
  selected: string;
}

export interface PngOptions {
  labels: readonly Label[];
  lang: Lang;
  /** The selected region, whose name wins a crowded spot (its key is in the footer's legend). */
  selected: string | null;
  footer: FooterModel;
  colors: PngColors;
}

/** The labels the map shows, as the WebGL map builds them: the story's regions (beside their circles) and the gazetteer's cities. */
export function pngLabels(model: StoryModel, places: readonly Place[]): Label[] {
  const radius = new Map(mapFigures(model).circles.map((c) => [c.region, c.radius]));
  return [
    ...model.regions.map((r) => {
      const circle = radius.get(r.id);
      return { id: `region-${r.id}`, name: r.name, at: r.label, kind: 'region' as const, level: r.level, ...(circle ? { circle } : {}) };
    }),
    ...places.map((p) => ({ id: p.id, name: { ar: p.name_ar, en: p.name_en }, at: [p.lon, p.lat] as [number, number], kind: p.kind })),
  ];
}

function renderedFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      // Copy now, inside the frame, before the browser clears the drawing buffer.
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

export async function mapToPng(map: MapLibreMap, options: PngOptions): Promise<Blob> {
  const container = map.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const previousRatio = map.getPixelRatio();
  map.setPixelRatio(PNG_SCALE);
  let frame: HTMLCanvasElement;
  try {
    frame = await renderedFrame(map);
  } finally {
    map.setPixelRatio(previousRatio);
  }
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure: Measure = (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutFooter(options.footer, width, measure);
  const size = pngSize(width, height, layout.height);
  canvas.width = size.width;
  canvas.height = size.height;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.drawImage(frame, 0, 0, width, height);
  drawLabels(ctx, map, { width, height }, options);
  drawFooter(ctx, width, height, layout, options);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

const LABEL_FONT = { region: 'bold 13px system-ui, sans-serif', city: '11px system-ui, sans-serif' } as const;
const LABEL_HEIGHT = { region: 16, city: 14 } as const;

function drawLabels(ctx: CanvasRenderingContext2D, map: MapLibreMap, size: { width: number; height: number }, options: PngOptions): void {
  const zoom = map.getZoom();
  const shown = options.labels.filter((label) => shownAtZoom(label, zoom));
  const fontOf = (label: Label) => (label.kind === 'region' ? LABEL_FONT.region : LABEL_FONT.city);
  const text = (label: Label) => label.name[options.lang];
  const candidates = shown.map((label) => {
    ctx.font = fontOf(label);
    const point = map.project(label.at);
    const box = { width: Math.ceil(ctx.measureText(text(label)).width) + 4, height: label.kind === 'region' ? LABEL_HEIGHT.region : LABEL_HEIGHT.city };
    return { label, point, candidate: labelCandidate(label, point, box, options.selected, options.lang) };
  });
  const placed = new Map(placeLabels(candidates.map((c) => c.candidate), { bounds: { x: 0, y: 0, ...size }, gap: 2 }).map((p) => [p.id, p]));
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.direction = options.lang === 'ar' ? 'rtl' : 'ltr';
  for (const { label, point } of candidates) {
    // A city's dot is drawn even when its name has no room: the map shows it too.
    if (label.kind !== 'region') {
      ctx.fillStyle = options.colors.text;
      ctx.strokeStyle = options.colors.background;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(point.x, point.y, CITY_DOT_RADIUS, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    const spot = placed.get(label.id);
    if (!spot) continue;
    ctx.font = fontOf(label);
    const cx = spot.box.x + spot.box.width / 2;
    const cy = spot.box.y + spot.box.height / 2;
    ctx.strokeStyle = options.colors.background;
    ctx.lineWidth = 3;
    ctx.strokeText(text(label), cx, cy);
    ctx.fillStyle = options.colors.text;
    ctx.fillText(text(label), cx, cy);
  }
}

function drawFooter(ctx: CanvasRenderingContext2D, width: number, top: number, layout: FooterLayout, options: PngOptions): void {
  const { colors } = options;
  const rtl = options.footer.dir === 'rtl';
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, top, width, layout.height);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  const pad = FOOTER_STYLE.padding;
  // x measured from the start edge: the left in English, the right in Arabic.
  const at = (offset: number) => (rtl ? width - pad - offset : pad + offset);
  for (const line of layout.lines) {
    const y = top + line.baseline;
    if (line.key) drawKey(ctx, line.key, at(FOOTER_STYLE.swatch / 2 - 2), y - 4, colors);
    ctx.font = line.font;
    ctx.fillStyle = line.kind === 'credit' ? colors.muted : colors.text;
    ctx.fillText(line.text, at(line.indent), y);
  }
}

/** A legend key centred on (x, y): the circle's red, the displacement hatch, the selection's blue. */
function drawKey(ctx: CanvasRenderingContext2D, key: LegendKey, x: number, y: number, colors: PngColors): void {
  ctx.save();
  if (key === 'killed') {
    ctx.fillStyle = colors.killed;
    ctx.beginPath();
    ctx.arc(x, y, 6, 0, Math.PI * 2);
    ctx.fill();
  } else if (key === 'displaced') {
    ctx.strokeStyle = colors.hatch;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x - 7, y - 6, 14, 12);
    ctx.beginPath();
    ctx.rect(x - 7, y - 6, 14, 12);
    ctx.clip();
    for (let i = -2; i <= 2; i += 1) {
      ctx.beginPath();
      ctx.moveTo(x - 4 + 5 * i, y + 6);
      ctx.lineTo(x + 4 + 5 * i, y - 6);
      ctx.stroke();
    }
  } else {
    ctx.globalAlpha = 0.28;
    ctx.fillStyle = colors.selected;
    ctx.fillRect(x - 7, y - 6, 14, 12);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colors.selected;
    ctx.lineWidth = 2;
    ctx.strokeRect(x - 7, y - 6, 14, 12);
  }
  ctx.restore();
}
