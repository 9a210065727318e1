import type { Catalogue } from '../index.js';

export interface BrowseMessages {
  headers: {
    code: string;
    title: string;
    years: string;
    awards: string;
    amount: string;
    method: string;
    office: string;
  };
  awards: (n: number) => string;
  amount: (min: number | null, max: number) => string;
  count: (shown: number, total: number) => string;
  noneMatch: string;
  filterHint: string;
  fieldFilter: string;
  officeFilter: string;
  typeFilter: string;
  path: (section: string, project: string, direction: string | null) => string;
  /** A part of the guide as its heading reads: 二、… in Chinese; in English the title alone, as the scaffold's proposal has it (a Chinese numeral means nothing there). */
  sectionTitle: (numeral: string | null, title: string) => string;
  fields: string;
  period: string;
  awardsLabel: string;
  funding: string;
  method: string;
  office: string;
  requirements: string;
  common: string;
  clause: string;
  quote: (clause: string) => string;
  awardsInWords: (n: number, upTo: boolean) => string;
  heading: (label: string) => string;
  severity: Record<'error' | 'warning' | 'info', string>;
  note: string;
  tierLine: (tier: string, amount: string, method: string) => string;
  years: (start: number, end: number) => string;
  directionLabel: (n: number) => string;
  projectLabel: (n: number, title: string) => string;
  outcomes: string;
  nextSteps: (code: string) => string;
}

const zh: BrowseMessages = {
  headers: {
    code: '编号',
    title: '名称',
    years: '实施年限',
    awards: '立项数',
    amount: '资助额度（万元）',
    method: '资助方式',
    office: '管理科室',
  },
  awards: (n) => `≤${n}`,
  amount: (min, max) => (min === null ? `≤${max}` : `${min}–${max}`),
  count: (shown, total) =>
    shown === total
      ? `共 ${total} 个资助方向。用 guilin-grants show 编号 查看详情。`
      : `符合条件的有 ${shown} 个（共 ${total} 个）。用 guilin-grants show 编号 查看详情。`,
  noneMatch: '没有符合这些条件的资助方向。',
  filterHint: '去掉一些筛选条件再试，或运行 guilin-grants list 查看全部。',
  fieldFilter: '技术领域',
  officeFilter: '管理科室',
  typeFilter: '单位类型',
  path: (section, project, direction) => `${section} › ${project}${direction ? ` › ${direction}` : ''}`,
  sectionTitle: (numeral, title) => `${numeral ? `${numeral}、` : ''}${title}`,
  fields: '技术领域',
  period: '实施年限',
  awardsLabel: '拟立项数',
  funding: '资助金额',
  method: '资助方式',
  office: '管理科室',
  requirements: '申报要求',
  common: '所有方向的通用要求',
  clause: '原文',
  quote: (clause) => `原文：「${clause}」`,
  awardsInWords: (n, upTo) => (upTo ? `不超过${n}项` : `${n}项`),
  heading: (label) => `${label}：`,
  severity: { error: '必须', warning: '警告', info: '提示' },
  note: '人工审核',
  tierLine: (tier, amount, method) => `${tier}${amount}，${method}`,
  years: (s, e) => `${s}–${e} 年`,
  directionLabel: (n) => `课题方向${n}`,
  projectLabel: (n, t) => `项目${n}：${t}`,
  outcomes: '考核指标',
  nextSteps: (code) => `下一步：guilin-grants init ${code} 生成申报材料模板；guilin-grants match 看本单位是否符合。`,
};

const en: BrowseMessages = {
  headers: {
    code: 'Code',
    title: 'Title',
    years: 'Years',
    awards: 'Awards',
    amount: 'Amount (10k CNY)',
    method: 'Method',
    office: 'Office',
  },
  awards: (n) => `≤${n}`,
  amount: (min, max) => (min === null ? `≤${max}` : `${min}–${max}`),
  count: (shown, total) =>
    shown === total
      ? `${total} funding lines. See one with: guilin-grants show CODE`
      : `${shown} of ${total} funding lines match. See one with: guilin-grants show CODE`,
  noneMatch: 'No funding line matches these filters.',
  filterHint: 'Drop a filter and try again, or run guilin-grants list to see them all.',
  fieldFilter: 'field',
  officeFilter: 'office',
  typeFilter: 'applicant type',
  path: (section, project, direction) => `${section} › ${project}${direction ? ` › ${direction}` : ''}`,
  sectionTitle: (_numeral, title) => title,
  fields: 'Fields',
  period: 'Years',
  awardsLabel: 'Awards',
  funding: 'Funding',
  method: 'Method',
  office: 'Office',
  requirements: 'Requirements',
  common: 'Requirements of every line',
  clause: 'Clause',
  quote: (clause) => `Clause: "${clause}"`,
  awardsInWords: (n, upTo) => (upTo ? `at most ${n}` : String(n)),
  heading: (label) => `${label}:`,
  severity: { error: 'must', warning: 'warning', info: 'note' },
  note: 'by hand',
  tierLine: (tier, amount, method) => `${tier}${amount}, ${method}`,
  years: (s, e) => `${s}–${e}`,
  directionLabel: (n) => `Direction ${n}`,
  projectLabel: (n, t) => `Project ${n}: ${t}`,
  outcomes: 'Expected outcomes (as the guide words them)',
  nextSteps: (code) =>
    `Next: guilin-grants init ${code} scaffolds the documents; guilin-grants match tells whether you qualify.`,
};

export const browseMessages: Catalogue<BrowseMessages> = { zh, en };
