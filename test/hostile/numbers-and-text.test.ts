import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { runCli } from '../support/cli.js';
import { guideline } from '../support/guideline.js';
import { FIXTURES, GOOD_APPLICATION } from './helpers/good-application.js';

/**
 * Numbers and text that YAML reads otherwise than the applicant meant: each gets one
 * sentence, the same whichever of the two readers takes the file.
 */
interface Case {
  name: string;
  /** The good application's line `from` replaced by `to`. */
  from: string;
  to: string;
  status: 'pass' | 'fail' | 'error';
  severity: 'error' | 'warning';
  zh: string;
  en: string;
  at?: [number, number];
}

const TITLE = 'title: 漓江流域水质在线监测设备研发及产业化';
const AMOUNT = 'requested: 100';
const amount = (to: string) => ({ from: AMOUNT, to: `requested: ${to}`, at: [7, 14] as [number, number] });

const cases: Case[] = [
  {
    name: '.inf as an amount',
    ...amount('.inf'),
    status: 'fail',
    severity: 'error',
    zh: '.inf 在 YAML 中表示无穷大，不是一个金额或数量：请写实际数值',
    en: '.inf means infinity in YAML, which is no amount or count: write the real value',
  },
  {
    name: '-.inf as an amount',
    ...amount('-.inf'),
    status: 'fail',
    severity: 'error',
    zh: '-.inf 在 YAML 中表示无穷大',
    en: '-.inf means infinity in YAML',
  },
  {
    name: '.nan as an amount',
    ...amount('.nan'),
    status: 'fail',
    severity: 'error',
    zh: '.nan 在 YAML 中表示“不是数”',
    en: '.nan means "not a number" in YAML',
  },
  {
    name: '1_20, with the number to write',
    ...amount('1_20'),
    status: 'fail',
    severity: 'error',
    zh: '「1_20」是文字，不是数字：请写成 120',
    en: '"1_20" is text, not a number: write 120',
  },
  {
    name: 'co-funding written as the guide writes it, 1:2.5: the amount it comes to',
    from: 'matching: 250',
    to: 'matching: 1:2.5',
    at: [8, 13],
    status: 'fail',
    severity: 'error',
    zh: 'funding.matching: 「1:2.5」是比例，不是金额：请写自筹配套经费的金额（万元），申请 100 万元按 1:2.5 配套即写 250。',
    en: 'funding.matching: "1:2.5" is a ratio, not an amount: write the co-funding in 10,000 CNY (250 for 1:2.5 of the request of 100).',
  },
  {
    name: 'co-funding as a proportion with a full-width colon, the request not a number: an example',
    from: 'requested: 100\n  matching: 250',
    to: 'requested: 一百\n  matching: 1：２',
    at: [8, 13],
    status: 'fail',
    severity: 'error',
    zh: 'funding.matching: 「1：２」是比例，不是金额：请写自筹配套经费的金额（万元），如申请 100 万元、按 1:2 配套则写 200。',
    en: 'funding.matching: "1：２" is a ratio, not an amount: write the co-funding in 10,000 CNY (e.g. 200 for 1:2 of a request of 100).',
  },
  ...(['0x78', '0o170'] as const).map(
    (n): Case => ({
      name: `${n}, which reads as 120`,
      ...amount(n),
      status: 'fail',
      severity: 'error',
      zh: `${n} 会被读成数字 120：如果指的是 120，请直接写 120`,
      en: `${n} is read as the number 120: if 120 is meant, write 120`,
    }),
  ),
  ...(['+120', '120.'] as const).map(
    (n): Case => ({
      name: `${n}, which reads as 120 (a warning)`,
      ...amount(n),
      status: 'pass',
      severity: 'warning',
      zh: `${n} 会被读成数字 120`,
      en: `${n} is read as the number 120`,
    }),
  ),
  ...(['1e-400', '1.5e-400'] as const).map(
    (n): Case => ({
      name: `${n}, which becomes 0 (refused like 1e400)`,
      ...amount(n),
      status: 'error',
      severity: 'error',
      zh: `数字 ${n} 太小，会被读成 0`,
      en: `The number ${n} is too small to be kept (it would be read as 0)`,
    }),
  ),
  ...(['\\e', '\\a', '\\x1b'] as const).map(
    (e): Case => ({
      name: `a control character written as the escape ${e} in double quotes`,
      from: TITLE,
      to: `title: "漓江${e}流域"`,
      at: [3, 8],
      status: 'fail',
      severity: 'error',
      zh: '这里有不可见的控制字符 U+00',
      en: 'There is an invisible control character U+00',
    }),
  ),
  ...(['!!float 120', '!!float 120.0', '!!int "120"', '!!int "0120"', '!!str 120'] as const).map(
    (v): Case => ({
      name: `the type tag in ${v}, refused like any other`,
      ...amount(v),
      status: 'error',
      severity: 'error',
      zh: `不支持类型标签「${v.split(' ')[0]}」`,
      en: `The type tag "${v.split(' ')[0]}" is not supported`,
    }),
  ),
  {
    name: 'an empty title',
    from: TITLE,
    to: 'title: ""',
    at: [3, 8],
    status: 'fail',
    severity: 'error',
    zh: 'title: 是空的（""）：请填写内容。',
    en: 'title: is empty (""): please fill it in.',
  },
  {
    name: 'a title of spaces',
    from: TITLE,
    to: 'title: "   \u3000"',
    at: [3, 8],
    status: 'fail',
    severity: 'error',
    zh: 'title: 只有空格：请填写内容。',
    en: 'title: holds only spaces: please fill it in.',
  },
  {
    name: "an applicant's name of spaces",
    from: 'name: 桂林漓水智能科技有限公司',
    to: "name: ' '",
    status: 'fail',
    severity: 'error',
    zh: 'applicant.name: 只有空格',
    en: 'applicant.name: holds only spaces',
  },
];

