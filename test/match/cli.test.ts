import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/wrap-text.js';
import { ROOT, runCli } from '../support/cli.js';
import { enterpriseOnlyGuideYaml } from '../support/guideline.js';

const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HOSPITAL = `# 一家医院
fields: [health_care]
applicant:
  name: 桂林市某某医院
  type: 医疗卫生机构
  inGuilin: true
  platforms: []
ecoIndustry: false
commissioner: { dispatchedByApplicant: false }
`;

describe('match without a terminal', () => {
  it('without --profile: exit 2, one sentence naming --profile, nothing on stdout', () => {
    const r = runCli(['match']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '当前不是交互式终端，无法逐项提问：请用 --profile 文件 提供本单位情况（--profile - 表示从标准输入读取），例如 guilin-grants match --profile 本单位.yaml。\n',
    );
  });

  it('in English too', () => {
    const r = runCli(['match', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^This is not an interactive terminal.*--profile FILE/);
  });
});

describe('match --profile', () => {
  it('prints the ranked table, the off-field lines grouped, the closed lines by code with their reason, and the totals', () => {
    const r = runCli(['match', '--profile', file('hospital.yaml', HOSPITAL)]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/│ 排名 │ 编号 │ 名称 +│ 结论 +│ 资助额度（万元） +│ 立项数 │ 理由与待办 +│/);
    // Rank 1 is 15-3, with its fields; what is met shows in the detail, not here.
    expect(lines[3]).toMatch(
      /^│ 1 +│ 15-3 │ 疾病诊治技术及规\S* +│ 符合 +│ 一般项目 2–5 +│ ≤50 +│ ✓ 技术领域相符：医疗健康/,
    );
    const ranks = lines.filter((l) => /^│ \d+ /.test(l)).map((l) => l.split('│')[2]!.trim());
    // 5-2, 8, 9 and 13 address others in their content, but no requirement excludes a hospital.
    expect(ranks).toEqual(['15-3', '16', '13', '8', '5-2', '9']);
    // Lines in none of the applicant's fields stand apart, collapsed.
    expect(r.stdout).toContain('\n符合，但不在所选技术领域：15-1、15-2\n');
    expect(r.stdout).toContain('\n可能符合，但不在所选技术领域：6\n');
    expect(r.stdout).toContain('不符合的方向：\n');
    expect(r.stdout).toMatch(
      /✗ 1 +信息技术关键核心技术研究与应用\n +第一申报单位为医疗卫生机构，本方向须由企业牵头申报。/,
    );
    const closed = lines.filter((l) => /^ {2}✗ /.test(l)).map((l) => l.split(/\s+/)[2]);
    expect(closed).toEqual(['1', '2', '3', '4', '5-1', '7', '10', '11', '12', '14']);
    // No to-do names a key of the file format.
    expect(r.stdout).not.toMatch(/applicant\.|partners|commissioner\.|funding\./);
    expect(lines.at(-2)).toBe('符合 4 个，可能符合 5 个，不符合 10 个。');
    // The table's 另有 N 项，见详情 are under --detail: without the questionnaire's picker, the hint says how.
    expect(r.stderr).toBe(
      '加上 --detail 编号 再运行一次，可看该方向的全部理由与待办。用 guilin-grants show 编号 查看方向详情，guilin-grants init 编号 生成申报材料模板。\n',
    );
  });

  it('--detail CODE: one line in full, every reason and to-do with its clause, without questions', () => {
    const r = runCli(['match', '--profile', file('h-detail.yaml', HOSPITAL), '--detail', '15-3']);
    expect(r.status).toBe(0);
    const text = r.stdout;
    expect(text.split('\n')[0]).toBe('15-3  疾病诊治技术及规范化研发与应用示范  【符合】');
    expect(text).toContain('资助额度：一般项目 2–5 或重点项目 ≤30 万元；立项数 ≤50');
    // Residence is the tool's convention, not the guide's: no clause is quoted for it.
    expect(text).toMatch(/申报资格\n {2}✓ 第一申报单位注册\/驻在桂林。\n\n待办/);
    expect(text).toMatch(/提醒：.*伦理要求/);
    expect(text).toMatch(/待办\n {2}→ /);
    expect(r.stderr).toBe('');
    const json = runCli(['match', '--profile', join(dir, 'h-detail.yaml'), '--detail', '15-3', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ code: '15-3', status: 'eligible', fieldFit: true });
    const unknown = runCli(['match', '--profile', join(dir, 'h-detail.yaml'), '--detail', '99']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('没有编号为 99 的方向；用 guilin-grants list 查看全部方向。\n');
  });

  it('reads standard input with -, and --json gives every line best first in the spec shape', () => {
    const r = runCli(['match', '--profile', '-', '--json'], { input: HOSPITAL });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { guideline: string; results: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['guideline', 'results']);
    expect(json.results).toHaveLength(19);
    const first = json.results[0]!;
    expect(Object.keys(first)).toEqual(['code', 'title', 'status', 'score', 'fieldFit', 'reasons', 'todo', 'funding']);
    expect(first).toMatchObject({
      code: '15-3',
      title: '疾病诊治技术及规范化研发与应用示范',
      status: 'eligible',
      fieldFit: true,
      funding: { min: null, max: 30 },
    });
    // A reason quotes the guide unless it is the tool's own convention.
    const reasons = first.reasons as { clause: string | null; basis: string }[];
    expect(reasons.map((x) => [x.basis, x.clause === null])).toContainEqual(['convention', true]);
    expect(reasons.every((x) => (x.basis === 'convention') === (x.clause === null))).toBe(true);
    // Off-field lines after every fitting line of their status.
    const codes = json.results.map((x) => x.code);
    expect(codes.indexOf('16')).toBeLessThan(codes.indexOf('15-1'));
    expect(json.results.find((x) => x.code === '15-1')!.fieldFit).toBe(false);
    expect(json.results.at(-1)!.status).toBe('ineligible');
  });

  it('in English, the messages are English', () => {
    const r = runCli(['match', '--profile', '-', '--json', '--lang', 'en'], { input: HOSPITAL });
    const first = (JSON.parse(r.stdout) as { results: { title: string; todo: { message: string }[] }[] }).results[0]!;
    expect(first.title).toBe(
      'R&D and Application Demonstration of Disease Diagnosis and Treatment Technologies and Their Standardization',
    );
    expect(first.todo.map((t) => t.message)).toContain('Request General project 2–5 or Key project ≤30 (10,000 CNY).');
  });

  it.each([
    [
      'zh',
      [
        '5-2  广西重点实验室培育  【可能符合】',
        '资助额度：30–50 万元；立项数 ≤5',
        '技术领域：电子信息、先进制造与自动化、医疗健康（与所选领域相',
        '          符）',
        '',
      ],
    ],
    [
      'en',
      [
        '5-2  Cultivation of Guangxi Key Laboratories  [possible]',
        'Funding: 30–50 (10,000 CNY); Awards ≤5',
        'Fields: Electronic information, Advanced manufacturing and',
        '        automation, Medical and health care (one of yours)',
        '',
      ],
    ],
  ])(
    '--detail at 60 columns: the fields go on under their value, as show has them, not under the label (%s)',
    (lang, lines) => {
      const r = runCli(['match', '--profile', '-', '--detail', '5-2', '--lang', lang], {
        input: HOSPITAL,
        env: { COLUMNS: '60' },
      });
      expect([r.status, r.stdout.split('\n').slice(0, 5)]).toEqual([0, lines]);
    },
  );

  it.each([
    [
      'zh',
      [
        '15-3  疾病诊治技术及规范化研发与应用示范  【符合】',
        '资助额度：一般项目 2–5 或重点项目 ≤30 万元；立项数 ≤50',
        '  ✓ 技术领域相符：医疗健康',
        '  → 提醒：乳腺癌早期智能检测、智能诊断等涉及人体的研究，须符',
        '    合知情同意和伦理要求（指南没有要求提交文件）',
        '  → 申请资助定在一般项目 2–5 或重点项目 ≤30 万元。',
        '    另有 1 项，见详情。',
        '',
        '16  桂林市国家可持续发展议程创新示范区建设与应用示范',
        '    【符合】',
      ],
    ],
    [
      'en',
      [
        '15-3  R&D and Application Demonstration of Disease Diagnosis',
        '      and Treatment Technologies and Their Standardization',
        '      [eligible]',
        'Funding: General project 2–5 or Key project',
        '         ≤30 (10,000 CNY); Awards ≤50',
        '  ✓ Shared fields: Medical and health care',
      ],
    ],
  ])(
    'at 60 columns, too narrow for the table, each open line is a block as its detail opens, none past the edge (%s)',
    (lang, lines) => {
      const r = runCli(['match', '--profile', '-', '--lang', lang], { input: HOSPITAL, env: { COLUMNS: '60' } });
      const out = r.stdout.split('\n');
      expect([r.status, out.slice(0, lines.length)]).toEqual([0, lines]);
      expect(out.filter((l) => displayWidth(l) > 60)).toEqual([]);
      expect(r.stdout).not.toContain('┌');
    },
  );

  it('at 80 columns the table stays, zh and en', () => {
    for (const lang of ['zh', 'en'])
      expect(
        runCli(['match', '--profile', '-', '--lang', lang], { input: HOSPITAL, env: { COLUMNS: '80' } }).stdout,
      ).toMatch(/^┌/);
  });

  it.each([
    [
      80,
      [
        '┌──────┬───────────────────┬──────────┬──────────┬────────┬────────────────────┐',
        '│ Code │ Title             │ Status   │ Amount   │ Awards │ Reasons and to-dos │',
        '├──────┼───────────────────┼──────────┼──────────┼────────┼────────────────────┤',
      ],
    ],
    [
      100,
      [
        '┌───┬──────┬────────────────────┬──────────┬──────────────┬────────┬───────────────────────────────┐',
        '│ # │ Code │ Title              │ Status   │ Amount       │ Awards │ Reasons and to-dos            │',
        '│   │      │                    │          │ (10,000 CNY) │        │                               │',
        '├───┼──────┼────────────────────┼──────────┼──────────────┼────────┼───────────────────────────────┤',
      ],
    ],
  ] as const)('at %i columns the English amount heading keeps its unit whole, never (10,000 / CNY)', (cols, lines) => {
    const profile =
      'applicant: { type: enterprise, inGuilin: true, highTech: valid }\n' +
      'fields: [electronic_information]\npartners: [{ name: 桂林电子科技大学, type: university }]\n';
    const r = runCli(['match', '--profile', '-', '--lang', 'en'], { input: profile, env: { COLUMNS: String(cols) } });
    const out = r.stdout.split('\n');
    expect([r.status, out.slice(0, lines.length)]).toEqual([0, lines]);
    // Where the column is too narrow for the unit, it is said once, right under the table.
    const under = out[out.findIndex((l) => l.startsWith('└')) + 1];
    expect(under).toBe(cols === 80 ? 'Amount in 10,000 CNY' : '');
  });

  it('an amount up to a figure stays whole in a wrapped note: ≤30 万元, never ≤30 / 万元 (110 columns, zh)', () => {
    const r = runCli(['match', '--profile', '-'], { input: HOSPITAL, env: { COLUMNS: '110' } });
    const notes = r.stdout.split('\n').map((l) => l.split('│').at(-2)?.trimEnd());
    expect(notes).toContain(' → 申请资助定在一般项目 2–5 或重点项目');
    expect(notes).toContain('   ≤30 万元。');
  });

  it('--detail of a line whose content addresses others: a ? and the doubt said once, no 不符合 beside it', () => {
    const r = runCli(['match', '--profile', '-', '--detail', '13'], {
      input: 'applicant: { type: enterprise, inGuilin: false }\n',
    });
    expect(r.stdout).toContain(
      '\n  ? 本方向的内容面向我市企业、驻桂林科研院所和高校，第一申报单位宜在桂林（申报要求未列为条件）；本单位与此不符，请与管理科室确认。\n',
    );
    expect(r.stdout).not.toContain('不符合：');
  });

  it('in English, a lead applicant of another type than the line addresses is said once, plainly', () => {
    const r = runCli(['match', '--profile', '-', '--detail', '9', '--lang', 'en'], { input: HOSPITAL });
    expect(r.stdout).toContain(
      "  ? The lead applicant is of type Medical and health institution, while this line's content is addressed to Enterprise, University or Research institute; its requirements do not make that a condition: confirm with the managing office.\n",
    );
    const ten = runCli(['match', '--profile', '-', '--detail', '10', '--lang', 'en'], { input: HOSPITAL });
    expect(ten.stdout).toContain(
      '  ✗ The lead applicant is of type Medical and health institution; this line must be led by an applicant of type Enterprise.\n',
    );
    expect(r.stdout + ten.stdout).not.toContain('a(n)');
  });

  it("a profile outside 10's high-tech fields is asked to confirm with the office, not told its field must be one (content)", () => {
    const todos = (lang: string) =>
      (
        JSON.parse(
          runCli(['match', '--profile', '-', '--detail', '10', '--json', '--lang', lang], { input: HOSPITAL }).stdout,
        ) as { todo: { rule: string; message: string }[] }
      ).todo
        .filter((t) => t.rule === 'field')
        .map((t) => t.message);
    expect(todos('zh')).toHaveLength(1);
    expect(todos('zh')[0]).toContain('申报要求未将其列为条件，请与管理科室确认');
    expect(todos('zh')[0]).not.toContain('须');
    expect(todos('en')[0]).toContain('its requirements do not make that a condition: confirm with the managing office');
    expect(todos('en')[0]).not.toContain('must');
  });

  it('in English, a recommender named by its abbreviation keeps its capitals (S&T), others read lower-case after "the"', () => {
    const todos = (code: string) =>
      (
        JSON.parse(
          runCli(['match', '--profile', '-', '--detail', code, '--json', '--lang', 'en'], { input: HOSPITAL }).stdout,
        ) as { todo: { message: string }[] }
      ).todo.map((t) => t.message);
    expect(todos('14')).toContain(
      "Prepare: Letter of recommendation from the S&T authority where the commissioner's poor village is located.",
    );
    expect(todos('16')).toContain(
      "Prepare: Letter of recommendation from the county (county-level city, district) people's government.",
    );
  });

  it('in English, a partner whose name ends in a full stop ends the sentence once (Co., not Co..)', () => {
    const profile =
      'applicant: { type: university, inGuilin: true }\npartners:\n  - { name: Guilin Xinghe Materials Co., type: enterprise, country: DE }\n';
    const todos = (
      JSON.parse(
        runCli(['match', '--profile', '-', '--detail', '13', '--json', '--lang', 'en'], { input: profile }).stdout,
      ) as { todo: { message: string }[] }
    ).todo.map((t) => t.message);
    expect(todos.filter((t) => t.includes('Xinghe'))).toEqual([
      'Prepare: Cooperation agreement with Guilin Xinghe Materials Co.',
      'Prepare: Chinese translation of the cooperation agreement with Guilin Xinghe Materials Co.',
    ]);
  });

  it('a profile with a value it does not take is answered as check answers it, in the file order (exit 2)', () => {
    const r = runCli(['match', '--profile', '-'], {
      input: 'applicant: { type: 大学 }\nfields: [农业]\nfunding: { requested: "150万元" }\n',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').map((l) => l.slice(0, 60))).toEqual([
      '标准输入:1:20  applicant.type: 「大学」不是可选的取值（是否想写「university」？）；可选：ent'.slice(0, 60),
      '标准输入:2:10  fields[0]: 「农业」不是可选的取值（是否想写「agriculture」？）；可选：electro'.slice(0, 60),
      '标准输入:3:23  funding.requested: 「150万元」是文字，不是数字：请写成 150（不带引号和单位）。'.slice(0, 60),
      '档案文件 标准输入 有 3 处错误，请改正后再试。',
      '',
    ]);
  });

  it.each([
    ['zh', '标准输入:1:89  applicant.platforms[0].level: 「省级」不是可选的取值（是否想写「guangxi」？）；'],
    [
      'en',
      'standard input:1:89  applicant.platforms[0].level: "省级" is not one of the options (did you mean "guangxi"?);',
    ],
  ])(
    'a park that writes its 星创天地 省级 is pointed to guangxi, and is eligible for 7 once it writes that (%s)',
    (lang, said) => {
      const profile = (level: string) =>
        `applicant: { type: other, inGuilin: true, platforms: [{ kind: rural_maker_space, level: ${level} }] }\nfields: [agriculture]\n`;
      const r = runCli(['match', '--profile', '-', '--lang', lang], { input: profile('省级') });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]!.startsWith(said)).toBe(true);
      const fixed = runCli(['match', '--profile', '-', '--json', '--lang', lang], { input: profile('guangxi') });
      const results = (JSON.parse(fixed.stdout) as { results: { code: string; status: string }[] }).results;
      expect(results.find((x) => x.code === '7')?.status).toBe('eligible');
    },
  );

  it.each([
    ['zh', '标准输入:1:20  applicant.type: 「合作社」不是可选的取值（是否想写「other」？）；'],
    ['en', 'standard input:1:20  applicant.type: "合作社" is not one of the options (did you mean "other"?);'],
  ])('a cooperative that writes its type 合作社 is pointed to other (%s)', (lang, said) => {
    const r = runCli(['match', '--profile', '-', '--lang', lang], { input: 'applicant: { type: 合作社 }\n' });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')[0]!.startsWith(said)).toBe(true);
  });

  it('exits 1 when no line is open, after the table and a sentence saying so', () => {
    // Under the 2019 guide some line is open to everyone (15-1 and 15-2 ask nothing of who applies);
    // a guide of enterprise lines alone closes them all to a hospital.
    const only = file('enterprise-lines.yaml', enterpriseOnlyGuideYaml());
    const r = runCli(['match', '--guideline', only, '--profile', '-'], { input: 'applicant: { type: hospital }\n' });
    expect(r.stderr).toBe('按您的回答，没有符合或可能符合的方向。\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('符合 0 个，可能符合 0 个，不符合 1 个。');
  });

  it('an empty profile states nothing: every line is possible but those that ask nothing of who applies', () => {
    const r = runCli(['match', '--profile', file('empty.yaml', ''), '--json']);
    expect(r.status).toBe(0);
    const results = (JSON.parse(r.stdout) as { results: { code: string; status: string }[] }).results;
    // 15-1, 15-2 and 15-3 have no requirement of their own about the applicant.
    expect(results.filter((x) => x.status === 'eligible').map((x) => x.code)).toEqual(['15-3', '15-1', '15-2']);
    expect(results.filter((x) => x.status !== 'eligible').every((x) => x.status === 'possible')).toBe(true);
  });

  it('a profile with schema errors: exit 2, each error at its line and column, no stack', () => {
    const path = file('bad.yaml', 'applicant:\n  type: 公司\n  inGuilin: yes\nfeilds: [electronic_information]\n');
    const r = runCli(['match', '--profile', path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // The located problems first, then the verdict.
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.split('  ')[0])).toEqual([`${path}:2:9`, `${path}:3:13`, `${path}:4:1`]);
    expect(lines[2]).toContain('「feilds」');
    expect(lines[2]).toContain('fields');
    expect(lines.at(-1)).toBe(`档案文件 ${path} 有 3 处错误，请改正后再试。`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a profile that is not YAML, or not a mapping: exit 2, located', () => {
    const broken = runCli(['match', '--profile', file('broken.yaml', 'applicant: { type: enterprise\n')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+  YAML 格式错误：/);
    const list = runCli(['match', '--profile', file('list.yaml', '- enterprise\n')]);
    expect(list.status).toBe(2);
    expect(list.stderr).toContain('list.yaml:1:1  档案文件应为键值对（如 applicant: …），而不是列表或单个值。');
  });

  it('a missing profile: exit 2, one sentence', () => {
    const r = runCli(['match', '--profile', join(dir, 'nope.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`无法读取档案文件 ${join(dir, 'nope.yaml')}：文件不存在。\n`);
  });
});

describe('match --save-profile', () => {
  it('writes the answers as a profile that gives the same result when read back', () => {
    const saved = join(dir, 'saved.yaml');
    const first = runCli(['match', '--profile', file('h2.yaml', HOSPITAL), '--json', '--save-profile', saved]);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe(`已保存回答：${saved}（下次可用 guilin-grants match --profile ${saved}）\n`);
    const text = readFileSync(saved, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# 本单位档案：guilin-grants match 的回答。再次使用：guilin-grants match --profile 本文件',
    );
    // Ids, not labels, in the format's order of keys.
    expect(text).toContain(
      'guideline: guilin-2019\nfields:\n  - health_care\napplicant:\n  name: 桂林市某某医院\n  type: hospital\n',
    );
    const again = runCli(['match', '--profile', saved, '--json']);
    expect(again.stdout).toBe(first.stdout);
  });

  it('at 80 columns the saved path and the command to reuse it wrap at a word, zh and en', () => {
    const name = '桂林市七星区智能传感器有限公司申报档案.yaml';
    const zh = runCli(['match', '--profile', file('h4.yaml', HOSPITAL), '--json', '--save-profile', name], {
      cwd: dir,
      env: { COLUMNS: '80' },
    });
    expect(zh.status).toBe(0);
    expect(zh.stderr).toBe(`已保存回答：${name}（下次可用 guilin-grants\nmatch --profile ${name}）\n`);
    const en = runCli(['match', '--profile', 'h4.yaml', '--json', '--save-profile', `en-${name}`, '--lang', 'en'], {
      cwd: dir,
      env: { COLUMNS: '80' },
    });
    expect(en.stderr).toBe(`Answers saved to en-${name} (reuse them with\nguilin-grants match --profile en-${name})\n`);
  });

  it.each([
    [
      'zh',
      '已存在；如要替换请加 --force（原内容与新内容不同时，先另存为 taken-zh.yaml.bak）。',
      '已保存回答：taken-zh.yaml（下次可用 guilin-grants match --profile taken-zh.yaml）',
      '--force 替换了内容不同的文件，原内容已另存：',
    ],
    [
      'en',
      'already exists; add --force to replace it (its old content, if it differs, is kept first as taken-en.yaml.bak).',
      'Answers saved to taken-en.yaml (reuse them with guilin-grants match --profile taken-en.yaml)',
      '--force replaced files that differed; their old contents were kept:',
    ],
  ])(
    'never overwrites without --force, and says so before doing anything; --force keeps the old file as .bak (%s)',
    (lang, exists, saved, kept) => {
      const taken = `taken-${lang}.yaml`;
      file(taken, 'keep me\n');
      const run = (...more: string[]) =>
        runCli(['match', '--profile', file('h3.yaml', HOSPITAL), '--save-profile', taken, '--lang', lang, ...more], {
          cwd: dir,
        });
      const r = run();
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${taken} ${exists}\n`]);
      expect(readFileSync(join(dir, taken), 'utf8')).toBe('keep me\n');
      const forced = run('--force', '--json');
      expect(forced.status).toBe(0);
      expect(JSON.parse(forced.stdout)).not.toHaveProperty('backup');
      expect(forced.stderr).toBe(`${saved}\n${kept}\n  ${taken} → ${taken}.bak\n`);
      expect(readFileSync(join(dir, taken), 'utf8')).toContain('type: hospital');
      expect(readFileSync(join(dir, `${taken}.bak`), 'utf8')).toBe('keep me\n');
      // The same answers saved again: the file already holds them, nothing is kept.
      const again = run('--force');
      expect([again.status, again.stderr.endsWith(`${saved}\n`)]).toEqual([0, true]);
      expect(readdirSync(dir).filter((n) => n.startsWith(`${taken}.bak`))).toEqual([`${taken}.bak`]);
    },
  );

  it('a folder that does not exist: exit 2 before anything is asked or printed', () => {
    const target = join(dir, 'no-such-folder', 'p.yaml');
    const r = runCli(['match', '--profile', join(dir, 'h3.yaml'), '--save-profile', target, '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`不能写入 ${target}：文件夹 ${join(dir, 'no-such-folder')} 不存在。\n`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('match --profile loads only what the profile needs', () => {
  // A loader hook that refuses any module holding the code REFUSE names (bundled or
  // not): had the run loaded it, it would fail.
  const hook = file(
    'refuse.mjs',
    `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`export async function load(url, context, next) {
  const loaded = await next(url, context);
  const source = loaded.source == null ? '' : typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source).toString();
  if (source.includes(process.env.REFUSE)) throw new Error('refused code loaded: ' + url);
  return loaded;
}\`));
`,
  );
  const INQUIRER = 'User force closed the prompt';
  // zod's name for its base type: in its source and in the bundle, minified or not.
  const ZOD = '$ZodType';
  const run = (refuse: string, args: string[], input = HOSPITAL) =>
    spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input,
      env: { ...process.env, NO_COLOR: '1', REFUSE: refuse },
    });
  // Ids only, keys in no particular order: what the compiled validator accepts.
  const IDS = `partners: [{ type: university, name: 桂林电子科技大学 }]
fields: [electronic_information]
applicant: { inGuilin: true, type: enterprise, highTech: valid }
`;

  it('the hook does refuse them', () => {
    for (const [refuse, lib] of [
      [INQUIRER, '@inquirer/prompts'],
      [ZOD, 'zod'],
    ] as const) {
      const r = run(refuse, ['--input-type=module', '-e', `await import('${lib}')`]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('refused code loaded');
    }
  });

  it('match --profile never loads the prompt library', () => {
    const r = run(INQUIRER, ['bin/guilin-grants.js', 'match', '--profile', '-', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a profile the compiled validator accepts is read without zod, and gives what zod would', () => {
    const r = run(ZOD, ['bin/guilin-grants.js', 'match', '--profile', '-', '--json'], IDS);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The same profile in Chinese labels goes through zod, which takes them for the ids.
    const labels = IDS.replace('university', '高校').replace('enterprise', '企业');
    expect(runCli(['match', '--profile', '-', '--json'], { input: labels }).stdout).toBe(r.stdout);
  });

  it('one it refuses goes to zod for its messages', () => {
    const r = run(ZOD, ['bin/guilin-grants.js', 'match', '--profile', '-'], 'applicant: { type: 公司 }\n');
    expect(r.stderr).toContain('refused code loaded');
  });

  it("a saved profile has the format's order of keys at every depth, whatever order it was read in", () => {
    const r = runCli(['match', '--profile', '-', '--save-profile', '-'], { input: IDS });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(1).join('\n')).toBe(`guideline: guilin-2019
fields:
  - electronic_information
applicant:
  type: enterprise
  inGuilin: true
  highTech: valid
partners:
  - name: 桂林电子科技大学
    type: university
`);
  });
});
