import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadOptions, ReadResult } from '../input/read-input.js';
import { JUDGING, WAKE_AT } from './read-progress.js';
import type { ReadChunk, ReaderData } from './reader-worker.js';

/** Below this many files a reading thread costs more to start than it saves. */
export const READ_AHEAD_FROM = 200;
const CHUNK = 64;
/** Chunks read ahead of the one being judged: enough to never wait, few enough to hold little. */
const AHEAD = 8;

/** A batch's reading, under way: its files' texts (or why each could not be read), chunk by chunk, in order, taken once. */
export interface Reading {
  chunks(): AsyncGenerator<ReadResult[]>;
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
 * Starts reading and decoding the files on a thread of their own, to be judged here
 * chunk by chunk. It can start before the guide is loaded, so that the first chunks
 * are in when judging begins. Where the reading thread's module is not built (tests
 * run the sources), the files are read here instead: the same texts, in the same order.
 */
export function startReading(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadResult, opts: ReadingOptions = {}): Reading {
  const url = new URL('./reader-worker.js', import.meta.url);
  const here = (id: number) => paths.slice(id * CHUNK, (id + 1) * CHUNK).map(readHere);
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
  // It holds little but the chunk it is reading: a small young generation is enough.
  const worker = new Worker(url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const done = new Map<number, ReadResult[]>();
  let next = 0;
  let heard = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (chunk: ReadChunk) => {
    heard = true;
    // A chunk read here while the thread was starting is not needed twice.
    if (chunk.id >= next) done.set(chunk.id, chunk.files);
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
          const files = done.get(next)!;
          done.delete(next);
          yield files;
        }
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** The files' texts, chunk by chunk and in order (see `startReading`). */
export function readAhead(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadResult, opts: ReadingOptions = {}): AsyncGenerator<ReadResult[]> {
  return startReading(paths, read, readHere, opts).chunks();
}
