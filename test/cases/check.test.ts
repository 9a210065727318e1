/**
 * Runs every `test/cases/check/*.yaml`: each file's name, a sentence, is the test's name.
 *
 * A case file holds:
 *
 *   application:            # either a whole application mapping, written out in full,
 *     base: "1"             # or a valid application of a line (support/valid-application.ts)
 *     tier: major           #   for 15-3 and 16 (default general)
 *     set:                  #   then these dotted paths set (`funding.matching`, `partners[0].type`)
 *       funding.matching: 150
 *     unset: [partners]     #   and these removed
 *   files: [attachments/a.pdf]   # optional: the attachment files to create beside it;
 *                                #   default: every file the application lists
 *   disk:                        # optional: what else stands in the folder
 *     - { path: attachments/a.pdf, is: empty }       # empty | folder | fifo
 *     - { path: attachments/b.pdf, is: link, to: ../../outside.pdf }
 *   expect:
 *     status: fail          # pass | fail | error
 *     findings:             # EXACTLY the findings, every severity, in any order
 *       - { rule: matching-ratio, path: funding.matching }   # severity defaults to error
 *       - { rule: credit-code, path: applicant.creditCode, severity: warning, line: 12, column: 15 }
 *       - { rule: schema, path: applicant.inGuillin, at: key }   # an unknown key: its key is named
 *       - { rule: in-guilin, path: applicant.inGuilin, severity: warning, basis: convention }  # basis checked when given
 *
 * The application is written out as YAML (support/serialise.ts) and judged by
 * `checkText` in a folder holding the files. `line`/`column`, when given, are checked
 * as they are; without them the finding must point where the written YAML has its
 * path's value (or, with `at: key`, its key; or its nearest ancestor when absent).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkApplication, located, type Located } from '../support/check-application.js';
import { setPath, unsetPath } from '../support/paths.js';
import { validApplication } from '../support/valid-application.js';

const DIR = fileURLToPath(new URL('./check/', import.meta.url));

interface CaseFinding {
  rule: string;
  path: string | null;
  severity?: 'error' | 'warning' | 'info';
  line?: number;
  column?: number;
  at?: 'key';
  basis?: string | null;
}

interface DiskEntry {
  path: string;
  is: 'empty' | 'folder' | 'fifo' | 'link';
  to?: string;
}

interface CaseFile {
  application: Record<string, unknown>;
  files?: string[];
  disk?: DiskEntry[];
  expect: { status: 'pass' | 'fail' | 'error'; findings: CaseFinding[] };
}

const CASE_KEYS = ['application', 'files', 'disk', 'expect'];

/** Puts in the folder what a case's `disk` says stands there. */
function prepare(entries: DiskEntry[] | undefined): ((dir: string) => void) | undefined {
  if (!entries) return undefined;
  return (dir) => {
    for (const e of entries) {
      const at = join(dir, e.path);
      mkdirSync(dirname(at), { recursive: true });
      if (e.is === 'empty') writeFileSync(at, '');
      else if (e.is === 'folder') mkdirSync(at, { recursive: true });
      else if (e.is === 'fifo') execFileSync('mkfifo', [at]);
      else symlinkSync(e.to!, at);
    }
  };
}
const BASE_KEYS = ['base', 'tier', 'set', 'unset'];

/** A typo in a case file must not make its test pass by saying nothing. */
function readCase(file: string): CaseFile {
  const data = parse(readFileSync(file, 'utf8')) as CaseFile;
  const extra = Object.keys(data).filter((k) => !CASE_KEYS.includes(k));
  if (extra.length) throw new Error(`${file}: unknown keys ${extra.join(', ')}`);
  if (!data.application || !data.expect?.status || !Array.isArray(data.expect.findings))
    throw new Error(`${file}: needs application and expect {status, findings}`);
  if ('base' in data.application) {
    const wrong = Object.keys(data.application).filter((k) => !BASE_KEYS.includes(k));
    if (wrong.length)
      throw new Error(`${file}: with base, only ${BASE_KEYS.join('/')} are allowed, not ${wrong.join(', ')}`);
  }
  return data;
}

function build(app: Record<string, unknown>): Record<string, unknown> {
  if (!('base' in app)) return app;
  const data = validApplication(String(app.base), app.tier as string | undefined);
  for (const [path, value] of Object.entries((app.set as Record<string, unknown>) ?? {})) setPath(data, path, value);
  for (const path of (app.unset as string[]) ?? []) unsetPath(data, path);
  return data;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('check cases', () => {
  it('there are at least 25 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of files) {
    it(basename(name, '.yaml'), () => {
      const c = readCase(join(DIR, name));
      const { result, yaml } = checkApplication(build(c.application), { files: c.files, prepare: prepare(c.disk) });
      const expected: Located[] = c.expect.findings.map((f) => {
        const p = f.path === null ? undefined : f.at === 'key' ? yaml.keyAt(f.path) : yaml.at(f.path);
        return {
          rule: f.rule,
          severity: f.severity ?? 'error',
          path: f.path,
          line: f.line ?? p?.line ?? null,
          column: f.column ?? p?.column ?? null,
        };
      });
      expect(located(result.findings)).toEqual(located(expected));
      expect(result.status).toBe(c.expect.status);
      // What each finding rests on, where the case says.
      for (const f of c.expect.findings) {
        if (f.basis === undefined) continue;
        const got = result.findings.filter((x) => x.rule === f.rule && x.path === f.path).map((x) => x.basis);
        expect(got, `${f.rule} at ${f.path}`).toContain(f.basis);
      }
    });
  }
});
