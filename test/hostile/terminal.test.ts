import { spawn as spawnChild, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn as spawnPty } from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE } from './helpers/verdict.js';
import { whenStarted } from '../support/signals.js';
import { runInTerminal } from '../support/terminal.js';

const ENV = { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
beforeAll(() => {
  // Enough failing applications that the report outgrows any pipe buffer.
  dir = mkdtempSync(join(tmpdir(), 'gg-terminal-'));
  for (let i = 0; i < 300; i++)
    copyFileSync(`${FIXTURES}yaml/full-width-space-in-key.yaml`, join(dir, `${String(i).padStart(3, '0')}.yaml`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ctrl-C', () => {
  it.each([
    ['zh', '已取消\n'],
    ['en', 'Cancelled\n'],
  ])('while a batch waits for its input: one line, exit 130 (%s)', async (lang, line) => {
    const child = spawnChild(process.execPath, [CLI, 'check', '-', '--lang', lang], { env: ENV });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await whenStarted(child.pid!);
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toBe(line);
  });

  it('pressed in a terminal during a run: one line, exit 130', async () => {
    const pty = spawnPty(process.execPath, [CLI, 'check', '-'], {
      cols: 100,
      rows: 20,
      env: ENV as Record<string, string>,
    });
    let screen = '';
    pty.onData((d) => (screen += d));
    const exit = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    await whenStarted(pty.pid);
    pty.write('\x03');
    expect(await exit).toBe(130);
    expect(screen.match(/已取消/g)).toHaveLength(1);
    expect(screen).not.toMatch(STACK_TRACE);
  });

  it('pressed at a question of the questionnaire, in English', async () => {
    const pty = spawnPty(process.execPath, [CLI, 'match', '--lang', 'en'], {
      cols: 120,
      rows: 40,
      env: ENV as Record<string, string>,
    });
    let screen = '';
    pty.onData((d) => (screen += d));
    const exit = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    for (let waited = 0; !screen.includes('?') && waited < 10_000; waited += 50) await sleep(50);
    await sleep(100);
    pty.write('\x03');
    expect(await exit).toBe(130);
    expect(screen.match(/Cancelled/g)).toHaveLength(1);
    expect(screen).not.toMatch(STACK_TRACE);
  });
});

describe('a reader that stops reading (check … | head)', () => {
  it.each([['table'], ['json']])('ends quietly, without an EPIPE trace (%s)', (format) => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${CLI}" check "${dir}" --format ${format} | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { env: ENV, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    // The verdict still stands: these applications fail.
    expect(r.stdout.trim()).toBe('1');
  });

  it('still ends with the verdict of the files judged after the reader left', () => {
    // The report streams: the pipe closes while the passing files are written, before the failing one is judged.
    const late = mkdtempSync(join(tmpdir(), 'gg-late-'));
    try {
      for (let i = 0; i < 1000; i++)
        copyFileSync(`${FIXTURES}good.yaml`, join(late, `${String(i).padStart(4, '0')}.yaml`));
      copyFileSync(`${FIXTURES}yaml/full-width-space-in-key.yaml`, join(late, 'zzzz.yaml'));
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${CLI}" check "${late}" --format json | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
        ],
        { env: ENV, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('1');
    } finally {
      rmSync(late, { recursive: true, force: true });
    }
  });
});

describe('stderr read by a reader that stops (check --fix … 2>&1 | head)', () => {
  it('makes every fix and ends with the verdict, not 0 when the reader leaves', () => {
    const TEN = new URL('../fix/fixtures/ten-mistakes.yaml', import.meta.url).pathname;
    const inbox = mkdtempSync(join(tmpdir(), 'gg-fix-head-'));
    try {
      for (let i = 0; i < 300; i++) copyFileSync(TEN, join(inbox, `${String(i).padStart(3, '0')}.yaml`));
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" check . --fix 2>&1 | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
        { cwd: inbox, env: ENV, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      // These applications still fail once fixed (ten-mistakes leaves five for the hand).
      expect(r.stdout.trim()).toBe('1');
      for (const name of readdirSync(inbox)) expect(readFileSync(join(inbox, name), 'utf8')).not.toContain('project：');
    } finally {
      rmSync(inbox, { recursive: true, force: true });
    }
  });
});

describe('a questionnaire without a terminal', () => {
  it.each([
    ['zh', '--profile'],
    ['en', '--profile'],
  ])('is refused with the way round it (exit 2, %s)', (lang, flag) => {
    const r = runCli(['match', '--lang', lang]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(flag);
  });
});

describe('a coloured page wrapped to a terminal of 80 columns', () => {
  it('keeps every colour code whole, so a rule id stays under its hanging indent (show 5-2)', async () => {
    const { NO_COLOR: _, ...coloured } = ENV;
    const { screen, exitCode } = await runInTerminal(['show', '5-2'], {
      cols: 80,
      rows: 40,
      env: coloured as Record<string, string>,
    });
    expect(exitCode).toBe(0);
    expect(screen).toContain('\x1b[');
    const lines = screen.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
    // A code cut by a line break leaves its ESC behind, and the terminal eats the indent that follows.
    expect(lines.filter((l) => l.includes('\x1b'))).toEqual([]);
    expect(lines).toContain('         (funding-range)');
  });
});
