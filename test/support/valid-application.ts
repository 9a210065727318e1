/**
 * `validApplication(code, tier?)`: for each of the 19 funding lines, an application
 * that meets every requirement of the 2019 guide, priorities included, so that
 * `check` reports nothing at all on it (once its attachment files exist). A test
 * breaks one requirement by mutating a fresh copy and expects exactly one finding.
 *
 * The values come from the guide and the spec (application-format.md), not from the
 * guideline YAML.
 */

import { GUIDE_FACTS } from './guide-facts.js';

export interface Platform {
  kind: string;
  level: string;
  name?: string;
}

export interface Partner {
  name: string;
  type: string;
  country?: string;
}

export interface Attachment {
  kind: string;
  file: string;
  by?: string;
  partner?: string;
}

/** The application format v1, loosely typed so that tests can break it on purpose. */
export interface ApplicationData {
  [key: string]: unknown;
  project: number;
  direction?: number;
  tier?: string;
  title: string;
  fields: string[];
  period: { start: number; end: number };
  funding: { requested: number; matching?: number };
  applicant: {
    name: string;
    type: string;
    inGuilin: boolean;
    creditCode?: string;
    highTech?: string;
    smeNumber?: string;
    centralOrRegional?: boolean;
    platforms?: Platform[];
  };
  partners?: Partner[];
  leader?: { name: string };
  talent?: {
    route: string;
    name?: string;
    isLeader?: boolean;
    introducedOn?: string;
    category?: number;
    serviceRatio?: number;
  };
  commissioner?: { name: string; dispatchedByApplicant: boolean; mainImplementer: boolean };
  drug?: { stage: string };
  ecoIndustry?: boolean;
  targets?: Record<string, number | boolean>;
  declarations?: Record<string, boolean>;
  attachments?: Attachment[];
}

/**
 * A unified social credit code whose check character is right under GB 32100-2015:
 * over the first 17 characters Σ value×weight = 2388, 2388 mod 31 = 1, 31 − 1 = 30,
 * and the character of value 30 is `Y`.
 */
export const VALID_CREDIT_CODE = '91450300MA5L0B2Q1Y';

const UNIVERSITY: Partner = { name: '桂林电子科技大学', type: 'university', country: 'CN' };
const INSTITUTE: Partner = { name: '广西植物研究所', type: 'research_institute', country: 'CN' };
const FOREIGN: Partner = { name: 'Fraunhofer-Institut für Lasertechnik', type: 'research_institute', country: 'DE' };

const DEVELOPMENT_PLAN: Attachment = { kind: 'development_plan', file: 'attachments/实验室3年发展规划.pdf' };
const TECH_BUREAU: Attachment = { kind: 'recommendation', by: 'tech_bureau', file: 'attachments/科技局推荐函.pdf' };

function agreement(p: Partner): Attachment {
  return { kind: 'cooperation_agreement', partner: p.name, file: `attachments/合作协议-${p.name}.pdf` };
}

function translation(p: Partner): Attachment {
  return { kind: 'agreement_translation', partner: p.name, file: `attachments/合作协议译文-${p.name}.pdf` };
}

function enterprise(extra: Partial<ApplicationData['applicant']> = {}): ApplicationData['applicant'] {
  return { name: '桂林某某科技有限公司', type: 'enterprise', inGuilin: true, creditCode: VALID_CREDIT_CODE, ...extra };
}

function unit(
  name: string,
  type: string,
  extra: Partial<ApplicationData['applicant']> = {},
): ApplicationData['applicant'] {
  return { name, type, inGuilin: true, ...extra };
}

/** Lines 1, 3, 4: an enterprise, 1:2 matching, a new product in mass production, a university partner. */
function keyTechnology(project: number, title: string, fields: string[]): ApplicationData {
  return {
    project,
    title,
    fields,
    period: { start: 2019, end: 2021 },
    funding: { requested: 120, matching: 400 },
    applicant: enterprise(),
    partners: [UNIVERSITY],
    leader: { name: '张三' },
    targets: { newProducts: 2, massProduction: true },
  };
}

