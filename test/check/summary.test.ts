import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/report/summary.js';
import { NO_FACTS, type FileResult } from '../../src/report/file-result.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { formatCsv, formatJson, formatMarkdown, formatTable, summarize } from './helpers/format.js';
import { buildCorpus, writeCorpus, type CorpusFile } from './helpers/corpus.js';
import { runCli } from '../support/cli.js';
import { displayWidth } from '../../src/report/wrap-text.js';
import { stringify } from 'yaml';
import { VALID_CREDIT_CODE, validApplication } from '../support/valid-application.js';

const g = loadGuideline(undefined, 'zh');

function app(
  file: string,
  code: string | null,
  status: FileResult['status'],
  requested?: number,
  applicant?: string,
  creditCode?: string,
): FileResult {
  return {
    file,
    code,
    status,
    findings: [],
    application: {
      ...NO_FACTS,
      requested: requested ?? null,
      applicant: applicant ?? null,
      creditCode: creditCode ?? null,
    },
  };
}

describe('summarize', () => {
  const results: FileResult[] = [
    app('a.yaml', '1', 'pass', 120, '桂林甲科技有限公司', '91450300MA5KT12341'),
    app('b.yaml', '1', 'fail', 100.1, '桂林乙科技有限公司'),
    app('c.yaml', '1', 'pass', 130.2, '桂林 乙科技有限公司'),
    app('d.yaml', '2', 'pass', 300, '桂林丙药业有限公司', '91450300198765432N'),
    app('e.yaml', '16', 'fail', 150, '桂林丁公司', '91450300198765432n'),
    app('f.yaml', '15-3', 'pass', 5, '桂林甲科技有限公司', '12450000498512345H'),
    app('g.yaml', null, 'fail', 40, '桂林戊公司'),
    { file: 'h.yaml', code: null, status: 'error' as const, findings: [] },
  ];
  const s = summarize(results, g, 'zh');

  it('totals each line that received applications, in the guide order, against awards × the largest amount', () => {
    expect(
      s.lines.map((l) => [
        l.code,
        l.applications,
        l.pass,
        l.requested,
        l.requestedPass,
        l.maxAwards,
        l.maxAmount,
        l.budget,
      ]),
    ).toEqual([
      ['1', 3, 2, 350.3, 250.2, 3, 150, 450],
      ['2', 1, 1, 300, 300, 5, 300, 1500],
      ['15-3', 1, 1, 5, 5, 50, 30, 1500],
      ['16', 1, 0, 150, 0, 20, 200, 4000],
    ]);
    expect(s.lines[0]).toMatchObject({ title: '信息技术关键核心技术研究与应用', office: '发展规划与科技监督科' });
  });

  it('adds the lines up per office, and counts what has no line apart', () => {
    expect(s.offices).toEqual([
      {
        office: '发展规划与科技监督科',
        applications: 4,
        pass: 3,
        fail: 1,
        error: 0,
        requested: 650.3,
        requestedPass: 550.2,
        budget: 1950,
      },
      {
        office: '社会发展科技科',
        applications: 2,
        pass: 1,
        fail: 1,
        error: 0,
        requested: 155,
        requestedPass: 5,
        budget: 5500,
      },
    ]);
    expect(s.unassigned).toEqual({ applications: 2, requested: 40 });
  });

  it('finds applicants by credit code (any case), or by name where a code is missing', () => {
    expect(s.duplicates).toEqual([
      {
        name: '桂林乙科技有限公司',
        creditCode: null,
        files: [
          { file: 'b.yaml', code: '1', status: 'fail' },
          { file: 'c.yaml', code: '1', status: 'pass', applicant: '桂林 乙科技有限公司' },
        ],
      },
      {
        name: '桂林丙药业有限公司',
        creditCode: '91450300198765432N',
        files: [
          { file: 'd.yaml', code: '2', status: 'pass' },
          { file: 'e.yaml', code: '16', status: 'fail', applicant: '桂林丁公司' },
        ],
      },
    ]);
  });

  it('names a group after the name most of its files write, and says beside each file how it names the applicant where that differs', () => {
    const found = summarize(
      [
        app('w.yaml', '1', 'fail', 100, '庚科技', '91450300MA5KT12341'),
        app('x.yaml', '1', 'pass', 100, undefined, '91450300MA5KT12341'),
        app('y.yaml', '2', 'fail', 100, '桂林庚科技有限公司', '91450300ma5kt12341'),
        app('z.yaml', '16', 'pass', 100, '桂林庚科技有限公司'),
      ],
      g,
      'zh',
    );
    expect(found.duplicates).toEqual([
      {
        name: '桂林庚科技有限公司',
        creditCode: '91450300MA5KT12341',
        files: [
          { file: 'w.yaml', code: '1', status: 'fail', applicant: '庚科技' },
          { file: 'x.yaml', code: '1', status: 'pass', applicant: null },
          { file: 'y.yaml', code: '2', status: 'fail' },
          { file: 'z.yaml', code: '16', status: 'pass', creditCode: null },
        ],
      },
    ]);
    const tail = (lang: 'zh' | 'en') => {
      const text = formatTable([], { lang, summary: found });
      return text.slice(text.indexOf('  桂林庚'));
    };
    expect(tail('zh')).toBe(
      [
        '  桂林庚科技有限公司（信用代码 91450300MA5KT12341）：4 份申请',
        '    w.yaml  资助方向 1  不通过  写作「庚科技」',
        '    x.yaml  资助方向 1  通过  未填名称',
        '    y.yaml  资助方向 2  不通过',
        '    z.yaml  资助方向 16  通过  未填信用代码',
        '',
      ].join('\n'),
    );
    expect(tail('en')).toBe(
      [
        '  桂林庚科技有限公司 (credit code 91450300MA5KT12341): 4 applications',
        '    w.yaml  line 1  failed  named "庚科技"',
        '    x.yaml  line 1  passed  no name',
        '    y.yaml  line 2  failed',
        '    z.yaml  line 16  passed  no credit code',
        '',
      ].join('\n'),
    );
    expect(formatMarkdown([], { lang: 'en', summary: found })).toContain(
      '  - `x.yaml` (line 1, passed, no name)\n  - `y.yaml` (line 2, failed)\n  - `z.yaml` (line 16, passed, no credit code)',
    );
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a zero-width non-joiner', '\u200C'],
    ['a word joiner', '\u2060'],
    ['a soft hyphen', '\u00AD'],
    ['an RLO', '\u202E'],
    ['full-width letters', 'ＡＢ'],
  ])('finds the same applicant written with %s inside the name', (_, odd) => {
    const plain = odd === 'ＡＢ' ? '桂林AB科技有限公司' : '桂林己科技有限公司';
    const hidden = odd === 'ＡＢ' ? '桂林ＡＢ科技有限公司' : `桂林己${odd}科技有限公司`;
    const found = summarize([app('x.yaml', '1', 'pass', 100, plain), app('y.yaml', '1', 'pass', 100, hidden)], g, 'zh');
    expect(found.duplicates.map((d) => d.files.map((f) => f.file))).toEqual([['x.yaml', 'y.yaml']]);
  });

  it('does not take two units with different credit codes for one because they share a name', () => {
    expect(s.duplicates.flatMap((d) => d.files.map((f) => f.file))).not.toContain('a.yaml');
  });

  it('is shown after the results in every format', () => {
    const opts = { lang: 'zh' as const, summary: s };
    const table = formatTable(results, opts);
    expect(table.indexOf('汇总')).toBeGreaterThan(table.indexOf('共 8 个文件'));
    expect(table).toContain('│ 1    │      3 │    2 │      1 │        0 │    350.3 │    250.2 │   3 项 × 150 = 450 │');
    expect(table).toContain(
      '  桂林丙药业有限公司（信用代码 91450300198765432N）：2 份申请\n    d.yaml  资助方向 2  通过\n    e.yaml  资助方向 16  不通过  写作「桂林丁公司」',
    );
    expect(JSON.parse(formatJson(results, opts)).report).toEqual(JSON.parse(JSON.stringify(s)));
    expect(Object.keys(JSON.parse(formatJson(results, opts)))).toEqual(['files', 'summary', 'report']);
    // One table per CSV: the summary never joins the findings (the command prints it on stderr).
    expect(formatCsv(results, opts)).toBe(formatCsv(results, { lang: 'zh' }));
    const md = formatMarkdown(results, opts);
    expect(md).toContain(
      '| 16 | 桂林市国家可持续发展议程创新示范区建设与应用示范 | 社会发展科技科 | 1 | 0 | 150 | 0 | 20 项 × 200 = 4000 |',
    );
    expect(md).toContain(
      '- 桂林乙科技有限公司：2 份申请\n  - `b.yaml`（资助方向 1，不通过）\n  - `c.yaml`（资助方向 1，通过，写作「桂林 乙科技有限公司」）',
    );
  });

  it('flags a line whose passing applications ask for more than it can award', () => {
    const over = summarize(
      [app('x.yaml', '8', 'pass', 50), app('y.yaml', '8', 'pass', 50), app('z.yaml', '8', 'pass', 30)],
      g,
      'zh',
    );
    expect(over.lines[0]).toMatchObject({ requestedPass: 130, budget: 100 });
    // Marked ▲ as the HTML report's chart marks it, the money requested and what passes, with the legend under the table.
    expect(formatTable([], { lang: 'zh', summary: over })).toContain(
      [
        '│ 8    │      3 │    3 │      0 │        0 │     130▲ │     130▲ │ 2 项 × 50 = 100 │',
        '└──────┴────────┴──────┴────────┴──────────┴──────────┴──────────┴─────────────────┘',
        '金额单位：万元。申请资助为各申请书 funding.requested 之和；资助上限 = 立项数 × 单项最高资助额。',
        '▲ 金额超出资助上限。',
      ].join('\n'),
    );
    expect(formatTable([], { lang: 'en', summary: over })).toContain(
      [
        '│ 8    │            3 │      3 │      0 │          0 │      130▲ │      130▲ │ 2 × 50 = 100 │',
        '└──────┴──────────────┴────────┴────────┴────────────┴───────────┴───────────┴──────────────┘',
        'Amounts in 10,000 CNY (万元). Requested: the sum of funding.requested; ceiling: awards × the largest amount per award.',
        '▲ over the ceiling.',
      ].join('\n'),
    );
    // Where no amount is over, no legend.
    const within = summarize([app('x.yaml', '8', 'pass', 50)], g, 'zh');
    expect(formatTable([], { lang: 'zh', summary: within })).not.toContain('▲');
  });
});

