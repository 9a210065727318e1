import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from '../../src/application/read-profile.js';
import { InterruptedError } from '../../src/util/errors.js';
import { CANCEL, scriptedPrompter } from '../support/scripted-prompter.js';
import type { Lang } from '../../src/i18n/index.js';
import { matchJson } from '../../src/match/match-json.js';
import { profileYaml } from '../../src/match/profile-yaml.js';
import { askQuestions, questionnaire } from '../../src/match/questionnaire.js';
import { QUESTIONS } from '../../src/match/questions.js';
import { rankLines } from '../../src/match/rank.js';
import { createStyle } from '../../src/report/chalk-style.js';
import { guideline } from '../support/guideline.js';
import { ROOT } from '../support/cli.js';
import { parseGuidelineText } from '../../src/guideline/load.js';

async function answer(script: Record<string, unknown>, lang: Lang = 'zh') {
  const p = scriptedPrompter(script, lang);
  const { facts, asked } = await askQuestions(p, guideline(lang), lang);
  const status = (code: string) => rankLines(guideline(lang), facts, lang).find((r) => r.line.code === code)!.status;
  return { p, facts, asked, status };
}

const IT_ENTERPRISE = {
  inGuilin: true,
  type: 'enterprise',
  platforms: [],
  highTech: 'valid',
  talentRoute: 'none',
  commissioner: false,
  fields: ['electronic_information'],
  partners: ['university'],
  'partnerName.university': '桂林电子科技大学',
  'partnerCountry.university': false,
  'morePartners.university': false,
};

/** The questions IT_ENTERPRISE is asked, in the order asked: the question most lines hang on first. */
const IT_ENTERPRISE_ORDER = [
  'type',
  'platforms',
  'highTech',
  'talentRoute',
  'commissioner',
  'inGuilin',
  'fields',
  'partners',
];

describe("a platform's level is asked in its own words", () => {
  it('in English, an abbreviation (S&T) and a name (Xingchuang Tiandi) keep their capitals; the rest reads lower-case', async () => {
    const { p } = await answer(
      {
        ...IT_ENTERPRISE,
        platforms: ['innovation_base', 'rural_maker_space', 'key_lab'],
        'platformLevel.innovation_base': 'guangxi',
        'platformLevel.rural_maker_space': 'guangxi',
        'platformLevel.key_lab': 'guangxi',
      },
      'en',
    );
    expect(p.shown.filter((s) => s.name.startsWith('platformLevel.')).map((s) => s.message)).toEqual([
      'At what level is your major S&T innovation base recognised?',
      'At what level is your rural maker space (Xingchuang Tiandi) recognised?',
      'At what level is your key laboratory recognised?',
    ]);
  });
});

describe('an applicant with no such talent (暂无) is told why line 9 is closed, not asked to describe a talent', () => {
  it.each([
    [
      'zh',
      '本方向资助依托引进高层次人才、院士工作站或可持续发展智库专家开展的项目；本单位暂无这类人才，不能申报。',
      '引进的高层次人才须担任项目负责人；您回答人才不担任，须改由其负责项目才能申报。',
    ],
    [
      'en',
      'This line funds projects built on introduced high-level talent, an academician workstation or a sustainable development think-tank expert; your organisation has none of these, so it cannot apply.',
      'The introduced high-level talent must lead the project; you answered that they will not, so they must lead it for you to apply.',
    ],
  ] as const)('%s', async (lang, none, notLeader) => {
    const closedBy = async (script: Record<string, unknown>) => {
      const { facts } = await answer(script, lang);
      const nine = rankLines(guideline(lang), facts, lang).find((r) => r.line.code === '9')!;
      return [nine.status, nine.reasons.filter((r) => r.ok === false).map((r) => r.message)];
    };
    expect(await closedBy(IT_ENTERPRISE)).toEqual(['ineligible', [none]]);
    expect(
      await closedBy({
        ...IT_ENTERPRISE,
        talentRoute: 'introduced',
        talentLeader: false,
        talentDate: '2018-03-01',
        talentCategory: 2,
        centralOrRegional: false,
      }),
    ).toEqual(['ineligible', [notLeader]]);
  });
});

