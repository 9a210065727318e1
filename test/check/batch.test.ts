import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, writeCorpus, type CorpusFile } from './helpers/corpus.js';
import { runCli } from '../support/cli.js';
import { PARALLEL_FROM } from '../../src/check/run-batch.js';

interface JsonReport {
  files: {
    file: string;
    code: string | null;
    status: string;
    findings: {
      rule: string;
      severity: string;
      path: string | null;
      line: number | null;
      column: number | null;
      message: string;
      clause: string | null;
      basis: string | null;
    }[];
  }[];
  summary: { files: number; pass: number; fail: number; error: number };
}

let dir: string;
let corpus: CorpusFile[];
let report: JsonReport;
let exit: number | null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-batch-'));
  // Past PARALLEL_FROM files, so that the batch runs on the worker pool.
  corpus = buildCorpus(440);
  writeCorpus(join(dir, 'inbox'), corpus);
  const r = runCli(['check', 'inbox', '--format', 'json', '--jobs', '2'], { cwd: dir });
  exit = r.status;
  report = JSON.parse(r.stdout) as JsonReport;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (f: { rule: string; path: string | null }) => `${f.rule} ${f.path}`;

describe('a batch of a few hundred applications', () => {
  it('is judged file by file, in sorted order, every file once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(PARALLEL_FROM);
    expect(report.files.map((f) => f.file)).toEqual(corpus.map((f) => join('inbox', f.name)));
  });

  it('gives every file its expected status, line, rules and positions', () => {
    const wrong: string[] = [];
    report.files.forEach((got, i) => {
      const want = corpus[i]!;
      const actual = got.findings
        .map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, line: f.line, column: f.column }))
        .sort((a, b) => key(a).localeCompare(key(b)));
      const expected = [...want.findings].sort((a, b) => key(a).localeCompare(key(b)));
      const same =
        got.status === want.status && got.code === want.code && JSON.stringify(actual) === JSON.stringify(expected);
      if (!same)
        wrong.push(
          `${want.name}: got ${got.status} ${got.code} ${JSON.stringify(actual)}; want ${want.status} ${want.code} ${JSON.stringify(expected)}`,
        );
    });
    expect(wrong).toEqual([]);
  });

  it('gives the same report, byte for byte, on one thread as on the worker pool', () => {
    const one = runCli(['check', 'inbox', '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(one.status).toBe(exit);
    expect(JSON.parse(one.stdout)).toEqual(report);
  });

  it('covers every line with good and bad applications, and unreadable files in the middle', () => {
    const byLine = new Map<string, Set<string>>();
    for (const f of corpus) if (f.code) byLine.set(f.code, new Set([...(byLine.get(f.code) ?? []), f.status]));
    expect(byLine.size).toBe(19);
    for (const [code, statuses] of byLine)
      expect([code, statuses.has('pass') && statuses.has('fail')]).toEqual([code, true]);
    const broken = corpus.map((f, i) => (f.status === 'error' ? i : -1)).filter((i) => i >= 0);
    expect(broken.length).toBeGreaterThanOrEqual(5);
    expect(broken[0]).toBeGreaterThan(0);
    expect(broken[broken.length - 1]).toBeLessThan(corpus.length - 1);
  });

  it('breaks every requirement of every line at least once, and meets all of them at least once', () => {
    const lines = JSON.parse(runCli(['list', '--json']).stdout) as {
      code: string;
      requirements: { rule: string; clause: string }[];
    }[];
    const broken = new Set(report.files.flatMap((f) => f.findings.map((x) => `${f.code} ${x.rule} ${x.clause}`)));
    const never = lines.flatMap((l) =>
      l.requirements
        .filter((q) => q.rule !== 'note' && !broken.has(`${l.code} ${q.rule} ${q.clause}`))
        .map((q) => `${l.code} ${q.rule} ${q.clause}`),
    );
    expect(never).toEqual([]);
    // Clean: nothing but the reminders 12 and 15-3 give every application (info, demanding nothing).
    const clean = new Set(
      report.files.filter((f) => f.findings.every((x) => x.severity === 'info')).map((f) => f.code),
    );
    expect(lines.filter((l) => !clean.has(l.code)).map((l) => l.code)).toEqual([]);
  });

  it('counts the verdicts and exits 1', () => {
    const count = (s: string) => corpus.filter((f) => f.status === s).length;
    expect(report.summary).toEqual({
      files: corpus.length,
      pass: count('pass'),
      fail: count('fail'),
      error: count('error'),
    });
    expect(exit).toBe(1);
  });

  it('quotes the clause of every rule finding that comes from the guide, and names what each rests on', () => {
    const findings = report.files.flatMap((f) => f.findings);
    const fromGuide = findings.filter((f) => !['schema', 'yaml', 'file', 'project'].includes(f.rule));
    expect(fromGuide.length).toBeGreaterThan(100);
    const quoting = fromGuide.filter((f) => f.basis !== 'convention');
    expect(quoting.filter((f) => !f.clause)).toEqual([]);
    // The tool's own checks quote nothing and say so; the file's form rests on nothing of the guide.
    const own = fromGuide.filter((f) => f.basis === 'convention');
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((f) => f.clause !== null || !f.message.includes('工具校验，非指南要求'))).toEqual([]);
    expect(findings.filter((f) => ['schema', 'yaml', 'file'].includes(f.rule) && f.basis !== null)).toEqual([]);
  });
});
