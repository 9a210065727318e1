import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileInvalid } from '../../src/application/read-profile.js';
import type { Finding } from '../../src/report/file-result.js';
import { MAX_INPUT_BYTES } from '../../src/input/read-input.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/util/cap-findings.js';
import { runCli } from '../support/cli.js';
import { guideline } from '../support/guideline.js';

/** `kN: [a` lines, each a bracket never closed, up to `bytes`: a syntax error per line. */
function brackets(bytes: number): string {
  let text = '';
  for (let i = 0; text.length + `k${i}: [a\n`.length <= bytes; i++) text += `k${i}: [a\n`;
  return text;
}

/** Where the parser places the unclosed bracket of line `i` (0-based). */
const bracketAt = (text: string, i: number) => ({ line: i + 1, column: text.split('\n')[i]!.indexOf('[') + 1 });

/**
 * The largest file read (the 32 KiB cap) made of syntax errors: read whole, its
 * errors capped as every rule's findings are. Its time is measured by hand
 * (docs/PERFORMANCE.md, "Files made to be slow"), never here.
 */
describe('a file as large as the cap allows, a syntax error on every line', () => {
  const text = brackets(MAX_INPUT_BYTES);
  const lines = text.split('\n').length - 1;
  const file = join(mkdtempSync(join(tmpdir(), 'dense-errors-')), 'application.yaml');
  writeFileSync(file, text);

  it.each([
    [
      'en',
      `${lines - MAX_FINDINGS_PER_RULE} more findings of the same kind (yaml) are not listed (at most ${MAX_FINDINGS_PER_RULE} per kind in a file): fix the ones above and run check again.`,
    ],
    [
      'zh',
      `另有 ${lines - MAX_FINDINGS_PER_RULE} 条同类（yaml）问题没有列出（每个文件每类最多列 ${MAX_FINDINGS_PER_RULE} 条）：请先改正上面这些，再运行 check。`,
    ],
  ])('check lists the first hundred where they are, then one counting the rest (%s)', (lang, more) => {
    expect(text.length).toBeGreaterThan(MAX_INPUT_BYTES - 16);
    const r = runCli(['check', file, '--format', 'json', '--lang', lang]);
    // A syntax error makes the file unreadable, however many there are: exit 1, status error.
    expect(r.status).toBe(1);
    const [result] = (JSON.parse(r.stdout) as { files: { status: string; findings: Finding[] }[] }).files;
    expect(result!.status).toBe('error');
    const errors = result!.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(MAX_FINDINGS_PER_RULE);
    errors.forEach((f, i) => {
      expect(f.rule).toBe('yaml');
      expect({ line: f.line, column: f.column }).toEqual(bracketAt(text, i));
    });
    expect(result!.findings.at(-1)).toMatchObject({ rule: 'yaml', severity: 'info', message: more, line: null });
    expect(result!.findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
  });

  it('a profile made so lists its first hundred problems, then one counting the rest; the sentence counts all', async () => {
    const e = await parseProfile(text, 'p.yaml', guideline('en'), 'en', { invalid: (f, n) => `${f}: ${n}` }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ProfileInvalid);
    const { problems, message } = e as ProfileInvalid;
    expect(message).toBe(`p.yaml: ${lines}`);
    expect(problems).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(problems[99]!.position).toEqual(bracketAt(text, 99));
    expect(problems.at(-1)).toEqual({
      file: 'p.yaml',
      message: `${lines - MAX_FINDINGS_PER_RULE} more problems are not listed (at most ${MAX_FINDINGS_PER_RULE} are): fix the ones above first.`,
    });
  });
});
