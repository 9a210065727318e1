import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayOf, findInputs } from '../../src/input/find-inputs.js';
import { buildCorpus, writeCorpus } from './helpers/corpus.js';
import { runCli } from '../support/cli.js';
import { runInTerminal } from '../support/terminal.js';

/**
 * A batch past a few hundred files goes to the worker pool on three or more threads.
 * The reviewer must not see the difference: the same report as the files named one
 * by one, a missing path still stopping the run before anything is judged, and what
 * the walk meets (a broken link, an empty folder) told on stderr.
 */
let dir: string;
let names: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-large-'));
  writeCorpus(join(dir, 'inbox'), buildCorpus(600));
  mkdirSync(join(dir, 'inbox', 'zz'));
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'inbox', 'zz', 'gone.yaml'));
  mkdirSync(join(dir, 'empty'));
  names = findInputs(['inbox'], dir).inputs.map(displayOf);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (stdout: string) => JSON.parse(stdout) as { files: { file: string }[]; summary: { files: number } };

describe('a large batch', () => {
  it('gives the report its files named one by one give, on one thread and on several', () => {
    const oneByOne = runCli(['check', ...names, '--format', 'json'], { cwd: dir });
    expect(report(oneByOne.stdout).summary.files).toBe(600);
    for (const jobs of ['1', '2']) {
      const walked = runCli(['check', 'inbox', '--format', 'json', '--jobs', jobs], { cwd: dir });
      expect([walked.status, walked.stdout], `--jobs ${jobs}`).toEqual([oneByOne.status, oneByOne.stdout]);
    }
  });

  it('is not judged at all when a path after it does not exist (exit 2)', () => {
    const r = runCli(['check', 'inbox', '不存在.yaml', '--format', 'json'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      '找不到「不存在.yaml」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。\n',
    ]);
  });

  it.each(['1', '2'])('tells on stderr what its walk meets, and is judged whole (--jobs %s)', (jobs) => {
    const r = runCli(['check', 'inbox', 'empty', '--format', 'json', '--jobs', jobs], { cwd: dir });
    expect(r.status).toBe(1);
    expect(report(r.stdout).files.map((f) => f.file)).toEqual(names);
    expect(r.stderr.split('\n')).toEqual([
      expect.stringContaining(`${join('inbox', 'zz', 'gone.yaml')}`),
      '文件夹 empty 中没有 .yaml 或 .yml 文件（隐藏文件夹和 node_modules 不查找）。',
      '',
    ]);
  });

  it('judges stdin in its place among the files', () => {
    const stdinText = readFileSync(join(dir, names[0]!), 'utf8');
    const r = runCli(['check', 'inbox', '-', '--format', 'json'], { cwd: dir, input: stdinText });
    const files = report(r.stdout).files;
    expect(files.map((f) => f.file)).toEqual([...names, '<stdin>']);
    expect({ ...files.at(-1), file: names[0] }).toEqual(files[0]);
  });
});

describe('a long batch on a terminal', () => {
  it('shows its progress against the whole batch, and erases it before the last word', async () => {
    const many = join(dir, 'many');
    for (let i = 0; i < 4; i++) {
      mkdirSync(join(many, String(i)), { recursive: true });
      for (let j = 0; j < 500; j++) writeFileSync(join(many, String(i), `${j}.yaml`), `project: ${j}\n`);
    }
    const env = { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' } as Record<string, string>;
    const { screen, exitCode } = await runInTerminal(
      ['check', 'many', '--format', 'json', '--output', join(dir, 'many.json')],
      { cwd: dir, cols: 100, rows: 20, env },
    );
    expect(exitCode).toBe(1);
    // How many frames a run draws depends on the machine's speed (the line waits a
    // second, test/check/progress.test.ts holds its clock); each shows the whole batch.
    const frames = screen.split('\r\x1b[K').filter((f) => f.startsWith('审查中'));
    for (const f of frames) expect(f).toMatch(/^审查中：\d+\/2000 个文件…$/);
    // Erased before the last word, which starts on a clean line.
    expect(screen.split('\r\x1b[K').at(-1)).toMatch(/^审查结果（2000 个文件）已写入 .*many\.json\r\n$/);
    expect(report(readFileSync(join(dir, 'many.json'), 'utf8')).summary.files).toBe(2000);
  }, 60_000);
});
