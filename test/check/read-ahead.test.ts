import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/input/read-input.js';
import { CLI } from './helpers/run-cli.js';

/**
 * A large batch's files are read and decoded by a thread of their own
 * (dist/check/read-ahead.js, which starts dist/check/reader-worker.js). It must hand
 * over, in order, exactly what reading each file here gives: its text, how it was
 * decoded, and the same reasons for files that cannot be read.
 */
const dir = mkdtempSync(join(tmpdir(), 'gg-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


let paths: string[] = [];

describe('the reading thread', () => {
  it('hands over every file of a batch, in order, as reading it here would', async () => {
    paths = [];
    for (let i = 0; i < 300; i++) {
      const p = join(dir, `f${String(i).padStart(3, '0')}.yaml`);
      if (i === 7) writeFileSync(p, Buffer.alloc(2048, 0x61));
      else if (i === 8) mkdirSync(p);
      else if (i === 9) writeFileSync(p, Buffer.from([0xcf, 0xee, 0xc4, 0xbf]));
      else if (i === 10) writeFileSync(p, '');
      else writeFileSync(p, `title: 桂林 ${i}\n${'# 注释\n'.repeat(i % 50)}`);
      paths.push(p);
    }
    paths.push(join(dir, 'gone.yaml'));
    const opts = { maxBytes: 1024 };
    const { readAhead } = (await import('../../dist/check/read-ahead.js' as string)) as typeof import('../../src/check/read-ahead.js');
    const got: unknown[] = [];
    const alone = { readHereWhileStarting: false };
    for await (const chunk of readAhead(
      paths,
      opts,
      () => {
        throw new Error('the reading thread must do the reading');
      },
      alone,
    ))
      got.push(...chunk);
    const want = paths.map((p) => readInputFile(p, opts));
    expect(got).toEqual(want);
    expect(want.slice(7, 11).map((r) => (r.ok ? (r.decodedFrom ?? 'ok') : r.reason))).toEqual(['tooLarge', 'notFile', 'GB18030', 'ok']);
    expect((want[300] as { reason: string }).reason).toBe('unreadable');
  });

  it('while the thread starts, has the first chunks read here, and the rest by the thread, the same texts in order', async () => {
    const opts = { maxBytes: 1024 };
    const { readAhead } = (await import('../../dist/check/read-ahead.js' as string)) as typeof import('../../src/check/read-ahead.js');
    const many = Array.from({ length: 40 }, () => paths).flat();
    let readHere = 0;
    const got: unknown[] = [];
    for await (const chunk of readAhead(many, opts, (p) => (readHere++, readInputFile(p, opts)))) {
      got.push(...chunk);
      // A judge slow enough for the thread to start within the batch.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(got).toEqual(many.map((p) => readInputFile(p, opts)));
    expect(readHere).toBeGreaterThan(0);
    expect(readHere).toBeLessThan(many.length / 2);
  });

  it('where its module is not built, reads on this thread: the same texts, in order', async () => {
    const { readAhead } = await import('../../src/check/read-ahead.js');
    const opts = { maxBytes: 1024 };
    const got: unknown[] = [];
    for await (const chunk of readAhead(paths, opts, (p) => readInputFile(p, opts))) got.push(...chunk);
    expect(got).toEqual(paths.map((p) => readInputFile(p, opts)));
  });

  it.each([
    ['stopped because the batch was small', 'reader.cancel();'],
    ['left waiting because the command failed before the batch was known', ''],
  ])('spawned before the files are found and %s, does not keep the process alive', (_, then) => {
    const url = new URL('../../dist/check/read-ahead.js', import.meta.url).href;
    const script = join(dir, `spawn-${then ? 'cancel' : 'wait'}.mjs`);
    writeFileSync(script, `const { spawnReader } = await import(${JSON.stringify(url)}); const reader = spawnReader({}, () => { throw new Error('no'); }); ${then} console.log('done');`);
    // A thread that kept the process alive would hang it: killed after 20 s, it has no
    // exit status. (A script file: `node -e` was seen to exit at its end regardless.)
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    expect([r.status, r.stdout.trim(), r.stderr]).toEqual([0, 'done', '']);
  });

  it('started before the guide loads, does not hold the command up when the guide cannot be loaded', () => {
    // A thread that kept the process alive would hang the command: killed after a minute, it has no exit status.
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--guideline', join(dir, 'no-such-guide.yaml')], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GUILIN_GRANTS_LANG: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('找不到指南');
  });
});