describe("what the guide's content addresses, unmet, is a doubt to confirm, said once", () => {
  it.each([
    [
      'zh',
      '本方向的内容面向我市企业、驻桂林科研院所和高校，第一申报单位宜在桂林（申报要求未列为条件）；本单位与此不符，请与管理科室确认。',
      '本方向的内容面向孵化器、大学科技园、众创空间等创新创业载体（“等”：所列不全；申报要求未列为条件）；本单位与此不符，请与管理科室确认。',
    ],
    [
      'en',
      "The line's content is addressed to enterprises of Guilin and research institutes and universities in Guilin, so the lead applicant should be in Guilin (its requirements do not make this a condition); yours does not fit it: confirm with the managing office.",
      "The line's content is addressed to incubators, university science parks, maker spaces and other innovation and entrepreneurship carriers (the list is open; its requirements do not make this a condition); yours does not fit it: confirm with the managing office.",
    ],
  ] as const)('an enterprise outside Guilin with no incubator, on lines 13 and 6 (%s)', async (lang, thirteen, six) => {
    const { facts } = await answer({ ...IT_ENTERPRISE, inGuilin: false }, lang);
    const doubts = (code: string) => {
      const r = rankLines(guideline(lang), facts, lang).find((x) => x.line.code === code)!;
      return [r.status, r.reasons.filter((x) => x.ok === false && x.basis === 'content').map((x) => x.message)];
    };
    expect(doubts('13')).toEqual(['possible', [thirteen]]);
    expect(doubts('6')).toEqual(['possible', [six]]);
  });
});

describe("a farmers' cooperative is told which kind of unit it is", () => {
  // The guide's forms name no cooperative (农民专业合作社): 其他 says it is the one to pick.
  it.each([
    ['zh', '其他，如农民专业合作社'],
    ['en', "Other, e.g. a farmers' cooperative"],
  ] as const)("the type and the partners' kinds offer 其他 with the cooperative (%s)", async (lang, other) => {
    const { p, facts } = await answer({ ...IT_ENTERPRISE, type: 'other', ecoIndustry: false }, lang);
    for (const name of ['type', 'partners']) expect(p.shown.find((s) => s.name === name)?.choices?.at(-1)).toBe(other);
    expect(facts.applicant?.type).toBe('other');
  });
});