describe('check --summary over a few hundred applications', () => {
  let dir: string;
  let corpus: CorpusFile[];
  let report: BatchSummary;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gg-summary-'));
    corpus = buildCorpus(300);
    writeCorpus(dir, corpus);
    const r = runCli(['check', dir, '--format', 'json', '--summary']);
    report = (JSON.parse(r.stdout) as { report: BatchSummary }).report;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives per line the number of applications, passes and money requested', () => {
    const lines = JSON.parse(runCli(['list', '--json']).stdout) as {
      code: string;
      maxAwards: number;
      tiers: { max: number }[];
    }[];
    const expected = lines
      .map((l) => {
        const mine = corpus.filter((f) => f.code === l.code);
        const sum = (fs: CorpusFile[]) => fs.reduce((s, f) => s + (f.requested ?? 0), 0);
        const pass = mine.filter((f) => f.status === 'pass');
        return [
          l.code,
          mine.length,
          pass.length,
          sum(mine),
          sum(pass),
          l.maxAwards * Math.max(...l.tiers.map((t) => t.max)),
        ];
      })
      .filter((row) => (row[1] as number) > 0);
    expect(report.lines.map((l) => [l.code, l.applications, l.pass, l.requested, l.requestedPass, l.budget])).toEqual(
      expected,
    );
    expect(report.unassigned.applications).toBe(corpus.filter((f) => f.code === null).length);
  });

  it.each(['zh', 'en'])('fits a terminal of 80 columns: its notes wrap, the office names too (%s)', (lang) => {
    // In English the eight figures take more than 80 columns: each office is a block of them.
    const r = runCli(['check', dir, '--summary', '--lang', lang], { env: { COLUMNS: '80' } });
    // The applicants in more than one application too: a file's path is kept whole, its note goes under it.
    const summary = r.stdout.slice(r.stdout.lastIndexOf(lang === 'zh' ? '\n汇总\n' : '\nSummary\n'));
    const wide = summary.split('\n').filter((l) => displayWidth(l) > 80);
    expect(wide).toEqual([]);
    // A long office name is there, on more than one line of its column in English.
    expect(summary).toMatch(
      lang === 'zh'
        ? /│ 发展规划与科技监督科 +│ +\d+ │ +\d+ │ +\d+ │ +\d+ │/
        : /\nDevelopment Planning and S&T Supervision Section\n  Applications \d+  Passed \d+  Failed \d+  Unreadable \d+  Requested \d+▲?\n/,
    );
  });

  it.each(['zh', 'en'])(
    'fits a terminal of 60 and 70 columns: a table or, too narrow for one, a block per row (%s)',
    (lang) => {
      for (const columns of [60, 70]) {
        const r = runCli(['check', dir, '--summary', '--lang', lang], { env: { COLUMNS: String(columns) } });
        // The tables and their notes (a file's path below them is kept whole, as at 80).
        const start = r.stdout.lastIndexOf(lang === 'zh' ? '\n汇总\n' : '\nSummary\n');
        const end = r.stdout.indexOf(lang === 'zh' ? '\n在多份申请' : '\nApplicants named', start);
        const wide = r.stdout
          .slice(start, end)
          .split('\n')
          .filter((l) => displayWidth(l) > columns);
        expect([columns, wide]).toEqual([columns, []]);
      }
    },
  );

  it('lists every credit code used by more than one application, with its files', () => {
    const byCode = new Map<string, string[]>();
    for (const f of corpus)
      if (f.creditCode) byCode.set(f.creditCode, [...(byCode.get(f.creditCode) ?? []), join(dir, f.name)]);
    const expected = [...byCode].filter(([, files]) => files.length > 1);
    expect(expected.length).toBeGreaterThan(10);
    expect(report.duplicates.map((d) => [d.creditCode, d.files.map((f) => f.file)])).toEqual(expected);
  });
});

