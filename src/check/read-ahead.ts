import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { countInputs, type InputNotice } from '../input/find-inputs.js';
import type { ReadOptions, ReadResult } from '../input/read-input.js';
import { youngGenerationFull } from '../util/young-generation.js';
import type { BatchInputs, FileInput } from './batch-inputs.js';
import { JUDGING, POSTED, SLOTS, TOTAL, WAKE_AT } from './read-progress.js';
import type { ReadChunk, ReaderData, ReaderStart } from './reader-worker.js';
import { walkChunks, type ReadSource } from './walk-chunks.js';

/** Below this many files a reading thread costs more to start than it saves. */
export const READ_AHEAD_FROM = 200;
const CHUNK = 64;
/** Chunks read ahead of the one being judged: enough to never wait, few enough to hold little. */
const AHEAD = 8;

/** One chunk of a batch, on the main thread: its applications, their texts (or why each could not be read), and what the walk said. */
export interface ChunkRead {
  inputs: FileInput[];
  files: ReadResult[];
  notices: InputNotice[];
}

/** A batch's reading, under way: its chunks, in order, taken once. */
export interface Reading {
  chunks(): AsyncGenerator<ChunkRead>;
  /** The batch's size, once the reading thread has counted it (when asked to). */
  total(): number | undefined;
}

export interface ReadingOptions {
  /**
   * Until the reading thread has handed over its first chunk (it takes ~50 ms to
   * start), the chunks judging needs are read here, so judging never waits for it.
   * Tests turn this off to hold the thread alone to reading's results.
   */
  readHereWhileStarting?: boolean;
  /** Whether the batch's size is wanted (for a progress line). */
  count?: boolean;
}

/** A reading thread started before its batch is known (it takes ~50 ms to start). */
export interface Reader {
  /** Hands the thread its batch: taken once. */
  start(batch: BatchInputs, opts?: ReadingOptions): Reading;
  /** The batch turned out too small for it: the thread is stopped. */
  cancel(): void;
}

/**
 * Starts a thread that will walk a batch's folders and read and decode its files, to
 * be judged here chunk by chunk. It can start before the batch is known: its start
 * then overlaps the first steps of the walk, and (young-generation.ts) it has put
 * V8's flags back before the young generation is capped. The walk's notices come
 * with the chunks, those told before the batch began (`told`) left out. Where the
 * reading thread's module is not built (tests run the sources), the batch is walked
 * and read here instead: the same chunks, in the same order.
 */
