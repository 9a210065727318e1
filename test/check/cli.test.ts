import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode } from './helpers/corpus.js';
import { CLI, runCli } from '../support/cli.js';
import { TEMPLATES } from './helpers/templates.js';

const FIXTURES = 'test/fixtures/check';
const good = (code: string, n = 1) =>
  TEMPLATES[code]!.replace('{{NAME}}', `桂林第${n}科技有限公司`).replace('{{CODE}}', creditCode(n));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('a reviewer checks a folder of applications', () => {
  it('sees per file the verdict, each problem at its place with what to change, and the clause it breaks', () => {
    const r = runCli(['check', `${FIXTURES}/`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const F = FIXTURES;
    expect(r.stdout).toBe(
      [
        `✗ 不通过  ${F}/七星区高企培育/application.yaml  资助方向 10「高新技术企业培育与发展」`,
        '  桂林七星智联科技有限公司 《工业物联网边缘网关研发》 申请 30 万元',
        `  ${F}/七星区高企培育/application.yaml:8:3  错误  高企培育潜力后备企业须在 2019 年进行科技型中小企业评价并取得编号：请填写 applicant.smeNumber。  high-tech`,
        '      依据条款：高企培育潜力后备企业，须明确在2019或2020年进行高新技术企业认定申报；3.有效期内高新技术企业在申报课题前，符合相关经济规模条件的，须进行2019年科技型中小企业评价；高企培育潜力后备企业，须在2019年进行科技型中小企业评价并取得编号',
        `  ${F}/七星区高企培育/application.yaml:14:3  错误  高企培育潜力后备企业须明确在 2019 或 2020 年进行高新技术企业认定申报：请填写 targets.hteApplicationYear。  high-tech`,
        '      依据条款：高企培育潜力后备企业，须明确在2019或2020年进行高新技术企业认定申报；3.有效期内高新技术企业在申报课题前，符合相关经济规模条件的，须进行2019年科技型中小企业评价；高企培育潜力后备企业，须在2019年进行科技型中小企业评价并取得编号',
        '',
        `✗ 不通过  ${F}/中德传感联合实验室/application.yml  资助方向 8「科技合作交流创新平台建设」`,
        '  桂林光隆传感技术有限公司 《中德智能传感联合实验室》 申请 50 万元',
        `  ${F}/中德传感联合实验室/application.yml:13:5  错误  缺少附件：与「Fraunhofer IPMS」的合作协议中文译文；请在 attachments 中加上一行 - { kind: agreement_translation, partner: Fraunhofer IPMS, file: attachments/合作协议中文译文-Fraunhofer IPMS.pdf }，并把文件放到该路径。  attachment`,
        '      依据条款：与国外合作的应附中文译文',
        '',
        `✗ 不通过  ${F}/全州生态农业示范/application.yaml  资助方向 16「桂林市国家可持续发展议程创新示范区建设与应用示范」`,
        '  全州县禾丰生态农业有限公司 《全州县生态循环农业桂林模式示范》',
        `  ${F}/全州生态农业示范/application.yaml:7:14  错误  funding.requested: 「150万元」是文字，不是数字：请写成 150（不带引号和单位）。  schema`,
        `  ${F}/全州生态农业示范/application.yaml  提示  有的要求用到了上面缺少或格式有误的项：补全、改正后再运行 check，会核对这些要求。  schema`,
        '',
        `✗ 不通过  ${F}/恒润药业/申报书.yaml  资助方向 2「医药及生物制品产业关键核心技术研究与应用」`,
        '  桂林恒润药业有限公司 《罗汉果甜苷降糖新药临床前研究》 申请 200 万元',
        `  ${F}/恒润药业/申报书.yaml:8:13  错误  自筹配套 300 万元不足：申请 200 万元须自筹配套至少 400 万元（1:2）；请提高 funding.matching 或降低申请额。  matching-ratio`,
        '      依据条款：申报单位配套经费不低于1:2',
        `  ${F}/恒润药业/申报书.yaml:19:3  错误  考核指标须写明：获得临床研究批件。  target`,
        '      依据条款：开展临床前研究的创新药，获得临床研究批件',
        '',
        `✗ 不通过  ${F}/恭城星创天地/application.yaml  资助方向 7「乡村振兴科技创新平台建设」`,
        '  恭城瑶族自治县月柿产业合作社 《恭城月柿星创天地科技服务能力提升》 申请 20 万元',
        `  ${F}/恭城星创天地/application.yaml:16:52  错误  附件「申报单位所在地科技主管部门推荐函」的文件 附件/恭城县科技局推荐函.pdf 不存在；请把文件放到申报书所在文件夹中，或改正路径。（工具校验，非指南要求）  attachment-file`,
        '',
        `✓ 通过  ${F}/桂电重点实验室培育/application.yaml  资助方向 5-2「广西重点实验室培育」`,
        '  桂林电子科技大学 《桂林市智能制造广西重点实验室培育》 申请 50 万元',
        `✓ 通过  ${F}/漓江智慧旅游平台/application.yaml  资助方向 1「信息技术关键核心技术研究与应用」`,
        '  桂林漓江数智科技有限公司 《基于人工智能的漓江流域智慧旅游平台研发与应用》 申请 120 万元',
        `! 无法读取  ${F}/草稿/未写完.yaml  资助方向未能确定`,
        `  ${F}/草稿/未写完.yaml:6:2  错误  「matching」比同一层的「requested」少缩进 1 个空格：请在这一行开头补上 1 个空格。  yaml`,
        `  ${F}/草稿/未写完.yaml:7:12  错误  这里开始的花括号 { 没有闭合（或下一行缩进不够）：请在末尾补上 }，并检查缩进。  yaml`,
        '',
        '共 8 个文件：通过 2，不通过 5，无法读取 1',
        '',
      ].join('\n'),
    );
  });

  it('reads the same in English with --lang en', () => {
    const r = runCli(['check', FIXTURES, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `✗ failed  ${FIXTURES}/恒润药业/申报书.yaml  line 2 "Research and Application of Key Core Technologies in the Pharmaceutical and Biological Products Industry"\n`,
    );
    expect(r.stdout).toContain(
      '  error  Co-funding of 300 is too low: requesting 200 needs at least 400 of own funds (1:2, in 10,000 CNY); raise funding.matching or lower the request.  matching-ratio\n      Clause: 申报单位配套经费不低于1:2\n',
    );
    expect(r.stdout.endsWith('\n8 files: 2 passed, 5 failed, 1 unreadable\n')).toBe(true);
  });
});

/** The folder passes (exit 0), its report holding the one line in Chinese and the other with --lang en. */
function passesSaying(root: string, zh: string, en: string): void {
  const r = runCli(['check', root]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(zh);
  expect(runCli(['check', root, '--lang', 'en']).stdout).toContain(en);
}

describe('a target the application misses', () => {
  it('is said with its unit, as the guide says it: 万元, 户, a rate as a percentage, a yearly increase with 年 once', () => {
    const root = folder('targets-with-units', {
      '12.yaml': good('12').replace('revenue: 2500', 'revenue: 1500'),
      '14.yaml': good('14').replace('poorHouseholds: 120', 'poorHouseholds: 99\n  industryCoverage: 0.79'),
    });
    const r = runCli(['check', root]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  错误  考核指标不满足：相关产品经济效益不少于 2000 万元（当前：1500 万元）；');
    expect(r.stdout).toContain(
      '  错误  考核指标须至少达到以下一项：受益贫困户不少于 100 户、产业覆盖率不少于 80%或贫困村集体经济年增收不少于 5 万元；',
    );
    const en = runCli(['check', root, '--lang', 'en']);
    expect(en.stdout).toContain('Economic benefit of the related products at least 2000 (10,000 CNY)');
    expect(en.stdout).toContain(
      "Industry coverage rate at least 80% or Annual increase in poor villages' collective income at least 5 (10,000 CNY);",
    );
  });
});

describe('a line funded in tiers', () => {
  it('names each tier as init does, with its amounts in the unit of the language, when none is given or one it has not', () => {
    const root = folder('tiers', {
      'none.yaml': good('16').replace(/^tier: .*\n/m, ''),
      'other.yaml': good('15-3').replace(/^tier: .*$/m, 'tier: major'),
    });
    const zh = runCli(['check', root]);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain(
      '资助方向 16 分档资助：请用 tier 指明项目类别，可选 general（一般项目，30–50 万元）；major（重大项目，100–200 万元）。',
    );
    expect(zh.stdout).toContain(
      '资助方向 15-3 没有「major」这一档；可选 general（一般项目，2–5 万元）；key（重点项目，不超过 30 万元）。',
    );
    const en = runCli(['check', root, '--lang', 'en']);
    expect(en.stdout).toContain(
      'Line 16 is funded in tiers; name the tier with `tier`: general (General project, 30–50 × 10,000 CNY); major (Major project, 100–200 × 10,000 CNY).',
    );
    expect(en.stdout).toContain(
      'Line 15-3 has no tier "major"; its tiers are general (General project, 2–5 × 10,000 CNY); key (Key project, at most 30 × 10,000 CNY).',
    );
    expect(en.stdout).not.toContain('万元');
  });
});

describe('a file with values missing', () => {
  it('is told that the requirements using them are checked once they are filled in', () => {
    const root = folder('missing', { 'a.yaml': good('1').replace(/^  requested: .*\n/m, '') });
    expect(runCli(['check', root]).stdout).toContain(
      '  提示  有的要求用到了上面缺少或格式有误的项：补全、改正后再运行 check，会核对这些要求。  schema',
    );
    expect(runCli(['check', root, '--lang', 'en', '--format', 'json']).stdout).toContain(
      'Some requirements use the values missing or malformed above: once those are filled in or fixed, run check again and they will be checked too.',
    );
  });
});

describe('a lead applicant of a type the line does not allow', () => {
  it('is named in plain English, without a(n)', () => {
    const root = folder('lead-type-en', { 'a.yaml': good('1').replace('type: enterprise', 'type: university') });
    const r = runCli(['check', root, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '  error  The lead applicant is of type University; this line must be led by an applicant of type Enterprise.  lead-type\n',
    );
    expect(r.stdout).not.toContain('a(n)');
  });
});

describe('a priority that asks the same of each of its alternatives', () => {
  it('says that once, before the alternatives, where each said it again (project 9: an enterprise with …)', () => {
    const root = folder('priority-shared', {
      'a.yaml': good('9').replace('type: enterprise', 'type: university'),
      'attachments/人才认定.pdf': '%PDF-1.4\n',
    });
    passesSaying(
      root,
      '  提示  不在指南优先支持之列（第一申报单位为企业，且持有院士工作站或人才途径为可持续发展智库专家），不影响申报资格。  priority\n',
      '  info  Not among those the guide gives priority to (the lead applicant is of type Enterprise, and holds an Academician workstation or talent route: Sustainable development think-tank expert); eligibility is not affected.  priority\n',
    );
  });
});

describe('a list item written as text where the format wants a mapping', () => {
  it('is answered with the mapping to write, the text under the key it names', () => {
    const root = folder('item-as-text', {
      'a.yaml': good('7')
        .replace('    - { kind: rural_maker_space, level: guangxi }', '    - 自治区级星创天地\n    - star_innovation')
        .replace('  - { name: 广西特色作物研究院, type: research_institute }', '  - 广西特色作物研究院')
        .replace(
          '  - { kind: recommendation, by: tech_bureau, file: attachments/推荐函.pdf }',
          '  - attachments/推荐函.pdf',
        ),
    });
    const r = runCli(['check', root]);
    expect(r.status).toBe(1);
    const said = (out: string) => out.split('\n').filter((l) => l.includes('  schema') && l.includes('['));
    expect(said(r.stdout).map((l) => l.split('  ')[3])).toEqual([
      'applicant.platforms[0]: 应为映射（键: 值），实际是文字：请写成 { kind: rural_maker_space, level: guangxi }。',
      'applicant.platforms[1]: 应为映射（键: 值），实际是文字：请写成 { kind: …, level: … }。',
      'partners[0]: 应为映射（键: 值），实际是文字：请写成 { name: 广西特色作物研究院, type: … }。',
      'attachments[0]: 应为映射（键: 值），实际是文字：请写成 { kind: recommendation, file: attachments/推荐函.pdf }。',
    ]);
    const en = runCli(['check', root, '--lang', 'en']);
    expect(said(en.stdout).map((l) => l.split('  ')[3])).toEqual([
      'applicant.platforms[0]: expected a mapping (key: value), got text: write { kind: rural_maker_space, level: guangxi }.',
      'applicant.platforms[1]: expected a mapping (key: value), got text: write { kind: …, level: … }.',
      'partners[0]: expected a mapping (key: value), got text: write { name: 广西特色作物研究院, type: … }.',
      'attachments[0]: expected a mapping (key: value), got text: write { kind: recommendation, file: attachments/推荐函.pdf }.',
    ]);
  });
});

describe('a field written as one word of its id', () => {
  it('is answered with the id it is a word of (health: health_care), where only one id has that word', () => {
    const root = folder('one-word-field', {
      'a.yaml': good('10').replace('fields: [electronic_information]', 'fields: [health, energy, new]'),
    });
    const r = runCli(['check', root]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('fields[0]: 「health」不是可选的取值（是否想写「health_care」？）；');
    expect(r.stdout).toContain('fields[1]: 「energy」不是可选的取值（是否想写「new_energy」？）；');
    // Two ids begin with new: no guess.
    expect(r.stdout).toContain('fields[2]: 「new」不是可选的取值；');
    const en = runCli(['check', root, '--lang', 'en']);
    expect(en.stdout).toContain('fields[0]: "health" is not one of the options (did you mean "health_care"?);');
  });
});

describe('a recognised high-tech enterprise without a tech-SME number', () => {
  it('passes with a warning that says what to do: give the number, or none below the size conditions', () => {
    const root = folder('valid-without-sme', { 'a.yaml': good('10').replace(/ {2}smeNumber: .*\n/, '') });
    passesSaying(
      root,
      '  警告  有效期内高新技术企业符合经济规模条件的，须进行 2019 年科技型中小企业评价；未填写 applicant.smeNumber：已取得评价编号的请填写，不符合经济规模条件的可不填。  high-tech\n',
      '  warning  A recognised high-tech enterprise meeting the size conditions must take the 2019 tech-SME evaluation; applicant.smeNumber is not given: fill in its number if it has one; none is needed if the enterprise does not meet the size conditions.  high-tech\n',
    );
  });
});

describe('--summary of a batch with files whose line cannot be told', () => {
  it('says why they are left out of the table: unreadable, or naming no line of the guide', () => {
    const root = folder('unassigned', {
      'empty.yaml': '',
      'unknown.yaml': good('10').replace('project: 10', 'project: 99'),
      'ok.yaml': good('10'),
    });
    const r = runCli(['check', root, '--summary']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('\n另有 2 份申请未能确定资助方向（无法读取，或没有写明指南中的方向），未计入上表。\n');
    expect(runCli(['check', root, '--summary', '--lang', 'en']).stdout).toContain(
      '\n2 more applications whose funding line could not be told (unreadable, or naming no line of the guide) are not counted above.\n',
    );
  });
});

describe('a message wrapped to 80 columns', () => {
  it('keeps a name in backticks whole, never a backtick at the end of a line', () => {
    const root = folder('backticks-80', {
      'empty.yaml': '',
      'alone.yaml': `${good('11')}partners:\n  - { name: 桂林理工大学, type: university }\n`,
    });
    const r = runCli(['check', root, '--lang', 'en'], { env: { COLUMNS: '80' } });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/`\n/);
    expect(r.stdout).toContain('\n      `guilin-grants init` writes a template.  yaml\n');
    expect(r.stdout).toContain('\n      `partners`.  partners\n');
  });
});

describe('a credit code typed in lower case', () => {
  it('is told to be written in capitals, not to hold forbidden characters', () => {
    const code = creditCode(5);
    const root = folder('credit-lower', { 'a.yaml': good('15-1', 5).replace(code, code.toLowerCase()) });
    const r = runCli(['check', root]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `  警告  统一社会信用代码「${code.toLowerCase()}」含小写字母：代码中的字母都是大写，请写成「${code}」。（工具校验，非指南要求；依据 GB 32100-2015）  credit-code\n`,
    );
  });
});

describe('exit codes', () => {
  it('0 when every file passes, warnings allowed', () => {
    const root = folder('all-pass', {
      'a.yaml': good('15-1'),
      'b.yaml': good('15-2').replace(/creditCode: (\S+)/, 'creditCode: 91450300MA5KT12340'),
    });
    const r = runCli(['check', root, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { status: string; findings: { rule: string; severity: string }[] }[] };
    expect(out.files.map((f) => [f.status, f.findings.map((x) => `${x.rule}/${x.severity}`)])).toEqual([
      ['pass', []],
      ['pass', ['credit-code/warning']],
    ]);
  });

  it('1 when one file fails, and the batch around a broken file goes on', () => {
    const root = folder('middle', {
      'a.yaml': good('1', 1),
      'b.yaml': 'project: 1\ntitle: [未闭合\n',
      'c.yaml': good('11', 3),
    });
    const r = runCli(['check', root, '--format', 'csv']);
    expect(r.status).toBe(1);
    const rows = r.stdout
      .split('\r\n')
      .slice(1, -1)
      .map((row) => {
        const cells = row.split(',');
        return [cells[1], cells[2], cells[3], cells[5], cells[6]].join(',');
      });
    // code, status, applicant (none from a file that is not YAML), rule, severity
    expect(rows).toEqual(['1,pass,桂林第1科技有限公司,,', ',error,,yaml,error', '11,pass,桂林第3科技有限公司,,']);
  });

  it.each([
    [[], '没有给出要审查的申请书：请写出文件、文件夹或通配符，例如 guilin-grants check 收件/；用 - 从标准输入读取。'],
    [['不存在.yaml'], '找不到「不存在.yaml」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。'],
    [['src/cli'], '在 src/cli 中没有找到申请书（.yaml 或 .yml 文件）；请检查路径或通配符。'],
    [['test/*.yaml'], '在 test/*.yaml 中没有找到申请书（.yaml 或 .yml 文件）；请检查路径或通配符。'],
    [[FIXTURES, '--encoding', 'klingon'], '不认识的编码「klingon」；可用 utf-8、gb18030、gbk、utf-16le 等。'],
    [[FIXTURES, '-j', '0'], '选项 --jobs 的值「0」无效：应为正整数，例如 -j 2。'],
    [
      [FIXTURES, '--format', 'xml'],
      '选项 --format 的值「xml」无效；可选：table, json, csv, markdown, register, xlsx, html。',
    ],
  ])('2 for a usage error: check %j', (args, sentence) => {
    const r = runCli(['check', ...args]);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${sentence}\n`]);
  });

  it('2 in English too, naming the missing path', () => {
    const r = runCli(['check', FIXTURES, 'nowhere/', '--lang', 'en']);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'Cannot find "nowhere/": no such file or folder. Check the path; quote paths that contain spaces.\n',
    ]);
  });
});

describe('inputs', () => {
  it('reads one application from stdin as <stdin>', () => {
    const r = runCli(['check', '-', '--json'], { input: good('7') });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      files: [
        {
          file: '<stdin>',
          code: '7',
          status: 'pass',
          application: {
            applicant: '桂林第1科技有限公司',
            creditCode: creditCode(1),
            applicantType: 'enterprise',
            title: '恭城月柿星创天地科技服务',
            tier: null,
            requested: 20,
            matching: null,
            office: 'rural',
            period: { start: 2019, end: 2020 },
          },
          findings: [],
        },
      ],
      summary: { files: 1, pass: 1, fail: 0, error: 0 },
    });
  });

  it.each([
    [
      'zh',
      [
        '! 无法读取  <stdin>  资助方向未能确定',
        '  <stdin>  错误  标准输入是一个文件夹，未读取：请把文件夹直接写在命令中，如 guilin-grants check 收件。  file',
        '',
        '✓ 通过  收件/a.yaml  资助方向 7「乡村振兴科技创新平台建设」',
        '  桂林第1科技有限公司 《恭城月柿星创天地科技服务》 申请 20 万元',
        '',
        '共 2 个文件：通过 1，不通过 0，无法读取 1',
      ],
    ],
    [
      'en',
      [
        '! unreadable  <stdin>  funding line not known',
        '  <stdin>  error  Standard input is a folder, so it was not read: give the folder as an argument, e.g. guilin-grants check inbox.  file',
        '',
        '✓ passed  收件/a.yaml  line 7 "Building S&T Innovation Platforms for Rural Revitalization"',
        '  桂林第1科技有限公司, “恭城月柿星创天地科技服务”, requests 20 (10,000 CNY)',
        '',
        '2 files: 1 passed, 0 failed, 1 unreadable',
      ],
    ],
  ])(
    'a folder on standard input (check - < 收件) is said to be one, with the command to give instead; the batch goes on (exit 1, %s)',
    (lang, lines) => {
      const root = folder('stdin-folder', { '收件/a.yaml': good('7'), '收件/attachments/推荐函.pdf': '%PDF' });
      // What the shell does for `< 收件`: the folder, opened, is the program's standard input.
      const fd = openSync(join(root, '收件'), 'r');
      try {
        const r = spawnSync(process.execPath, [CLI, 'check', '-', '收件/a.yaml', '--lang', lang], {
          cwd: root,
          stdio: [fd, 'pipe', 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
        });
        expect([r.status, r.stdout, r.stderr]).toEqual([1, `${lines.join('\n')}\n`, '']);
      } finally {
        closeSync(fd);
      }
    },
  );

  it('expands a quoted glob, warns about parts that match nothing, and checks the rest', () => {
    const root = folder('globbed', {
      '甲/application.yaml': good('10'),
      '乙/application.yml': good('11'),
      '乙/备注.txt': 'x',
    });
    const r = runCli(['check', '*/application.{yaml,yml}', 'none/*.yaml', '--json'], { cwd: root });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual([
      '乙/application.yml',
      '甲/application.yaml',
    ]);
    expect(r.stderr).toBe('通配符「none/*.yaml」没有匹配到任何 .yaml 或 .yml 文件。\n');
  });

  it('answers a Markdown file named by mistake with one sentence pointing to the application beside it, and goes on', () => {
    const outline =
      '# 申报书提纲\n\n**资助方向**：10\n\n> 注：按指南填写。\n\n| 序号 | 要求 |\n|---|---|\n| 1 | 企业牵头 |\n';
    const root = folder('outline', {
      '申报/application.yaml': good('10'),
      '申报/proposal.md': outline,
      '其他/备注.md': outline,
    });
    const args = ['check', '申报/proposal.md', '其他/备注.md', '申报/application.yaml'];
    const zh = runCli(args, { cwd: root });
    expect([zh.status, zh.stderr]).toEqual([1, '']);
    expect(zh.stdout.split('\n').filter((l) => l.includes('.md'))).toEqual([
      '! 无法读取  申报/proposal.md  资助方向未能确定',
      '  申报/proposal.md  错误  这不是 YAML 格式的申请书（申请书是 .yaml 或 .yml 文件），未审查；请审查同一文件夹中的 申报/application.yaml。  file',
      '! 无法读取  其他/备注.md  资助方向未能确定',
      '  其他/备注.md  错误  这不是 YAML 格式的申请书（申请书是 .yaml 或 .yml 文件），未审查；请确认没有选错文件。  file',
    ]);
    expect(zh.stdout).toContain('✓ 通过  申报/application.yaml');
    expect(zh.stdout).toContain('共 3 个文件：通过 1，不通过 0，无法读取 2');

    const en = runCli([...args, '--lang', 'en', '--format', 'json'], { cwd: root });
    expect(en.status).toBe(1);
    const files = (JSON.parse(en.stdout) as { files: { status: string; findings: unknown[] }[] }).files;
    expect(files.map((f) => f.status)).toEqual(['error', 'error', 'pass']);
    expect(files[0]!.findings).toEqual([
      {
        rule: 'file',
        severity: 'error',
        message:
          'This is not a YAML application (applications are .yaml or .yml files), so it was not checked; check 申报/application.yaml in the same folder.',
        path: null,
        line: null,
        column: null,
        clause: null,
        basis: null,
      },
    ]);

    // --fix says it too, and leaves the outline as it was.
    const fixed = runCli(['check', '申报/proposal.md', '--fix'], { cwd: root });
    expect(fixed.stderr).toBe(
      '申报/proposal.md：未修正：这不是 YAML 格式的申请书（申请书是 .yaml 或 .yml 文件），未审查；请审查同一文件夹中的 申报/application.yaml。\n',
    );
    expect(readFileSync(join(root, '申报/proposal.md'), 'utf8')).toBe(outline);
  });

  it('judges a file that is not UTF-8 as unreadable, with the line and how to fix it', () => {
    const root = folder('gbk', {});
    // 0xff makes it invalid as GB18030 too, which would otherwise be read with a warning.
    writeFileSync(
      join(root, 'gbk.yaml'),
      Buffer.concat([Buffer.from('project: 1\ntitle: '), Buffer.from([0xb9, 0xf0, 0xc1, 0xff]), Buffer.from('\n')]),
    );
    const r = runCli(['check', root]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${join(root, 'gbk.yaml')}:2:1  错误  文件不是 UTF-8 编码（第 2 行起）：请在编辑器中“另存为 UTF-8”，或用 --encoding gb18030 指定原编码。  file\n`,
    );
    const forced = runCli(['check', root, '--encoding', 'gb18030', '--json']);
    expect(
      (
        JSON.parse(forced.stdout) as { files: { status: string; findings: { rule: string }[] }[] }
      ).files[0]!.findings.map((f) => f.rule),
    ).not.toContain('file');
  });

  it('--quiet prints errors only and leaves the verdicts alone', () => {
    const root = folder('quiet', {
      'warn.yaml': good('15-1').replace(/creditCode: (\S+)/, 'creditCode: "123"'),
      'bad.yaml': good('15-1').replace(/requested: \d+/, 'requested: 999'),
    });
    const r = runCli(['check', root, '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        `✗ 不通过  ${root}/bad.yaml  资助方向 15-1「环境保护及节能减排关键技术研发与应用示范」`,
        '  桂林第1科技有限公司 《漓江流域农村污水生态处理示范》 申请 999 万元',
        `  ${root}/bad.yaml:7:14  错误  申请资助 999 万元超出本方向的资助额度 20–50 万元；请改为该范围内的金额。  funding-range`,
        '      依据条款：资助金额：20-50万元',
        '',
        '共 2 个文件：通过 1，不通过 1，无法读取 0',
        '（--quiet：另有 1 条警告或提示未显示）',
        '',
      ].join('\n'),
    );
  });
});

describe('--output', () => {
  it('writes the report to the file, says where on stderr, and prints nothing else', () => {
    const out = join(dir, '审查结果.csv');
    const r = runCli(['check', FIXTURES, '--format', 'csv', '-o', out]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `审查结果（8 个文件）已写入 ${out}\n`]);
    const text = readFileSync(out, 'utf8');
    expect(
      text.startsWith('\uFEFFfile,code,status,applicant,title,rule,severity,line,column,path,message,clause\r\n'),
    ).toBe(true);
    // 11 findings and the note that a file's format errors hold back some of its rules.
    expect(text.split('\r\n')).toHaveLength(1 + 12 + 1);
  });

  it('refuses to overwrite an existing file without --force, and writes nothing', () => {
    const out = join(dir, 'existing.md');
    writeFileSync(out, '评审意见草稿\n');
    const r = runCli(['check', FIXTURES, '--format', 'markdown', '--output', out]);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${out} 已存在；如要覆盖请加 --force，或换一个文件名。\n`]);
    expect(readFileSync(out, 'utf8')).toBe('评审意见草稿\n');
  });

  it('overwrites with --force, atomically: no temporary file is left beside it', () => {
    const sub = join(dir, 'forced');
    mkdirSync(sub);
    const out = join(sub, 'report.json');
    writeFileSync(out, 'old');
    const r = runCli(['check', FIXTURES, '--json', '--output', out, '--force', '--lang', 'en']);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `Results for 8 files written to ${out}\n`]);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { summary: unknown }).summary).toEqual({
      files: 8,
      pass: 2,
      fail: 5,
      error: 1,
    });
    expect(readdirSync(sub)).toEqual(['report.json']);
  });

  it('refuses a name Windows would not accept', () => {
    const r = runCli(['check', FIXTURES, '-o', join(dir, 'CON.csv'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot write ".*CON\.csv": .*; choose another name\.\n$/);
  });

  it('refuses a folder that does not exist, before checking anything', () => {
    const out = join(dir, 'no-such-folder', 'r.csv');
    const r = runCli(['check', FIXTURES, '-o', out]);
    expect([r.status, r.stderr]).toEqual([2, `不能写入 ${out}：文件夹 ${join(dir, 'no-such-folder')} 不存在。\n`]);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});
