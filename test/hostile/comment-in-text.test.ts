import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { scaffoldFiles } from '../../src/scaffold/scaffold-files.js';
import { runCli } from '../support/cli.js';
import { GUIDE_FACTS } from '../support/guide-facts.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';

/**
 * Free text written plain with a comment after it on its line: YAML keeps the text up to
 * ` #`, and nothing said so. A warning says what was read and how to keep the rest.
 */
const TITLE = 'title: 漓江流域水质在线监测设备研发及产业化';

function check(text: string, lang: 'zh' | 'en') {
  const opts = { guideline: guideline(lang), lang };
  const fast = checkText(text, 'x.yaml', opts);
  // Both readers say the same, word for word and place for place.
  expect(checkText(text, 'x.yaml', { ...opts, strict: true })).toEqual(fast);
  return fast;
}

const cut = <F extends { rule: string }>(findings: readonly F[]) => findings.filter((f) => f.rule === 'yaml');

/** `from` replaced by `to` in the good application, checked in each language against its sentence. */
function inBoth(
  from: string,
  to: string,
  sentences: Record<'zh' | 'en', string>,
  expectOf: (r: ReturnType<typeof check>, sentence: string) => void,
): void {
  const text = GOOD_APPLICATION.replace(from, to);
  expect(text).not.toBe(GOOD_APPLICATION);
  for (const lang of ['zh', 'en'] as const) expectOf(check(text, lang), sentences[lang]);
}

