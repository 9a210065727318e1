/**
 * The 2019 guide's facts, copied BY HAND from ../shared/source/guilin-2019-guideline.txt
 * and the Rules table of the spec (application-format.md), never read from
 * guidelines/guilin-2019.yaml: tests compare the program against this table, so a
 * wrong number in the YAML cannot also be the expected value.
 */

import type { LineJson } from '../../src/report/line-json.js';

export type Method = 'annual_installments' | 'advance_subsidy';

export type TierFact = LineJson['tiers'][number] & { method: Method };

/** A line as `list --json` should report it (`category`: the section, without its numeral). */
export interface LineFact extends Omit<LineJson, 'fields' | 'requirements' | 'tiers'> {
  tiers: TierFact[];
  /** The rule ids the spec's Rules table gives the line, besides the four every line carries. */
  rules: string[];
}

/** in-guilin, period, funding-range, credit-code, attachment-file: "Every line" in the spec. */
export const COMMON_RULES = ['in-guilin', 'period', 'funding-range', 'credit-code', 'attachment-file'] as const;

const A = 'annual_installments';
const S = 'advance_subsidy';
const one = (min: number | null, max: number, method: Method): TierFact[] => [{ tier: null, min, max, method }];

const KEY_TECH = '产业重大技术攻关';
const PLATFORMS = '高水平创新平台建设';
const TALENT = '高层次人才创新创业';
const ENTERPRISE = '企业科技创新能力提升';
const TRANSFER = '科技成果转化与应用';
const ZONE = '桂林市国家可持续发展议程创新示范区建设';

const PLANNING = '发展规划与科技监督科';
const SOCIAL = '社会发展科技科';