describe('which questions are asked, in which order', () => {
  it('a small IT enterprise: the question most lines hang on first, then those of fewer lines, then fields and partners', async () => {
    const { p, asked } = await answer(IT_ENTERPRISE);
    // Residence decides nothing (the guide makes it no condition): it is asked with the questions that rank.
    expect(asked).toEqual(IT_ENTERPRISE_ORDER);
    expect(p.asked).toEqual([
      ...asked.slice(0, -1),
      'partners',
      'partnerName.university',
      'partnerCountry.university',
      'morePartners.university',
    ]);
    // Each question says how many lines hang on it: those its answer can rule out, and those
    // where it raises a doubt or ranks (the type: 5-2, 8, 9 and 13's content; platforms: 6's).
    expect(p.shown.map((s) => s.message.match(/（关系到.*）$/)?.[0])).toEqual([
      '（关系到 12 个方向）',
      '（关系到方向 5-1、6、7）',
      '（关系到方向 10）',
      '（关系到方向 9）',
      '（关系到方向 14）',
      '（关系到方向 8、13）',
      '（关系到 15 个方向）',
      '（关系到 8 个方向）',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['zh', '（关系到方向 5-1、6、7）'],
    ['en', ' (concerns lines 5-1, 6, 7)'],
  ] as const)(
    'the platforms question names 6, whose content addresses incubators, though no answer closes it (%s)',
    async (lang, hint) => {
      const { p, status } = await answer(IT_ENTERPRISE, lang);
      expect(p.shown.find((s) => s.name === 'platforms')?.message.endsWith(hint)).toBe(true);
      expect(status('6')).toBe('possible');
    },
  );

  it('a university lab is never asked about high-tech enterprise status, but about eco-industry projects (16)', async () => {
    const { asked, p, status } = await answer({
      inGuilin: true,
      type: 'university',
      platforms: ['key_lab'],
      'platformLevel.key_lab': 'guangxi',
      talentRoute: 'none',
      commissioner: false,
      ecoIndustry: false,
      fields: ['electronic_information'],
      partners: [],
    });
    expect(asked).toEqual([
      'type',
      'platforms',
      'talentRoute',
      'commissioner',
      'ecoIndustry',
      'inGuilin',
      'fields',
      'partners',
    ]);
    expect(p.asked).toContain('platformLevel.key_lab');
    expect(status('5-2')).toBe('eligible');
    expect(status('16')).toBe('eligible');
    expect(status('9')).toBe('ineligible');
  });

  it('a hospital is not asked about high-tech status: no line still open depends on it', async () => {
    const { asked, status } = await answer({
      inGuilin: true,
      type: 'hospital',
      platforms: [],
      talentRoute: 'none',
      commissioner: false,
      ecoIndustry: false,
      fields: ['health_care'],
      partners: [],
    });
    // 9's content addresses enterprises, universities and institutes, but no requirement excludes a hospital.
    expect(asked).toEqual([
      'type',
      'platforms',
      'talentRoute',
      'commissioner',
      'ecoIndustry',
      'inGuilin',
      'fields',
      'partners',
    ]);
    expect(status('15-3')).toBe('eligible');
  });

  it('a county agricultural park: its park is below the level of 7; its commissioner opens 14', async () => {
    const { asked, p, status } = await answer({
      inGuilin: true,
      type: 'government',
      platforms: ['agri_science_park'],
      'platformLevel.agri_science_park': 'county',
      talentRoute: 'none',
      commissioner: true,
      mainImplementer: true,
      ecoIndustry: false,
      fields: ['agriculture'],
      partners: [],
    });
    expect(asked).toEqual([
      'type',
      'platforms',
      'talentRoute',
      'commissioner',
      'mainImplementer',
      'ecoIndustry',
      'inGuilin',
      'fields',
      'partners',
    ]);
    // Only platform kinds that some open line names are offered, with the guide's labels.
    expect(p.shown.find((s) => s.name === 'platforms')!.choices).toEqual([
      '重点实验室',
      '重大科技创新基地',
      '科技企业孵化器',
      '众创空间',
      '大学科技园',
      '农业科技园区',
      '星创天地',
      '农业工程技术研究中心',
      // 9 stays open to it (its content addresses others): 9's priority names the workstation.
      '院士工作站',
    ]);
    expect(status('7')).toBe('ineligible');
    expect(status('14')).toBe('eligible');
  });

  it('an applicant outside Guilin is asked the same questions, and no line closes for its residence', async () => {
    const { asked, status } = await answer({ ...IT_ENTERPRISE, inGuilin: false });
    expect(asked).toEqual(IT_ENTERPRISE_ORDER);
    // The residence is said as a reason; whether the call notice admits it is for the office to say.
    expect(status('1')).toBe('eligible');
    expect(status('8')).toBe('possible');
  });

  it('a dispatching unit whose commissioner will not implement the project: 14 closes', async () => {
    const { p, status } = await answer({
      inGuilin: true,
      type: 'hospital',
      platforms: [],
      talentRoute: 'none',
      commissioner: true,
      mainImplementer: false,
      ecoIndustry: false,
      fields: ['health_care'],
      partners: [],
    });
    expect(p.asked).toContain('mainImplementer');
    expect(status('14')).toBe('ineligible');
  });

  it('not dispatching a commissioner: the follow-up is not asked', async () => {
    const { p } = await answer({ ...IT_ENTERPRISE, commissioner: false });
    expect(p.asked).not.toContain('mainImplementer');
  });
});

describe('talent (project 9) branches', () => {
  const enterprise = {
    inGuilin: true,
    type: 'enterprise',
    platforms: [],
    highTech: 'none',
    commissioner: false,
    fields: ['advanced_manufacturing'],
    partners: [],
  };

  it('introduced talent: leader, date (validated) and category; a 4th-category talent asks whether the unit is central or regional', async () => {
    const { p, facts, status } = await answer({
      ...enterprise,
      talentRoute: 'introduced',
      talentLeader: true,
      // As people type a date: the impossible one and the half one refused, full-width digits and slashes taken.
      talentDate: ['2018-02-30', '2018年3月', '２０１８/3/1'],
      talentCategory: 4,
      centralOrRegional: false,
    });
    expect(p.asked.filter((n) => n.startsWith('talent') || n === 'centralOrRegional')).toEqual([
      'talentRoute',
      'talentLeader',
      'talentDate',
      'talentCategory',
      'centralOrRegional',
    ]);
    expect(p.rejected).toEqual([
      { name: 'talentDate', message: '请输入一个真实的日期，如 2018-03-01、2018-3-1 或 2018/3/1。' },
      { name: 'talentDate', message: '请输入一个真实的日期，如 2018-03-01、2018-3-1 或 2018/3/1。' },
    ]);
    expect(facts.talent).toEqual({ route: 'introduced', isLeader: true, introducedOn: '2018-03-01', category: 4 });
    expect(status('9')).toBe('eligible');
    // The category is asked by the document the guide names for it.
    expect(p.shown.find((q) => q.name === 'talentCategory')!.message).toMatch(
      /^按市办发〔2017〕6号第四条，该人才属于第几类？/,
    );
  });

  it('a guide that names no document for the categories: the category is asked plainly, in zh and en', async () => {
    const yaml = readFileSync(join(ROOT, 'guidelines/guilin-2019.yaml'), 'utf8');
    const source = /^ +categoriesIn: .*\n/m;
    expect(yaml).toMatch(source);
    for (const lang of ['zh', 'en'] as const) {
      const { guideline: g } = parseGuidelineText(yaml.replace(source, ''), 'no-source.yaml', lang);
      const p = scriptedPrompter(
        { ...enterprise, talentRoute: 'introduced', talentLeader: true, talentDate: '2018-03-01', talentCategory: 2 },
        lang,
      );
      await askQuestions(p, g!, lang);
      expect(p.shown.find((q) => q.name === 'talentCategory')!.message).toMatch(
        lang === 'zh' ? /^该人才属于第几类？/ : /^Which category does the talent belong to\?/,
      );
    }
  });

  it('a partner abroad: its country named as application.yaml takes it (德国 is DE), a name it does not know asked again', async () => {
    const { p, facts } = await answer({
      ...enterprise,
      talentRoute: 'none',
      partners: ['research_institute'],
      'partnerName.research_institute': 'Fraunhofer IPMS',
      'partnerCountry.research_institute': true,
      'partnerCountryCode.research_institute': ['Germany', '中国', '德国'],
      'morePartners.research_institute': false,
    });
    const refused = '请输入两位字母的国家或地区代码，如 DE、US、JP（国内合作单位请选“国内”）。';
    expect(p.rejected).toEqual([
      { name: 'partnerCountryCode.research_institute', message: refused },
      { name: 'partnerCountryCode.research_institute', message: refused },
    ]);
    expect(facts.partners).toEqual([{ name: 'Fraunhofer IPMS', type: 'research_institute', country: 'DE' }]);
  });

  it('a partner of the type 其他 is asked about in words that read: 合作单位（其他）的名称, 还有别的合作单位（其他）吗', async () => {
    const { p } = await answer({
      ...enterprise,
      talentRoute: 'none',
      partners: ['other'],
      'partnerName.other': '桂林某协会',
      'partnerCountry.other': false,
      'morePartners.other': false,
    });
    expect(p.shown.filter((q) => q.name.endsWith('.other')).map((q) => q.message)).toEqual([
      '合作单位（其他）的名称：',
      '「桂林某协会」在国内还是国外？',
      '还有别的合作单位（其他）吗？',
    ]);
  });

  it('a 2nd-category talent needs no question about central or regional units', async () => {
    const { p } = await answer({
      ...enterprise,
      talentRoute: 'introduced',
      talentLeader: true,
      talentDate: '2019-05-01',
      talentCategory: 2,
    });
    expect(p.asked).not.toContain('centralOrRegional');
  });

  it('a talent who will not lead the project closes 9 at once: no date or category is asked', async () => {
    const { p, status } = await answer({ ...enterprise, talentRoute: 'introduced', talentLeader: false });
    expect(p.asked).not.toContain('talentDate');
    expect(p.asked).not.toContain('talentCategory');
    expect(status('9')).toBe('ineligible');
  });

  it('an academician: the share of time is typed in percent, checked, and kept as a ratio', async () => {
    const { p, facts, status } = await answer({
      ...enterprise,
      talentRoute: 'academician',
      serviceRatio: ['120', '六十', '６０'],
    });
    expect(p.rejected.map((r) => r.message)).toEqual([
      '请输入 0 到 100 之间的数。',
      '「六十」请用阿拉伯数字填写，如 60。',
    ]);
    expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.6 });
    expect(status('9')).toBe('eligible');
  });

  it.each([
    ['zh', '「百分之六十」请用阿拉伯数字填写，如 60。', '请输入一个数字，如 60。'],
    ['en', 'Type "百分之六十" in digits, e.g. 60.', 'Type a number, e.g. 60.'],
  ] as const)(
    'a share typed in Chinese numerals is asked again in digits, not read; words without numerals as before (%s)',
    async (lang, inDigits, notNumber) => {
      const { p, facts } = await answer(
        { ...enterprise, talentRoute: 'academician', serviceRatio: ['百分之六十', 'most', '60'] },
        lang,
      );
      expect(p.rejected).toEqual([
        { name: 'serviceRatio', message: inDigits },
        { name: 'serviceRatio', message: notNumber },
      ]);
      expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.6 });
    },
  );

  it.each([
    ['zh', (t: string) => `「${t}」带有单位，不是百分比：请只填数字，如 60（即 60%）。`],
    ['en', (t: string) => `"${t}" carries a unit and is not a percentage: type the number alone, e.g. 60 (for 60%).`],
  ] as const)(
    'a share typed with a unit (60万, an amount) is asked again, naming what was typed, not read as 60 (%s)',
    async (lang, said) => {
      const { p, facts } = await answer(
        { ...enterprise, talentRoute: 'academician', serviceRatio: ['60万', '６０万元', '60人', '60%'] },
        lang,
      );
      expect(p.rejected).toEqual([
        { name: 'serviceRatio', message: said('60万') },
        { name: 'serviceRatio', message: said('６０万元') },
        { name: 'serviceRatio', message: said('60人') },
      ]);
      expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.6 });
    },
  );

  it.each([
    ['zh', (t: string) => `「${t}」请用阿拉伯数字填写，如 2018-03-01。`],
    ['en', (t: string) => `Type "${t}" in digits, e.g. 2018-03-01.`],
  ] as const)(
    'a date typed in Chinese numerals is asked again in digits, not called unreal (%s)',
    async (lang, said) => {
      const { p, facts } = await answer(
        {
          ...enterprise,
          talentRoute: 'introduced',
          talentLeader: true,
          talentDate: ['二〇一八年三月一日', '2018年三月一日', '2018年3月1日'],
          talentCategory: 2,
        },
        lang,
      );
      expect(p.rejected).toEqual([
        { name: 'talentDate', message: said('二〇一八年三月一日') },
        { name: 'talentDate', message: said('2018年三月一日') },
      ]);
      expect(facts.talent?.introducedOn).toBe('2018-03-01');
    },
  );

  it.each(['60%', '６０％', '60 %'])(
    'an academician: the share of time may be typed with its percent sign (%s)',
    async (typed) => {
      const { p, facts } = await answer({ ...enterprise, talentRoute: 'academician', serviceRatio: [typed] });
      expect(p.rejected).toEqual([]);
      expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.6 });
    },
  );

  it.each([
    ['zh', '「0.5」是 0.5% 还是 50%？请按百分比填写：50% 写 50；确为 0.5%，请写 0.5%。'],
    ['en', 'Is "0.5" 0.5% or 50%? Type a percentage: 50 for 50%; for 0.5%, type 0.5%.'],
  ] as const)(
    'a share typed as 0.5 without its sign is asked again: half a percent, or a half? (%s)',
    async (lang, asked) => {
      const p = scriptedPrompter(
        { ...enterprise, talentRoute: 'academician', serviceRatio: ['0.5', '50'], ecoIndustry: false, confirm: true },
        lang,
      );
      const facts = await questionnaire(p, guideline(lang), lang, () => {}, createStyle(false));
      expect(p.rejected).toEqual([{ name: 'serviceRatio', message: asked }]);
      expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.5 });
    },
  );

  it('a share typed with decimals reads back as typed: 0.5 is 0.5% in the summary, on a redo and in the reason 9 gives, not 1%', async () => {
    const p = scriptedPrompter({
      ...enterprise,
      talentRoute: 'academician',
      serviceRatio: '0.5%',
      ecoIndustry: false,
      confirm: [false, true],
    });
    const out: string[] = [];
    const facts = await questionnaire(p, guideline('zh'), 'zh', (t) => out.push(t), createStyle(false));
    expect(facts.talent).toEqual({ route: 'academician', serviceRatio: 0.005 });
    expect(out[0]).toContain('\n  人才服务时间：0.5%\n');
    expect(p.shown.filter((s) => s.name === 'serviceRatio').map((s) => s.default)).toEqual([undefined, 0.5]);
    const nine = rankLines(guideline('zh'), facts, 'zh').find((r) => r.line.code === '9')!;
    expect(nine.status).toBe('ineligible');
    expect(nine.reasons.map((r) => r.message)).toContain('院士或智库专家为项目服务的时间占比为 0.5%，须不少于 50%。');
    const en = rankLines(guideline('en'), facts, 'en').find((r) => r.line.code === '9')!;
    expect(en.reasons.map((r) => r.message)).toContain(
      'The academician or expert serves the project 0.5% of the time; at least 50% is needed.',
    );
  });

  it('no such talent (暂无): stated as route none, and 9 closes, for the line needs one', async () => {
    const { facts, status } = await answer({ ...enterprise, talentRoute: 'none' });
    expect(facts.talent).toEqual({ route: 'none' });
    expect(status('9')).toBe('ineligible');
  });
});

