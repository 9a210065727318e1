import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readInputFile, type ReadOptions, type ReadResult } from '../input/read-input.js';
import { stopYoungGrowth } from '../util/young-generation.js';
import { JUDGING, POSTED, WAKE_AT } from './read-progress.js';

/**
 * The reading thread of a large batch: it reads and decodes the files chunk by
 * chunk, in order, and hands each chunk's texts over, so that the system calls and
 * the decoding (a third of a batch's time on the main thread) run beside the
 * judging. It keeps at most `ahead` chunks past the one the main thread is judging,
 * which the main thread publishes in `progress`; chunks before that one the main
 * thread read itself while this thread was starting, and are skipped.
 */
export interface ReadChunk {
  id: number;
  files: ReadResult[];
}

export interface ReaderData {
  read: ReadOptions;
  chunk: number;
  ahead: number;
  progress: Int32Array;
  /** Where the chunks go: the main thread takes each from it when it needs it. */
  port: MessagePort;
}

/** The batch, sent once the files are found: the thread can start before. */
export interface ReaderStart {
  paths: string[];
  /** Whether the main thread's young generation had stopped growing (young-generation.ts). */
  stopYoungGrowth: boolean;
}

const { read, chunk: size, ahead, progress, port } = workerData as ReaderData;

parentPort!.once('message', ({ paths, stopYoungGrowth: stop }: ReaderStart) => {
  // This thread's start put V8's flags back as the process started with them.
  if (stop) stopYoungGrowth();
  readAll(paths);
});

function readAll(paths: string[]): void {
  const total = Math.ceil(paths.length / size);
  for (let id = 0; ; ) {
    const judging = Atomics.load(progress, JUDGING);
    if (id < judging) id = judging;
    if (id >= total) break;
    if (id >= judging + ahead) {
      // Asleep until half the chunks ahead are judged: waking a thread costs the main
      // thread about a quarter of a millisecond here, too much to do for every chunk.
      Atomics.store(progress, WAKE_AT, id - ahead + Math.ceil(ahead / 2));
      Atomics.wait(progress, JUDGING, judging);
      continue;
    }
    const files: ReadResult[] = [];
    for (let i = id * size, to = Math.min(paths.length, i + size); i < to; i++) files.push(readInputFile(paths[i]!, read));
    port.postMessage({ id, files } satisfies ReadChunk);
    Atomics.add(progress, POSTED, 1);
    Atomics.notify(progress, POSTED);
    id++;
  }
}
