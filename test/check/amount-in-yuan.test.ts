import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';

describe('an amount of funding written in 元', () => {
  it.each([
    [
      'zh',
      'funding.requested: 「500000元」以元为单位，而这里的金额以万元计：请写成 50（不带引号和单位）。',
      'targets.newProducts: 「2元」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。',
    ],
    [
      'en',
      'funding.requested: "500000元" is in yuan, and amounts here are in 万元 (10,000 CNY): write 50 (no quotes, no unit).',
      'targets.newProducts: "2元" is text, not a number: write one number in digits (no quotes, no unit).',
    ],
  ] as const)(
    'is told the amount in 万元, where it was told to write the yuan as 万元; a count in 元 is not (%s)',
    (lang, amount, count) => {
      const app = validApplication('1') as unknown as {
        funding: Record<string, unknown>;
        targets: Record<string, unknown>;
      };
      app.funding.requested = '500000元';
      app.targets.newProducts = '2元';
      const said = checkApplication(app as never, { lang }).result.findings.filter(
        (f) => f.rule === 'schema' && f.path !== null,
      );
      expect(said.map((f) => f.message)).toEqual([amount, count]);
    },
  );

  it.each([
    [
      'zh',
      'funding.requested: 「¥300,000」以元为单位，而这里的金额以万元计：请写成 30（不带引号和单位）。',
      'funding.matching: 「￥600,000.00元」以元为单位，而这里的金额以万元计：请写成 60（不带引号和单位）。',
      'targets.newProducts: 「２件」是文字，不是数字：请写成 2（不带引号和单位）。',
    ],
    [
      'en',
      'funding.requested: "¥300,000" is in yuan, and amounts here are in 万元 (10,000 CNY): write 30 (no quotes, no unit).',
      'funding.matching: "￥600,000.00元" is in yuan, and amounts here are in 万元 (10,000 CNY): write 60 (no quotes, no unit).',
      'targets.newProducts: "２件" is text, not a number: write 2 (no quotes, no unit).',
    ],
  ] as const)(
    'as a spreadsheet shows it (¥300,000) is told the amount in 万元; a count of 件 in full width is told its number (%s)',
    (lang, requested, matching, count) => {
      const app = validApplication('1') as unknown as {
        funding: Record<string, unknown>;
        targets: Record<string, unknown>;
      };
      app.funding.requested = '¥300,000';
      app.funding.matching = '￥600,000.00元';
      app.targets.newProducts = '２件';
      const said = checkApplication(app as never, { lang }).result.findings.filter(
        (f) => f.rule === 'schema' && f.path !== null,
      );
      expect(said.map((f) => f.message)).toEqual([requested, matching, count]);
    },
  );
});
