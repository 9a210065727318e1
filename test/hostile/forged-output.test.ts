import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/util/escape-control.js';
import { runCli } from '../support/cli.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';

/** Anything a terminal, a markdown viewer or a spreadsheet would act on, line breaks aside. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

// A passing application's name repaints the screen; a failing one's attachment path does
// too; the applicant's name is a markdown image, and holds an RLO.
const NAME = `![x](https://evil.example/p.png)[link](https://evil.example)\u202E桂林`;
const FORGED_NAME = 'a\x1b[2J\x1b[Hb\n✓ 通过  forged.yaml';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-forged-'));
  const named = GOOD_APPLICATION.replace(
    'name: 桂林漓水智能科技有限公司',
    `name: "${NAME.replace('\u202E', '\\u202E')}"`,
  );
  writeFileSync(join(dir, FORGED_NAME), named);
  writeFileSync(
    join(dir, 'b.yaml'),
    `${named.replace('project: 1', 'project: 7')}attachments:\n  - { kind: recommendation, by: tech_bureau, file: "x\\e[2J\\e[H\\x9b1A\\u202Eok" }\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('escapeControl', () => {
  it('writes C0, DEL, C1 and format characters as escapes, and leaves the rest', () => {
    expect(escapeControl('a\nb\tc\x1b[0m\x7f\x9b\u202E\u200B\u00AD 桂林 ✓')).toBe(
      'a\\nb\\tc\\x1B[0m\\x7F\\x9B\\u202E\\u200B\\xAD 桂林 ✓',
    );
  });
});

describe('a file name, an applicant name or an attachment path cannot forge the report', () => {
  it.each([['table'], ['markdown'], ['csv']])('%s: every control shown escaped', (format) => {
    const r = runCli(['check', dir, '--summary', '--format', format]);
    expect(r.status).toBe(1);
    // CSV's line ends and byte-order mark are the format's; markdown's backslashes are its escapes.
    let text = format === 'csv' ? r.stdout.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') : r.stdout;
    if (format === 'markdown') text = text.replace(/\\([\\`*_[\]~|])/g, '$1');
    expect(text).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(text).toContain('a\\x1B[2J\\x1B[Hb\\n✓ 通过  forged.yaml');
    expect(text).toContain('x\\x1B[2J\\x1B[H\\x9B1A\\u202Eok');
  });

  it('register: every cell with a control shows it escaped (the file name, the applicant)', () => {
    const r = runCli(['check', dir, '--format', 'register']);
    const text = r.stdout.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('a\\x1B[2J\\x1B[Hb\\n✓ 通过  forged.yaml');
    expect(text).toContain('\\u202E桂林');
  });

  it('table: one verdict line per file, and no line a file name made up', () => {
    const r = runCli(['check', dir]);
    expect(r.stdout.split('\n').filter((l) => /^[✓✗!] /.test(l))).toHaveLength(2);
  });

  it('markdown: the overview keeps one row per file, and a name in it is no link or image', () => {
    const r = runCli(['check', dir, '--summary', '--format', 'markdown']);
    const overview = r.stdout.split('## ')[1]!;
    expect(overview.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(2);
    // The two applications name the same applicant: its name is listed among duplicates, inert.
    expect(r.stdout).toContain('!\\[x\\](https://evil.example/p.png)\\[link\\](https://evil.example)\\\\u202E桂林');
    const named = r.stdout.split('\n').find((l) => l.startsWith('- '));
    expect(named).not.toMatch(/(?<!\\)\[[^\]]*\]\(/);
  });

  it('a notice about a file on disk is escaped on stderr', () => {
    const r = runCli(['check', join(dir, 'no\x1b[31mhere.yaml'), join(dir, 'b.yaml')]);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});