describe('a comment after free text on its line', () => {
  it.each([
    {
      name: 'a title with #1 in it',
      from: TITLE,
      to: 'title: 智能电网 #1 机组改造',
      at: [3, 13],
      zh: 'title 的值读作「智能电网」：同一行的「#1 机组改造」被当作注释，不属于值；如果它是值的一部分，请给整个值加上引号，写成 title: "智能电网 #1 机组改造"；如果是说明，请把它移到上一行。',
      en: 'title reads as "智能电网": "#1 机组改造" on the same line is taken as a comment, not part of the value; if it belongs to the value, put the whole value in quotes: title: "智能电网 #1 机组改造"; if it is a note, move it to the line above.',
    },
    {
      name: "the applicant's name with a note after two spaces",
      from: 'name: 桂林漓水智能科技有限公司',
      to: 'name: 桂林漓水智能科技有限公司  # 暂定',
      at: [10, 23],
      zh: 'applicant.name 的值读作「桂林漓水智能科技有限公司」：同一行的「# 暂定」被当作注释，不属于值；如果它是值的一部分，请给整个值加上引号，写成 name: "桂林漓水智能科技有限公司  # 暂定"；如果是说明，请把它移到上一行。',
      en: 'applicant.name reads as "桂林漓水智能科技有限公司": "# 暂定" on the same line is taken as a comment, not part of the value; if it belongs to the value, put the whole value in quotes: name: "桂林漓水智能科技有限公司  # 暂定"; if it is a note, move it to the line above.',
    },
    {
      name: "a partner's name in a list item",
      from: '  - { name: 桂林理工大学, type: university, country: CN }',
      to: '  - name: 桂林理工大学 #2 校区\n    type: university\n    country: CN',
      at: [17, 18],
      zh: 'partners[0].name 的值读作「桂林理工大学」：同一行的「#2 校区」被当作注释，不属于值；如果它是值的一部分，请给整个值加上引号，写成 name: "桂林理工大学 #2 校区"；如果是说明，请把它移到上一行。',
      en: 'partners[0].name reads as "桂林理工大学": "#2 校区" on the same line is taken as a comment, not part of the value; if it belongs to the value, put the whole value in quotes: name: "桂林理工大学 #2 校区"; if it is a note, move it to the line above.',
    },
  ])('warns (and still passes): $name', ({ from, to, at, zh, en }) =>
    inBoth(from, to, { zh, en }, (r, sentence) => {
      expect(r.status).toBe('pass');
      expect(cut(r.findings).map((f) => [f.severity, f.message, f.line, f.column])).toEqual([
        ['warning', sentence, ...at],
      ]);
    }),
  );

  it.each([
    ['a quoted title holding #', TITLE, 'title: "智能电网 #1 机组改造"'],
    ['a quoted title with a comment after it', TITLE, "title: '智能电网' # 暂定"],
    ['# glued to text, which is text', TITLE, 'title: C#开发平台'],
    ['a note on its own line above', TITLE, `# 暂定\n${TITLE}`],
    ['an id', 'type: enterprise', 'type: enterprise # 企业'],
    ['true', 'inGuilin: true', 'inGuilin: true #是'],
    ['a number', 'requested: 100', 'requested: 100 # 万元'],
    ['a quoted code', 'smeNumber: "2019450300A0000123"', 'smeNumber: "2019450300A0000123" # 入库编号'],
    ['a plain code', 'smeNumber: "2019450300A0000123"', 'smeNumber: 2019450300A0000123 #入库编号'],
    ['the project', 'project: 1', 'project: 1 # 项目1'],
    ['a list of ids', 'fields: [electronic_information, resources_environment]', 'fields: [electronic_information] #1'],
  ])('says nothing of %s', (_name, from, to) => {
    const text = GOOD_APPLICATION.replace(from, to);
    expect(text).not.toBe(GOOD_APPLICATION);
    for (const lang of ['zh', 'en'] as const) expect(cut(check(text, lang).findings)).toEqual([]);
  });

  it('says nothing of what init writes, on every line, a # in the names it fills in', () => {
    const g = guideline('zh');
    const profile = {
      applicant: { name: '桂林 #1 科技有限公司', type: 'enterprise' as const, inGuilin: true },
      partners: [{ name: '桂林理工大学 #2 校区', type: 'university' as const }],
    };
    let seen = 0;
    for (const f of GUIDE_FACTS)
      for (const t of f.tiers)
        for (const lang of ['zh', 'en'] as const) {
          const line = g.line(f.code)!;
          const tier = line.tiers.find((x) => x.tier === t.tier)!;
          const text = scaffoldFiles({ g, line, tier, profile, lang }).files.find(
            (x) => x.name === 'application.yaml',
          )!.content;
          expect(text).toContain('#1 科技有限公司');
          expect(cut(check(text, lang).findings), `${f.code} ${t.tier} ${lang}`).toEqual([]);
          seen++;
        }
    expect(seen).toBe(42);
  });

  it.each([
    {
      name: 'a title that is all #1 机组改造',
      from: TITLE,
      to: 'title: #1 机组改造',
      path: 'title',
      at: [3, 8],
      zh: 'title: 缺少必填项：同一行的「#1 机组改造」被当作注释，不算值（# 前面是空格时，从 # 到行末都是注释）；如果它是要填的内容，请加上引号，写成 title: "#1 机组改造"。',
      en: 'title: required: "#1 机组改造" on its line is taken as a comment, not as the value (after a space, a # starts a comment that runs to the end of the line); if it is what you meant to fill in, put it in quotes: title: "#1 机组改造".',
    },
    {
      name: "the leader's name, after two spaces",
      from: 'leader: { name: 李桂芳 }',
      to: 'leader:\n  name:  #李桂芳',
      path: 'leader.name',
      at: [19, 10],
      zh: 'leader.name: 缺少必填项：同一行的「#李桂芳」被当作注释，不算值（# 前面是空格时，从 # 到行末都是注释）；如果它是要填的内容，请加上引号，写成 name: "#李桂芳"。',
      en: 'leader.name: required: "#李桂芳" on its line is taken as a comment, not as the value (after a space, a # starts a comment that runs to the end of the line); if it is what you meant to fill in, put it in quotes: name: "#李桂芳".',
    },
  ])('says a free-text value read whole as a comment where it was missing: $name', ({ from, to, path, at, zh, en }) =>
    inBoth(from, to, { zh, en }, (r, sentence) => {
      expect(r.status).toBe('fail');
      expect(r.findings.map((f) => [f.rule, f.severity, f.path, f.message, f.line, f.column])).toEqual([
        ['schema', 'error', path, sentence, ...at],
      ]);
    }),
  );

  it.each([['a title left ~ with a note after it', TITLE, 'title: ~ # 项目名称']])(
    'still says only that a value is missing for %s',
    (_name, from, to) => {
      const text = GOOD_APPLICATION.replace(from, to);
      expect(text).not.toBe(GOOD_APPLICATION);
      for (const [lang, sentence] of [
        ['zh', 'title: 缺少必填项，请填写。'],
        ['en', 'title: required: please fill it in.'],
      ] as const)
        expect(check(text, lang).findings.map((f) => f.message)).toEqual([sentence]);
    },
  );

  it.each([
    {
      name: 'a title cut short, at the #: it passes',
      to: 'title: 智能电网 #1 机组改造',
      lang: 'en',
      status: 0,
      says: ':3:13  warning  title reads as "智能电网": "#1 机组改造" on the same line is taken as a comment',
    },
    {
      name: 'a title all comment, at the #: it fails (exit 1)',
      to: 'title: #1 机组改造',
      lang: 'zh',
      status: 1,
      says: ':3:8  错误  title: 缺少必填项：同一行的「#1 机组改造」被当作注释，不算值（# 前面是空格时，从 # 到行末都是注释）；如果它是要填的内容，请加上引号，写成 title: "#1 机组改造"。  schema',
    },
  ])('is said by the built CLI for $name, and check --fix leaves the line as it is', ({ to, lang, status, says }) => {
    const dir = mkdtempSync(join(tmpdir(), 'comment-in-text-'));
    try {
      const file = join(dir, 'application.yaml');
      const text = GOOD_APPLICATION.replace(TITLE, to);
      writeFileSync(file, text);
      const r = runCli(['check', file, '--lang', lang]);
      expect(r.status).toBe(status);
      expect(r.stdout).toContain(`${file}${says}`);
      expect(runCli(['check', '--fix', file]).status).toBe(status);
      expect(readFileSync(file, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
