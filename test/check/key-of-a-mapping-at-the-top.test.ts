import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from '../hostile/helpers/good-application.js';

/**
 * A mapping's keys written without their indentation (`funding:`, then `requested: 30` at
 * the left edge) are keys of the level above, which has none such: said as keys of the
 * mapping they belong under, where the sentence listed the nineteen keys of the top level.
 */
describe('a key of a mapping written at the top level', () => {
  it.each([
    {
      name: "funding's two keys",
      from: '  requested: 100\n  matching: 250',
      to: 'requested: 100\nmatching: 250',
      said: [
        ['funding', 'funding: 缺少必填项，请填写。', 'funding: required: please fill it in.', 6, 9],
        [
          'requested',
          'requested: 「requested」是「funding」下面的键，不能写在这一层：请把它写在「funding:」下面，行首比「funding」多缩进 2 个空格。',
          'requested: "requested" is a key under "funding", not at this level: write it below "funding:", indented 2 spaces more than "funding".',
          7,
          1,
        ],
        [
          'matching',
          'matching: 「matching」是「funding」下面的键，不能写在这一层：请把它写在「funding:」下面，行首比「funding」多缩进 2 个空格。',
          'matching: "matching" is a key under "funding", not at this level: write it below "funding:", indented 2 spaces more than "funding".',
          8,
          1,
        ],
      ],
    },
    {
      // name is a key of applicant, leader and others: the one written and left empty.
      name: "the leader's name, under a leader: left empty",
      from: 'leader: { name: 李桂芳 }',
      to: 'leader:\nname: 李桂芳',
      said: [
        [
          'name',
          'name: 「name」是「leader」下面的键，不能写在这一层：请把它写在「leader:」下面，行首比「leader」多缩进 2 个空格。',
          'name: "name" is a key under "leader", not at this level: write it below "leader:", indented 2 spaces more than "leader".',
          19,
          1,
        ],
      ],
    },
  ])('is said to belong under its mapping: $name', ({ from, to, said }) => {
    const text = GOOD_APPLICATION.replace(from, to);
    expect(text).not.toBe(GOOD_APPLICATION);
    for (const [lang, i] of [
      ['zh', 1],
      ['en', 2],
    ] as const) {
      const r = checkText(text, 'x.yaml', { guideline: guideline(lang), lang });
      expect(r.status).toBe('fail');
      expect(
        r.findings.filter((f) => f.severity === 'error').map((f) => [f.path, f.message, f.line, f.column]),
      ).toEqual(said.map((s) => [s[0], s[i], s[3], s[4]]));
    }
  });

  it('still names the nearest key for a misspelt one (fundng), and the keys allowed for one of no mapping', () => {
    const text = GOOD_APPLICATION.replace('title:', 'titel:').replace('project: 1\n', 'project: 1\nbudget: 3\n');
    const messages = checkText(text, 'x.yaml', { guideline: guideline('zh'), lang: 'zh' }).findings.map(
      (f) => f.message,
    );
    expect(messages).toContain('titel: 不认识的键「titel」（是否想写「title」？）；请删除或改正拼写。');
    expect(messages.find((m) => m.startsWith('budget:'))).toMatch(
      /^budget: 不认识的键「budget」（这里可写的键：format, /,
    );
  });
});