export const GUIDE_FACTS: readonly LineFact[] = [
  {
    code: '1',
    project: 1,
    direction: null,
    title: '信息技术关键核心技术研究与应用',
    category: KEY_TECH,
    period: { start: 2019, end: 2021 },
    maxAwards: 3,
    tiers: one(100, 150, A),
    office: PLANNING,
    rules: ['lead-type', 'matching-ratio', 'target', 'priority'],
  },
  {
    code: '2',
    project: 2,
    direction: null,
    title: '医药及生物制品产业关键核心技术研究与应用',
    category: KEY_TECH,
    period: { start: 2019, end: 2021 },
    maxAwards: 5,
    tiers: one(100, 300, A),
    office: PLANNING,
    rules: ['lead-type', 'matching-ratio', 'target', 'priority'],
  },
  {
    code: '3',
    project: 3,
    direction: null,
    title: '先进制造关键核心技术研究与应用',
    category: KEY_TECH,
    period: { start: 2019, end: 2021 },
    maxAwards: 3,
    tiers: one(100, 150, A),
    office: PLANNING,
    rules: ['lead-type', 'matching-ratio', 'target', 'priority'],
  },
  {
    code: '4',
    project: 4,
    direction: null,
    title: '新材料关键核心技术研究与应用',
    category: KEY_TECH,
    period: { start: 2019, end: 2021 },
    maxAwards: 2,
    tiers: one(100, 150, A),
    office: PLANNING,
    rules: ['lead-type', 'matching-ratio', 'target', 'priority'],
  },
  {
    code: '5-1',
    project: 5,
    direction: 1,
    title: '可持续发展重点实验室培育',
    category: PLATFORMS,
    period: { start: 2019, end: 2021 },
    maxAwards: 1,
    tiers: one(null, 200, A),
    office: PLANNING,
    rules: ['platform', 'attachment'],
  },
  {
    code: '5-2',
    project: 5,
    direction: 2,
    title: '广西重点实验室培育',
    category: PLATFORMS,
    period: { start: 2019, end: 2021 },
    maxAwards: 5,
    tiers: one(30, 50, S),
    office: PLANNING,
    rules: ['lead-type', 'target', 'attachment', 'priority'],
  },
  {
    code: '6',
    project: 6,
    direction: null,
    title: '创新创业载体培育与建设',
    category: PLATFORMS,
    period: { start: 2019, end: 2021 },
    maxAwards: 5,
    tiers: one(20, 60, S),
    office: '高新技术科',
    rules: ['platform', 'target', 'priority'],
  },
  {
    code: '7',
    project: 7,
    direction: null,
    title: '乡村振兴科技创新平台建设',
    category: PLATFORMS,
    period: { start: 2019, end: 2021 },
    maxAwards: 5,
    tiers: one(15, 30, S),
    office: '农业农村科技科',
    rules: ['platform', 'attachment', 'priority'],
  },
  {
    code: '8',
    project: 8,
    direction: null,
    title: '科技合作交流创新平台建设',
    category: PLATFORMS,
    period: { start: 2019, end: 2021 },
    maxAwards: 2,
    tiers: one(30, 50, S),
    office: '国际与区域科技合作科',
    rules: ['lead-type', 'attachment', 'target'],
  },
  {
    code: '9',
    project: 9,
    direction: null,
    title: '引进高层次人才创新创业',
    category: TALENT,
    period: { start: 2019, end: 2021 },
    maxAwards: 10,
    tiers: one(30, 100, S),
    office: '国外智力引进与人才科',
    rules: ['lead-type', 'talent', 'attachment', 'priority'],
  },
  {
    code: '10',
    project: 10,
    direction: null,
    title: '高新技术企业培育与发展',
    category: ENTERPRISE,
    period: { start: 2019, end: 2021 },
    maxAwards: 30,
    tiers: one(20, 50, S),
    office: '高新技术科',
    rules: ['lead-type', 'high-tech', 'field', 'target'],
  },
  {
    code: '11',
    project: 11,
    direction: null,
    title: '企业自有重大科技成果转化与产业化',
    category: TRANSFER,
    period: { start: 2019, end: 2020 },
    maxAwards: 5,
    tiers: one(30, 50, S),
    office: '科技成果转化科',
    rules: ['lead-type', 'partners', 'target'],
  },
  {
    code: '12',
    project: 12,
    direction: null,
    title: '企业引进重大科技成果转化和产业化示范',
    category: TRANSFER,
    period: { start: 2019, end: 2022 },
    maxAwards: 5,
    tiers: one(40, 100, S),
    office: '科技成果转化科',
    rules: ['lead-type', 'partners', 'target', 'no-duplicate-subsidy'],
  },
  {
    code: '13',
    project: 13,
    direction: null,
    title: '国际国内产业技术合作研究与开发',
    category: TRANSFER,
    period: { start: 2019, end: 2021 },
    maxAwards: 5,
    tiers: one(30, 50, S),
    office: '国际与区域科技合作科',
    rules: ['lead-type', 'partners', 'attachment', 'target'],
  },
  {
    code: '14',
    project: 14,
    direction: null,
    title: '科技特派员精准扶贫服务与创新示范',
    category: TRANSFER,
    period: { start: 2019, end: 2020 },
    maxAwards: 15,
    tiers: one(15, 30, S),
    office: '农业农村科技科',
    rules: ['commissioner', 'target', 'attachment'],
  },
  {
    code: '15-1',
    project: 15,
    direction: 1,
    title: '环境保护及节能减排关键技术研发与应用示范',
    category: TRANSFER,
    period: { start: 2019, end: 2020 },
    maxAwards: 5,
    tiers: one(20, 50, S),
    office: SOCIAL,
    rules: [],
  },
  {
    code: '15-2',
    project: 15,
    direction: 2,
    title: '公共安全关键技术研发与应用示范',
    category: TRANSFER,
    period: { start: 2019, end: 2020 },
    maxAwards: 5,
    tiers: one(10, 20, S),
    office: SOCIAL,
    rules: [],
  },
  {
    code: '15-3',
    project: 15,
    direction: 3,
    title: '疾病诊治技术及规范化研发与应用示范',
    category: TRANSFER,
    period: { start: 2019, end: 2020 },
    maxAwards: 50,
    tiers: [
      { tier: 'general', min: 2, max: 5, method: S },
      { tier: 'key', min: null, max: 30, method: S },
    ],
    office: SOCIAL,
    rules: ['ethics'],
  },
  {
    code: '16',
    project: 16,
    direction: null,
    title: '桂林市国家可持续发展议程创新示范区建设与应用示范',
    category: ZONE,
    period: { start: 2019, end: 2022 },
    maxAwards: 20,
    tiers: [
      { tier: 'general', min: 30, max: 50, method: S },
      { tier: 'major', min: 100, max: 200, method: A },
    ],
    office: SOCIAL,
    rules: ['attachment', 'lead-type'],
  },
];

export type Basis = 'requirement' | 'content' | 'encouraged' | 'convention';

/** The spec's Rules table (v1.1): what each rule of a line rests on. */
export function specBasis(code: string, rule: string): Basis {
  if (rule === 'credit-code' || rule === 'attachment-file') return 'convention';
  if (rule === 'in-guilin') return ['8', '13'].includes(code) ? 'content' : 'convention';
  if (rule === 'priority') return 'encouraged';
  if (rule === 'lead-type' && ['5-2', '8', '9', '13'].includes(code)) return 'content';
  if (rule === 'platform' && code === '6') return 'content';
  if (rule === 'field' || rule === 'ethics') return 'content';
  return 'requirement';
}

/** The severity the basis gives (a convention warns; the two reminders, 12's and 15-3's, only inform). */
export function specSeverity(code: string, rule: string): 'error' | 'warning' | 'info' {
  if (rule === 'no-duplicate-subsidy' || rule === 'ethics') return 'info';
  const weight: Record<Basis, 'error' | 'warning' | 'info'> = {
    requirement: 'error',
    content: 'warning',
    encouraged: 'info',
    convention: 'warning',
  };
  return weight[specBasis(code, rule)];
}

export function fact(code: string): LineFact {
  const f = GUIDE_FACTS.find((l) => l.code === code);
  if (!f) throw new Error(`no line ${code} in GUIDE_FACTS`);
  return f;
}
