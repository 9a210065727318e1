import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isPrebuilt } from '../guideline/open.js';
import { capYoungGeneration, youngGenerationFull } from '../util/young-generation.js';
import { allFiles, inputsOf, type BatchInputs, type FileInput } from './batch-inputs.js';
import { checkInputs, judgeFile, type BatchOptions } from './check-inputs.js';
import type { FileResult } from './types.js';

/** Below this many files the workers' start-up costs more than they save. */
export const PARALLEL_FROM = 400;
const CHUNK = 64;

/**
 * Threads in all, the main one included: one per core from three cores on. On two,
 * one thread: the optimising compiler and the garbage collector already keep the
 * second core half busy, and a worker must warm up its own copy of every hot
 * function, so two threads measured slower than one (10,000 files: 2.37 s against
 * 2.22 s).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores, 8);
}

/** Whether the batch is judged on this thread alone (too few files or threads for the pool). */
export function judgedHere(batch: BatchInputs, jobs: number): boolean {
  return jobs < 2 || (batch.rest === undefined && batch.head.length < PARALLEL_FROM) || !allFiles(batch);
}

/**
 * The batch over `jobs` threads: `jobs - 1` workers and the main thread, which judges
 * chunks itself whenever the next result it must print is not in yet (idle, it would
 * leave a core unused). Results come out in input order as soon as each is known, so
 * the output is one thread's, and memory stays flat: only the chunks in flight and
 * the compact results of at most `4 × jobs` chunks are held.
 */
export async function* checkInputsParallel(
  batch: BatchInputs,
  opts: BatchOptions,
  jobs: number,
): AsyncGenerator<FileResult> {
  if (judgedHere(batch, jobs)) {
    yield* checkInputs(batch, opts);
    return;
  }
  // The walk goes on as chunks are handed out: the batch is never held as a list.
  const source = inputsOf(batch, opts.notice) as Iterator<FileInput>;
  let found = 0;
  let walked = false;
  const nextInputs = (): FileInput[] | undefined => {
    const inputs: FileInput[] = [];
    for (let next = source.next(); !next.done; next = source.next()) if (inputs.push(next.value) === CHUNK) break;
    if (inputs.length < CHUNK) walked = true;
    if (inputs.length === 0) return undefined;
    found++;
    return inputs;
  };
  /** Chunks handed out and not yet judged: the main thread judges those it takes. */
  const chunks = new Map<number, FileInput[]>();
  const done = new Map<number, FileResult[]>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let nextChunk = 0;
  // Chunks are handed out at most this far past the one the caller is reading: a caller
  // that waits (its report goes into a full pipe) holds the workers back instead of
  // letting results pile up.
  const ahead = 4 * jobs;
  let reading = 0;
  const take = () => {
    if (walked || nextChunk >= reading + ahead) return -1;
    const inputs = nextInputs();
    if (!inputs) return -1;
    chunks.set(nextChunk, inputs);
    return nextChunk++;
  };
  /** Workers with a free slot that found nothing to take. */
  const idle: Worker[] = [];
  const feed = (w: Worker) => {
    const id = take();
    if (id >= 0) {
      w.postMessage({ id, inputs: chunks.get(id) });
      chunks.delete(id);
    } else if (!walked) idle.push(w);
  };
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs - 1 }, () => {
    const w = new Worker(workerUrl, {
      // The young generation the main thread caps itself at (young-generation.ts): two 8 MB semi-spaces and as much for large objects.
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
      workerData: {
        guideline: opts.guideline.file,
        source: opts.guideline.source,
        lang: opts.lang,
        read: opts.read ?? {},
        prebuilt: isPrebuilt(opts.guideline),
        stopYoungGrowth: youngGenerationFull(),
      },
    });
    w.on('message', (m: { id: number; results: FileResult[] }) => {
      done.set(m.id, m.results);
      feed(w);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
    // Two chunks in flight per worker: it never waits for the main thread to hand it more.
    feed(w);
    feed(w);
    return w;
  });
  try {
    for (let id = 0; ; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        const mine = take();
        if (mine >= 0) {
          done.set(
            mine,
            chunks.get(mine)!.map((input) => judgeFile(input, opts)),
          );
          chunks.delete(mine);
          capYoungGeneration();
          // Let the workers' answers in, and hand them their next chunks.
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else if (walked && id >= found) {
          return;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      const results = done.get(id)!;
      done.delete(id);
      yield* results;
      reading = id + 1;
      for (let n = idle.length; n > 0 && !walked && nextChunk < reading + ahead; n--) feed(idle.shift()!);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
