import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { guideline } from '../support/guideline.js';
import { serialise } from '../support/serialise.js';
import { validApplication } from '../support/valid-application.js';

/** Line 9's application, its talent's introducedOn written as the text given (read by YAML as a number). */
function introducedOn(written: string, lang: 'zh' | 'en'): string[] {
  const app = validApplication('9');
  app.talent = { ...app.talent!, introducedOn: '2018-03-01' };
  const text = serialise(app).text.replace(/introducedOn: ["']?2018-03-01["']?/, `introducedOn: ${written}`);
  expect(text).toContain(`introducedOn: ${written}\n`);
  return checkText(text, 'application.yaml', { guideline: guideline(lang), lang })
    .findings.filter((f) => f.path === 'talent.introducedOn')
    .map((f) => f.message);
}

describe('a date typed with dots, which YAML reads as a number (introducedOn: 2018.3)', () => {
  it.each(['2018.3', '2018.10', '20180301'])('%s is told to be written year-month-day, as written', (written) => {
    expect(introducedOn(written, 'zh')).toEqual([
      `talent.introducedOn: 「${written}」不是日期：请写成 年-月-日，如 2018-03-01。`,
    ]);
    expect(introducedOn(written, 'en')).toEqual([
      `talent.introducedOn: "${written}" is not a date: write year-month-day, e.g. 2018-03-01.`,
    ]);
  });
});
