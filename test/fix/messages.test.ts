import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { applicationJsonSchema } from '../../src/application/json-schema.js';
import type { Lang } from '../../src/i18n/index.js';
import { checkApplication } from '../support/check-application.js';
import { enterpriseOnlyGuide, guideline } from '../support/guideline.js';
import { validApplication } from '../support/valid-application.js';
import { runCli } from '../support/cli.js';

type App = Record<string, unknown>;

function findings(app: App, lang: Lang = 'zh') {
  return checkApplication(app, { lang }).result.findings;
}
function messageAt(app: App, path: string, lang: Lang = 'zh'): string {
  const f = findings(app, lang).find((x) => x.path === path);
  if (!f) throw new Error(`no finding at ${path}: ${JSON.stringify(findings(app, lang))}`);
  return f.message;
}
function line(code: string, change: (app: App) => void, tier?: string): App {
  const app = validApplication(code, tier) as unknown as App;
  change(app);
  return app;
}
const applicant = (app: App) => app.applicant as App;

describe('messages that say what to write', () => {
  it.each([
    ['第三类', 3],
    ['第3类', 3],
    ['5类', 5],
  ])("a talent's category written as people name one (%s) is answered with its number", (written, n) => {
    const app = line('9', (a) => ((a.talent as App).category = written));
    expect(messageAt(app, 'talent.category')).toBe(
      `talent.category: 「${written}」是文字，不是数字：请写成 ${n}（不带引号和单位）。`,
    );
    expect(messageAt(app, 'talent.category', 'en')).toBe(
      `talent.category: "${written}" is text, not a number: write ${n} (no quotes, no unit).`,
    );
  });

  it('a category is read as its number only at a key of categories: 第三类 is no amount', () => {
    const app = line('9', (a) => ((a.funding as App).requested = '第三类'));
    expect(messageAt(app, 'funding.requested')).toBe(
      'funding.requested: 「第三类」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。',
    );
  });

  it.each([
    [
      '项目10',
      'project: 「项目10」是文字，不是数字：请写成 10（不带引号和单位）。',
      'project: "项目10" is text, not a number: write 10 (no quotes, no unit).',
    ],
    [
      '方向 5-2',
      'project: 「方向 5-2」是资助方向的编号，project 只写项目编号：请写成 project: 5，方向另起一行写 direction: 2。',
      'project: "方向 5-2" is the code of a funding line, and project takes the project\'s number only: write project: 5, and the direction on a line of its own, direction: 2.',
    ],
  ])(
    'a project written with the word 项目 or 方向 before it (%s) is answered with the number to write',
    (written, zh, en) => {
      const app = line('10', (a) => (a.project = written));
      expect(messageAt(app, 'project')).toBe(zh);
      if (en) expect(messageAt(app, 'project', 'en')).toBe(en);
    },
  );

  it('a yes or no where one of several is asked (highTech: 是) is answered with the choices as they are described', () => {
    const yes = line('10', (a) => (applicant(a).highTech = '是'));
    expect(messageAt(yes, 'applicant.highTech')).toBe(
      'applicant.highTech: 「是」只回答了是或否，这一项请写符合的一种：valid（有效）、reserve（培育后备）、none（不是）。',
    );
    expect(messageAt(yes, 'applicant.highTech', 'en')).toBe(
      'applicant.highTech: "是" answers only yes or no; write the one of these that applies: valid, reserve (candidate) or none.',
    );
    const other = line('10', (a) => (applicant(a).highTech = '有效'));
    expect(messageAt(other, 'applicant.highTech')).toBe(
      'applicant.highTech: 取值应为以下之一：valid（有效）、reserve（培育后备）、none（不是）。',
    );
  });

  it('a period written as 2019-2021 is answered with the form, its years filled in', () => {
    const app = line('1', (a) => (a.period = '2019-2021'));
    expect(messageAt(app, 'period')).toContain('请写成 period: { start: 2019, end: 2021 }');
    expect(messageAt(app, 'period', 'en')).toContain('write period: { start: 2019, end: 2021 }');
  });

  it("a period written as one year is answered with the line's own years, which pass its period rule (15-3: 2019–2020)", () => {
    const app = line('15-3', (a) => (a.period = 2019), 'key');
    expect(messageAt(app, 'period')).toContain('请写成 period: { start: 2019, end: 2020 }。');
    expect(messageAt(app, 'period', 'en')).toContain('write period: { start: 2019, end: 2020 }.');
    // Followed, the advice leaves only what a valid application has; 2019–2021 would break the rule.
    const followed = line('15-3', (a) => (a.period = { start: 2019, end: 2020 }), 'key');
    expect(findings(followed)).toEqual(findings(line('15-3', () => {}, 'key')));
    const beyond = line('15-3', (a) => (a.period = { start: 2019, end: 2021 }), 'key');
    expect(
      findings(beyond)
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    ).toEqual(['period']);
  });

  it('where the line cannot be told, the form takes the years most of the lines of the guide run over (2019–2021)', () => {
    const app = line('1', (a) => {
      a.project = 99;
      a.period = 2019;
    });
    expect(messageAt(app, 'period')).toContain('请写成 period: { start: 2019, end: 2021 }。');
  });

  it.each([
    [
      '八十',
      '「八十」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。',
      '"八十" is text, not a number: write one number in digits (no quotes, no unit).',
    ],
    [
      '约50',
      '「约50」是文字，不是数字：请写一个阿拉伯数字（不带引号和单位）。',
      '"约50" is text, not a number: write one number in digits (no quotes, no unit).',
    ],
    ['', '是空的（""）：请填写内容。', 'is empty (""): please fill it in.'],
    ['  ', '只有空格：请填写内容。', 'holds only spaces: please fill it in.'],
  ])('an amount written as text no number is read from (%j) is told to write one in digits', (text, zh, en) => {
    const app = line('5-2', (a) => ((a.funding as App).matching = text));
    expect(messageAt(app, 'funding.matching')).toBe(`funding.matching: ${zh}`);
    expect(messageAt(app, 'funding.matching', 'en')).toBe(`funding.matching: ${en}`);
  });

  it('a tier left empty lists the tiers with their amounts', () => {
    const app = line('16', (a) => (a.tier = null), 'general');
    const m = findings(app).find((f) => f.rule === 'project')!.message;
    expect(m).toContain('general（一般项目，30–50 万元）');
    expect(m).toContain('major（重大项目，100–200 万元）');
  });

  it('a country in small letters is answered in the chosen language with its code; 中国 is taken as CN', () => {
    const de = line('13', (a) => ((a.partners as App[])[0]!.country = 'de'));
    expect(messageAt(de, 'partners[0].country')).toBe(
      'partners[0].country: 「de」应写成国家代码 DE（ISO 3166 两位大写字母）。',
    );
    expect(messageAt(de, 'partners[0].country', 'en')).toContain('should be the country code DE');
    const cn = line('1', (a) => (a.partners = [{ name: '桂林电子科技大学', type: 'university', country: '中国' }]));
    expect(findings(cn)).toEqual([]);
  });

  it('是 and 否 are booleans in check, as 企业 is a type', () => {
    const app = line('1', (a) => {
      applicant(a).inGuilin = '是';
      (a.targets as App).massProduction = '是';
    });
    expect(checkApplication(app).result.status).toBe('pass');
    const wrong = line('1', (a) => (applicant(a).inGuilin = 'yes'));
    expect(messageAt(wrong, 'applicant.inGuilin')).toContain('请写 true 或 false（也可写 是 或 否）');
  });

  it('an unknown key under leader names the keys leader may hold', () => {
    const app = line('1', (a) => (a.leader = { name: '张三', title: '教授' }));
    expect(messageAt(app, 'leader.title')).toContain('（这里可写的键：name）');
  });

  it('an optional key left ~ is absent, not missing', () => {
    const app = line('1', (a) => {
      applicant(a).creditCode = null;
      a.partners = null;
    });
    expect(checkApplication(app).result.status).toBe('pass');
  });

  it('a vocabulary value gets "did you mean" by spelling, by label and by short label', () => {
    const spelled = line('1', (a) => (a.fields = ['biomedicine']));
    expect(messageAt(spelled, 'fields[0]')).toContain('是否想写「bio_medicine」');
    expect(messageAt(spelled, 'fields[0]')).toContain('bio_medicine（生物与新医药）');
    const labelled = line('1', (a) => (a.fields = ['电子信息技术']));
    expect(messageAt(labelled, 'fields[0]')).toContain('「electronic_information」');
    const short = line('1', (a) => (a.partners = [{ name: '某医院', type: '医院' }]));
    expect(messageAt(short, 'partners[0].type', 'en')).toContain('(did you mean "hospital"?)');
  });

  it('an amount that looks written in yuan gets the 万元 hint', () => {
    const app = line('1', (a) => ((a.funding as App).requested = 500000));
    expect(messageAt(app, 'funding.requested')).toContain('如果 500000 是元，请写 50');
  });

  it('a share written as a percentage is answered with the fraction', () => {
    const app = line('14', (a) => ((a.targets as App).industryCoverage = 85));
    expect(messageAt(app, 'targets.industryCoverage')).toContain('85% 请写 0.85');
    const text = line('14', (a) => ((a.targets as App).industryCoverage = '85%'));
    expect(messageAt(text, 'targets.industryCoverage')).toContain('请写成 0.85');
  });
});