describe('numbers and text read otherwise than written', () => {
  it.each(cases)('$name', (c) => {
    const text = GOOD_APPLICATION.replace(c.from, c.to);
    expect(text).not.toBe(GOOD_APPLICATION);
    for (const lang of ['zh', 'en'] as const) {
      const opts = { guideline: guideline(lang), lang };
      const fast = checkText(text, 'x.yaml', opts);
      // Both readers give the same verdict, word for word.
      expect(checkText(text, 'x.yaml', { ...opts, strict: true })).toEqual(fast);
      expect(fast.status).toBe(c.status);
      const f = fast.findings.find((x) => x.message.includes(c[lang]));
      expect(f, JSON.stringify(fast.findings)).toBeDefined();
      expect(f!.severity).toBe(c.severity);
      if (c.at) expect([f!.line, f!.column]).toEqual(c.at);
      // One sentence for the value: the schema does not say it again.
      expect(fast.findings.filter((x) => x.severity === 'error' && x.line === f!.line)).toHaveLength(
        c.severity === 'error' ? 1 : 0,
      );
    }
  });

  it('names CR-only line ends (classic Mac) instead of blaming a colon', () => {
    const text = GOOD_APPLICATION.replace(/\n/g, '\r');
    for (const lang of ['zh', 'en'] as const) {
      const opts = { guideline: guideline(lang), lang };
      const r = checkText(text, 'x.yaml', opts);
      expect(checkText(text, 'x.yaml', { ...opts, strict: true })).toEqual(r);
      expect(r.status).toBe('error');
      expect(r.findings.map((f) => f.message)).toEqual([
        lang === 'zh'
          ? '文件用单独的回车符（CR，老式 Mac 的换行方式）换行：请在编辑器中把换行符改为 LF（Unix）或 CRLF（Windows）后保存。'
          : 'The file ends its lines with a lone carriage return (CR, as classic Mac OS did): save it with LF (Unix) or CRLF (Windows) line ends in an editor.',
      ]);
    }
  });

  it('keeps plain numbers as they were: 100, 0.5, .5, -0, 1e2, 2019 raise nothing', () => {
    for (const n of ['100', '0.5', '.5', '1e2', '100.25']) {
      const r = checkText(GOOD_APPLICATION.replace(AMOUNT, `requested: ${n}`), 'x.yaml', {
        guideline: guideline('en'),
        lang: 'en',
      });
      expect(
        r.findings.filter((f) => f.rule === 'yaml'),
        n,
      ).toEqual([]);
    }
  });
});

describe('--encoding names a text encoding', () => {
  it.each([
    [
      'hex',
      '「hex」把字节写成字母和数字，不是文字的编码',
      '"hex" spells bytes as letters and digits; it is not a text encoding',
    ],
    [
      'base64',
      '「base64」把字节写成字母和数字，不是文字的编码',
      '"base64" spells bytes as letters and digits; it is not a text encoding',
    ],
  ])('%s is refused (exit 2) before a file is read', (name, zh, en) => {
    const file = `${FIXTURES}good.yaml`;
    const r = runCli(['check', file, '--encoding', name]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(zh);
    expect(runCli(['check', file, '--encoding', name, '--lang', 'en']).stderr).toContain(en);
  });

  it('gbk still reads', () => {
    expect(runCli(['check', `${FIXTURES}good.yaml`, '--encoding', 'gbk']).status).toBe(0);
  });
});