describe('check --summary on a terminal: the applicants in more than one application', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gg-dup-'));
    // One enterprise, one credit code, written two ways in three folders of an intake.
    for (const [folder, name] of [
      ['第一批收件/七星区', '桂林某某科技有限公司'],
      ['第一批收件/临桂区', '桂林某某科技有限公司'],
      ['第二批收件/象山区', '桂林市某某科技有限责任公司'],
    ] as const) {
      const app = validApplication('1');
      app.applicant.name = name;
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'application.yaml'), stringify(app));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([56, 60, 64, 70, 80])(
    'keeps the count of applications with its noun at %i columns (zh and en)',
    (columns) => {
      for (const [lang, count] of [
        ['en', '3 applications'],
        ['zh', '3 份'],
      ] as const) {
        const r = runCli(['check', '.', '--summary', '--lang', lang], { cwd: dir, env: { COLUMNS: String(columns) } });
        const heading = r.stdout.slice(r.stdout.lastIndexOf('\n  桂林某某') + 1).split('\n    第一批')[0]!;
        // 3 / applications read as a heading of three and a word alone under it.
        expect([columns, lang, heading.replace(/\n +/g, ' / ')]).toEqual([
          columns,
          lang,
          expect.stringMatching(new RegExp(`(?:：|: | / )${count}`)),
        ]);
      }
    },
  );

  it.each([
    ['zh', '写作「桂林市某某科技有限责任公司」'],
    ['en', 'named "桂林市某某科技有限责任公司"'],
  ])('keeps a note that does not fit beside its file under it, indented, never at the edge (%s)', (lang, note) => {
    const r = runCli(['check', '.', '--summary', '--lang', lang], {
      cwd: dir,
      env: { COLUMNS: lang === 'zh' ? '64' : '72' },
    });
    const tail = r.stdout.slice(r.stdout.lastIndexOf('\n  桂林某某') + 1);
    const line = lang === 'zh' ? '资助方向 1  通过' : 'line 1  passed';
    expect(tail).toBe(
      [
        lang === 'zh'
          ? `  桂林某某科技有限公司（信用代码 ${VALID_CREDIT_CODE}）：3 份申请`
          : `  桂林某某科技有限公司 (credit code ${VALID_CREDIT_CODE}): 3 applications`,
        `    第一批收件/七星区/application.yaml  ${line}`,
        `    第一批收件/临桂区/application.yaml  ${line}`,
        `    第二批收件/象山区/application.yaml  ${line}`,
        `      ${note}`,
        '',
      ].join('\n'),
    );
    // Wide enough, each file keeps its note on its line, as piped output without COLUMNS does.
    const wide = runCli(['check', '.', '--summary', '--lang', lang], { cwd: dir, env: { COLUMNS: '120' } });
    expect(wide.stdout).toContain(`    第二批收件/象山区/application.yaml  ${line}  ${note}\n`);
    const plain = runCli(['check', '.', '--summary', '--lang', lang], { cwd: dir }).stdout;
    expect(plain.slice(plain.lastIndexOf('\n  桂林某某'))).toBe(
      wide.stdout.slice(wide.stdout.lastIndexOf('\n  桂林某某')),
    );
  });
});

