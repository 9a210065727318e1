import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { VALID_CREDIT_CODE, validApplication } from '../support/valid-application.js';

/** What check says of applicant.creditCode, in one language. */
function saidOf(code: string, lang: 'zh' | 'en') {
  const app = validApplication('1');
  app.applicant.creditCode = code;
  return checkApplication(app, { lang })
    .result.findings.filter((f) => f.path === 'applicant.creditCode')
    .map((f) => [f.severity, f.message]);
}

/** A credit code copied from a form that groups it (9145 0300 MA5L …): whole without the spaces. */
describe('a credit code written with spaces or dashes', () => {
  it.each([
    ['spaces', '9145 0300 MA5L 0B2Q 1Y'],
    ['dashes', '91450300-MA5L0B2Q1-Y'],
  ])('is told to be written run together, where it was told its length (%s)', (_what, code) => {
    expect(saidOf(code, 'zh')).toEqual([
      [
        'warning',
        `统一社会信用代码「${code}」中间有空格或横线：代码是连在一起的 18 位，请写成「${VALID_CREDIT_CODE}」。（工具校验，非指南要求；依据 GB 32100-2015）`,
      ],
    ]);
    expect(saidOf(code, 'en')).toEqual([
      [
        'warning',
        `The unified social credit code "${code}" has spaces or dashes in it: the code is 18 characters run together; write "${VALID_CREDIT_CODE}". (the tool's own check, not a requirement of the guide; reference: GB 32100-2015)`,
      ],
    ]);
  });

  it('is told its length when the code without them is not whole (a wrong check digit)', () => {
    expect(saidOf('9145 0300 MA5L 0B2Q 1X', 'zh')).toEqual([
      [
        'warning',
        '统一社会信用代码「9145 0300 MA5L 0B2Q 1X」有 22 位，应为 18 位；请核对营业执照。（工具校验，非指南要求；依据 GB 32100-2015）',
      ],
    ]);
  });
});
