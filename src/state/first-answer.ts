/**
 * Work that must not delay the reader's first answer (MapLibre, the article's layout) waits for it:
 * it starts two frames after the first selection has reached the screen, or after a quiet spell
 * with no selection. https://web.dev/articles/optimize-long-tasks
 */
export interface SelectionSource {
  onSelection: (listener: () => void) => () => void;
}

export function firstAnswerOrQuiet(reader: SelectionSource, quietMs: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(finish, quietMs);
    // Two frames after a selection: its popup has been painted.
    const stop = reader.onSelection(() => requestAnimationFrame(() => requestAnimationFrame(finish)));
    function finish() {
      clearTimeout(timer);
      stop();
      done();
    }
  });
}
