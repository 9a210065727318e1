import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineTotals, OfficeTotals } from '../../src/report/summary.js';
import type { ApplicationFacts } from '../../src/report/file-result.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { pick } from '../../src/i18n/lang.js';
import { displayWidth } from '../../src/report/wrap-text.js';
import { stringify } from 'yaml';
import { runCli, ROOT } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';

/**
 * A reviewer's inbox: the fixture applications, a profile saved by `match` and a copy
 * of the guideline left among them. The register, the workbook and the HTML report
 * must all say what the JSON report says of each application.
 */
interface JsonFile {
  file: string;
  code: string | null;
  status: 'pass' | 'fail' | 'error';
  application: ApplicationFacts;
  findings: {
    rule: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    line: number | null;
    column: number | null;
    clause: string | null;
    basis: 'requirement' | 'content' | 'encouraged' | 'convention' | null;
    reference?: string;
  }[];
}

interface JsonReport {
  lines: LineTotals[];
  offices: OfficeTotals[];
}

const g = loadGuideline(undefined, 'zh');
let dir: string;
let files: JsonFile[];
let report: JsonReport;
const STATUS = { pass: '通过', fail: '不通过', error: '无法读取' };
const SEVERITY = { error: '错误', warning: '警告', info: '提示' };

/** What every register must say of a file, by its zh column name: the JSON's facts, labelled. */
function expectedRow(f: JsonFile, index: number): Record<string, string | number | null> {
  const a = f.application;
  const line = f.code === null ? undefined : g.line(f.code);
  const label = (name: 'applicantTypes' | 'tiers' | 'offices', id: string | null) =>
    id === null ? null : g.label(name, id, 'zh');
  const count = (severity: string) => f.findings.filter((x) => x.severity === severity).length;
  return {
    序号: index + 1,
    文件: f.file,
    申报单位: a.applicant,
    统一社会信用代码: a.creditCode,
    单位类型: label('applicantTypes', a.applicantType),
    项目名称: a.title,
    方向: f.code,
    方向名称: line ? pick(line.title, 'zh') : null,
    类别: line ? pick(line.section.title, 'zh') : null,
    档次: label('tiers', a.tier),
    '申请金额（万元）': a.requested,
    '自筹配套（万元）': a.matching,
    执行期: a.period ? `${a.period.start ?? '?'}–${a.period.end ?? '?'}` : null,
    科室: label('offices', a.office),
    结论: STATUS[f.status],
    错误: count('error'),
    警告: count('warning'),
  };
}

const BASIS = { requirement: '指南申报要求', content: '方向内容所指', encouraged: '指南鼓励', convention: '工具校验' };
/** What a finding rests on, as the workbook and the page name it: the guide's, the line's, or the tool's own. */
const basisText = (x: JsonFile['findings'][number]) =>
  x.basis === null ? '文件格式' : `${BASIS[x.basis]}${x.reference ? `（${x.reference}）` : ''}`;

/** A finding as every format places it: `file:line:column`, or the file alone. */
const place = (f: JsonFile, x: JsonFile['findings'][number]) =>
  x.line === null ? f.file : `${f.file}:${x.line}:${x.column ?? 1}`;

