import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn as spawnPty } from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInputs } from '../../src/input/find-inputs.js';
import { buildCorpus, writeCorpus } from './helpers/corpus.js';
import { CLI, cli } from './helpers/run-cli.js';

/**
 * A batch past a few hundred files is judged as its folders are walked (by the
 * reading thread, or chunk by chunk for the worker pool), never listed whole. The
 * reviewer must not see the difference: the same report as the files named one by
 * one, a missing path still stopping the run before anything is judged, and what the
 * walk meets late (a broken link, an empty folder) told on stderr as it comes.
 */
let dir: string;
let names: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-large-'));
  writeCorpus(join(dir, 'inbox'), buildCorpus(600));
  // Met after the first 400 files: the walk says so once judging has begun.
  mkdirSync(join(dir, 'inbox', 'zz'));
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'inbox', 'zz', 'gone.yaml'));
  mkdirSync(join(dir, 'empty'));
  names = findInputs(['inbox'], dir).inputs.map((i) => i.display);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (stdout: string) => JSON.parse(stdout) as { files: { file: string }[]; summary: { files: number } };

describe('a large batch', () => {
  it('gives the report its files named one by one give, on one thread and on several', () => {
    const oneByOne = cli(['check', ...names, '--format', 'json'], { cwd: dir });
    expect(report(oneByOne.stdout).summary.files).toBe(600);
    for (const jobs of ['1', '3']) {
      const walked = cli(['check', 'inbox', '--format', 'json', '--jobs', jobs], { cwd: dir });
      expect([walked.status, walked.stdout], `--jobs ${jobs}`).toEqual([oneByOne.status, oneByOne.stdout]);
    }
  });

  it('is not judged at all when a path after it does not exist (exit 2)', () => {
    const r = cli(['check', 'inbox', '不存在.yaml', '--format', 'json'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      '找不到「不存在.yaml」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。\n',
    ]);
  });

  it.each(['1', '3'])(
    'tells on stderr what its walk meets after the first files, and is judged whole (--jobs %s)',
    (jobs) => {
      const r = cli(['check', 'inbox', 'empty', '--format', 'json', '--jobs', jobs], { cwd: dir });
      expect(r.status).toBe(1);
      expect(report(r.stdout).files.map((f) => f.file)).toEqual(names);
      expect(r.stderr.split('\n')).toEqual([
        expect.stringContaining(`${join('inbox', 'zz', 'gone.yaml')}`),
        '文件夹 empty 中没有 .yaml 或 .yml 文件（隐藏文件夹和 node_modules 不查找）。',
        '',
      ]);
    },
  );

  it('judges stdin in its place among the files', () => {
    const stdinText = readFileSync(join(dir, names[0]!), 'utf8');
    const r = cli(['check', 'inbox', '-', '--format', 'json'], { cwd: dir, input: stdinText });
    const files = report(r.stdout).files;
    expect(files.map((f) => f.file)).toEqual([...names, '<stdin>']);
    expect({ ...files.at(-1), file: names[0] }).toEqual(files[0]);
  });
});

describe('a long batch on a terminal', () => {
  it('shows its progress against the whole batch, counted while it is judged, and erases it', async () => {
    const many = join(dir, 'many');
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(many, String(i)), { recursive: true });
      for (let j = 0; j < 500; j++) writeFileSync(join(many, String(i), `${j}.yaml`), `project: ${j}\n`);
    }
    let screen = '';
    const env = { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' } as Record<string, string>;
    const pty = spawnPty(
      process.execPath,
      [CLI, 'check', 'many', '--format', 'json', '--output', join(dir, 'many.json')],
      { cwd: dir, cols: 100, rows: 20, env },
    );
    pty.onData((d) => (screen += d));
    const status = await new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    expect(status).toBe(1);
    // The terminal's last output can come in after the exit is heard.
    for (let waited = 0; !screen.includes('已写入') && waited < 2000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // 20,000 files take more than the second the line waits for.
    const frames = screen.split('\r\x1b[K').filter((f) => f.startsWith('审查中'));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.at(-1)).toMatch(/^审查中：\d+\/20000 个文件…$/);
    // Erased before the last word, which starts on a clean line.
    expect(screen.split('\r\x1b[K').at(-1)).toMatch(/^审查结果（20000 个文件）已写入 .*many\.json\r\n$/);
    expect(report(readFileSync(join(dir, 'many.json'), 'utf8')).summary.files).toBe(20000);
  }, 60_000);
});
