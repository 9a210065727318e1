import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadBytes, ReadOptions } from '../input/read-input.js';
import { JUDGING, WAKE_AT } from './read-progress.js';
import type { ReadChunk, ReaderData } from './reader-worker.js';

/** Below this many files a reading thread costs more to start than it saves. */
export const READ_AHEAD_FROM = 200;
const CHUNK = 64;
/** Chunks read ahead of the one being judged: enough to never wait, few enough to hold little. */
const AHEAD = 8;

/** A batch's reading, under way: its chunks of bytes, in order, taken once. */
export interface Reading {
  chunks(): AsyncGenerator<ReadBytes[]>;
}

export interface ReadingOptions {
  /**
   * Until the reading thread has handed over its first chunk (it takes ~50 ms to
   * start), the chunks judging needs are read here, so judging never waits for it.
   * Tests turn this off to hold the thread alone to reading's results.
   */
  readHereWhileStarting?: boolean;
}

/**
 * Starts reading the files' bytes on a thread of their own, to be judged here chunk
 * by chunk: on two cores, 10,000 files take a tenth less time than reading them
 * here. It can start before the guide is loaded, so that the first chunks are in
 * when judging begins. Where the reading thread's module is not built (tests run the
 * sources), the files are read here instead: the same bytes, in the same order.
 */
export function startReading(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadBytes, opts: ReadingOptions = {}): Reading {
  const url = new URL('./reader-worker.js', import.meta.url);
  const here = (id: number) => paths.slice(id * CHUNK, (id + 1) * CHUNK).map((p) => copy(readHere(p)));
  const total = Math.ceil(paths.length / CHUNK);
  if (!existsSync(fileURLToPath(url))) {
    return {
      async *chunks() {
        for (let id = 0; id < total; id++) yield here(id);
      },
    };
  }
  // The chunk being judged, for the thread to pace itself by: shared memory rather than
  // a message per chunk, which cost the main thread a tenth of a millisecond each.
  const progress = new Int32Array(new SharedArrayBuffer(8));
  progress[WAKE_AT] = total;
  const data: ReaderData = { paths: paths as string[], read, chunk: CHUNK, ahead: AHEAD, progress };
  // It holds nothing but the chunk it is reading: a small young generation is enough.
  const worker = new Worker(url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  const done = new Map<number, ReadChunk>();
  let next = 0;
  let heard = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (chunk: ReadChunk) => {
    heard = true;
    // A chunk read here while the thread was starting is not needed twice.
    if (chunk.id >= next) done.set(chunk.id, chunk);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  // Until judging begins it must not keep the process alive: a guide that fails to load
  // ends the run at once. (After the listeners: listening refs the thread again.)
  worker.unref();
  const readHereWhileStarting = opts.readHereWhileStarting ?? true;
  return {
    async *chunks() {
      worker.ref();
      try {
        for (; next < total; next++) {
          Atomics.store(progress, JUDGING, next);
          if (next >= Atomics.load(progress, WAKE_AT)) Atomics.notify(progress, JUDGING);
          if (readHereWhileStarting && !heard && !done.has(next)) {
            yield here(next);
            // A turn of the event loop, for the thread's first chunk to be heard.
            await new Promise<void>((resolve) => setImmediate(resolve));
            continue;
          }
          while (!done.has(next)) {
            if (failure) throw failure;
            await new Promise<void>((resolve) => (wake = resolve));
          }
          const chunk = done.get(next)!;
          done.delete(next);
          let at = 0;
          yield chunk.files.map((f): ReadBytes => {
            if (!f.ok) return f;
            const bytes = chunk.bytes.subarray(at, at + f.length);
            at += f.length;
            return { ok: true, bytes };
          });
        }
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** The files' bytes, chunk by chunk and in order (see `startReading`). */
export function readAhead(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadBytes, opts: ReadingOptions = {}): AsyncGenerator<ReadBytes[]> {
  return startReading(paths, read, readHere, opts).chunks();
}

/** Bytes read here live in a buffer the next read reuses: a chunk needs its own (Buffer#slice would not copy). */
function copy(r: ReadBytes): ReadBytes {
  return r.ok ? { ok: true, bytes: new Uint8Array(r.bytes) } : r;
}
