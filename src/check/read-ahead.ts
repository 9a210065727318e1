import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ReadOptions, ReadResult } from '../input/read-input.js';
import { youngGenerationFull } from '../util/young-generation.js';
import { JUDGING, POSTED, SLOTS, WAKE_AT } from './read-progress.js';
import type { ReadChunk, ReaderData, ReaderStart } from './reader-worker.js';

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

/** A reading thread started before its batch is known (it takes ~50 ms to start). */
export interface Reader {
  /** Hands the thread its batch: taken once. */
  start(paths: readonly string[]): Reading;
  /** The batch turned out too small for it: the thread is stopped. */
  cancel(): void;
}

/**
 * Starts a thread that will read and decode a batch's files, to be judged here chunk
 * by chunk. It can start before the files are found: its start then overlaps the
 * search, and (young-generation.ts) it has put V8's flags back before the young
 * generation is capped. Where the reading thread's module is not built (tests run the
 * sources), the files are read here instead: the same texts, in the same order.
 */
export function spawnReader(read: ReadOptions, readHere: (path: string) => ReadResult, opts: ReadingOptions = {}): Reader {
  const url = new URL('./reader-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return {
      start: (paths) => ({
        async *chunks() {
          for (let id = 0; id * CHUNK < paths.length; id++) yield chunkOf(paths, id).map(readHere);
        },
      }),
      cancel() {},
    };
  }
  // The chunk being judged, for the thread to pace itself by, and the chunks handed
  // over: shared memory rather than a message per chunk each way, which cost the
  // main thread a tenth of a millisecond each.
  const progress = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  // The chunks come through a port this thread takes them from when it needs them:
  // delivered as they came, they waited on the heap, survived collections and were
  // promoted (10,000 files: 19 MB of texts promoted to the old generation).
  const { port1: chunksIn, port2: chunksOut } = new MessageChannel();
  const data: ReaderData = { read, chunk: CHUNK, ahead: AHEAD, progress, port: chunksOut };
  // It holds little but the chunk it is reading: a small young generation is enough.
  const worker = new Worker(url, { workerData: data, transferList: [chunksOut], resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  let failure: Error | undefined;
  let ended = false;
  worker.on('error', (e) => {
    failure = e;
  });
  worker.on('exit', () => {
    ended = true;
  });
  // Until judging begins it must not keep the process alive: a guide that fails to load
  // ends the run at once. (After the listeners: listening refs the thread again.)
  worker.unref();
  const readHereWhileStarting = opts.readHereWhileStarting ?? true;
  /** The next chunk the thread handed over (skipping those read here meanwhile), or undefined when none is in yet. */
  const take = (next: number): ReadResult[] | undefined => {
    for (;;) {
      const got = receiveMessageOnPort(chunksIn)?.message as ReadChunk | undefined;
      if (!got) return undefined;
      if (got.id === next) return got.files;
      // Only chunks read here while the thread was starting are skipped; a later one
      // would be a defect of ours, to be told rather than waited for.
      if (got.id > next) throw new Error(`the reading thread handed over chunk ${got.id} before chunk ${next}`);
    }
  };
  return {
    cancel() {
      chunksIn.close();
      void worker.terminate();
    },
    start(paths) {
      const total = Math.ceil(paths.length / CHUNK);
      const here = (id: number) => chunkOf(paths, id).map(readHere);
      progress[WAKE_AT] = total;
      // Starting a thread puts V8's flags back as the process started with them: when the
      // young generation's cap holds here, the thread sets it again (young-generation.ts).
      worker.postMessage({ paths: paths as string[], stopYoungGrowth: youngGenerationFull() } satisfies ReaderStart);
      return {
        async *chunks() {
          worker.ref();
          try {
            for (let next = 0; next < total; next++) {
              Atomics.store(progress, JUDGING, next);
              if (next >= Atomics.load(progress, WAKE_AT)) Atomics.notify(progress, JUDGING);
              let files = take(next);
              if (!files && readHereWhileStarting && Atomics.load(progress, POSTED) === 0) {
                yield here(next);
                continue;
              }
              while (!files) {
                // Asleep until the thread hands a chunk over; every so often a turn of the
                // event loop, for a failure of the thread to be heard.
                if (Atomics.wait(progress, POSTED, Atomics.load(progress, POSTED), 20) === 'timed-out') {
                  await new Promise<void>((resolve) => setImmediate(resolve));
                  if (failure) throw failure;
                }
                files = take(next);
                if (!files && ended) throw new Error(`the reading thread ended before chunk ${next} of ${total}`);
              }
              yield files;
            }
          } finally {
            chunksIn.close();
            await worker.terminate();
          }
        },
      };
    },
  };
}

/** The files' texts, chunk by chunk and in order (see `spawnReader`). */
export function readAhead(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadResult, opts: ReadingOptions = {}): AsyncGenerator<ReadResult[]> {
  return spawnReader(read, readHere, opts).start(paths).chunks();
}

/** The paths of chunk `id`. */
function chunkOf(paths: readonly string[], id: number): readonly string[] {
  return paths.slice(id * CHUNK, (id + 1) * CHUNK);
}
