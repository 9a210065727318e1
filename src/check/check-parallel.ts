import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isPrebuilt } from '../guideline/open.js';
import type { Input } from '../input/find-inputs.js';
import { capYoungGeneration, youngGenerationFull } from '../util/young-generation.js';
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

type FileInput = Input & { kind: 'file' };

/** Whether the batch is judged on this thread alone (too few files or threads for the pool). */
export function judgedHere(inputs: readonly Input[], jobs: number): boolean {
  return jobs < 2 || inputs.length < PARALLEL_FROM || !inputs.every((i) => i.kind === 'file');
}

/**
 * The batch over `jobs` threads: `jobs - 1` workers and the main thread, which judges
 * chunks itself whenever the next result it must print is not in yet (idle, it would
 * leave a core unused). Results come out in input order as soon as each is known, so
 * the output is one thread's, and memory stays flat: only the chunks in flight and
 * the compact results of at most `4 × jobs` chunks are held.
 */
export async function* checkInputsParallel(inputs: readonly Input[], opts: BatchOptions, jobs: number): AsyncGenerator<FileResult> {
  if (judgedHere(inputs, jobs)) {
    yield* checkInputs(inputs, opts);
    return;
  }
  const chunks: FileInput[][] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(inputs.slice(i, i + CHUNK) as FileInput[]);
  const done = new Map<number, FileResult[]>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let nextChunk = 0;
  // Chunks are handed out at most this far past the one the caller is reading: a caller
  // that waits (its report goes into a full pipe) holds the workers back instead of
  // letting results pile up.
  const ahead = 4 * jobs;
  let reading = 0;
  const take = () => (nextChunk < chunks.length && nextChunk < reading + ahead ? nextChunk++ : -1);
  /** Workers with a free slot that found nothing to take. */
  const idle: Worker[] = [];
  const feed = (w: Worker) => {
    const id = take();
    if (id >= 0) w.postMessage({ id, inputs: chunks[id] });
    else if (nextChunk < chunks.length) idle.push(w);
  };
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: Math.min(jobs - 1, chunks.length) }, () => {
    const w = new Worker(workerUrl, {
      // The young generation the main thread caps itself at (young-generation.ts): two 8 MB semi-spaces and as much for large objects.
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
      workerData: { guideline: opts.guideline.file, source: opts.guideline.source, lang: opts.lang, read: opts.read ?? {}, prebuilt: isPrebuilt(opts.guideline), stopYoungGrowth: youngGenerationFull() },
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
    for (let id = 0; id < chunks.length; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        const mine = take();
        if (mine >= 0) {
          done.set(mine, chunks[mine]!.map((input) => judgeFile(input, opts)));
          capYoungGeneration();
          // Let the workers' answers in, and hand them their next chunks.
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      const results = done.get(id)!;
      done.delete(id);
      yield* results;
      reading = id + 1;
      for (let n = idle.length; n > 0 && nextChunk < reading + ahead; n--) feed(idle.shift()!);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
