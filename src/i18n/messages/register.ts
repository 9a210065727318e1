import type { Catalogue, MessagesOf } from '../index.js';

/** The reviewer's register (受理清单), the workbook and the HTML report: their own words. */
const zh = {
  columns: {
    index: '序号',
    file: '文件',
    applicant: '申报单位',
    creditCode: '统一社会信用代码',
    applicantType: '单位类型',
    title: '项目名称',
    code: '方向',
    lineTitle: '方向名称',
    category: '类别',
    tier: '档次',
    requested: '申请金额（万元）',
    matching: '自筹配套（万元）',
    period: '执行期',
    office: '科室',
    status: '结论',
    errors: '错误',
    warnings: '警告',
  },
  findings: {
    rule: '规则',
    severity: '级别',
    basis: '依据',
    message: '问题',
    place: '位置',
    clause: '指南原文',
  },
  /** What a finding rests on (its rule's basis); `form`: the file's form, which no rule of the guide is. */
  basis: {
    requirement: '指南申报要求',
    content: '方向内容所指',
    encouraged: '指南鼓励',
    convention: '工具校验',
    form: '文件格式',
  },
  sheets: { register: '受理清单', findings: '问题明细', summary: '汇总' },
  totals: {
    byLine: '按资助方向',
    byOffice: '按管理科室',
    duplicates: '在多份申请中出现的申报单位',
    unassigned: '资助方向未能确定',
    code: '方向',
    lineTitle: '方向名称',
    office: '管理科室',
    applications: '申请数',
    pass: '通过',
    fail: '不通过',
    error: '无法读取',
    requested: '申请金额（万元）',
    requestedPass: '其中通过（万元）',
    maxAwards: '立项数',
    maxAmount: '单项最高（万元）',
    cap: '资助上限（万元）',
    /** Requested ÷ cap, which reads right below 1 as well as over it (超额倍数 of 0.27 did not). */
    times: '申请为上限的倍数',
    applicant: '申报单位',
    creditCode: '统一社会信用代码',
    files: '文件',
    units:
      '金额单位：万元。资助上限 = 立项数 × 单项最高资助额；申请为上限的倍数 = 申请金额 ÷ 资助上限，大于 1 即申请超出上限。',
  },
  html: {
    title: '申请书形式审查报告',
    generated: (g: string, n: number) => `审查依据：指南 ${g}；共 ${n} 份申请`,
    chartTitle: '各方向申请金额与资助上限',
    chartNote:
      '条形为申请金额，竖线为资助上限（立项数 × 单项最高资助额），下方细条为通过、不通过、无法读取的份数之比；金额单位：万元。',
    /** A no-break space between a figure and its unit: the page's narrow column must not part them. */
    requestedOf: (r: number, cap: number, times: string) =>
      `申请 ${r} / 上限 ${cap}\u00a0万元，为上限的 ${times}\u00a0倍`,
    filter: '筛选',
    all: '全部',
    /** The verdict filter's choice of both verdicts that send an application back to its applicant. */
    notPassed: '不通过或无法读取',
    search: '搜索单位、项目或文件',
    shown: (s: number, t: number) => `显示 ${s} / ${t} 份`,
    noFindings: '没有发现问题。',
    /** Under the register's filters: how to open a row and how to sort. */
    hints: '点击一行查看问题明细；点击表头排序',
    /** The button under the register's rows built so far; `n` those still to come. */
    more: (n: number | string) => `显示更多（还有 ${n} 份）`,
    duplicates: (n: number) => `${n} 家单位出现在多份申请中，点击展开`,
    noscript: '受理清单由页面脚本显示，请允许本文件运行脚本；或使用 --format xlsx 生成工作簿。',
  },
  /** The summary is in the sheet of a workbook and on top of the HTML report. */
  skipped: {
    profile: (f: string) => `已跳过 ${f}：这是 match 保存的单位档案，不是申请书。`,
    guideline: (f: string) => `已跳过 ${f}：这是申报指南数据文件，不是申请书。`,
  },
  summaryOnStderr: '汇总不写入 CSV（一个 CSV 只有一张表），见下方；完整汇总请用 --format xlsx 或 html。',
  /** The table's heading of a file: who asks for what, as far as the file says. */
  brief: (a: string | null, t: string | null, r: number | null) =>
    [a, t === null ? null : `《${t}》`, r === null ? null : `申请 ${r} 万元`].filter((x) => x).join(' '),
  needsOutput: (f: string) =>
    `--format ${f} 生成的是文件，不能输出到终端：请加上 --output 文件名，例如 --output 审查结果.${f}。`,
};

