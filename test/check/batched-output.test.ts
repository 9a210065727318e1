import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { batchedOutput, streamPut } from '../../src/util/batched-output.js';

/** A pipe whose reader is slow: it takes a chunk every few milliseconds. */
function slowPipe() {
  const received: string[] = [];
  let mostQueued = 0;
  const stream = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      received.push(chunk);
      setTimeout(done, 2);
    },
  });
  const put = streamPut(stream);
  return {
    stream,
    received,
    put: (chunk: string) => {
      mostQueued = Math.max(mostQueued, stream.writableLength);
      return put(chunk);
    },
    mostQueued: () => mostQueued,
  };
}

describe('the report on a pipe', () => {
  it('arrives whole and in order, in batches rather than a write per piece', async () => {
    const pipe = slowPipe();
    const out = batchedOutput(pipe.put, 4096);
    const pieces = Array.from({ length: 500 }, (_, i) => `✗ 不通过  收件/${i}.yaml  资助方向 1\n`);
    for (const p of pieces) await out.write(p);
    await out.flush();
    await new Promise<void>((resolve) => pipe.stream.end(resolve));
    expect(pipe.received.join('')).toBe(pieces.join(''));
    expect(pipe.received.length).toBeLessThan(pieces.length / 10);
  });

  it('waits for a full pipe to drain instead of queueing the whole report', async () => {
    const pipe = slowPipe();
    const out = batchedOutput(pipe.put, 4096);
    for (let i = 0; i < 2000; i++) await out.write(`${'x'.repeat(99)}\n`);
    await out.flush();
    // At most the pipe's own buffer when a batch is handed over, never the 200 KB written.
    expect(pipe.mostQueued()).toBeLessThanOrEqual(1024);
  });

  it('drops what follows once the reader has gone (`| head`), without an error', async () => {
    const pipe = slowPipe();
    const out = batchedOutput(pipe.put, 8);
    await out.write('first line\n');
    pipe.stream.destroy();
    await out.write('second line, never read\n');
    await out.flush();
    expect(pipe.received).toEqual(['first line\n']);
  });
});
