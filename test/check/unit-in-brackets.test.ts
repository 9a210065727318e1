import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';

/** An amount with its unit in brackets, as the comment above `requested` writes it: 申请市财政资助（万元）. */
describe('an amount written with its unit in brackets', () => {
  it.each([
    ['100（万元）', '「100（万元）」', '"100（万元）"'],
    ['100(万元)', '「100(万元)」', '"100(万元)"'],
    ['100 （万元）', '「100 （万元）」', '"100 （万元）"'],
  ])('%s is told to be written 100, zh and en', (written, zh, en) => {
    const app = validApplication('1') as unknown as { funding: Record<string, unknown> };
    app.funding.requested = written;
    const said = (lang: 'zh' | 'en') =>
      checkApplication(app as never, { lang })
        .result.findings.filter((f) => f.path === 'funding.requested')
        .map((f) => f.message);
    expect(said('zh')).toEqual([`funding.requested: ${zh}是文字，不是数字：请写成 100（不带引号和单位）。`]);
    expect(said('en')).toEqual([`funding.requested: ${en} is text, not a number: write 100 (no quotes, no unit).`]);
  });

  it('in 元 is told the amount in 万元; a word in brackets that is no unit is not read', () => {
    const app = validApplication('1') as unknown as { funding: Record<string, unknown> };
    app.funding.requested = '1000000（元）';
    app.funding.matching = '250（约）';
    const said = checkApplication(app as never).result.findings.filter((f) => f.rule === 'schema' && f.path !== null);
    expect(said.map((f) => f.message)).toEqual([
      'funding.requested: 「1000000（元）」以元为单位，而这里的金额以万元计：请写成 100（不带引号和单位）。',
      'funding.matching: 「250（约）」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。',
    ]);
  });

  it('is written 100 by check --fix of the built CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-in-brackets-'));
    try {
      const file = join(dir, 'application.yaml');
      const good = readFileSync(new URL('../fixtures/hostile/good.yaml', import.meta.url), 'utf8');
      writeFileSync(file, good.replace('requested: 100', 'requested: 100（万元）'));
      const r = runCli(['check', '--fix', '--lang', 'en', file]);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('line 7 funding.requested: 100（万元） → 100');
      expect(readFileSync(file, 'utf8')).toBe(good);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