function csvRows(text: string): string[][] {
  // The fixtures hold no quoted line breaks: a row is a line; quoted cells are unquoted.
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const cells: string[] = [];
      for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
        cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
        if (m[2] === '') break;
      }
      return cells;
    });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-register-'));
  cpSync(join(ROOT, 'test/fixtures/check'), join(dir, 'inbox'), { recursive: true });
  copyFileSync(join(ROOT, 'guidelines/guilin-2019.yaml'), join(dir, 'inbox', 'guilin-2019.yaml'));
  writeFileSync(join(dir, 'profile.yaml'), 'applicant: { type: enterprise, inGuilin: true }\nfields: [agriculture]\n');
  const saved = runCli(['match', '--profile', 'profile.yaml', '--save-profile', 'inbox/本单位档案.yaml'], { cwd: dir });
  expect(saved.stderr).toContain('inbox/本单位档案.yaml');
  const r = runCli(['check', 'inbox', '--format', 'json', '--summary'], { cwd: dir });
  ({ files, report } = JSON.parse(r.stdout) as { files: JsonFile[]; report: JsonReport });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that are not applications', () => {
  it('are named on stderr and skipped: a saved profile and a guideline file', () => {
    const r = runCli(['check', 'inbox', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe(
      [
        '已跳过 inbox/guilin-2019.yaml：这是申报指南数据文件，不是申请书。',
        '已跳过 inbox/本单位档案.yaml：这是 match 保存的单位档案，不是申请书。',
        '',
      ].join('\n'),
    );
    expect(files).toHaveLength(8);
    expect(files.map((f) => f.file)).not.toContain('inbox/本单位档案.yaml');
  });

  it.each([[[]], [['--format', 'json']], [['--format', 'html', '-o', 'r.html']]])(
    'named alone, a profile is skipped and the run ends as one with nothing to check: exit 2, no report file (%j)',
    (more) => {
      const r = runCli(['check', 'inbox/本单位档案.yaml', ...more], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([
        2,
        [
          '已跳过 inbox/本单位档案.yaml：这是 match 保存的单位档案，不是申请书。',
          '在 inbox/本单位档案.yaml 中没有可审查的申请书：跳过的文件及原因见上。',
          '',
        ].join('\n'),
      ]);
      expect(existsSync(join(dir, 'r.html'))).toBe(false);
    },
  );

  it('a file over the 32 KiB cap is skipped as a guide only when it is one; otherwise it is refused as too large', () => {
    const other = mkdtempSync(join(tmpdir(), 'gg-not-a-guide-'));
    // A guide's two section keys, but no `id` and a project: an oversized application, not a guide.
    writeFileSync(join(other, 'big.yaml'), `project: 1\nsections: []\nvocabulary: {}\n#${'x'.repeat(40 * 1024)}\n`);
    const r = runCli(['check', other, '--format', 'json', '--lang', 'en']);
    const out = JSON.parse(r.stdout) as { files: JsonFile[] };
    expect([r.status, r.stderr, out.files.map((f) => f.status)]).toEqual([1, '', ['error']]);
    expect(out.files[0]!.findings[0]!.message).toBe(
      'The file is 41 KiB, over the 32 KiB limit, so it is not an application or a profile and was not read; check that the right file was picked.',
    );
    rmSync(other, { recursive: true, force: true });
  });

  it('an application with a misspelled project is still judged, and fails', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/check/漓江智慧旅游平台/application.yaml'), 'utf8');
    const r = runCli(['check', '-', '--format', 'json', '--lang', 'en'], {
      input: text.replace('project:', 'projet:'),
    });
    const out = JSON.parse(r.stdout) as { files: JsonFile[] };
    expect([r.status, r.stderr, out.files[0]!.status]).toEqual([1, '', 'fail']);
    expect(out.files[0]!.application.applicant).toBe('桂林漓江数智科技有限公司');
  });
});

describe('the application facts in the JSON report', () => {
  it('are what each file says, null where it says nothing, ids for vocabulary', () => {
    const drug = files.find((f) => f.file.includes('恒润药业'))!;
    expect(drug.application).toEqual({
      applicant: '桂林恒润药业有限公司',
      creditCode: '91450300198765432N',
      applicantType: 'enterprise',
      title: '罗汉果甜苷降糖新药临床前研究',
      tier: null,
      requested: 200,
      matching: 300,
      office: g.line('2')!.office,
      period: { start: 2019, end: 2021 },
    });
    // The schema refused its amount ("150万元"), not the rest of what it says.
    const farm = files.find((f) => f.file.includes('全州生态农业示范'))!;
    expect(farm.status).toBe('fail');
    expect(farm.application).toMatchObject({ applicant: '全州县禾丰生态农业有限公司', requested: null });
    const draft = files.find((f) => f.status === 'error')!;
    expect(Object.values(draft.application).every((v) => v === null)).toBe(true);
  });
});

/** Rows compared in any order; a sheet does not keep a row's empty cells at its end. */
const byPlace = (rows: unknown[][]) =>
  rows
    .map((r) => {
      const cells = [...r];
      while (cells.length && cells.at(-1) === null) cells.pop();
      return JSON.stringify(cells);
    })
    .sort();