describe('check --summary on a narrow terminal (test/fixtures/check)', () => {
  const summary = (lang: string, columns = 60) => {
    const r = runCli(['check', 'test/fixtures/check', '--summary', '--quiet', '--lang', lang], {
      env: { COLUMNS: String(columns) },
    });
    return r.stdout.slice(r.stdout.lastIndexOf(lang === 'zh' ? '\n汇总\n' : '\nSummary\n') + 1);
  };

  it("splits the figures' headings in two and breaks an office's name evenly, in Chinese (70 columns)", () => {
    const text = summary('zh', 70);
    expect(text).toContain(
      [
        '┌────────────┬────────┬──────┬────────┬──────┬──────┬──────┬──────┐',
        '│ 管理科室   │ 申请数 │ 通过 │ 不通过 │ 无法 │ 申请 │ 其中 │ 资助 │',
        '│            │        │      │        │ 读取 │ 资助 │ 通过 │ 上限 │',
        '│ 发展规划与 │      3 │    2 │      1 │    0 │  370 │  170 │ 2200 │',
        '│ 科技监督科 │        │      │        │      │      │      │      │',
      ].join('\n'),
    );
    expect(text.split('\n').filter((l) => displayWidth(l) > 70)).toEqual([]);
  });

  it.each([
    [
      'zh',
      [
        '按资助方向',
        '方向 1',
        '  申请数 1  通过 1  不通过 0  无法读取 0  申请资助 120',
        '  其中通过 120  资助上限 3 项 × 150 = 450',
        '方向 2',
      ],
      [
        '按管理科室',
        '发展规划与科技监督科',
        '  申请数 3  通过 2  不通过 1  无法读取 0  申请资助 370',
        '  其中通过 170  资助上限 2200',
      ],
    ],
    [
      'en',
      [
        'By funding line',
        'Line 1',
        '  Applications 1  Passed 1  Failed 0  Unreadable 0',
        '  Requested 120  by passed 120  Ceiling 3 × 150 = 450',
        'Line 2',
      ],
      [
        'By managing office',
        'Development Planning and S&T Supervision Section',
        '  Applications 3  Passed 2  Failed 1  Unreadable 0',
        '  Requested 370  by passed 170  Ceiling 2200',
      ],
    ],
  ])(
    'gives each line and office as a block of its figures at 60 columns, where no table fits (%s)',
    (lang, byLine, byOffice) => {
      const text = summary(lang);
      expect(text).toContain(byLine.join('\n'));
      expect(text).toContain(byOffice.join('\n'));
      expect(text.split('\n').filter((l) => displayWidth(l) > 60)).toEqual([]);
    },
  );
});
