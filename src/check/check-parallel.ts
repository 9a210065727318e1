import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Input } from '../input/find-inputs.js';
import { checkInputs, type BatchOptions } from './check-inputs.js';
import type { FileResult } from './types.js';

/** Below this many files the workers' start-up costs more than they save. */
export const PARALLEL_FROM = 400;
const CHUNK = 64;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * The batch over a pool of worker threads, yielding results in input order as soon
 * as each is known (so output is the same as one thread's, and memory stays flat:
 * only the chunks in flight and the compact results are held).
 */
export async function* checkInputsParallel(inputs: readonly Input[], opts: BatchOptions, jobs: number): AsyncGenerator<FileResult> {
  const files = inputs.every((i) => i.kind === 'file');
  if (jobs < 2 || inputs.length < PARALLEL_FROM || !files) {
    yield* checkInputs(inputs, opts);
    return;
  }
  const chunks: Input[][] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(inputs.slice(i, i + CHUNK));
  const done = new Map<number, FileResult[]>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let nextChunk = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: Math.min(jobs, chunks.length) }, () => {
    const w = new Worker(workerUrl, {
      workerData: { guideline: opts.guideline.file, source: opts.guideline.source, lang: opts.lang, read: opts.read ?? {} },
    });
    const feed = () => {
      if (nextChunk < chunks.length) {
        const id = nextChunk++;
        w.postMessage({ id, inputs: chunks[id] });
      }
    };
    w.on('message', (m: { id: number; results: FileResult[] }) => {
      done.set(m.id, m.results);
      feed();
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
    // Two chunks in flight per worker: it never waits for the main thread to hand it more.
    feed();
    feed();
    return w;
  });
  try {
    for (let id = 0; id < chunks.length; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const results = done.get(id)!;
      done.delete(id);
      yield* results;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
