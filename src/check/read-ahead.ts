import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadBytes, ReadOptions } from '../input/read-input.js';
import type { ReadChunk } from './reader-worker.js';

/** Below this many files a reading thread costs more to start than it saves. */
export const READ_AHEAD_FROM = 200;
const CHUNK = 64;
/** Chunks asked for ahead of the one being judged: enough to never wait, few enough to hold little. */
const AHEAD = 6;

/** A batch's reading, under way: its chunks of bytes, in order, taken once. */
export interface Reading {
  chunks(): AsyncGenerator<ReadBytes[]>;
}

/**
 * Starts reading the files' bytes on a thread of their own, to be judged here chunk
 * by chunk: on two cores, 10,000 files take a tenth less time than reading them
 * here. It can start before the guide is loaded, so that the first chunk is in when
 * judging begins. A chunk's bytes are valid until the next chunk is asked for; its
 * buffer then goes back to the reading thread to be filled again. Where the reading
 * thread's module is not built (tests run the sources), the files are read here
 * instead: the same bytes, in the same order.
 */
export function startReading(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadBytes): Reading {
  const url = new URL('./reader-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    return {
      async *chunks() {
        for (let i = 0; i < paths.length; i += CHUNK) yield paths.slice(i, i + CHUNK).map((p) => copy(readHere(p)));
      },
    };
  }
  // It holds nothing but the chunk it is reading: a small young generation is enough.
  const worker = new Worker(url, { workerData: { paths, read }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  const done = new Map<number, ReadChunk>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (chunk: ReadChunk) => {
    done.set(chunk.id, chunk);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  // Until judging begins it must not keep the process alive: a guide that fails to load
  // ends the run at once. (After the listeners: listening refs the thread again.)
  worker.unref();
  const total = Math.ceil(paths.length / CHUNK);
  let asked = 0;
  let next = 0;
  // Buffers whose bytes have been judged (and decoded into strings), to be filled again.
  const spare: ArrayBuffer[] = [];
  const ask = () => {
    while (asked < total && asked < next + AHEAD) {
      const buffer = spare.pop();
      worker.postMessage({ id: asked, from: asked * CHUNK, to: Math.min(paths.length, (asked + 1) * CHUNK), buffer }, buffer ? [buffer] : []);
      asked++;
    }
  };
  ask();
  return {
    async *chunks() {
      worker.ref();
      try {
        for (; next < total; next++) {
          ask();
          while (!done.has(next)) {
            if (failure) throw failure;
            await new Promise<void>((resolve) => (wake = resolve));
          }
          const chunk = done.get(next)!;
          done.delete(next);
          let at = 0;
          yield chunk.files.map((f): ReadBytes => {
            if (!f.ok) return f;
            const bytes = chunk.bytes.subarray(at, at + f.length);
            at += f.length;
            return { ok: true, bytes };
          });
          // The caller asks for the next chunk only when done with this one's bytes.
          spare.push(chunk.bytes.buffer as ArrayBuffer);
        }
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** The files' bytes, chunk by chunk and in order (see `startReading`). */
export function readAhead(paths: readonly string[], read: ReadOptions, readHere: (path: string) => ReadBytes): AsyncGenerator<ReadBytes[]> {
  return startReading(paths, read, readHere).chunks();
}

/** Bytes read here live in a buffer the next read reuses: a chunk needs its own (Buffer#slice would not copy). */
function copy(r: ReadBytes): ReadBytes {
  return r.ok ? { ok: true, bytes: new Uint8Array(r.bytes) } : r;
}
