/**
 * A one-line counter on stderr for batches that take a while: silent for the first
 * second (most runs end before), only on a terminal, redrawn a few times a second,
 * erased at the end so the report below starts on a clean line.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  total: number,
  label: (done: number, total: number) => string,
  now: () => number = Date.now,
) {
  const start = now();
  let last = 0;
  let shown = false;
  const enabled = stream.isTTY === true;
  return {
    tick(done: number): void {
      if (!enabled) return;
      const t = now();
      if (t - start < 1000 || t - last < 100) return;
      last = t;
      shown = true;
      stream.write(`\r\x1b[K${label(done, total)}`);
    },
    end(): void {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
