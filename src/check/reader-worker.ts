import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { countInputs, type InputNotice } from '../input/find-inputs.js';
import { readInputFile, type ReadOptions, type ReadResult } from '../input/read-input.js';
import { compileForBatch } from '../util/batch-compiler.js';
import { stopYoungGrowth } from '../util/young-generation.js';
import { JUDGING, POSTED, TOTAL, WAKE_AT } from './read-progress.js';
import { walkChunks, type ReadSource } from './walk-chunks.js';

/**
 * The reading thread of a large batch: it walks the folders, reads and decodes the
 * files chunk by chunk, in order, and hands each chunk over, so that the walk, the
 * system calls and the decoding (a third of a batch's time on the main thread) run
 * beside the judging, and the main thread never holds the batch's list. It keeps at
 * most `ahead` chunks past the one the main thread is judging, which the main thread
 * publishes in `progress`; chunks before that one the main thread read itself while
 * this thread was starting: they are walked past and handed over without texts.
 */
export interface ReadChunk {
  id: number;
  /** The applications' names and paths, as lists of strings: objects would cost their keys each time. */
  displays: string[];
  paths: string[];
  files: ReadResult[];
  notices: InputNotice[];
  last: boolean;
}

export interface ReaderData {
  read: ReadOptions;
  chunk: number;
  ahead: number;
  progress: Int32Array;
  /** Where the chunks go: the main thread takes each from it when it needs it. */
  port: MessagePort;
}

/** The batch, sent once it is known: the thread can start before. */
export interface ReaderStart {
  source: ReadSource;
  /** Whether the batch's size is wanted (a progress line): the walk is then made once more, first, to count. */
  count: boolean;
  /** Whether the main thread's young generation had stopped growing (young-generation.ts). */
  stopYoungGrowth: boolean;
}

const { read, chunk: size, ahead, progress, port } = workerData as ReaderData;
compileForBatch();

parentPort!.once('message', ({ source, count, stopYoungGrowth: stop }: ReaderStart) => {
  // This thread's start put V8's flags back as the process started with them.
  if (stop) stopYoungGrowth();
  if (count)
    Atomics.store(progress, TOTAL, 'inputs' in source ? source.inputs.length : countInputs(source.args, source.cwd));
  readAll(source);
});

function readAll(source: ReadSource): void {
  let id = 0;
  for (const { inputs, notices, last } of walkChunks(source, size)) {
    for (;;) {
      const judging = Atomics.load(progress, JUDGING);
      if (id < judging + ahead) break;
      // Asleep until half the chunks ahead are judged: waking a thread costs the main
      // thread about a quarter of a millisecond here, too much to do for every chunk.
      Atomics.store(progress, WAKE_AT, id - ahead + Math.ceil(ahead / 2));
      Atomics.wait(progress, JUDGING, judging);
    }
    // A chunk the main thread read itself is walked past: only what the walk said goes over.
    const shown = id < Atomics.load(progress, JUDGING) ? [] : inputs;
    const files = shown.map((i) => readInputFile(i.path, read));
    port.postMessage({
      id,
      displays: shown.map((i) => i.display),
      paths: shown.map((i) => i.path),
      files,
      notices,
      last,
    } satisfies ReadChunk);
    Atomics.add(progress, POSTED, 1);
    Atomics.notify(progress, POSTED);
    id++;
  }
}