const BUILDERS: Record<string, (tier?: string) => ApplicationData> = {
  '1': () => keyTechnology(1, '面向智慧旅游的大数据平台研发与应用', ['electronic_information']),
  '2': () => ({
    project: 2,
    title: '一类创新药临床研究',
    fields: ['bio_medicine'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 200, matching: 700 },
    applicant: enterprise({ name: '桂林某某制药有限公司' }),
    partners: [UNIVERSITY],
    drug: { stage: 'clinical' },
    targets: { newDrugCertificate: true },
  }),
  '3': () => keyTechnology(3, '新能源汽车电机控制器研发', ['advanced_manufacturing']),
  '4': () => keyTechnology(4, '高镍锂离子动力电池正极材料研制', ['new_materials']),
  '5-1': () => ({
    project: 5,
    direction: 1,
    title: '桂林喀斯特景观资源保育重点实验室培育',
    fields: ['resources_environment'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 150 },
    applicant: unit('中国地质科学院岩溶地质研究所', 'research_institute', {
      platforms: [{ kind: 'key_lab', level: 'ministry', name: '自然资源部岩溶生态系统与石漠化治理重点实验室' }],
    }),
    attachments: [DEVELOPMENT_PLAN],
  }),
  '5-2': () => ({
    project: 5,
    direction: 2,
    title: '桂林市智能制造广西重点实验室培育',
    fields: ['advanced_manufacturing'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 40 },
    applicant: enterprise(),
    targets: { keyLabApplicationYear: 2020 },
    attachments: [DEVELOPMENT_PLAN],
  }),
  '6': () => ({
    project: 6,
    title: '桂林某某众创空间公共技术服务平台建设',
    fields: ['high_tech_services'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 40 },
    applicant: enterprise({
      name: '桂林某某孵化器管理有限公司',
      platforms: [{ kind: 'incubator', level: 'city', name: '桂林市某某科技企业孵化器' }],
    }),
    targets: { smeFilings: 10, highTechCultivated: 3, competitionEntries: 5, mentors: 8 },
  }),
  '7': () => ({
    project: 7,
    title: '恭城月柿农业科技园区创新平台建设',
    fields: ['agriculture'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 20 },
    applicant: unit('恭城某某农业科技园区管理委员会', 'government', {
      platforms: [{ kind: 'agri_science_park', level: 'guangxi', name: '广西恭城农业科技园区' }],
    }),
    partners: [INSTITUTE],
    attachments: [TECH_BUREAU],
  }),
  '8': () => ({
    project: 8,
    title: '中德激光制造联合创新平台建设',
    fields: ['advanced_manufacturing'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 40 },
    applicant: unit('桂林理工大学', 'university'),
    partners: [UNIVERSITY, FOREIGN],
    targets: { breakthroughs: 1, platforms: 1, talentTeams: 1 },
    attachments: [agreement(UNIVERSITY), agreement(FOREIGN), translation(FOREIGN)],
  }),
  '9': () => ({
    project: 9,
    title: '引进人才团队光通信器件研发',
    fields: ['electronic_information'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 60 },
    applicant: enterprise({
      centralOrRegional: false,
      platforms: [{ kind: 'academician_workstation', level: 'city', name: '桂林某某院士工作站' }],
    }),
    leader: { name: '王五' },
    talent: { route: 'introduced', name: '王五', isLeader: true, introducedOn: '2018-03-01', category: 2 },
    attachments: [{ kind: 'talent_recognition', file: 'attachments/市委人才办认定文件.pdf' }],
  }),
  '10': () => ({
    project: 10,
    title: '智能传感器研发能力提升',
    fields: ['electronic_information'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 30 },
    applicant: enterprise({ highTech: 'valid', smeNumber: '2019450300A0000123' }),
    targets: { patents: 2 },
  }),
  '11': () => ({
    project: 11,
    title: '自主研发桂花精油提取技术产业化',
    fields: ['agriculture'],
    period: { start: 2019, end: 2020 },
    funding: { requested: 40 },
    applicant: enterprise(),
    targets: { revenue: 1200 },
  }),
  '12': () => ({
    project: 12,
    title: '引进高性能锂电池隔膜技术产业化示范',
    fields: ['new_materials'],
    period: { start: 2019, end: 2022 },
    funding: { requested: 80 },
    applicant: enterprise(),
    partners: [UNIVERSITY],
    targets: { techTransaction: 1500, revenue: 2000 },
    declarations: { noDuplicateSubsidy: true },
  }),
  '13': () => ({
    project: 13,
    title: '中德联合研发新型功能材料',
    fields: ['new_materials'],
    period: { start: 2019, end: 2021 },
    funding: { requested: 40 },
    applicant: unit('桂林理工大学', 'university'),
    partners: [FOREIGN],
    targets: { breakthroughs: 1 },
    attachments: [agreement(FOREIGN), translation(FOREIGN)],
  }),
  '14': () => ({
    project: 14,
    title: '龙胜贫困村罗汉果种植科技扶贫示范',
    fields: ['agriculture'],
    period: { start: 2019, end: 2020 },
    funding: { requested: 20 },
    applicant: unit('广西师范大学', 'university'),
    commissioner: { name: '李四', dispatchedByApplicant: true, mainImplementer: true },
    targets: { poorVillages: 2, poorHouseholds: 120 },
    attachments: [{ kind: 'recommendation', by: 'village_tech_bureau', file: 'attachments/派驻地科技局推荐函.pdf' }],
  }),
  '15-1': () => ({
    project: 15,
    direction: 1,
    title: '漓江流域水质在线监测技术示范',
    fields: ['resources_environment'],
    period: { start: 2019, end: 2020 },
    funding: { requested: 30 },
    applicant: unit('桂林市环境监测中心站', 'government'),
  }),
  '15-2': () => ({
    project: 15,
    direction: 2,
    title: '景区游客密集场所安全预警技术示范',
    fields: ['public_safety'],
    period: { start: 2019, end: 2020 },
    funding: { requested: 15 },
    applicant: unit('桂林市某某安全技术研究所', 'research_institute'),
  }),
  '15-3': (tier = 'general') => ({
    project: 15,
    direction: 3,
    tier,
    title: '乳腺癌早期智能检测规范化研究',
    fields: ['health_care'],
    period: { start: 2019, end: 2020 },
    funding: { requested: tier === 'key' ? 25 : 4 },
    applicant: unit('桂林医学院附属医院', 'hospital'),
    attachments: [{ kind: 'ethics_approval', file: 'attachments/伦理审查批件.pdf' }],
  }),
  '16': (tier = 'general') => ({
    project: 16,
    tier,
    title: '漓江流域岩溶石漠化生态产业示范',
    fields: ['resources_environment'],
    period: { start: 2019, end: 2022 },
    funding: tier === 'major' ? { requested: 150, matching: 50 } : { requested: 40 },
    applicant: enterprise({ name: '桂林某某生态农业有限公司' }),
    ecoIndustry: true,
    partners: [INSTITUTE],
    attachments: [{ kind: 'recommendation', by: 'county_government', file: 'attachments/县政府推荐函.pdf' }],
  }),
};

/** The 19 codes, in the guide's order (object keys would put `16` before `5-1`). */
export const LINE_CODES: readonly string[] = GUIDE_FACTS.map((f) => f.code);

/** A fresh, fully passing application for the line (and tier, for 15-3 and 16). */
export function validApplication(code: string, tier?: string): ApplicationData {
  const build = BUILDERS[code];
  if (!build) throw new Error(`no valid application for line ${code}`);
  return structuredClone(build(tier));
}

/** Every attachment file the application lists, relative to its folder. */
export function attachmentFiles(app: ApplicationData): string[] {
  return (app.attachments ?? []).map((a) => a.file);
}