describe('summary, redo and Ctrl-C', () => {
  it('shows a summary; answering "no" asks again with the last answers as defaults', async () => {
    const p = scriptedPrompter({
      ...IT_ENTERPRISE,
      type: ['university', 'enterprise'],
      ecoIndustry: false,
      confirm: [false, true],
    });
    const out: string[] = [];
    const facts = await questionnaire(p, guideline('zh'), 'zh', (t) => out.push(t), createStyle(false));
    expect(facts.applicant?.type).toBe('enterprise');
    expect(out[0]).toContain('您的回答：');
    expect(out[0]).toContain('单位类型：高校');
    expect(out[1]).toBe('好的，请重新回答（上次的回答为默认值）。');
    expect(out[2]).toContain('单位类型：企业');
    expect(out[2]).toContain('合作单位：桂林电子科技大学（高校，国内）');
    const types = p.shown.filter((s) => s.name === 'type');
    expect(types.map((s) => s.default)).toEqual(['enterprise', 'university']);
    expect(p.shown.filter((s) => s.name === 'fields').map((s) => s.default)).toEqual([
      undefined,
      ['electronic_information'],
    ]);
  });

  it.each([
    [
      'zh',
      [
        '您的回答：',
        '  单位类型：企业',
        '  平台：无',
        '  高新技术企业：是，有效期内的高新技术企业',
        '  依托人才：暂无',
        '  科技特派员派出单位：否',
        '  在桂林注册或驻桂林：是',
        '  技术领域：电子信息',
        '  合作单位：桂林电子科技大学（高校，国内）',
      ],
    ],
    [
      'en',
      [
        'Your answers:',
        '  Organisation type: Enterprise',
        '  Platforms: none',
        '  High-tech enterprise: Yes, with a valid recognition',
        '  Talent: None yet',
        '  Dispatches an S&T commissioner: No',
        '  Registered or based in Guilin: Yes',
        '  Fields: Electronic information',
        '  Partners: 桂林电子科技大学 (University, In China)',
      ],
    ],
  ] as const)(
    'lists the answers in the order the questions were asked, where it kept the order of the list of questions (%s)',
    async (lang, lines) => {
      const p = scriptedPrompter({ ...IT_ENTERPRISE, confirm: [true] }, lang);
      const out: string[] = [];
      await questionnaire(p, guideline(lang), lang, (t) => out.push(t), createStyle(false));
      expect(p.asked.filter((id) => id !== 'confirm' && !id.includes('.'))).toEqual(IT_ENTERPRISE_ORDER);
      expect(out).toEqual([`\n${lines.join('\n')}\n`]);
    },
  );

  it.each([
    ['zh', '  平台：国家级科技企业孵化器、市级众创空间'],
    ['en', '  Platforms: Technology business incubator (National), Maker space (City)'],
  ] as const)('an incubator with two platforms reads as two, each with its level (%s)', async (lang, row) => {
    const p = scriptedPrompter(
      {
        ...IT_ENTERPRISE,
        highTech: 'none',
        platforms: ['incubator', 'maker_space'],
        'platformLevel.incubator': 'national',
        'platformLevel.maker_space': 'city',
        confirm: [true],
      },
      lang,
    );
    const out: string[] = [];
    await questionnaire(p, guideline(lang), lang, (t) => out.push(t), createStyle(false));
    expect(out.join('').split('\n')).toContain(row);
  });

  it('a long answer wraps under itself at the width given, not back to the first column', async () => {
    const p = scriptedPrompter({
      ...IT_ENTERPRISE,
      partners: ['university', 'research_institute'],
      'partnerName.research_institute': '中国科学院自动化研究所',
      'partnerCountry.research_institute': false,
      'morePartners.research_institute': false,
      confirm: [true],
    });
    const out: string[] = [];
    await questionnaire(p, guideline('zh'), 'zh', (t) => out.push(t), createStyle(false), 60);
    const lines = out.join('').split('\n');
    expect(lines.slice(lines.findIndex((l) => l.startsWith('  合作单位：')))).toEqual([
      '  合作单位：桂林电子科技大学（高校，国内）、中国科学院自动化',
      '            研究所（科研院所，国内）',
      '',
    ]);
  });

  it('asked again, a list with last answers ticked says Enter keeps them, where it said to press Enter for none', async () => {
    const p = scriptedPrompter({ ...IT_ENTERPRISE, ecoIndustry: false, confirm: [false, true] });
    await questionnaire(p, guideline('zh'), 'zh', () => {}, createStyle(false));
    const partners = p.shown.filter((s) => s.name === 'partners').map((s) => s.message);
    expect(partners[0]).toMatch(/^项目有哪些类型的合作单位？（可多选；没有就直接按回车）/);
    expect(partners[1]).toMatch(/^项目有哪些类型的合作单位？（可多选；上次选的已勾上，按空格取消）/);
    // Nothing ticked the first time: the second asks as the first did.
    const platforms = p.shown.filter((s) => s.name === 'platforms').map((s) => s.message);
    expect(platforms[1]).toBe(platforms[0]);
    expect(platforms[1]).toContain('都没有就直接按回车');
  });

  it('an empty choice of fields is refused', async () => {
    const { p, facts } = await answer({ ...IT_ENTERPRISE, fields: [[], ['new_materials']] });
    expect(p.rejected).toEqual([{ name: 'fields', message: '请至少选择一项。' }]);
    expect(facts.fields).toEqual(['new_materials']);
  });

  it('Ctrl-C at any prompt: an InterruptedError that says 已取消', async () => {
    const run = answer({ inGuilin: true, type: CANCEL });
    await expect(run).rejects.toBeInstanceOf(InterruptedError);
    await expect(run).rejects.toThrow(/^已取消$/);
  });
});

