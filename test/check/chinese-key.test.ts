import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
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