/** A header as a spreadsheet wraps it in `inner` columns: at its spaces, greedily. */
function headerLines(header: string, inner: number): string[] {
  const lines: string[] = [];
  for (const word of header.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(`${last} ${word}`) <= inner) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The inbox's workbook in a language, as a reviewer opens it. */
async function inboxWorkbook(lang: string): Promise<ExcelJS.Workbook> {
  const out = join(dir, `inbox-${lang}.xlsx`);
  const r = runCli(['check', 'inbox', '--format', 'xlsx', '--output', out, '--force', '--lang', lang], { cwd: dir });
  expect(r.status).toBe(1);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return book;
}

describe('the register, the workbook and the HTML report', () => {
  it('--format register: one row per application, with the JSON facts, labelled', () => {
    const r = runCli(['check', 'inbox', '--format', 'register'], { cwd: dir });
    expect(
      r.stdout.startsWith(
        '\uFEFF序号,文件,申报单位,统一社会信用代码,单位类型,项目名称,方向,方向名称,类别,档次,申请金额（万元）',
      ),
    ).toBe(true);
    const [head, ...rows] = csvRows(r.stdout);
    expect(head).toEqual(Object.keys(expectedRow(files[0]!, 0)));
    expect(rows).toEqual(
      files.map((f, i) => Object.values(expectedRow(f, i)).map((v) => (v === null ? '' : String(v)))),
    );
    expect(rows[3]).toContain('产业重大技术攻关');
  });

  it('--format xlsx: refused without --output, in one sentence', () => {
    const r = runCli(['check', 'inbox', '--format', 'xlsx'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      '--format xlsx 生成的是文件，不能输出到终端：请加上 --output 文件名，例如 --output 审查结果.xlsx。\n',
    );
  });

  it('--format xlsx: 受理清单, 问题明细 and 汇总, numbers stored as numbers, headers frozen and filtered', async () => {
    const out = join(dir, '审查结果.xlsx');
    const r = runCli(['check', 'inbox', '--format', 'xlsx', '--output', out], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith(`审查结果（8 个文件）已写入 ${out}\n`)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['受理清单', '问题明细', '汇总']);

    const reg = book.getWorksheet('受理清单')!;
    expect(reg.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(reg.autoFilter).toBeTruthy();
    const values = (sheet: ExcelJS.Worksheet) =>
      Array.from(sheet.getSheetValues(), (row) =>
        Array.isArray(row) ? Array.from(row.slice(1), (v) => v ?? null) : [],
      );
    const [head, ...rows] = values(reg).slice(1);
    expect(head).toEqual(Object.keys(expectedRow(files[0]!, 0)));
    // Every fact of every application, numbers as numbers.
    expect(rows).toEqual(files.map((f, i) => Object.values(expectedRow(f, i))));
    // A count or amount stands at its column's right edge, its header over it there, not over the next column's.
    const rightHeads = (sheet: ExcelJS.Worksheet, row: number) =>
      (sheet.getRow(row).values as unknown[])
        .map((h, i) => (sheet.getRow(row).getCell(i).alignment?.horizontal === 'right' ? h : null))
        .filter((h) => h != null);
    expect(rightHeads(reg, 1)).toEqual(['序号', '申请金额（万元）', '自筹配套（万元）', '错误', '警告']);
    // A column of Chinese names is as wide as its longest name, CJK counted twice.
    const applicantColumn = head!.indexOf('申报单位') + 1;
    expect(reg.getColumn(applicantColumn).width).toBeGreaterThanOrEqual('恭城瑶族自治县月柿产业合作社'.length * 2);

    const found = book.getWorksheet('问题明细')!;
    const fhead = (found.getRow(1).values as unknown[]).slice(1);
    expect(fhead).toEqual(['文件', '申报单位', '方向', '结论', '规则', '级别', '依据', '问题', '位置', '指南原文']);
    // Every finding of the JSON, and no other, with its file's applicant, line and verdict.
    expect(byPlace(values(found).slice(2))).toEqual(
      byPlace(
        files.flatMap((f) =>
          f.findings.map((x) => [
            f.file,
            f.application.applicant,
            f.code,
            STATUS[f.status],
            x.rule,
            SEVERITY[x.severity],
            basisText(x),
            x.message,
            place(f, x),
            x.clause,
          ]),
        ),
      ),
    );
    // A message longer than its column wraps, and its row is as tall as its lines.
    const message = fhead.indexOf('问题') + 1;
    found.eachRow((row, i) => {
      const text = String(row.getCell(message).value ?? '');
      if (i > 1 && text.length * 2 > found.getColumn(message).width! * 2) expect(row.height).toBeGreaterThanOrEqual(32);
    });
    expect(values(found).find((r) => r[4] === 'matching-ratio')?.[8]).toMatch(/恒润药业\/申报书\.yaml:\d+:13$/);

    const sum = book.getWorksheet('汇总')!;
    // The JSON's --summary, line by line and office by office; oversubscription = requested ÷ cap.
    const times = (t: { requested: number; budget: number }) =>
      t.budget > 0 ? Math.round((t.requested / t.budget) * 100) / 100 : null;
    const sheet = values(sum);
    for (const l of report.lines)
      expect(sheet.find((r) => r[0] === l.code)).toEqual([
        l.code,
        l.title,
        l.office,
        l.applications,
        l.pass,
        l.fail,
        l.error,
        l.requested,
        l.requestedPass,
        l.maxAwards,
        l.maxAmount,
        l.budget,
        times(l),
      ]);
    const figures = ['申请数', '通过', '不通过', '无法读取', '申请金额（万元）', '其中通过（万元）'];
    const caps = ['资助上限（万元）', '申请为上限的倍数'];
    expect(rightHeads(sum, 1)).toEqual([...figures, '立项数', '单项最高（万元）', ...caps]);
    // values() keeps the sheet's row numbers: its index is the row.
    const officeHead = sheet.findIndex((r) => r[0] === '管理科室');
    expect(rightHeads(sum, officeHead)).toEqual([...figures, ...caps]);
    const line2 = sheet.find((r) => r[0] === '2')!;
    expect([line2[11], line2[12]]).toEqual([
      g.line('2')!.maxAwards * Math.max(...g.line('2')!.tiers.map((t) => t.max)),
      Math.round((200 / (line2[11] as number)) * 100) / 100,
    ]);
    for (const o of report.offices)
      expect(sheet.find((r) => r[0] === o.office)?.slice(3, 8)).toEqual([
        o.applications,
        o.pass,
        o.fail,
        o.error,
        o.requested,
      ]);
  });

  it.each([
    ['zh', ['受理清单', '问题明细', '汇总'], '按管理科室'],
    ['en', ['Register', 'Findings', 'Summary'], 'By office'],
  ])(
    '--format xlsx --lang %s: the header of a one-table sheet is frozen and printed atop every page; 汇总, three tables each under its own, has none',
    async (lang, names, byOffice) => {
      const book = await inboxWorkbook(lang);
      const [register, findings, summary] = names.map((n) => book.getWorksheet(n)!);
      for (const sheet of [register!, findings!]) {
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
      }
      // Row 1 is the lines' header: over the offices and the applicants it named the wrong columns.
      expect(summary!.getColumn(1).values).toContain(byOffice);
      expect((summary!.views ?? []).filter((v) => v.state === 'frozen')).toEqual([]);
      expect(summary!.pageSetup.printTitlesRow).toBeUndefined();
      expect(summary!.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    },
  );

  it.each([
    ['zh', '受理清单', ['文件', '执行期']],
    ['en', 'Register', ['File', 'Period']],
  ])(
    '--format xlsx --lang %s: text right of a column of figures starts a character in, apart from the figures',
    async (lang, name, apart) => {
      const reg = (await inboxWorkbook(lang)).getWorksheet(name)!;
      const heads = (reg.getRow(1).values as unknown[]).slice(1) as string[];
      const indented = (row: number) =>
        heads.filter((_, i) => (reg.getRow(row).getCell(i + 1).alignment?.indent ?? 0) > 0);
      // 序号 before the file, 自筹配套 before the period: 1intake/…, 4002019–2021 when flush.
      for (let row = 1; row <= reg.rowCount; row++) expect(indented(row)).toEqual(apart);
      for (const h of apart) expect(reg.getRow(2).getCell(heads.indexOf(h) + 1).alignment?.horizontal).toBe('left');
    },
  );

  it.each(['zh', 'en'])(
    '--format xlsx --lang %s: headers and cells name one font, which draws Chinese and Latin alike, the headers in bold',
    async (lang) => {
      const book = await inboxWorkbook(lang);
      for (const sheet of book.worksheets) {
        const fonts = new Set<string>();
        sheet.eachRow((row) =>
          row.eachCell((cell) => fonts.add(`${cell.font?.name}${cell.font?.bold ? ' bold' : ''}`)),
        );
        // The headers named none (LibreOffice drew them in its serif), the cells Calibri (no Chinese).
        expect([sheet.name, [...fonts].sort()]).toEqual([sheet.name, ['Microsoft YaHei', 'Microsoft YaHei bold']]);
        const head = sheet.getRow(1);
        head.eachCell((cell) =>
          expect([cell.value, cell.font]).toMatchObject([cell.value, { name: 'Microsoft YaHei', bold: true }]),
        );
      }
    },
  );

  it.each([
    ['zh', ['受理清单', '问题明细'], '结论', '级别'],
    ['en', ['Register', 'Findings'], 'Verdict', 'Severity'],
  ])(
    '--format xlsx --lang %s: a verdict and a severity are in the colours of the HTML report, the rest in black',
    async (lang, names, verdict, severity) => {
      const book = await inboxWorkbook(lang);
      /** Each cell of a sheet below its header, as `word colour`: the colour only where it has one. */
      const inks = (name: string) => {
        const sheet = book.getWorksheet(name)!;
        const heads = (sheet.getRow(1).values as unknown[]).slice(1);
        const seen = new Set<string>();
        sheet.eachRow((row, n) => {
          if (n > 1)
            row.eachCell((cell, i) => {
              const argb = cell.font?.color?.argb;
              if (argb) seen.add(`${heads[i - 1]}: ${cell.value} ${argb}`);
              else if ([verdict, severity].includes(String(heads[i - 1]))) seen.add(`${heads[i - 1]}: ${cell.value}`);
            });
        });
        return [...seen].sort();
      };
      const said = lang === 'zh' ? STATUS : { pass: 'passed', fail: 'failed', error: 'unreadable' };
      const sev = lang === 'zh' ? SEVERITY : { error: 'error', warning: 'warning', info: 'info' };
      const v = (s: 'pass' | 'fail' | 'error') =>
        `${verdict}: ${said[s]} ${{ pass: 'FF2E7D32', fail: 'FFC62828', error: 'FF8E24AA' }[s]}`;
      // Every verdict in the register; in the findings, those of files with findings, and each severity found.
      expect(inks(names[0]!)).toEqual((['fail', 'pass', 'error'] as const).map(v).sort());
      const found = files.filter((f) => f.findings.length > 0);
      const severities = new Set(found.flatMap((f) => f.findings.map((x) => x.severity)));
      const ink = { error: ' FFC62828', warning: ' FFD9822B', info: '' };
      expect(inks(names[1]!)).toEqual(
        [
          ...new Set(found.map((f) => v(f.status))),
          ...[...severities].map((x) => `${severity}: ${sev[x]}${ink[x]}`),
        ].sort(),
      );
    },
  );

  it.each([
    ['zh', '汇总', '申请为上限的倍数', '资助方向未能确定'],
    ['en', 'Summary', 'Requested ÷ cap', 'Line not known'],
  ])(
    '--format xlsx --lang %s: 汇总 shows times the cap with two decimals, and no money for files that state none',
    async (lang, name, timesHead, unassigned) => {
      const sheet = (await inboxWorkbook(lang)).getWorksheet(name)!;
      const column = (sheet.getRow(1).values as unknown[]).indexOf(timesHead);
      const shown: [unknown, unknown, string][] = [];
      sheet.eachRow((row) => {
        const v = row.getCell(column).value;
        if (typeof v === 'number') shown.push([row.getCell(1).value, v, row.getCell(column).numFmt]);
      });
      // Every line and office of the fixture (a General format read 0.3 beside 0.67, and 1 at the cap).
      expect(shown.map(([, , fmt]) => fmt)).toEqual(shown.map(() => '0.00'));
      expect(shown.map(([who]) => who)).toEqual([
        ...report.lines.map((l) => l.code),
        ...report.offices.map((o) => (lang === 'zh' ? o.office : expect.any(String))),
      ]);
      // The fixture's one unreadable file: one application, its money not known (it read 0).
      let row: unknown[] | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === unassigned) row = (r.values as unknown[]).slice(1);
      });
      expect(row).toEqual([unassigned, undefined, undefined, 1]);
    },
  );

  it('--format xlsx --lang en: 汇总 makes a line as tall as its title wraps, its code and figures at the top beside it', async () => {
    const sheet = (await inboxWorkbook('en')).getWorksheet('Summary')!;
    const width = sheet.getColumn(2).width!;
    const seen: [unknown, boolean, string | undefined][] = [];
    sheet.eachRow((row) => {
      const line = report.lines.find((l) => l.code === row.getCell(1).value);
      if (!line) return;
      const title = String(row.getCell(2).value);
      const lines = Math.ceil(displayWidth(title) / (width - 1));
      seen.push([line.code, lines === 1 || (row.height ?? 0) >= 16 * lines, row.getCell(1).alignment?.vertical]);
    });
    // Line 2's title (Research and Application of Key Core Technologies in the Pharmaceutical and Biological
    // Products Industry) wraps in its 60 columns: a row one line high had it run over line 5-2's.
    expect(
      displayWidth(String(sheet.getColumn(2).values.find((v) => String(v).includes('Pharmaceutical')))),
    ).toBeGreaterThan(width);
    expect(seen).toEqual(report.lines.map((l) => [l.code, true, 'top']));
  });

  it.each([
    ['zh', '申请金额（万元）'],
    ['en', 'Requested (10,000 CNY)'],
  ])(
    '--format xlsx --lang %s: no header of the three sheets is cut inside a word or its unit where its column wraps it',
    async (lang, amount) => {
      const book = await inboxWorkbook(lang);
      const seen: string[] = [];
      for (const sheet of book.worksheets) {
        const heads = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
        heads.forEach((h, i) => {
          const column = sheet.getColumn(i + 1);
          const inner = column.width! - 2 - (sheet.getRow(1).getCell(i + 1).alignment?.indent ?? 0);
          seen.push(h);
          // A spreadsheet breaks Chinese between any two characters (（万 / 元） too): a
          // header without a space stands on one line; one with spaces parts at them only,
          // its words, and its unit (10,000 CNY), each whole on a line.
          const lines = headerLines(h, inner);
          if (!h.includes(' ')) expect([h, lines]).toEqual([h, [h]]);
          for (const line of lines) {
            expect([h, displayWidth(line) <= inner]).toEqual([h, true]);
            expect([h, line.split('(').length]).toEqual([h, line.split(')').length]);
          }
        });
      }
      expect(seen).toContain(amount);
    },
  );

  it('--format html: one self-contained page with every application, its facts and findings, escaped', () => {
    const out = join(dir, '审查报告.html');
    const r = runCli(['check', 'inbox', '--format', 'html', '--output', out], { cwd: dir });
    expect(r.status).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|https?:\/\//);
    expect(html).toContain('@page{size:A4 landscape');
    // The applications are the page's JSON: each the JSON report's facts and findings.
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!,
    ) as {
      apps: [unknown[], unknown[], unknown[][], string][];
    };
    expect(data.apps).toHaveLength(files.length);
    data.apps.forEach(([cells, facts, findings, status], i) => {
      const f = files[i]!;
      const row = expectedRow(f, i);
      const columns = [
        '序号',
        '申报单位',
        '项目名称',
        '方向',
        '档次',
        '申请金额（万元）',
        '科室',
        '结论',
        '错误',
        '警告',
      ];
      expect(cells).toEqual(columns.map((c) => row[c]));
      const line = row.方向 === null ? null : `${row.方向} ${row.方向名称}`;
      expect(facts).toEqual([
        f.file,
        row.统一社会信用代码,
        row.单位类型,
        row.档次,
        line,
        row.类别,
        row['自筹配套（万元）'],
        row.执行期,
        row.科室,
      ]);
      expect(status).toBe(f.status);
      expect(byPlace(findings.map((x) => [x[0], x[2], x[3], x[4], x[5], x[6]]))).toEqual(
        byPlace(
          f.findings.map((x) => [
            x.severity,
            x.message,
            x.clause && `依据条款：${x.clause}`,
            x.rule,
            place(f, x),
            basisText(x),
          ]),
        ),
      );
    });
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<b>2</b> 医药及生物制品产业关键核心技术研究与应用');
  });
});

