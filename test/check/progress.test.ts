import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/check/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => void written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe('the progress line', () => {
  const label = (done: number, total: number) => `审查中：${done}/${total} 个文件…`;

  it('stays silent for the first second, then redraws at most every 100 ms, and is erased at the end', () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const p = createProgress(stream, 500, label, () => now);
    for (const [t, done] of [
      [500, 10],
      [1000, 20],
      [1050, 21],
      [1100, 22],
      [1500, 300],
    ] as const) {
      now = t;
      p.tick(done);
    }
    p.end();
    expect(written).toEqual([
      '\r\x1b[K审查中：20/500 个文件…',
      '\r\x1b[K审查中：22/500 个文件…',
      '\r\x1b[K审查中：300/500 个文件…',
      '\r\x1b[K',
    ]);
  });

  it('never writes when stderr is not a terminal, nor erases what it never drew', () => {
    let now = 0;
    const piped = fakeStream(false);
    const p = createProgress(piped.stream, 10, label, () => now);
    now = 5000;
    p.tick(5);
    p.end();
    expect(piped.written).toEqual([]);
    const quick = fakeStream(true);
    const q = createProgress(quick.stream, 10, label, () => 0);
    q.tick(10);
    q.end();
    expect(quick.written).toEqual([]);
  });
});