export type RegisterMessages = MessagesOf<typeof zh>;

const en: RegisterMessages = {
  columns: {
    index: 'No.',
    file: 'File',
    applicant: 'Applicant',
    creditCode: 'Credit code',
    applicantType: 'Applicant type',
    title: 'Project title',
    code: 'Line',
    lineTitle: 'Line title',
    category: 'Category',
    tier: 'Tier',
    requested: 'Requested (10,000 CNY)',
    matching: 'Matching (10,000 CNY)',
    period: 'Period',
    office: 'Office',
    status: 'Verdict',
    errors: 'Errors',
    warnings: 'Warnings',
  },
  findings: {
    rule: 'Rule',
    severity: 'Severity',
    basis: 'Basis',
    message: 'Problem',
    place: 'Place',
    clause: 'Guide clause',
  },
  basis: {
    requirement: 'Guide requirement',
    content: "Line's content",
    encouraged: 'Encouraged',
    convention: "Tool's own check",
    form: 'File form',
  },
  sheets: { register: 'Register', findings: 'Findings', summary: 'Summary' },
  totals: {
    byLine: 'By funding line',
    byOffice: 'By office',
    duplicates: 'Applicants in more than one application',
    unassigned: 'Line not known',
    code: 'Line',
    lineTitle: 'Line title',
    office: 'Office',
    applications: 'Applications',
    pass: 'Pass',
    fail: 'Fail',
    error: 'Unreadable',
    requested: 'Requested (10,000 CNY)',
    requestedPass: 'Of which passing',
    maxAwards: 'Awards',
    maxAmount: 'Max per award',
    cap: 'Cap (10,000 CNY)',
    times: 'Requested ÷ cap',
    applicant: 'Applicant',
    creditCode: 'Credit code',
    files: 'Files',
    units:
      'Amounts in 10,000 CNY. Cap = awards × maximum per award; requested ÷ cap over 1: more is asked than the line can award.',
  },
  html: {
    title: 'Application screening report',
    generated: (g, n) => `Guideline ${g}; ${n} applications`,
    chartTitle: 'Money requested per line against its cap',
    chartNote:
      'Bars: money requested; the mark: the cap (awards × maximum per award); the thin bar below: passed, failed and unreadable, by count; in 10,000 CNY.',
    requestedOf: (r, cap, times) => `requested ${r} of a ${cap}\u00a0cap (${times}×\u00a0the\u00a0cap)`,
    filter: 'Filter',
    all: 'All',
    notPassed: 'failed or unreadable',
    search: 'Search applicant, title or file',
    shown: (s, t) => `${s} of ${t} shown`,
    noFindings: 'No problems found.',
    hints: 'Click a row for its findings; click a header to sort.',
    more: (n) => `Show more (${n} to come)`,
    duplicates: (n) => `${n} applicant${n === 1 ? '' : 's'} in more than one application: click to show`,
    noscript:
      'The register is shown by the page’s script: allow this file to run scripts, or use --format xlsx for a workbook.',
  },
  skipped: {
    profile: (f) => `Skipped ${f}: it is a profile saved by match, not an application.`,
    guideline: (f) => `Skipped ${f}: it is a guideline data file, not an application.`,
  },
  summaryOnStderr:
    'The summary is not written into the CSV (one CSV holds one table); it follows here. For all of it use --format xlsx or html.',
  brief: (a, t, r) =>
    [a, t === null ? null : `“${t}”`, r === null ? null : `requests ${r} (10,000 CNY)`].filter((x) => x).join(', '),
  needsOutput: (f) =>
    `--format ${f} makes a file, which cannot go to the terminal: add --output FILE, e.g. --output report.${f}.`,
};

export const registerMessages: Catalogue<RegisterMessages> = { zh, en };