export function spawnReader(read: ReadOptions, readHere: (path: string) => ReadResult): Reader {
  const url = new URL('./reader-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return {
      start: (batch, opts = {}) => {
        const told = teller(batch.told);
        let counted: number | undefined;
        return {
          async *chunks() {
            for (const c of walkChunks(sourceOf(batch), CHUNK)) {
              const notices = told(c.notices);
              if (c.inputs.length || notices.length)
                yield { inputs: c.inputs, files: c.inputs.map((i) => readHere(i.path)), notices };
            }
          },
          total: () =>
            opts.count ? (counted ??= batch.rest ? countInputs(batch.args, batch.cwd) : batch.head.length) : undefined,
        };
      },
      cancel() {},
    };
  }
  // The chunk being judged, for the thread to pace itself by, and the chunks handed
  // over: shared memory rather than a message per chunk each way, which cost the
  // main thread a tenth of a millisecond each.
  const progress = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  progress[TOTAL] = -1;
  // The chunks come through a port this thread takes them from when it needs them:
  // delivered as they came, they waited on the heap, survived collections and were
  // promoted (10,000 files: 19 MB of texts promoted to the old generation).
  const { port1: chunksIn, port2: chunksOut } = new MessageChannel();
  const data: ReaderData = { read, chunk: CHUNK, ahead: AHEAD, progress, port: chunksOut };
  // It holds little but the chunk it is reading: a small young generation is enough.
  const worker = new Worker(url, {
    workerData: data,
    transferList: [chunksOut],
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
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
  return {
    cancel() {
      chunksIn.close();
      void worker.terminate();
    },
    start(batch, opts = {}) {
      const readHereWhileStarting = opts.readHereWhileStarting ?? true;
      const told = teller(batch.told);
      /**
       * Whether the thread's walk ended before the chunk being judged: files went from
       * the folders between the two walks, and the chunks read here went further.
       */
      let walkedShort = false;
      /** The chunk `next` if the thread has handed it over; chunks before it (read here meanwhile) give only their notices. */
      const take = (next: number): { chunk?: ReadChunk; notices: InputNotice[] } => {
        const notices: InputNotice[] = [];
        for (;;) {
          const got = receiveMessageOnPort(chunksIn)?.message as ReadChunk | undefined;
          if (!got) return { notices };
          notices.push(...told(got.notices));
          if (got.id === next) return { chunk: got, notices };
          if (got.last && got.id < next) walkedShort = true;
          // Only chunks read here while the thread was starting come early; a later one
          // would be a defect of ours, to be told rather than waited for.
          if (got.id > next) throw new Error(`the reading thread handed over chunk ${got.id} before chunk ${next}`);
        }
      };
      /** Chunk `id` of what was found before the batch began, when it is whole there. */
      const here = (id: number): FileInput[] | undefined => {
        const inputs = batch.head.slice(id * CHUNK, (id + 1) * CHUNK) as FileInput[];
        return inputs.length === CHUNK || (!batch.rest && (id + 1) * CHUNK >= batch.head.length && inputs.length > 0)
          ? inputs
          : undefined;
      };
      progress[WAKE_AT] = 0x7fffffff;
      // Starting a thread puts V8's flags back as the process started with them: when the
      // young generation's cap holds here, the thread sets it again (young-generation.ts).
      worker.postMessage({
        source: sourceOf(batch),
        count: opts.count === true,
        stopYoungGrowth: youngGenerationFull(),
      } satisfies ReaderStart);
      return {
        total: () => (progress[TOTAL]! >= 0 ? progress[TOTAL] : undefined),
        async *chunks() {
          worker.ref();
          try {
            reading: for (let next = 0; ; next++) {
              Atomics.store(progress, JUDGING, next);
              if (next >= Atomics.load(progress, WAKE_AT)) Atomics.notify(progress, JUDGING);
              let { chunk, notices } = take(next);
              const mine =
                !chunk && readHereWhileStarting && Atomics.load(progress, POSTED) === 0 ? here(next) : undefined;
              if (mine) {
                yield { inputs: mine, files: mine.map((i) => readHere(i.path)), notices };
                if (!batch.rest && (next + 1) * CHUNK >= batch.head.length) break;
                continue;
              }
              while (!chunk) {
                if (walkedShort) {
                  if (notices.length) yield { inputs: [], files: [], notices };
                  break reading;
                }
                // Asleep until the thread hands a chunk over; every so often a turn of the
                // event loop, for a failure of the thread to be heard.
                if (Atomics.wait(progress, POSTED, Atomics.load(progress, POSTED), 20) === 'timed-out') {
                  await new Promise<void>((resolve) => setImmediate(resolve));
                  if (failure) throw failure;
                }
                const more = take(next);
                notices.push(...more.notices);
                chunk = more.chunk;
                if (!chunk && ended) throw new Error(`the reading thread ended before chunk ${next}`);
              }
              if (chunk.displays.length || notices.length)
                yield { inputs: inputsIn(chunk), files: chunk.files, notices };
              if (chunk.last) break;
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
export function readAhead(
  batch: BatchInputs,
  read: ReadOptions,
  readHere: (path: string) => ReadResult,
  opts: ReadingOptions = {},
): AsyncGenerator<ChunkRead> {
  return spawnReader(read, readHere).start(batch, opts).chunks();
}

/** A handed-over chunk's applications, from its two lists of strings. */
function inputsIn({ displays, paths }: ReadChunk): FileInput[] {
  const inputs: FileInput[] = [];
  for (let i = 0; i < displays.length; i++) inputs.push({ kind: 'file', path: paths[i]!, display: displays[i]! });
  return inputs;
}

/** What the reading thread is to read: the walk to make again, or the files when they are all known. */
function sourceOf(batch: BatchInputs): ReadSource {
  return batch.rest ? { args: batch.args, cwd: batch.cwd } : { inputs: batch.head as FileInput[] };
}

/** A filter letting through the notices after the first `told`, which were told already. */
function teller(told: number): (notices: InputNotice[]) => InputNotice[] {
  let seen = 0;
  return (notices) => notices.filter(() => seen++ >= told);
}
