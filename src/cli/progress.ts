// A progress bar on stderr, drawn only when stderr is a terminal: piped or
// redirected output stays clean. Redrawn at most ten times a second.

/** The bar's interface: tick per document; clear before writing other output. */
export interface Progress {
  /** One more document done. */
  tick(): void;
  /** Erase the bar (before a line is written to the same terminal). */
  clear(): void;
  /** Show the count: at once after `clear`, else at most ten times a second. */
  draw(): void;
  /** Erase the bar for good. */
  done(): void;
}

const NONE: Progress = { tick() {}, clear() {}, draw() {}, done() {} };

/** A progress bar over `total` documents on `stream`, or one that draws nothing. */
export function progressBar(stream: NodeJS.WriteStream, total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return NONE;
  let done = 0;
  let shown = false;
  let last = 0;
  const started = Date.now();
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((done / total) * width);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(`\r\u001b[K${bar} ${done}/${total} documents${rate > 0 ? ` (${rate.toFixed(1)}/s)` : ''}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    tick() {
      done++;
    },
    clear,
    draw() {
      // after a clear the bar comes back at once; otherwise at most ten times a second
      const now = Date.now();
      if (shown && now - last < 100 && done < total) return;
      last = now;
      draw();
    },
    done: clear,
  };
}
