import type { Catalogue, MessagesOf } from '../index.js';

const zh = {
  headers: {
    code: '编号',
    title: '名称',
    years: '实施年限',
    awards: '立项数',
    amount: '资助额度（万元）',
    method: '资助方式',
    office: '管理科室',
  },
  /** The heading of the amount with the method under it: two headings, one above the other, as the cells are. */
  amountAndMethod: (amount: string, method: string) => `${amount}\n${method}`,
  awards: (n: number, upTo: boolean) => (upTo ? `≤${n}` : String(n)),
  amount: (min: number | null, max: number) => (min === null ? `≤${max}` : `${min}–${max}`),
  count: (shown: number, total: number) =>
    shown === total
      ? `共 ${total} 个资助方向。用 guilin-grants show 编号 查看详情。`
      : `符合条件的有 ${shown} 个（共 ${total} 个）。用 guilin-grants show 编号 查看详情。`,
  noneMatch: '没有符合这些条件的资助方向。',
  filterHint: '去掉一些筛选条件再试，或运行 guilin-grants list 查看全部。',
  fieldFilter: '技术领域',
  officeFilter: '管理科室',
  typeFilter: '单位类型',
  path: (section: string, project: string, direction: string | null) =>
    `${section} › ${project}${direction ? ` › ${direction}` : ''}`,
  /** A part of the guide as its heading reads: 二、… in Chinese; in English the title alone, as the scaffold's proposal has it (a Chinese numeral means nothing there). */
  sectionTitle: (numeral: string | null, title: string) => `${numeral ? `${numeral}、` : ''}${title}`,
  fields: '技术领域',
  period: '实施年限',
  awardsLabel: '拟立项数',
  funding: '资助金额',
  /** In English, where the guide's 资助金额 clause is not shown, what the amounts below count in. */
  amountsIn: (unit: string) => `单位：${unit}`,
  method: '资助方式',
  office: '管理科室',
  /** The headings of a line's rules, by what they rest on, each saying what that means. */
  basisHeading: {
    requirement: '申报要求（指南本方向“申报要求”所列，以及本方向的实施年限、资助金额、项目类别；不符合的不能通过）',
    content:
      '本方向内容所指（研究内容/支持方向写明面向谁或什么，但申报要求未列为条件；不符合时提示警告，请与管理科室确认）',
    encouraged: '鼓励与优先支持（指南写的“鼓励”或“优先支持”；不影响申报资格）',
    convention: '工具校验（非指南要求：国家标准或本工具的核对）',
  },
  /** Lines 15-1 and 15-2: the guide lists no 申报要求 of their own. */
  noOwnRequirements: '指南没有为本方向列出自己的申报要求；下面只有本方向的实施年限和资助金额。',
  /** The guide is 附件1 of a call notice whose general conditions are not in it. */
  callNotice:
    '说明：本指南是申报通知的附件1。申报通知中的一般条件（哪些单位可以申报、每个单位的限项、有在研未结题项目的限制、申报时间、报送方式等）不在本指南中，本工具也不检查，请以申报通知为准。',
  clause: '原文',
  quote: (clause: string) => `原文：「${clause}」`,
  convention: (reference: string | null) => `工具校验，非指南要求${reference ? `（依据 ${reference}）` : ''}`,
  awardsInWords: (n: number, upTo: boolean) => (upTo ? `不超过${n}项` : `${n}项`),
  heading: (label: string) => `${label}：`,
  /** A column's heading before its value, where `list` is too narrow for its table. */
  field: (label: string) => `${label}：`,
  severity: { error: '必须', warning: '警告', info: '提示' },
  note: '人工审核',
  tierLine: (tier: string, amount: string, method: string) => `${tier}${amount}，${method}`,
  years: (s: number, e: number) => `${s}–${e} 年`,
  /** `heading`: the guide's word for this direction where it is not 课题方向 (支持方向). */
  /** 其他 as offered to pick: the unit that has no kind of its own in the guide's forms. */
  otherType: (label: string) => `${label}，如农民专业合作社`,
  directionLabel: (n: number, heading: string | undefined) => `${heading ?? '课题方向'}${n}`,
  projectLabel: (n: number, t: string) => `项目${n}：${t}`,
  outcomes: '考核指标',
  nextSteps: (code: string) =>
    `下一步：guilin-grants init ${code} 生成申报材料模板；guilin-grants match 看本单位是否符合。`,
};

export type BrowseMessages = MessagesOf<typeof zh>;

const en: BrowseMessages = {
  headers: {
    code: 'Code',
    title: 'Title',
    years: 'Years',
    awards: 'Awards',
    amount: 'Amount (10,000 CNY)',
    method: 'Method',
    office: 'Office',
  },
  amountAndMethod: (amount, method) => `${amount} / ${method}`,
  awards: (n, upTo) => (upTo ? `≤${n}` : String(n)),
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
  amountsIn: (unit) => `in ${unit}`,
  method: 'Method',
  office: 'Office',
  basisHeading: {
    requirement:
      "Requirements (listed under the line's 申报要求 in the guide, and the line's own years, amounts and tiers; an application that breaks one fails)",
    content:
      "What the line's content addresses (its research content or support direction names whom or what it is for, but no requirement makes it a condition; a warning: confirm with the managing office)",
    encouraged:
      'Encouraged and priority (what the guide encourages, 鼓励, or gives priority to, 优先支持; eligibility does not depend on it)',
    convention: "The tool's own checks (not requirements of the guide: a national standard or a sanity check)",
  },
  noOwnRequirements: 'The guide lists no requirements of its own for this line; below are only its years and funding.',
  callNotice:
    "Note: the guide is Annex 1 of a call notice. The notice's general conditions (who may apply, limits per unit, restrictions for unfinished projects, dates, how to submit) are not in the guide and this tool does not check them: read the notice.",
  clause: 'Clause',
  quote: (clause) => `Clause: "${clause}"`,
  convention: (reference) =>
    `The tool's own check, not a requirement of the guide${reference ? ` (reference: ${reference})` : ''}`,
  awardsInWords: (n, upTo) => (upTo ? `at most ${n}` : String(n)),
  heading: (label) => `${label}:`,
  field: (label) => `${label}: `,
  severity: { error: 'must', warning: 'warning', info: 'note' },
  note: 'by hand',
  tierLine: (tier, amount, method) => `${tier}${amount}, ${method}`,
  years: (s, e) => `${s}–${e}`,
  otherType: (label) => `${label}, e.g. a farmers' cooperative`,
  directionLabel: (n) => `Direction ${n}`,
  projectLabel: (n, t) => `Project ${n}: ${t}`,
  outcomes: 'Expected outcomes (as the guide words them)',
  nextSteps: (code) =>
    `Next: guilin-grants init ${code} scaffolds the documents; guilin-grants match tells whether you qualify.`,
};

export const browseMessages: Catalogue<BrowseMessages> = { zh, en };
