import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBatch } from '../../src/check/batch-inputs.js';
import type { ChunkRead } from '../../src/check/read-ahead.js';
import { findInputs } from '../../src/input/find-inputs.js';
import { readInputFile } from '../../src/input/read-input.js';
import { CLI } from './helpers/run-cli.js';

/**
 * A large batch's folders are walked and its files read and decoded by a thread of
 * their own (dist/check/read-ahead.js, which starts dist/check/reader-worker.js). It
 * must hand over, in order, exactly what walking and reading here gives: the same
 * applications, each file's text, how it was decoded, the same reasons for files that
 * cannot be read, and what the walk had to say.
 */
const dir = mkdtempSync(join(tmpdir(), 'gg-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let inbox = '';
/** What the walk and reading it here give: the reading thread must hand over the same. */
function expected(args: string[], cwd: string, opts: { maxBytes: number }) {
  const found = findInputs(args, cwd);
  return {
    inputs: found.inputs,
    files: found.inputs.map((i) => readInputFile((i as { path: string }).path, opts)),
    notices: found.notices,
  };
}
async function gather(chunks: AsyncGenerator<ChunkRead>, each?: () => Promise<void>) {
  const got = { inputs: [] as unknown[], files: [] as unknown[], notices: [] as unknown[] };
  for await (const chunk of chunks) {
    got.inputs.push(...chunk.inputs);
    got.files.push(...chunk.files);
    got.notices.push(...chunk.notices);
    await each?.();
  }
  return got;
}

describe('the reading thread', () => {
  it('walks the batch and hands over every file, in order, as walking and reading it here would', async () => {
    inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 300; i++) {
      const p = join(inbox, `f${String(i).padStart(3, '0')}.yaml`);
      if (i === 7) writeFileSync(p, Buffer.alloc(2048, 0x61));
      else if (i === 8) mkdirSync(p);
      else if (i === 9) writeFileSync(p, Buffer.from([0xcf, 0xee, 0xc4, 0xbf]));
      else if (i === 10) writeFileSync(p, '');
      else writeFileSync(p, `title: 桂林 ${i}\n${'# 注释\n'.repeat(i % 50)}`);
    }
    symlinkSync(join(dir, 'gone.yaml'), join(inbox, 'gone.yaml'));
    const opts = { maxBytes: 1024 };
    const { readAhead } = (await import(
      '../../dist/check/read-ahead.js' as string
    )) as typeof import('../../src/check/read-ahead.js');
    const alone = { readHereWhileStarting: false };
    const got = await gather(
      readAhead(
        startBatch(['inbox'], 0, dir).batch,
        opts,
        () => {
          throw new Error('the reading thread must do the reading');
        },
        alone,
      ),
    );
    const want = expected(['inbox'], dir, opts);
    expect(got).toEqual(want);
    expect(want.files.slice(7, 10).map((r) => (r.ok ? (r.decodedFrom ?? 'ok') : r.reason))).toEqual([
      'tooLarge',
      'GB18030',
      'ok',
    ]);
    expect(want.notices).toEqual([{ kind: 'brokenLink', path: join('inbox', 'gone.yaml') }]);
  });

  it('while the thread starts, has the first chunks read here, and the rest by the thread, the same texts in order; counts the batch when asked', async () => {
    const opts = { maxBytes: 1024 };
    const { spawnReader } = (await import(
      '../../dist/check/read-ahead.js' as string
    )) as typeof import('../../src/check/read-ahead.js');
    const many = join(dir, 'many');
    for (let i = 0; i < 3000; i++) {
      mkdirSync(join(many, String(i % 7)), { recursive: true });
      writeFileSync(join(many, String(i % 7), `${i}.yaml`), `title: 桂林 ${i}\n`);
    }
    let readHere = 0;
    const { batch, notices } = startBatch(['many'], 400, dir);
    expect([batch.head.length, batch.rest !== undefined, notices]).toEqual([400, true, []]);
    const reading = spawnReader(opts, (p) => (readHere++, readInputFile(p, opts))).start(batch, { count: true });
    // A judge slow enough for the thread to start within the batch.
    const got = await gather(reading.chunks(), () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(got).toEqual(expected(['many'], dir, opts));
    expect(readHere).toBeGreaterThan(0);
    expect(readHere).toBeLessThan(3000 / 2);
    expect(reading.total()).toBe(3000);
  });

  it('ends when its walk ends before the chunks read here did: files gone from the folder between the two walks', async () => {
    const opts = { maxBytes: 1024 };
    const { spawnReader } = (await import(
      '../../dist/check/read-ahead.js' as string
    )) as typeof import('../../src/check/read-ahead.js');
    const shrinking = join(dir, 'shrinking');
    mkdirSync(shrinking);
    const name = (i: number) => join(shrinking, `${String(i).padStart(3, '0')}.yaml`);
    for (let i = 0; i < 600; i++) writeFileSync(name(i), `title: 桂林 ${i}\n`);
    const { batch } = startBatch(['shrinking'], 400, dir);
    for (let i = 100; i < 600; i++) rmSync(name(i));
    // A thread still waiting for chunk 6 would hold the test until it times out.
    const got = await gather(
      spawnReader(opts, (p) => readInputFile(p, opts))
        .start(batch)
        .chunks(),
    );
    expect(got.inputs.length).toBeGreaterThanOrEqual(100);
    expect((got.inputs as { display: string }[]).slice(0, 100).map((i) => i.display)).toEqual(
      Array.from({ length: 100 }, (_, i) => join('shrinking', `${String(i).padStart(3, '0')}.yaml`)),
    );
  });

  it('where its module is not built, walks and reads on this thread: the same texts, in order', async () => {
    const { readAhead } = await import('../../src/check/read-ahead.js');
    const opts = { maxBytes: 1024 };
    const got = await gather(readAhead(startBatch(['inbox'], 100, dir).batch, opts, (p) => readInputFile(p, opts)));
    const want = expected(['inbox'], dir, opts);
    // The notices met while finding the first 100 were told already.
    expect(got).toEqual({ ...want, notices: [] });
  });

  it.each([
    ['stopped because the batch was small', 'reader.cancel();'],
    ['left waiting because the command failed before the batch was known', ''],
  ])('spawned before the files are found and %s, does not keep the process alive', (_, then) => {
    const url = new URL('../../dist/check/read-ahead.js', import.meta.url).href;
    const script = join(dir, `spawn-${then ? 'cancel' : 'wait'}.mjs`);
    writeFileSync(
      script,
      `const { spawnReader } = await import(${JSON.stringify(url)}); const reader = spawnReader({}, () => { throw new Error('no'); }); ${then} console.log('done');`,
    );
    // A thread that kept the process alive would hang it: killed after 20 s, it has no
    // exit status. (A script file: `node -e` was seen to exit at its end regardless.)
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    expect([r.status, r.stdout.trim(), r.stderr]).toEqual([0, 'done', '']);
  });

  it('started before the guide loads, does not hold the command up when the guide cannot be loaded', () => {
    // A thread that kept the process alive would hang the command: killed after a minute, it has no exit status.
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--guideline', join(dir, 'no-such-guide.yaml')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, GUILIN_GRANTS_LANG: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('找不到指南');
  });
});
