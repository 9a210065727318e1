import { parentPort, workerData } from 'node:worker_threads';
import { readInputBytes, type ReadFailure, type ReadOptions } from '../input/read-input.js';

/**
 * The reading thread of a large batch: it opens and reads the files of each chunk
 * the main thread asks for and hands their bytes over in one transferred buffer, so
 * that the system calls (a quarter of a batch's time) run beside the judging.
 */
export interface ReadChunk {
  id: number;
  /** Per file, its byte count in `bytes`, or why it could not be read. */
  files: ({ ok: true; length: number } | ({ ok: false } & ReadFailure))[];
  bytes: Uint8Array;
}

const { paths, read } = workerData as { paths: string[]; read: ReadOptions };

/** `buffer`: one the main thread is done with, handed back so that a batch circulates a few buffers rather than allocating one per chunk. */
parentPort!.on('message', ({ id, from, to, buffer }: { id: number; from: number; to: number; buffer?: ArrayBuffer }) => {
  let bytes = buffer ? new Uint8Array(buffer) : new Uint8Array(256 * 1024);
  let used = 0;
  const files: ReadChunk['files'] = [];
  for (let i = from; i < to; i++) {
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
  const chunk: ReadChunk = { id, files, bytes };
  parentPort!.postMessage(chunk, [bytes.buffer]);
});
