/**
 * The WebGL map on paper. A WebGL canvas keeps its picture only until the frame is shown
 * (MapLibre does not ask for preserveDrawingBuffer, which would cost every frame), so a printed
 * page would show an empty box. When the page is about to print (`beforeprint`, or the print
 * media query matching, which is what a PDF renderer sees) the map is fitted to its print box,
 * drawn at once and copied into an <img> that src/print.css shows instead of the canvas.
 * Returns the teardown.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const PRINT_SNAPSHOT_CLASS = 'print-snapshot';

export function keepPrintSnapshot(map: MapLibreMap): () => void {
  const image = document.createElement('img');
  image.className = PRINT_SNAPSHOT_CLASS;
  image.alt = '';
  image.setAttribute('aria-hidden', 'true');
  image.dataset['testid'] = 'print-snapshot';
  // First in the container: the labels (HTML markers, after it) stay on top of the picture.
  map.getContainer().prepend(image);

  function snapshot() {
    // Same task: resize, draw, read, before the browser presents (and clears) the buffer.
    map.resize();
    map.redraw();
    try {
      image.src = map.getCanvas().toDataURL('image/png');
    } catch {
      // A canvas that cannot be read leaves the box to the labels and the legend.
    }
  }
  const print = matchMedia('print');
  const onMedia = () => {
    if (print.matches) snapshot();
  };
  addEventListener('beforeprint', snapshot);
  print.addEventListener('change', onMedia);
  return () => {
    removeEventListener('beforeprint', snapshot);
    print.removeEventListener('change', onMedia);
    image.remove();
  };
}