describe('the HTML report of a line asked for a sliver of its cap', () => {
  it('says <0.01 times the cap, where it said 0 times, for 4 of 1500 (15-3), and what the chart shows', () => {
    const inbox = mkdtempSync(join(tmpdir(), 'gg-sliver-'));
    writeFileSync(join(inbox, 'a.yaml'), stringify(validApplication('15-3')));
    for (const lang of ['zh', 'en'] as const) {
      const out = join(inbox, `${lang}.html`);
      expect(
        runCli(['check', 'a.yaml', '--format', 'html', '--output', out, '--lang', lang], { cwd: inbox }).status,
      ).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain(
        lang === 'zh'
          ? '申请 4 / 上限 1500\u00a0万元，为上限的 &lt;0.01\u00a0倍'
          : 'requested 4 of a 1500\u00a0cap (&lt;0.01×\u00a0the\u00a0cap)',
      );
      // The office table's last column says the same, under a heading that reads right below 1.
      expect(html).toMatch(/<td class="n">1500<\/td><td class="n">&lt;0\.01<\/td><\/tr>/);
      expect(html).toContain(
        lang === 'zh'
          ? '<th class="n">资助上限（万元）</th><th class="n">申请为上限的倍数</th></tr>'
          : '<th class="n">Cap (10,000 CNY)</th><th class="n">Requested ÷ cap</th></tr>',
      );
      // The chart's note says what its thin bar is, under the money bar.
      expect(html).toContain(
        lang === 'zh'
          ? '<p class="note">条形为申请金额，竖线为资助上限（立项数 × 单项最高资助额），下方细条为通过、不通过、无法读取的份数之比；金额单位：万元。</p>'
          : '<p class="note">Bars: money requested; the mark: the cap (awards × maximum per award); the thin bar below: passed, failed and unreadable, by count; in 10,000 CNY.</p>',
      );
    }
    rmSync(inbox, { recursive: true, force: true });
  });

  it('and so does the workbook: the share kept, shown <0.01 (a number format), for the line and its office', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'gg-sliver-'));
    writeFileSync(join(inbox, 'a.yaml'), stringify(validApplication('15-3')));
    expect(runCli(['check', 'a.yaml', '--format', 'xlsx', '--output', 'r.xlsx'], { cwd: inbox }).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(inbox, 'r.xlsx'));
    rmSync(inbox, { recursive: true, force: true });
    const cells: [unknown, string][] = [];
    const said: unknown[] = [];
    book.getWorksheet('汇总')!.eachRow((row) => {
      if (row.getCell(1).value === '15-3' || row.getCell(1).value === '社会发展科技科')
        cells.push([row.getCell(13).value, row.getCell(13).numFmt]);
      if (row.getCell(1).value === '方向') said.push(row.getCell(13).value);
      if (String(row.getCell(1).value).startsWith('金额单位')) said.push(row.getCell(1).value);
    });
    // The column's heading and the note under the table read right below 1 as well as over it.
    expect(said).toEqual([
      '申请为上限的倍数',
      '金额单位：万元。资助上限 = 立项数 × 单项最高资助额；申请为上限的倍数 = 申请金额 ÷ 资助上限，大于 1 即申请超出上限。',
    ]);
    expect(cells).toEqual([
      [4 / 1500, '[<0.005]"<0.01";0.00'],
      [4 / 1500, '[<0.005]"<0.01";0.00'],
    ]);
  });
});
