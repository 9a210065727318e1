import { NO_FACTS, type FileResult } from '../../../src/report/file-result.js';

/**
 * A small batch as a reviewer meets it: a failing application (an error and a
 * warning, listed out of order), a passing one whose path needs quoting in CSV, and
 * a file that could not be read. Text with `|`, `"`, `,` and a leading `=` checks
 * each format's escaping.
 */
export const SAMPLE: FileResult[] = [
  {
    file: '收件/甲公司/application.yaml',
    code: '1',
    status: 'fail',
    findings: [
      {
        rule: 'credit-code',
        severity: 'warning',
        message: '统一社会信用代码「91450300」有 8 位，应为 18 位；请核对营业执照。',
        path: 'applicant.creditCode',
        line: 12,
        column: 15,
        clause: null,
        basis: 'convention',
        reference: 'GB 32100-2015',
      },
      {
        rule: 'schema',
        severity: 'error',
        message: '=HYPERLINK("x"): 不认识的键；请删除或改正拼写。',
        path: '=HYPERLINK("x")',
        line: 3,
        column: 1,
        clause: null,
        basis: null,
      },
      {
        rule: 'matching-ratio',
        severity: 'error',
        message:
          '自筹配套 200 万元不足：申请 120 万元须自筹配套至少 240 万元（1:2）；请提高 funding.matching 或降低申请额。',
        path: 'funding.matching',
        line: 7,
        column: 13,
        clause: '申报单位配套经费不低于1:2',
        basis: 'requirement',
      },
    ],
    application: {
      ...NO_FACTS,
      requested: 120,
      applicant: '桂林甲科技有限公司',
      title: '漓江水质监测|一期, "试点"',
      creditCode: '91450300',
      office: 'planning_supervision',
    },
  },
  {
    file: '收件/乙, "丙"/a|b.yaml',
    code: '5-2',
    status: 'pass',
    findings: [
      {
        rule: 'priority',
        severity: 'info',
        message: '不符合优先支持条件（企业|高校），不影响申报资格。',
        path: 'applicant',
        line: 9,
        column: 3,
        clause: '优先支持企业',
        basis: 'encouraged',
      },
    ],
    application: { ...NO_FACTS, requested: 50, applicant: '桂林甲科技有限公司', office: 'planning_supervision' },
  },
  {
    file: '收件/坏文件.yaml',
    code: null,
    status: 'error',
    findings: [
      {
        rule: 'file',
        severity: 'error',
        message: '文件大小 1.3 MiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。',
        path: null,
        line: null,
        column: null,
        clause: null,
        basis: null,
      },
    ],
  },
];

export const TITLES = new Map([
  ['1', '信息技术关键核心技术研究与应用'],
  ['5-2', '广西重点实验室培育'],
]);
