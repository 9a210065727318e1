import { parentPort, workerData } from 'node:worker_threads';
import { readInputBytes, type ReadFailure, type ReadOptions } from '../input/read-input.js';
import { JUDGING, WAKE_AT } from './read-progress.js';

/**
 * The reading thread of a large batch: it reads the files chunk by chunk, in order,
 * and hands each chunk's bytes over in one transferred buffer, so that the system
 * calls (a quarter of a batch's time) run beside the judging. It keeps at most
 * `ahead` chunks past the one the main thread is judging, which the main thread
 * publishes in `progress`; chunks before that one the main thread read itself
 * while this thread was starting, and are skipped.
 */
export interface ReadChunk {
  id: number;
  /** Per file, its byte count in `bytes`, or why it could not be read. */
  files: ({ ok: true; length: number } | ({ ok: false } & ReadFailure))[];
  bytes: Uint8Array;
}

export interface ReaderData {
  paths: string[];
  read: ReadOptions;
  chunk: number;
  ahead: number;
  progress: Int32Array;
}

const { paths, read, chunk: size, ahead, progress } = workerData as ReaderData;
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
  const chunk = readChunk(id);
  parentPort!.postMessage(chunk, [chunk.bytes.buffer as ArrayBuffer]);
  id++;
}

function readChunk(id: number): ReadChunk {
  // A fresh buffer each time: handing one back to be refilled cost the main thread more
  // (detaching it, 45 ms in a batch of 10,000) than allocating one costs here.
  let bytes = new Uint8Array(256 * 1024);
  let used = 0;
  const files: ReadChunk['files'] = [];
  for (let i = id * size, to = Math.min(paths.length, i + size); i < to; i++) {
    const r = readInputBytes(paths[i]!, read);
    if (!r.ok) {
      files.push(r);
      continue;
    }
    if (used + r.bytes.length > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, used + r.bytes.length));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    bytes.set(r.bytes, used);
    used += r.bytes.length;
    files.push({ ok: true, length: r.bytes.length });
  }
  return { id, files, bytes };
}
