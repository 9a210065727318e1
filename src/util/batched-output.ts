import type { Writable } from 'node:stream';

/**
 * Characters gathered before one write: a system call per batch (two or three files'
 * JSON), not one per file. Small, because the pending text is young memory that each
 * collection copies (docs/PERFORMANCE.md, "Memory").
 */
const BATCH = 4 * 1024;

interface BatchedOutput {
  write(text: string): Promise<void>;
  /** Writes what is pending: call it at the end. */
  flush(): Promise<void>;
}

/** Text handed to `put` in batches of about `batch` characters, in order, each awaited. */
export function batchedOutput(put: (chunk: string) => void | Promise<void>, batch = BATCH): BatchedOutput {
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    await put(chunk);
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= batch) await flush();
    },
    flush,
  };
}

/**
 * Writing to a stream as a pipe wants it: when it is full (`write` says false) the
 * next batch waits for 'drain' rather than piling up in memory. A stream whose
 * reader has gone (`check … | head`) is destroyed and takes nothing more; the run
 * goes on to its verdict.
 */
export function streamPut(stream: Writable): (chunk: string) => void | Promise<void> {
  return (chunk) => {
    if (stream.destroyed) return;
    if (stream.write(chunk)) return;
    return new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  };
}
