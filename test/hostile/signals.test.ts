import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { whenStarted } from '../support/signals.js';
import { FIXTURES } from './helpers/good-application.js';

/**
 * A long batch with --output, stopped by a signal once judging has begun (its report's
 * temporary file has grown): the run ends at once, by 130 or the signal, and leaves no
 * report and no temporary file. No clock: a run that did not hear the signal would
 * finish the batch and put the report in place, which the test sees.
 */
const FILES = 8_000;
let inbox: string;
let out: string;
beforeAll(() => {
  inbox = mkdtempSync(join(tmpdir(), 'gg-signals-'));
  for (let i = 0; i < FILES; i++)
    copyFileSync(`${FIXTURES}good.yaml`, join(inbox, `${String(i).padStart(5, '0')}.yaml`));
}, 120_000);
afterAll(() => rmSync(inbox, { recursive: true, force: true }), 120_000);

async function judgingBegun(dir: string): Promise<void> {
  for (;;) {
    const temp = readdirSync(dir).find((n) => n.endsWith('.tmp'));
    if (temp && statSync(join(dir, temp), { throwIfNoEntry: false })?.size) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a signal during a long check with --output', () => {
  it.each([
    ['SIGINT', ['-j', '1'], 130],
    ['SIGINT', [], 130],
    ['SIGTERM', ['-j', '1'], 143],
    ['SIGTERM', [], 143],
    ['SIGHUP', ['-j', '1'], 129],
    ['SIGHUP', [], 129],
  ] as const)('%s %j: stops, no report, exit %i', async (signal, jobs, code) => {
    out = mkdtempSync(join(tmpdir(), 'gg-signals-out-'));
    try {
      const child = spawn(
        process.execPath,
        [CLI, 'check', inbox, '--format', 'csv', '--output', join(out, 'r.csv'), ...jobs],
        {
          env: { ...process.env, NO_COLOR: '1' },
          stdio: 'ignore',
        },
      );
      const exit = new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
      await whenStarted(child.pid!);
      await judgingBegun(out);
      child.kill(signal);
      const [status, killedBy] = await exit;
      expect(status === code || killedBy === signal).toBe(true);
      expect(existsSync(join(out, 'r.csv'))).toBe(false);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Ctrl-C during check --fix of a folder', () => {
  const TEN = new URL('../fix/fixtures/ten-mistakes.yaml', import.meta.url).pathname;
  it('stops between two files with 130: each file is fixed whole or not at all, those fixed are named, no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gg-signals-fix-'));
    try {
      const before = readFileSync(TEN);
      for (let i = 0; i < 300; i++) copyFileSync(TEN, join(dir, `${String(i).padStart(3, '0')}.yaml`));
      const child = spawn(process.execPath, [CLI, 'check', '.', '--fix'], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      let sent = false;
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        // Once the first file is fixed; a run that heard the signal only after the last would fix all 300.
        if (!sent && stderr.includes('已修正 9 处')) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      const status = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
      expect(status).toBe(130);
      expect(stderr.endsWith('已取消\n')).toBe(true);
      const named = new Set([...stderr.matchAll(/^(\d{3}\.yaml)：已修正 9 处$/gm)].map((m) => m[1]));
      const names = readdirSync(dir).sort();
      expect(names.length).toBe(300);
      expect(names.every((n) => /^\d{3}\.yaml$/.test(n))).toBe(true);
      for (const n of names) expect(readFileSync(join(dir, n)).equals(before)).toBe(!named.has(n));
      expect(named.size).toBeGreaterThan(0);
      expect(named.size).toBeLessThan(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
