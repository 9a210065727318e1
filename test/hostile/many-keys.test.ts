import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileInvalid } from '../../src/application/read-profile.js';
import { checkText } from '../../src/check/check-text.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/util/cap-findings.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';

const keys = (n: number, indent = '') => Array.from({ length: n }, (_, i) => `${indent}unknown${i}: 1\n`).join('');

/**
 * A file of thousands of unknown keys (2,000 fill the 32 KiB cap) gets the first hundred findings of the
 * kind and one saying how many more there are, from either reader; its time is
 * measured by hand (docs/PERFORMANCE.md), never here.
 */
describe('findings per file are capped', () => {
  it.each([
    ['2,000 unknown keys at the top', GOOD_APPLICATION + keys(2_000), 2_000, 'unknown0'],
    [
      '2,000 unknown keys under targets',
      GOOD_APPLICATION.replace('targets:\n', `targets:\n${keys(2_000, '  ')}`),
      2_000,
      'targets.unknown0',
    ],
  ])('%s: a hundred findings listed, then one counting the rest', (_, text, n, first) => {
    for (const strict of [false, true]) {
      const r = checkText(text, 'x.yaml', { guideline: guideline('en'), lang: 'en', strict });
      expect(r.status).toBe('fail');
      const schema = r.findings.filter((f) => f.rule === 'schema');
      expect(schema).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
      expect(schema[0]!.path).toBe(first);
      expect(schema[0]!.line).toBeGreaterThan(0);
      expect(schema.at(-1)).toMatchObject({
        severity: 'info',
        message: `${n - MAX_FINDINGS_PER_RULE} more findings of the same kind (schema) are not listed (at most ${MAX_FINDINGS_PER_RULE} per kind in a file): fix the ones above and run check again.`,
      });
    }
  });

  it('a rule with its own findings keeps them beside the capped kind', () => {
    const text = GOOD_APPLICATION.replace('requested: 100', 'requested: 900') + keys(500);
    const r = checkText(text, 'x.yaml', { guideline: guideline('zh'), lang: 'zh' });
    expect(r.findings.filter((f) => f.rule === 'schema')).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(r.findings.at(-1)!.message).toBe(
      `另有 400 条同类（schema）问题没有列出（每个文件每类最多列 ${MAX_FINDINGS_PER_RULE} 条）：请先改正上面这些，再运行 check。`,
    );
  });

  it('a duplicate key among thousands is still found by the strict reader, with the line of the first', () => {
    const text = `${GOOD_APPLICATION}${keys(3000)}unknown7: 2\n"x": ' '\n`;
    const r = checkText(text, 'x.yaml', { guideline: guideline('en'), lang: 'en' });
    expect(r.status).toBe('error');
    expect(r.findings[0]!.message).toContain('"unknown7" appears twice (first on line 32)');
  });

  it('a profile of 2,000 unknown keys: a hundred problems, one more counting the rest, the sentence counting all', async () => {
    const text = `applicant:\n  type: enterprise\n${keys(2_000)}`;
    const e = await parseProfile(text, 'p.yaml', guideline('en'), 'en', { invalid: (f, n) => `${f}: ${n}` }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ProfileInvalid);
    const { problems, message } = e as ProfileInvalid;
    expect(message).toBe('p.yaml: 2000');
    expect(problems).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(problems.at(-1)!.message).toBe(
      `${2_000 - MAX_FINDINGS_PER_RULE} more problems are not listed (at most ${MAX_FINDINGS_PER_RULE} are): fix the ones above first.`,
    );
  });
});
