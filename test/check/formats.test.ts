import { describe, expect, it } from 'vitest';
import { shownFindings } from '../../src/report/report-options.js';
import { createStyle } from '../../src/report/chalk-style.js';
import type { BatchSummary } from '../../src/report/summary.js';
import { NO_FACTS, type FileResult } from '../../src/report/file-result.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { formatCsv, formatJson, formatMarkdown, formatTable, summarize } from './helpers/format.js';
import { SAMPLE, TITLES } from './helpers/sample-results.js';

const zh = { lang: 'zh' as const, lineTitles: TITLES, guideline: 'guilin-2019' };
const en = { lang: 'en' as const, lineTitles: TITLES, guideline: 'guilin-2019' };
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('table (the terminal default)', () => {
  it('groups per file, errors first, each with its place, severity, rule and clause, then the totals', () => {
    expect(formatTable(SAMPLE, zh)).toBe(
      lines(
        '✗ 不通过  收件/甲公司/application.yaml  资助方向 1「信息技术关键核心技术研究与应用」',
        '  桂林甲科技有限公司 《漓江水质监测|一期, "试点"》 申请 120 万元',
        '  收件/甲公司/application.yaml:3:1  错误  =HYPERLINK("x"): 不认识的键；请删除或改正拼写。  schema',
        '  收件/甲公司/application.yaml:7:13  错误  自筹配套 200 万元不足：申请 120 万元须自筹配套至少 240 万元（1:2）；请提高 funding.matching 或降低申请额。  matching-ratio',
        '      依据条款：申报单位配套经费不低于1:2',
        '  收件/甲公司/application.yaml:12:15  警告  统一社会信用代码「91450300」有 8 位，应为 18 位；请核对营业执照。  credit-code',
        '',
        '✓ 通过  收件/乙, "丙"/a|b.yaml  资助方向 5-2「广西重点实验室培育」',
        '  桂林甲科技有限公司 申请 50 万元',
        '  收件/乙, "丙"/a|b.yaml:9:3  提示  不符合优先支持条件（企业|高校），不影响申报资格。  priority',
        '      依据条款：优先支持企业',
        '',
        '! 无法读取  收件/坏文件.yaml  资助方向未能确定',
        '  收件/坏文件.yaml  错误  文件大小 1.3 MiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。  file',
        '',
        '共 3 个文件：通过 1，不通过 1，无法读取 1',
      ),
    );
  });

  it('with --quiet leaves out warnings, notes and clean passing files, and says how many were hidden', () => {
    expect(formatTable(SAMPLE, { ...en, quiet: true })).toBe(
      lines(
        '✗ failed  收件/甲公司/application.yaml  line 1 "信息技术关键核心技术研究与应用"',
        '  桂林甲科技有限公司, “漓江水质监测|一期, "试点"”, requests 120 (10,000 CNY)',
        '  收件/甲公司/application.yaml:3:1  error  =HYPERLINK("x"): 不认识的键；请删除或改正拼写。  schema',
        '  收件/甲公司/application.yaml:7:13  error  自筹配套 200 万元不足：申请 120 万元须自筹配套至少 240 万元（1:2）；请提高 funding.matching 或降低申请额。  matching-ratio',
        '      Clause: 申报单位配套经费不低于1:2',
        '',
        '! unreadable  收件/坏文件.yaml  funding line not known',
        '  收件/坏文件.yaml  error  文件大小 1.3 MiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。  file',
        '',
        '3 files: 1 passed, 1 failed, 1 unreadable',
        '(--quiet: 2 warnings or notes not shown)',
      ),
    );
  });

  it('colours only when asked, and the text is the same underneath', () => {
    const plain = formatTable(SAMPLE, zh);
    const coloured = formatTable(SAMPLE, { ...zh, style: createStyle(true) });
    expect(coloured).not.toBe(plain);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

describe('json (the contract of the spec)', () => {
  it('has exactly the spec keys, in its order, and no internal facts', () => {
    const out = JSON.parse(formatJson(SAMPLE, zh)) as Record<string, unknown> & { files: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['files', 'summary']);
    expect(out.summary).toEqual({ files: 3, pass: 1, fail: 1, error: 1 });
    expect(out.files.map((f) => Object.keys(f))).toEqual(
      Array(3).fill(['file', 'code', 'status', 'application', 'findings']),
    );
    expect(out.files[0]).toEqual({
      file: '收件/甲公司/application.yaml',
      code: '1',
      status: 'fail',
      application: {
        ...NO_FACTS,
        requested: 120,
        applicant: '桂林甲科技有限公司',
        title: '漓江水质监测|一期, "试点"',
        creditCode: '91450300',
        office: 'planning_supervision',
      },
      findings: [
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
      ],
    });
    // v1.1 adds `basis` to every finding and `reference` to a convention's; nothing is removed.
    const keys = (out.files[0]!.findings as Record<string, unknown>[]).map((f) => Object.keys(f).join(','));
    expect(new Set(keys)).toEqual(
      new Set([
        'rule,severity,message,path,line,column,clause,basis',
        'rule,severity,message,path,line,column,clause,basis,reference',
      ]),
    );
    expect(out.files[2]).toEqual({
      file: '收件/坏文件.yaml',
      code: null,
      status: 'error',
      application: NO_FACTS,
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
    });
  });

  it('with --quiet keeps every file and its status, only errors among the findings', () => {
    const out = JSON.parse(formatJson(SAMPLE, { ...zh, quiet: true })) as {
      files: { status: string; findings: { severity: string }[] }[];
    };
    expect(out.files.map((f) => [f.status, f.findings.map((x) => x.severity)])).toEqual([
      ['fail', ['error', 'error']],
      ['pass', []],
      ['error', ['error']],
    ]);
  });
});

describe('json, written a file at a time', () => {
  const g = loadGuideline(undefined, 'zh');
  const whole = (results: readonly FileResult[], quiet: boolean, report: BatchSummary | undefined) => {
    const files = results.map((r) => ({
      file: r.file,
      code: r.code,
      status: r.status,
      application: r.application ?? NO_FACTS,
      findings: shownFindings(r, quiet).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line: f.line,
        column: f.column,
        clause: f.clause,
        basis: f.basis,
        reference: f.reference,
      })),
    }));
    const summary = {
      files: results.length,
      pass: results.filter((r) => r.status === 'pass').length,
      fail: results.filter((r) => r.status === 'fail').length,
      error: results.filter((r) => r.status === 'error').length,
    };
    return `${JSON.stringify({ files, summary, ...(report ? { report } : {}) }, null, 2)}\n`;
  };

  it.each([
    ['a batch', SAMPLE],
    ['no files', []],
    [
      'text JSON escapes',
      [
        {
          file: 'in "box"\\a\tb.yaml',
          code: null,
          status: 'error',
          findings: [
            {
              rule: 'yaml',
              severity: 'warning',
              message: 'line\nbreak \u2028 "quoted" \\ \u0001',
              path: 'a["b"]',
              line: 2,
              column: 1,
              clause: null,
              basis: null,
            },
            {
              rule: 'yaml',
              severity: 'error',
              message: '冒号：',
              path: null,
              line: null,
              column: null,
              clause: '三、（一）',
              basis: null,
            },
          ],
        },
      ] satisfies FileResult[],
    ],
  ] as const)(
    'is still JSON.stringify(out, null, 2) of the whole, with and without --quiet and --summary (%s)',
    (_, results) => {
      for (const quiet of [false, true]) {
        for (const summary of [undefined, summarize(results, g, 'zh')]) {
          expect(formatJson(results, { ...zh, quiet, ...(summary ? { summary } : {}) })).toBe(
            whole(results, quiet, summary),
          );
        }
      }
    },
  );
});

describe('csv', () => {
  it('is one row per finding, a row for a file with none, RFC 4180 quoting, BOM and CRLF, formulas defused', () => {
    const quiet = formatCsv(SAMPLE, { ...zh, quiet: true });
    expect(quiet).toBe(
      '\uFEFF' +
        [
          'file,code,status,applicant,title,rule,severity,line,column,path,message,clause',
          `收件/甲公司/application.yaml,1,fail,桂林甲科技有限公司,"漓江水质监测|一期, ""试点""",schema,error,3,1,"'=HYPERLINK(""x"")","'=HYPERLINK(""x""): 不认识的键；请删除或改正拼写。",`,
          '收件/甲公司/application.yaml,1,fail,桂林甲科技有限公司,"漓江水质监测|一期, ""试点""",matching-ratio,error,7,13,funding.matching,自筹配套 200 万元不足：申请 120 万元须自筹配套至少 240 万元（1:2）；请提高 funding.matching 或降低申请额。,申报单位配套经费不低于1:2',
          '"收件/乙, ""丙""/a|b.yaml",5-2,pass,桂林甲科技有限公司,,,,,,,,',
          '收件/坏文件.yaml,,error,,,file,error,,,,文件大小 1.3 MiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。,',
        ].join('\r\n') +
        '\r\n',
    );
    const all = formatCsv(SAMPLE, zh).split('\r\n');
    expect(all).toContain(
      '"收件/乙, ""丙""/a|b.yaml",5-2,pass,桂林甲科技有限公司,,priority,info,9,3,applicant,不符合优先支持条件（企业|高校），不影响申报资格。,优先支持企业',
    );
    expect(all.filter((r) => r.startsWith('"收件/乙'))).toHaveLength(1);
  });
});

describe('markdown', () => {
  it('is a memo: totals, an overview of every file, then the findings of each file with the clause', () => {
    expect(formatMarkdown(SAMPLE, zh)).toBe(
      lines(
        '# 申请书形式审查报告',
        '',
        '审查依据：指南 guilin-2019',
        '',
        '**共 3 个文件：通过 1，不通过 1，无法读取 1**',
        '',
        '## 总览',
        '',
        '| 文件 | 申报单位 | 项目名称 | 申请金额（万元） | 资助方向 | 结论 | 错误 | 警告 |',
        '| --- | --- | --- | ---: | --- | --- | ---: | ---: |',
        '| `收件/甲公司/application.yaml` | 桂林甲科技有限公司 | 漓江水质监测\\|一期, "试点" | 120 | 1 | 不通过 | 2 | 1 |',
        '| `收件/乙, "丙"/a\\|b.yaml` | 桂林甲科技有限公司 | — | 50 | 5-2 | 通过 | 0 | 0 |',
        '| `收件/坏文件.yaml` | — | — | — | — | 无法读取 | 1 | 0 |',
        '',
        '## 问题明细',
        '',
        '### `收件/甲公司/application.yaml`：不通过',
        '',
        '资助方向 1「信息技术关键核心技术研究与应用」',
        '',
        '| 位置 | 级别 | 问题及修改建议 | 规则 | 依据条款 |',
        '| --- | --- | --- | --- | --- |',
        '| 3:1 | 错误 | =HYPERLINK("x"): 不认识的键；请删除或改正拼写。 | `schema` | — |',
        '| 7:13 | 错误 | 自筹配套 200 万元不足：申请 120 万元须自筹配套至少 240 万元（1:2）；请提高 funding.matching 或降低申请额。 | `matching-ratio` | 申报单位配套经费不低于1:2 |',
        '| 12:15 | 警告 | 统一社会信用代码「91450300」有 8 位，应为 18 位；请核对营业执照。 | `credit-code` | — |',
        '',
        '### `收件/乙, "丙"/a\\|b.yaml`：通过',
        '',
        '资助方向 5-2「广西重点实验室培育」',
        '',
        '| 位置 | 级别 | 问题及修改建议 | 规则 | 依据条款 |',
        '| --- | --- | --- | --- | --- |',
        '| 9:3 | 提示 | 不符合优先支持条件（企业\\|高校），不影响申报资格。 | `priority` | 优先支持企业 |',
        '',
        '### `收件/坏文件.yaml`：无法读取',
        '',
        '资助方向未能确定',
        '',
        '| 位置 | 级别 | 问题及修改建议 | 规则 | 依据条款 |',
        '| --- | --- | --- | --- | --- |',
        '| — | 错误 | 文件大小 1.3 MiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。 | `file` | — |',
      ),
    );
  });

  it('keeps raw HTML and line breaks in messages from breaking the table', () => {
    const out = formatMarkdown(
      [
        {
          file: 'a.yaml',
          code: '1',
          status: 'fail',
          findings: [
            {
              rule: 'schema',
              severity: 'error',
              message: 'title: <script>\nx & y',
              path: 'title',
              line: 2,
              column: 8,
              clause: null,
              basis: null,
            },
          ],
        },
      ],
      en,
    );
    // A line break is shown as its escape, as everywhere a person reads (it cannot end the row).
    expect(out).toContain('| 2:8 | error | title: &lt;script&gt;\\\\nx &amp; y | `schema` | — |');
  });
});
