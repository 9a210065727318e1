import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { runCli } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';

/** A key renamed to its Chinese name (as init's comment above it gives it) in a fresh application of line 1. */
function renamed(rename: (app: Record<string, unknown>) => void): Record<string, unknown> {
  const app = validApplication('1') as unknown as Record<string, unknown>;
  rename(app);
  return app;
}

const unknownKeys = (findings: readonly { message: string }[]) =>
  findings.filter((f) => f.message.includes('不认识的键') || f.message.includes('unknown key')).map((f) => f.message);

describe('a key written as its Chinese name', () => {
  it.each([
    [
      '项目名称 for title',
      (a: Record<string, unknown>) => {
        a.项目名称 = a.title;
        delete a.title;
      },
      '项目名称: 不认识的键「项目名称」（是否想写「title」？）；请删除或改正拼写。',
      '项目名称: unknown key "项目名称" (did you mean "title"?); remove it or fix its spelling.',
    ],
    [
      '单位名称 for the applicant’s name',
      (a: Record<string, { name?: string; 单位名称?: string }>) => {
        a.applicant!.单位名称 = a.applicant!.name;
        delete a.applicant!.name;
      },
      'applicant.单位名称: 不认识的键「单位名称」（是否想写「name」？）；请删除或改正拼写。',
      'applicant.单位名称: unknown key "单位名称" (did you mean "name"?); remove it or fix its spelling.',
    ],
    [
      '申请市财政资助（万元）, the comment above requested, for requested',
      (a: Record<string, Record<string, unknown>>) => {
        a.funding!['申请市财政资助（万元）'] = a.funding!.requested;
        delete a.funding!.requested;
      },
      'funding.申请市财政资助（万元）: 不认识的键「申请市财政资助（万元）」（是否想写「requested」？）；请删除或改正拼写。',
      'funding.申请市财政资助（万元）: unknown key "申请市财政资助（万元）" (did you mean "requested"?); remove it or fix its spelling.',
    ],
    [
      '新产品, the last words of 新技术、新产品, for newProducts',
      (a: Record<string, Record<string, unknown>>) => {
        a.targets!.新产品 = a.targets!.newProducts;
        delete a.targets!.newProducts;
      },
      'targets.新产品: 不认识的键「新产品」（是否想写「newProducts」？）；请删除或改正拼写。',
      'targets.新产品: unknown key "新产品" (did you mean "newProducts"?); remove it or fix its spelling.',
    ],
  ] as const)('is answered with the key it names: %s', (_what, rename, zh, en) => {
    const app = renamed(rename as (a: Record<string, unknown>) => void);
    expect(unknownKeys(checkApplication(app).result.findings)).toEqual([zh]);
    expect(unknownKeys(checkApplication(app, { lang: 'en' }).result.findings)).toEqual([en]);
  });

  it('names no key the file already has, nor one a name does not tell (申请金额)', () => {
    const both = renamed((a) => void (a.项目名称 = a.title));
    expect(unknownKeys(checkApplication(both).result.findings)[0]).toMatch(
      /^项目名称: 不认识的键「项目名称」（这里可写的键：/,
    );
    const amount = renamed((a) => {
      const funding = a.funding as Record<string, unknown>;
      funding.申请金额 = funding.requested;
      delete funding.requested;
    });
    expect(unknownKeys(checkApplication(amount).result.findings)).toEqual([
      'funding.申请金额: 不认识的键「申请金额」（这里可写的键：requested, matching）；请删除或改正拼写。',
    ]);
  });
});

describe('a key written as its Chinese name, as the built CLI says it', () => {
  const GOOD = readFileSync(new URL('../fixtures/hostile/good.yaml', import.meta.url), 'utf8');
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'chinese-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      'zh',
      '  第 3 行 项目名称：项目名称 → title（中文名称改为键名）\n',
      '  第 10 行 applicant.单位名称：单位名称 → name（中文名称改为键名）\n',
    ],
    [
      'en',
      '  line 3 项目名称: 项目名称 → title (Chinese name made its key)\n',
      '  line 10 applicant.单位名称: 单位名称 → name (Chinese name made its key)\n',
    ],
  ])('is renamed to its key by check --fix when that key is not there (%s)', (lang, title, name) => {
    const file = join(dir, 'application.yaml');
    writeFileSync(file, GOOD.replace('title:', '项目名称:').replace('  name: 桂林漓水', '  单位名称: 桂林漓水'));
    const r = runCli(['check', '--fix', '--lang', lang, file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(title + name);
    expect(readFileSync(file, 'utf8')).toBe(GOOD);
  });

  it.each([
    [
      'zh',
      'p.yaml:2:3  applicant.单位名称: 不认识的键「单位名称」（是否想写「name」？）；请删除或改正拼写。\np.yaml:4:1  项目名称: 不认识的键「项目名称」（是否想写「title」？）；请删除或改正拼写。\n档案文件 p.yaml 有 2 处错误，请改正后再试。\n',
    ],
    [
      'en',
      'p.yaml:2:3  applicant.单位名称: unknown key "单位名称" (did you mean "name"?); remove it or fix its spelling.\np.yaml:4:1  项目名称: unknown key "项目名称" (did you mean "title"?); remove it or fix its spelling.\nThe profile p.yaml has 2 error(s); correct them and try again.\n',
    ],
  ])('is answered with its key by match --profile, as check answers it (%s)', (lang, said) => {
    writeFileSync(
      join(dir, 'p.yaml'),
      'applicant:\n  单位名称: 桂林某某科技有限公司\n  type: enterprise\n项目名称: 智能电网\n',
    );
    const r = runCli(['match', '--profile', 'p.yaml', '--lang', lang], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(said);
  });
});