describe('one round', () => {
  it('reports the rules whose inputs are well-formed beside the format errors, and says once that more follow', () => {
    const app = line('1', (a) => {
      applicant(a).type = '民营企业';
      (a.funding as App).matching = 10;
    });
    const found = findings(app);
    expect(found.map((f) => [f.rule, f.path])).toEqual([
      ['schema', 'applicant.type'],
      ['matching-ratio', 'funding.matching'],
      ['schema', null],
    ]);
    expect(found[2]!.severity).toBe('info');
  });
});

describe('help where the applicant types', () => {
  const schema = applicationJsonSchema(guideline());
  const validate = new Ajv2020({ strict: false }).compile(schema);

  /** Every key's description, by its dotted path; the paths of the keys without one. */
  function descriptions(json: unknown): { of: Map<string, string>; missing: string[] } {
    const of = new Map<string, string>();
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { description?: string }>; items?: unknown; anyOf?: unknown[] };
      for (const [k, v] of Object.entries(n.properties ?? {})) {
        if (!v.description || !/[\u4e00-\u9fff].* \/ [A-Za-z]/.test(v.description)) missing.push(`${path}${k}`);
        else of.set(`${path}${k}`, v.description);
        walk(v, `${path}${k}.`);
      }
      walk(n.items, path);
      for (const o of n.anyOf ?? []) walk(o, path);
    };
    walk(json, '');
    return { of, missing };
  }

  it('the JSON Schema describes every key, in Chinese with the English', () => {
    expect(descriptions(schema).missing).toEqual([]);
  });

  it("names the projects, lines, years and categories the guide gives: the 2019 guide's", () => {
    const of = descriptions(schema).of;
    expect(of.get('guideline')).toBe(
      '申报所依据的指南，如 guilin-2019（可省略） / The guideline applied to, e.g. guilin-2019 (optional)',
    );
    expect(of.get('project')).toBe('项目编号 1–16 / Project number 1–16');
    expect(of.get('direction')).toBe(
      '课题方向编号：项目 5 和 15 必填，其他项目不写 / Direction number: required for projects 5 and 15, absent otherwise',
    );
    expect(of.get('tier')).toBe(
      '项目类别：15-3 和 16 必填（见 guilin-grants show） / Tier: required for 15-3 and 16 (see guilin-grants show)',
    );
    expect(of.get('period')).toBe(
      '实施年限，写成 { start: 2019, end: 2021 } / Implementation period, written { start: 2019, end: 2021 }',
    );
    expect(of.get('talent')).toBe('人才（仅项目 9） / Talent (project 9 only)');
    expect(of.get('talent.category')).toBe(
      '人才类别 1–5（中直、区直单位 1–3） / Talent category 1–5 (1–3 for central or Guangxi-level units)',
    );
    expect(of.get('applicant.centralOrRegional')).toContain('（影响项目 9）');
    expect(of.get('commissioner')).toContain('（仅项目 14）');
    expect(of.get('drug')).toContain('（项目 2，可省略）');
    expect(of.get('ecoIndustry')).toContain('（项目 16）');
  });

  it('a guide of project 1 alone: every key still described, none naming a project it does not have', () => {
    const { of, missing } = descriptions(applicationJsonSchema(enterpriseOnlyGuide()));
    expect(missing).toEqual([]);
    expect(of.get('project')).toBe('项目编号 1 / Project number 1');
    expect(of.get('direction')).toBe(
      '课题方向编号：本指南的项目都不写 / Direction number: no project of this guide has one',
    );
    expect(of.get('tier')).toBe('项目类别（见 guilin-grants show） / Tier (see guilin-grants show)');
    expect(of.get('talent')).toBe('人才 / Talent');
    expect(of.get('commissioner')).toBe('科技特派员 / Science and technology commissioner');
    expect([...of.values()].filter((d) => /项目 (2|5|9|14|15|16)\b/.test(d))).toEqual([]);
  });

  it('refuses project 17, accepts 16 and an optional key left ~', () => {
    const app = validApplication('1') as unknown as App;
    expect(validate({ ...app, project: 17 })).toBe(false);
    expect(validate({ ...app, project: 16 })).toBe(true);
    expect(validate({ ...app, applicant: { ...applicant(app), creditCode: null } })).toBe(true);
  });

  it('a scaffold fills a value that has one allowed choice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gg-init-'));
    try {
      for (const code of ['1', '2', '3', '4']) {
        expect(runCli(['init', code, join(dir, code)]).status).toBe(0);
        expect(readFileSync(join(dir, code, 'application.yaml'), 'utf8')).toMatch(/^ {2}type: enterprise$/m);
      }
      // Where the guide allows several types, the applicant still chooses.
      expect(runCli(['init', '5-2', join(dir, '5-2')]).status).toBe(0);
      expect(readFileSync(join(dir, '5-2', 'application.yaml'), 'utf8')).toMatch(/^ {2}type: ~$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('init --help does not promise to spare questions, and guideline validate --help does not offer --guideline', () => {
    expect(runCli(['init', '--help']).stdout).not.toContain('不再提问');
    expect(runCli(['guideline', 'validate', '--help']).stdout).not.toContain('--guideline');
  });

  it('list with a value it does not know names the values it takes in the language asked for', () => {
    expect(runCli(['list', '--type', '火星']).stderr).toBe(
      '不认识的单位类型「火星」；可选：enterprise（企业）, university（高校）, research_institute（科研院所）, hospital（医疗卫生机构）, government（机关事业单位）, social_organization（社会组织）, other（其他）。\n',
    );
    expect(runCli(['list', '--type', 'mars', '--lang', 'en']).stderr).toBe(
      'Unknown applicant type "mars"; known: enterprise (Enterprise), university (University), research_institute (Research institute), hospital (Medical and health institution), government (Government agency or public institution), social_organization (Social organization), other (Other).\n',
    );
  });

  it('list --type takes short labels', () => {
    const r = runCli(['list', '--type', '医院', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    expect(runCli(['list', '--type', '大学', '--json']).stdout).toBe(
      runCli(['list', '--type', 'university', '--json']).stdout,
    );
  });
});
