import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedExists, runBatch } from '../../src/check/run-batch.js';
import type { FileResult } from '../../src/report/file-result.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { displayOf, findInputs } from '../../src/input/find-inputs.js';
import { runCli } from '../support/cli.js';

/** Every folder the walk lists, in order: what a pattern makes it read of the disk. */
const listed = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], ...rest: unknown[]) => {
    listed.push(String(path));
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-changing-'));
  for (const folder of ['inbox-1', 'inbox-2', 'archive/2018/a', 'archive/2018/b']) {
    mkdirSync(join(dir, 'base', folder), { recursive: true });
    writeFileSync(join(dir, 'base', folder, 'x.yaml'), 'project: 1\n');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a pattern lists only the folders it can match', () => {
  it('enters the folders its segments name, not an unrelated archive beside them', () => {
    listed.length = 0;
    const found = findInputs(['base/inbox-*/*.yaml'], dir);
    expect(found.inputs.map(displayOf)).toEqual(['base/inbox-1/x.yaml', 'base/inbox-2/x.yaml']);
    expect(listed.map((p) => p.slice(dir.length + 1))).toEqual(['base', 'base/inbox-1', 'base/inbox-2']);
  });

  it('does not walk at all below a fixed part that does not exist', () => {
    listed.length = 0;
    expect(findInputs(['/nothing-here-*/a.yaml'], dir)).toEqual({
      inputs: [],
      notices: [{ kind: 'noMatch', arg: '/nothing-here-*/a.yaml' }],
    });
    // The root is listed to match its first segment against; no folder below it is.
    expect(listed).toEqual(['/']);
    listed.length = 0;
    expect(findInputs(['nothing-here/*/a.yaml'], dir).notices).toEqual([
      { kind: 'noMatch', arg: 'nothing-here/*/a.yaml' },
    ]);
    expect(listed).toEqual([]);
  });

  it('matches a pathological pattern against a long name in one pass', () => {
    writeFileSync(join(dir, 'base', `${'a'.repeat(60)}.yaml`), 'project: 1\n');
    // As a regular expression this backtracks for hours; it must simply say "no match".
    expect(findInputs(['base/*a*a*a*a*a*a*a*a*b.yaml'], dir).notices).toEqual([
      { kind: 'noMatch', arg: 'base/*a*a*a*a*a*a*a*a*b.yaml' },
    ]);
    expect(findInputs(['base/*a*a*a*a*a*a*a*a*.yaml'], dir).inputs.map(displayOf)).toEqual([
      `base/${'a'.repeat(60)}.yaml`,
    ]);
  });
});

describe('files that change while a batch is judged', () => {
  it.each(['zh', 'en'] as const)(
    'judges each file there from start to end once, reports one removed before it is read once, and not one added (%s)',
    async (lang) => {
      const inbox = join(dir, `inbox-${lang}`);
      mkdirSync(inbox);
      // Files are read a few dozen ahead of the report: the one removed is far enough down the list.
      const names = Array.from({ length: 300 }, (_, n) => `${String(n + 1).padStart(3, '0')}.yaml`);
      for (const name of names) writeFileSync(join(inbox, name), 'project: 1\n');
      const { inputs } = findInputs([inbox], dir);
      const results: FileResult[] = [];
      const opts = { guideline: loadGuideline(undefined, lang), lang, exists: cachedExists() };
      for await (const r of runBatch(inputs, opts, 1)) {
        results.push(r);
        if (results.length === 1) {
          rmSync(join(inbox, '299.yaml'));
          writeFileSync(join(inbox, '000.yaml'), 'project: 1\n');
          writeFileSync(join(inbox, '301.yaml'), 'project: 1\n');
        }
      }
      expect(results.map((r) => [r.file.slice(inbox.length + 1), r.status])).toEqual(
        names.map((name) => [name, name === '299.yaml' ? 'error' : 'fail']),
      );
      expect(results[298]!.findings.map((f) => [f.rule, f.message])).toEqual([
        [
          'file',
          lang === 'zh'
            ? '文件在审查过程中被删除或移走了（ENOENT）。'
            : 'The file was deleted or moved while the batch ran (ENOENT).',
        ],
      ]);
    },
  );
});

describe('--jobs past the cores', () => {
  it.each(['200', '99999999999'])('-j %s checks on as many threads as there are cores and says so', (jobs) => {
    const file = join(dir, 'base', 'inbox-1', 'x.yaml');
    const r = runCli(['check', file, '--format', 'json', '-j', jobs]);
    const plain = runCli(['check', file, '--format', 'json']);
    expect([r.status, r.stdout]).toEqual([plain.status, plain.stdout]);
    expect(r.stderr).toMatch(new RegExp(`^--jobs ${jobs} 多于本机的 \\d+ 个核心：按 \\d+ 个线程审查。\\n$`));
  });
});
