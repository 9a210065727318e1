import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadGuideline } from '../../src/guideline/load.js';
import { clauseOf } from '../../src/guideline/model.js';
import { scaffoldFiles } from '../../src/scaffold/scaffold-files.js';
import { GUIDE_FACTS } from '../support/guide-facts.js';

const g = loadGuideline(undefined, 'zh');
const cases = GUIDE_FACTS.flatMap((f) => f.tiers.map((t) => ({ code: f.code, tier: t.tier, fact: f, tierFact: t })));

function scaffold(code: string, tier: string | null) {
  const line = g.line(code)!;
  const files = scaffoldFiles({
    g,
    line,
    tier: line.tiers.find((t) => t.tier === tier)!,
    profile: {},
    lang: 'zh',
  }).files;
  const text = (name: string) => files.find((f) => f.name === name)!.content;
  return { line, app: text('application.yaml'), proposal: text('proposal.md'), checklist: text('attachments.md') };
}

/** What the spec's Rules table makes each line ask for, beyond the keys every line has. */
const KEYS_BY_LINE: Record<string, string[]> = {
  '1': ['targets'],
  '2': ['targets'],
  '3': ['targets'],
  '4': ['targets'],
  '5-1': ['applicant.platforms', 'attachments'],
  '5-2': ['targets', 'attachments'],
  '6': ['applicant.platforms', 'targets'],
  '7': ['applicant.platforms', 'attachments'],
  '8': ['targets', 'attachments'],
  '9': ['talent', 'applicant.centralOrRegional', 'applicant.platforms', 'attachments'],
  '10': ['applicant.highTech', 'applicant.smeNumber', 'targets'],
  '11': ['targets'],
  '12': ['targets'],
  '13': ['targets', 'attachments'],
  '14': ['commissioner', 'targets', 'attachments'],
  '15-1': [],
  '15-2': [],
  '15-3': [],
  '16': ['ecoIndustry', 'attachments'],
};
const OPTIONAL_KEYS = [
  'drug',
  'targets',
  'applicant.platforms',
  'talent',
  'applicant.centralOrRegional',
  'applicant.highTech',
  'applicant.smeNumber',
  'declarations',
  'commissioner',
  'ecoIndustry',
];

const TARGETS_BY_LINE: Record<string, string[]> = {
  '1': ['newProducts', 'massProduction'],
  '3': ['newProducts', 'massProduction'],
  '4': ['newProducts', 'massProduction'],
  '2': ['newDrugCertificate', 'clinicalApproval'],
  '5-2': ['keyLabApplicationYear'],
  '6': ['smeFilings', 'highTechCultivated', 'competitionEntries', 'mentors'],
  '8': ['breakthroughs', 'platforms', 'talentTeams'],
  '10': ['patents', 'hteApplicationYear'],
  '11': ['revenue'],
  '12': ['techTransaction', 'revenue'],
  '13': ['breakthroughs'],
  '14': ['poorVillages', 'poorHouseholds', 'industryCoverage', 'villageIncome'],
};

/** Where the spec's attachments go, as the checklist must name them. */
const ATTACHMENT_FILES: Record<string, string[]> = {
  '5-1': ['attachments/实验室3年发展规划.pdf'],
  '5-2': ['attachments/实验室3年发展规划.pdf'],
  '7': ['attachments/推荐函.pdf'],
  '14': ['attachments/推荐函.pdf'],
  '16': ['attachments/推荐函.pdf'],
  // 8 requires no partner: the agreements are shown as commented examples.
  '8': ['attachments/合作协议.pdf', 'attachments/合作协议中文译文.pdf'],
  '13': ['attachments/合作协议.pdf', 'attachments/合作协议中文译文.pdf'],
  '9': ['attachments/市委人才办认定文件.pdf'],
};

/** Lines whose 申报要求 make an enterprise lead (spec: lead-type, requirement); the rest take any type. */
const ENTERPRISE_LEADS = ['1', '2', '3', '4', '10', '11', '12'];
const ALL_TYPES = [
  'enterprise',
  'university',
  'research_institute',
  'hospital',
  'government',
  'social_organization',
  'other',
];

function has(data: Record<string, unknown>, dotted: string): boolean {
  const [head, tail] = dotted.split('.');
  const v = data[head!];
  return tail ? typeof v === 'object' && v !== null && tail in v : head! in data;
}