describe('in English', () => {
  it('asks in English with the guide’s English labels', async () => {
    const { p } = await answer(
      {
        inGuilin: true,
        type: 'hospital',
        platforms: [],
        talentRoute: 'none',
        commissioner: false,
        ecoIndustry: false,
        fields: ['health_care'],
        partners: [],
      },
      'en',
    );
    expect(p.shown[0]!.choices).toContain('Medical and health institution');
    expect(p.shown.find((s) => s.name === 'inGuilin')!.message).toBe(
      'Is your organisation registered or based in Guilin? (concerns lines 8, 13)',
    );
    expect(p.shown.find((s) => s.name === 'commissioner')!.message).toMatch(/\(concerns line 14\)$/);
  });
});

describe('every answer survives --save-profile: read back, the same facts and the same result', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-roundtrip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = { inGuilin: true, commissioner: false, ecoIndustry: false, fields: ['new_materials'], partners: [] };
  // Between them, these answer every question the questionnaire can ask.
  const scripts: Record<string, Record<string, unknown>> = {
    'an enterprise with platforms at levels, high-tech, introduced talent of a central unit, partners at home and abroad':
      {
        ...base,
        type: 'enterprise',
        platforms: ['key_lab', 'academician_workstation'],
        'platformLevel.key_lab': 'guangxi',
        'platformLevel.academician_workstation': 'city',
        highTech: 'reserve',
        talentRoute: 'introduced',
        talentLeader: true,
        talentDate: '2018/3/1',
        talentCategory: 4,
        centralOrRegional: true,
        fields: ['new_materials', 'advanced_manufacturing'],
        partners: ['university', 'research_institute'],
        'partnerName.university': ['桂林理工大学', '桂林电子科技大学'],
        'partnerCountry.university': false,
        'morePartners.university': [true, false],
        'partnerName.research_institute': 'Fraunhofer IPMS',
        'partnerCountry.research_institute': true,
        'partnerCountryCode.research_institute': 'de',
        'morePartners.research_institute': false,
      },
    'an academician workstation whose academician gives 60% of the time': {
      ...base,
      type: 'enterprise',
      platforms: [],
      highTech: 'none',
      talentRoute: 'academician',
      serviceRatio: 60,
    },
    'a university that dispatches a commissioner who implements, on an eco-industry project': {
      ...base,
      type: 'university',
      platforms: [],
      talentRoute: 'none',
      commissioner: true,
      mainImplementer: true,
      ecoIndustry: true,
    },
    'an enterprise outside Guilin': {
      ...base,
      inGuilin: false,
      type: 'enterprise',
      platforms: [],
      highTech: 'none',
      talentRoute: 'none',
    },
  };
  for (const [name, script] of Object.entries(scripts)) {
    it(name, async () => {
      const g = guideline('zh');
      const p = scriptedPrompter({ ...script, confirm: true });
      const { facts } = await askQuestions(p, g, 'zh');
      const file = join(dir, `${p.asked.length}-${Object.keys(script).length}.yaml`);
      writeFileSync(file, profileYaml(g, facts, 'zh'));
      const back = await readProfile(file, g, 'zh', { invalid: (f, n) => `${f}: ${n}` });
      const { guideline: _id, ...read } = back as typeof back & { guideline?: string };
      expect(read).toEqual(facts);
      expect(JSON.stringify(matchJson(g, rankLines(g, back, 'zh'), 'zh'))).toBe(
        JSON.stringify(matchJson(g, rankLines(g, facts, 'zh'), 'zh')),
      );
    });
  }

  it('between them, every question is asked', async () => {
    const asked = new Set<string>();
    for (const script of Object.values(scripts)) {
      const p = scriptedPrompter({ ...script, confirm: true });
      (await askQuestions(p, guideline('zh'), 'zh')).asked.forEach((q) => asked.add(q));
    }
    expect([...asked].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });
});
