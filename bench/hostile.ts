import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Single files under the size cap made to be slow (issue 19: 50,000 unknown keys took
 * over 30 s): each in a folder of its own, so that the parsing floor (bench/floor.ts)
 * reads the same file as `check`. An anchor no alias refers to leaves a file to the
 * fast reader; an alias sends it to the strict one.
 */
export interface HostileFile {
  what: string;
  dir: string;
  /** A profile for `match --profile`, not an application for `check`. */
  profile?: boolean;
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');
/** Lines made by `line` up to 957 KB, under the size cap (1 MiB) with room to spare. */
const upToCap = (line: (i: number) => string) => {
  const out: string[] = [];
  for (let i = 0, size = 0; size < 957 * 1024; i++) {
    out.push(line(i));
    size += out[i]!.length;
  }
  return out.join('');
};
const unknown = (indent: string) => (i: number) => `${indent}unknown${i}: ${['&a 1', '*a'][i] ?? '1'}\n`;

export function writeHostileFiles(root: string, goodApplication: string): HostileFile[] {
  const plain = (n: number) => lines(n, (i) => `unknown${i}: 1\n`);
  const cases: [string, string, boolean?][] = [
    ['50,000 unknown keys', goodApplication + plain(50_000)],
    ['50,000 unknown keys, one anchor', goodApplication + lines(50_000, (i) => `unknown${i}: ${i ? '' : '&a '}1\n`)],
    ['50,000 unknown keys, strict reader (an alias)', goodApplication + lines(50_000, unknown(''))],
    [
      '10,000 unknown keys under targets, strict reader',
      goodApplication.replace('targets:\n', `targets:\n${lines(10_000, unknown('  '))}`),
    ],
    [
      'profile of 10,000 unknown keys, strict reader',
      `applicant:\n  type: enterprise\n${lines(10_000, unknown(''))}`,
      true,
    ],
    ['20,000 brackets never closed (syntax errors)', goodApplication + lines(20_000, (i) => `k${i}: [a\n`)],
    ['20,000 quotes never closed (syntax errors)', goodApplication + lines(20_000, (i) => `k${i}: "a\n`)],
    // Up to the size cap: read only as far as the first hundred errors (src/yaml/first-errors.ts)…
    ['nothing but brackets never closed', upToCap((i) => `k${i}: [a\n`)],
    ['nothing but list items opening a bracket', upToCap((i) => `- [a${i}\n`)],
    // …which cannot be cut where no top-level entry starts: all of it under one key.
    ['brackets never closed, all under one key', `a:\n${upToCap((i) => `  k${i}: [a\n`)}`],
  ];
  rmSync(root, { recursive: true, force: true });
  return cases.map(([what, text, profile], i) => {
    const dir = join(root, String(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'application.yaml'), text);
    return { what: `${what}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`, dir, profile };
  });
}

export const goodApplication = (root: string) =>
  readFileSync(join(root, 'test', 'fixtures', 'hostile', 'good.yaml'), 'utf8');
