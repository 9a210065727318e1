import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_APPLICATION } from '../hostile/helpers/good-application.js';
import { CLI } from '../support/cli.js';

const ENV = { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gg-output-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * `check - --output FILE` with standard input left open: the report's temporary file
 * is open beside the target while the batch waits, which is when things go wrong.
 */
async function startWaiting(dir: string, out: string, extra: string[] = []) {
  const child = spawn(process.execPath, [CLI, 'check', '-', '--json', '--output', out, ...extra], { env: ENV });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  for (let waited = 0; readdirSync(dir).filter((f) => f.endsWith('.tmp')).length === 0 && waited < 10_000; waited += 20)
    await sleep(20);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
  return { child, exit, stderr: () => stderr };
}

describe('a report streaming into --output', () => {
  it.each([
    ['SIGINT', { code: 130, signal: null }, '已取消\n'],
    ['SIGTERM', { code: null, signal: 'SIGTERM' }, ''],
  ] as const)(
    'interrupted (%s): the temporary file is removed and the old report stays as it was',
    async (signal, ending, said) => {
      const dir = mkdtempSync(join(root, 'interrupted-'));
      const out = join(dir, 'report.json');
      writeFileSync(out, '上次的审查结果\n');
      const run = await startWaiting(dir, out, ['--force']);
      run.child.kill(signal);
      expect(await run.exit).toEqual(ending);
      expect(run.stderr()).toBe(said);
      expect(readdirSync(dir)).toEqual(['report.json']);
      expect(readFileSync(out, 'utf8')).toBe('上次的审查结果\n');
    },
  );

  it('does not replace a file that appeared at the target during the run, and says so', async () => {
    const dir = mkdtempSync(join(root, 'appeared-'));
    const out = join(dir, 'report.json');
    const run = await startWaiting(dir, out);
    writeFileSync(out, '同事刚保存的文件\n');
    run.child.stdin.end(GOOD_APPLICATION);
    expect(await run.exit).toEqual({ code: 2, signal: null });
    expect(run.stderr()).toBe(`${out} 已存在；如要覆盖请加 --force，或换一个文件名。\n`);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(out, 'utf8')).toBe('同事刚保存的文件\n');
  });

  it('is in place when the run ends, and nothing else is', async () => {
    const dir = mkdtempSync(join(root, 'done-'));
    const out = join(dir, 'report.json');
    const run = await startWaiting(dir, out);
    run.child.stdin.end(GOOD_APPLICATION);
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toBe(`审查结果（1 个文件）已写入 ${out}\n`);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      files: [
        { file: '<stdin>', code: expect.any(String), status: 'pass', application: expect.any(Object), findings: [] },
      ],
      summary: { files: 1, pass: 1, fail: 0, error: 0 },
    });
  });
});
