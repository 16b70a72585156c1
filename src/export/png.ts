/**
 * A PNG of the current map view at 2× resolution, with its labels, the legend
 * and a source line drawn below it, so a picture never travels without its source.
 * The WebGL canvas is read inside MapLibre's own 'render' event, while its
 * drawing buffer is still valid (no preserveDrawingBuffer needed).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const PNG_SCALE = 2;
/** Height of the footer band (legend and source line), in CSS pixels. */
export const FOOTER_HEIGHT = 64;

export interface PngLabel {
  text: string;
  at: [number, number];
  kind: 'region' | 'city' | 'capital';
}

export interface PngFooter {
  title: string;
  source: string;
  legend: { killed: string; displaced: string };
  colors: { background: string; text: string; muted: string; killed: string; hatch: string };
  rtl: boolean;
}

/** The PNG's size for a map of the given CSS size. */
export function pngSize(width: number, height: number): { width: number; height: number } {
  return { width: Math.round(width * PNG_SCALE), height: Math.round((height + FOOTER_HEIGHT) * PNG_SCALE) };
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

export async function mapToPng(map: MapLibreMap, labels: readonly PngLabel[], footer: PngFooter): Promise<Blob> {
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
  const size = pngSize(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.drawImage(frame, 0, 0, width, height);
  drawLabels(ctx, map, labels, footer);
  drawFooter(ctx, width, height, footer);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

function drawLabels(ctx: CanvasRenderingContext2D, map: MapLibreMap, labels: readonly PngLabel[], footer: PngFooter): void {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    const { x, y } = map.project(label.at);
    ctx.font = label.kind === 'region' ? 'bold 13px system-ui, sans-serif' : '11px system-ui, sans-serif';
    ctx.textAlign = label.kind === 'region' ? 'center' : 'left';
    const dx = label.kind === 'region' ? 0 : 6;
    ctx.strokeStyle = footer.colors.background;
    ctx.lineWidth = 3;
    ctx.strokeText(label.text, x + dx, y);
    ctx.fillStyle = footer.colors.text;
    ctx.fillText(label.text, x + dx, y);
    if (label.kind !== 'region') ctx.fillRect(x - 2.5, y - 2.5, 5, 5);
  }
}

function drawFooter(ctx: CanvasRenderingContext2D, width: number, top: number, footer: PngFooter): void {
  ctx.fillStyle = footer.colors.background;
  ctx.fillRect(0, top, width, FOOTER_HEIGHT);
  ctx.direction = footer.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  const start = footer.rtl ? width - 12 : 12;
  const step = footer.rtl ? -1 : 1;
  ctx.fillStyle = footer.colors.text;
  ctx.font = 'bold 13px system-ui, sans-serif';
  ctx.fillText(footer.title, start, top + 18);
  // Legend: a killed circle and a hatched swatch, each with its words.
  ctx.fillStyle = footer.colors.killed;
  ctx.beginPath();
  ctx.arc(start + step * 7, top + 36, 6, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = footer.colors.text;
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillText(footer.legend.killed, start + step * 18, top + 40);
  const swatch = start + step * 18 + step * (ctx.measureText(footer.legend.killed).width + 16);
  ctx.strokeStyle = footer.colors.hatch;
  ctx.lineWidth = 1.5;
  for (let i = 0; i < 3; i += 1) {
    ctx.beginPath();
    ctx.moveTo(swatch + step * i * 4, top + 42);
    ctx.lineTo(swatch + step * (i * 4 + 6), top + 31);
    ctx.stroke();
  }
  ctx.fillText(footer.legend.displaced, swatch + step * 18, top + 40);
  ctx.fillStyle = footer.colors.muted;
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillText(footer.source, start, top + 57);
}
