import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';

let dir: string;
let inbox: string;

/**
 * A markdown report sets its overview and findings aside until the totals are known,
 * on disk past a mebibyte: a batch that large, with a TMPDIR that cannot be used, is
 * still reported whole (issue 19 saw "Internal error", exit 70).
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-tmpdir-'));
  inbox = join(dir, '收件');
  mkdirSync(inbox);
  // 150 applications of 150 misspelled keys each: 101 findings apiece, well past a mebibyte of markdown.
  const keys = Array.from({ length: 150 }, (_, i) => `unknown${i}: 1\n`).join('');
  for (let i = 0; i < 150; i++)
    writeFileSync(join(inbox, `${String(i).padStart(3, '0')}.yaml`), GOOD_APPLICATION + keys);
  writeFileSync(join(dir, 'a-file'), '');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a large markdown report with an unusable TMPDIR', () => {
  it.each([
    ['a folder that does not exist', () => join(dir, 'nothing-here')],
    ['a file', () => join(dir, 'a-file')],
  ])('(%s) is the same report, with the batch verdict as exit code', (_, tmp) => {
    const usual = runCli(['check', inbox, '--format', 'markdown'], { env: { TMPDIR: dir } });
    expect(usual.status).toBe(1);
    expect(Buffer.byteLength(usual.stdout)).toBeGreaterThan(1 << 20);
    const r = runCli(['check', inbox, '--format', 'markdown'], { env: { TMPDIR: tmp() } });
    expect(r.stderr).toBe(usual.stderr);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(usual.stdout);
  });
});