describe.each(cases)('line $code, tier $tier', ({ code, tier, fact, tierFact }) => {
  const { line, app, proposal, checklist } = scaffold(code, tier);
  const data = parse(app) as Record<string, unknown>;

  it('quotes every requirement of the line, in application.yaml and in proposal.md', () => {
    for (const r of line.rules) {
      // The guide's words, or for the tool's own checks, that they are not the guide's.
      const quoted = clauseOf(line, r) === null ? '工具校验，非指南要求' : `「${clauseOf(line, r)}」`;
      expect(app).toContain(quoted);
      expect(proposal).toContain(quoted);
    }
  });

  it('asks for the keys the line needs and for none it does not', () => {
    const wanted = KEYS_BY_LINE[code]!;
    for (const key of OPTIONAL_KEYS) expect([key, has(data, key)]).toEqual([key, wanted.includes(key)]);
    expect(Object.keys((data.targets as object | undefined) ?? {})).toEqual(TARGETS_BY_LINE[code] ?? []);
    expect(data.project).toBe(fact.project);
    expect(data.direction).toBe(fact.direction ?? undefined);
    expect(data.tier).toBe(tier ?? undefined);
    expect(data.period).toEqual(fact.period);
    if (code === '11') expect(data.partners).toEqual([]);
  });

  it('offers every applicant type the 申报要求 allow, not only those the content addresses', () => {
    const offered = app.split('\n').find((l) => l.includes('# 单位性质，可填：'))!;
    const ids = [...offered.matchAll(/([a-z_]+)（/g)].map((x) => x[1]);
    expect(ids).toEqual(ENTERPRISE_LEADS.includes(code) ? ['enterprise'] : ALL_TYPES);
  });

  it('tells where each attachment goes', () => {
    for (const file of ATTACHMENT_FILES[code] ?? []) expect(checklist).toContain(file);
    if (!ATTACHMENT_FILES[code]) expect(checklist).toContain('本方向的申报指南没有要求专门的附件。');
  });

  it('outlines the proposal with the line’s money, years and indicators', () => {
    for (const heading of [
      '## 一、项目基本信息',
      '## 二、申报单位情况',
      '## 三、立项依据',
      '## 四、研究内容与技术路线',
      '## 五、考核指标',
      '## 六、经费预算',
      '## 七、进度安排',
      '## 八、合作单位',
      '## 九、附件清单',
    ]) {
      expect(proposal).toContain(heading);
    }
    const range = tierFact.min === null ? `不超过 ${tierFact.max} 万元` : `${tierFact.min}–${tierFact.max} 万元`;
    expect(proposal).toContain(range);
    for (let y = fact.period.start; y <= fact.period.end; y++) expect(proposal).toContain(`| ${y}年 | 【请填写`);
    expect(proposal).not.toContain(`| ${fact.period.end + 1}年 |`);
    expect(proposal.includes('「申报单位配套经费不低于1:2」')).toBe(['1', '2', '3', '4'].includes(code));
    expect(proposal.includes('### （三）分年度预算')).toBe(tierFact.method === 'annual_installments');
    for (const o of line.outcomes ?? []) {
      const otherTier = code === '16' && !o.startsWith(tier === 'major' ? '重大项目' : '一般项目');
      expect(proposal.includes(`- 「${o}」`)).toBe(!otherTier);
    }
    // No line demands a declaration (12's 后补助 clause is a reminder, asking for none).
    expect(proposal.includes('## 十、承诺事项')).toBe(false);
  });
});

it('project 6 lists its four counts and project 14 its village figures as targets to state', () => {
  const six = scaffold('6', null).proposal;
  for (const label of [
    '推荐科技型中小企业备案数量（家）',
    '培育高新技术企业数量（家）',
    '推荐参加创新创业大赛企业数量（家）',
    '成功备案导师数量（名）',
  ])
    expect(six).toContain(`| ${label} |`);
  const fourteen = scaffold('14', null).proposal;
  expect(fourteen).toContain('| 受益贫困村（个） | 受益贫困村不少于 2 个 | 【请填写】 |');
  expect(fourteen).toContain(
    '| 产业覆盖率 | 产业覆盖率不少于 80%（与同一要求中的其他指标至少达到一项） | 【请填写】 |',
  );
});

it("project 2's targets table names the drug stages that owe each target: a device or generic project owes none", () => {
  const two = scaffold('2', null).proposal;
  expect(two).toContain(
    '| 获得新药证书 | 获得新药证书（适用于：药物研发阶段为临床研究或药物研发阶段为中成药二次开发） | 【请填写】 |',
  );
  expect(two).toContain('| 获得临床研究批件 | 获得临床研究批件（适用于：药物研发阶段为临床前研究） | 【请填写】 |');
  // Lines whose targets hold for every project say no case.
  expect(scaffold('14', null).proposal).not.toContain('（适用于：');
});
