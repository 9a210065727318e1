import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';

const NAME = '桂林漓水智能科技有限公司';

/** A name with a character nobody can see is another name: the reviewer is told which character. */
describe('an invisible character in a text value is reported', () => {
  it.each([
    ['\u200b', 'U+200B 零宽空格', 'U+200B zero-width space'],
    ['\u200d', 'U+200D 零宽连字', 'U+200D zero-width joiner'],
    ['\u2060', 'U+2060 词连接符', 'U+2060 word joiner'],
    ['\u00ad', 'U+00AD 软连字符', 'U+00AD soft hyphen'],
    ['\u202e', 'U+202E 从右到左覆盖（RLO）', 'U+202E right-to-left override (RLO)'],
  ])('%j in the applicant name: a warning naming it, the file still passes', (c, zh, en) => {
    const text = GOOD_APPLICATION.replace(`name: ${NAME}`, `name: 桂林${c}漓水智能科技有限公司`);
    for (const [lang, named] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const opts = { guideline: guideline(lang), lang };
      const r = checkText(text, 'x.yaml', opts);
      expect(checkText(text, 'x.yaml', { ...opts, strict: true })).toEqual(r);
      expect(r.status).toBe('pass');
      expect(r.findings).toHaveLength(1);
      const [f] = r.findings;
      expect(f).toMatchObject({ rule: 'invisible-character', severity: 'warning', path: 'applicant.name', line: 10 });
      expect(f!.message).toContain(named);
      // The name is shown with the character escaped, and as it looks.
      const hex = c.charCodeAt(0).toString(16).toUpperCase();
      expect(f!.message).toContain(`桂林${hex.length === 2 ? `\\x${hex}` : `\\u${hex}`}漓水`);
      expect(f!.message).toContain(lang === 'zh' ? `看起来是「${NAME}」` : `looks like "${NAME}"`);
      expect(f!.message).not.toContain(c);
    }
  });

  it('in a partner name or a title too, and beside a schema error at the same value', () => {
    const text = GOOD_APPLICATION.replace(
      '{ name: 桂林理工大学, type: university',
      '{ name: 桂林\u200b理工大学, type: univ\u200bersity',
    );
    const r = checkText(text, 'x.yaml', { guideline: guideline('en'), lang: 'en' });
    const at = (path: string) => r.findings.filter((f) => f.path === path).map((f) => f.rule);
    expect(at('partners[0].name')).toEqual(['invisible-character']);
    expect(at('partners[0].type')).toEqual(['invisible-character', 'schema']);
  });

  it('written as an escape in double quotes as well', () => {
    const text = GOOD_APPLICATION.replace(`name: ${NAME}`, 'name: "桂林\\u200b漓水智能科技有限公司"');
    const r = checkText(text, 'x.yaml', { guideline: guideline('en'), lang: 'en' });
    expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['invisible-character', 'applicant.name']]);
  });

  it('says nothing of a plain file', () => {
    expect(checkText(GOOD_APPLICATION, 'x.yaml', { guideline: guideline('zh'), lang: 'zh' }).findings).toEqual([]);
  });
});
