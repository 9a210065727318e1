import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../src/check/types.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { cli, ROOT } from '../check/helpers/run-cli.js';

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
  findings: { rule: string; severity: string; message: string; line: number | null; clause: string | null }[];
}

const g = loadGuideline(undefined, 'zh');
let dir: string;
let files: JsonFile[];
const STATUS = { pass: '通过', fail: '不通过', error: '无法读取' };

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
  const saved = cli(['match', '--profile', 'profile.yaml', '--save-profile', 'inbox/本单位档案.yaml'], { cwd: dir });
  expect(saved.stderr).toContain('inbox/本单位档案.yaml');
  const r = cli(['check', 'inbox', '--format', 'json'], { cwd: dir });
  files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that are not applications', () => {
  it('are named on stderr and skipped: a saved profile and a guideline file', () => {
    const r = cli(['check', 'inbox', '--format', 'json'], { cwd: dir });
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

  it('an application with a misspelled project is still judged, and fails', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/check/漓江智慧旅游平台/application.yaml'), 'utf8');
    const r = cli(['check', '-', '--format', 'json', '--lang', 'en'], { input: text.replace('project:', 'projet:') });
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

describe('the register, the workbook and the HTML report', () => {
  it('--format register: one row per application, with the JSON facts, labelled', () => {
    const r = cli(['check', 'inbox', '--format', 'register'], { cwd: dir });
    expect(
      r.stdout.startsWith(
        '\uFEFF序号,文件,申报单位,统一社会信用代码,单位类型,项目名称,方向,方向名称,类别,档次,申请金额（万元）',
      ),
    ).toBe(true);
    const [head, ...rows] = csvRows(r.stdout);
    expect(rows).toHaveLength(files.length);
    rows.forEach((row, i) => {
      const f = files[i]!;
      const cell = (name: string) => row[head!.indexOf(name)];
      expect(cell('序号')).toBe(String(i + 1));
      expect(cell('文件')).toBe(f.file);
      expect(cell('申报单位')).toBe(f.application.applicant ?? '');
      expect(cell('项目名称')).toBe(f.application.title ?? '');
      expect(cell('方向')).toBe(f.code ?? '');
      expect(cell('申请金额（万元）')).toBe(f.application.requested === null ? '' : String(f.application.requested));
      expect(cell('科室')).toBe(f.application.office === null ? '' : g.label('offices', f.application.office, 'zh'));
      expect(cell('结论')).toBe(STATUS[f.status]);
      expect(cell('错误')).toBe(String(f.findings.filter((x) => x.severity === 'error').length));
    });
    expect(rows[3]).toContain('产业重大技术攻关');
  });

  it('--format xlsx: refused without --output, in one sentence', () => {
    const r = cli(['check', 'inbox', '--format', 'xlsx'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      '--format xlsx 生成的是文件，不能输出到终端：请加上 --output 文件名，例如 --output 审查结果.xlsx。\n',
    );
  });

  it('--format xlsx: 受理清单, 问题明细 and 汇总, numbers stored as numbers, headers frozen and filtered', async () => {
    const out = join(dir, '审查结果.xlsx');
    const r = cli(['check', 'inbox', '--format', 'xlsx', '--output', out], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith(`审查结果（8 个文件）已写入 ${out}\n`)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['受理清单', '问题明细', '汇总']);

    const reg = book.getWorksheet('受理清单')!;
    expect(reg.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(reg.autoFilter).toBeTruthy();
    const head = (reg.getRow(1).values as unknown[]).slice(1);
    expect(reg.rowCount).toBe(files.length + 1);
    files.forEach((f, i) => {
      const row = (reg.getRow(i + 2).values as unknown[]).slice(1);
      const cell = (name: string) => row[head.indexOf(name)] ?? null;
      expect(cell('文件')).toBe(f.file);
      expect(cell('申报单位')).toBe(f.application.applicant);
      expect(cell('项目名称')).toBe(f.application.title);
      expect(cell('申请金额（万元）')).toBe(f.application.requested);
      expect(cell('结论')).toBe(STATUS[f.status]);
    });
    // A column of Chinese names is as wide as its longest name, CJK counted twice.
    const applicantColumn = head.indexOf('申报单位') + 1;
    expect(reg.getColumn(applicantColumn).width).toBeGreaterThanOrEqual('恭城瑶族自治县月柿产业合作社'.length * 2);

    const found = book.getWorksheet('问题明细')!;
    const fhead = (found.getRow(1).values as unknown[]).slice(1);
    expect(fhead).toEqual(['文件', '申报单位', '方向', '结论', '规则', '级别', '依据', '问题', '位置', '指南原文']);
    const all = files.flatMap((f) => f.findings.map((x) => ({ f, x })));
    expect(found.rowCount).toBe(all.length + 1);
    const drug = all.find(({ x }) => x.rule === 'matching-ratio')!;
    const row = found.getSheetValues().find((v) => Array.isArray(v) && v[5] === 'matching-ratio') as unknown[];
    expect(row.slice(1, 7)).toEqual([
      drug.f.file,
      drug.f.application.applicant,
      '2',
      '不通过',
      'matching-ratio',
      '错误',
    ]);
    expect(row[8]).toBe(drug.x.message);
    expect(row[9]).toBe(`${drug.f.file}:${drug.x.line}:13`);
    expect(row[10]).toBe(drug.x.clause);

    const sum = book.getWorksheet('汇总')!;
    const line2 = sum.getSheetValues().find((v) => Array.isArray(v) && v[1] === '2') as unknown[];
    const cap = g.line('2')!.maxAwards * Math.max(...g.line('2')!.tiers.map((t) => t.max));
    // code, title, office, applications, pass, fail, error, requested, of which passing, awards, max, cap, times
    expect(line2.slice(4)).toEqual([
      1,
      0,
      1,
      0,
      200,
      0,
      g.line('2')!.maxAwards,
      cap / g.line('2')!.maxAwards,
      cap,
      Math.round((200 / cap) * 100) / 100,
    ]);
  });

  it('--format html: one self-contained page with every application, its facts and findings, escaped', () => {
    const out = join(dir, '审查报告.html');
    const r = cli(['check', 'inbox', '--format', 'html', '--output', out], { cwd: dir });
    expect(r.status).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|https?:\/\//);
    expect(html).toContain('@page{size:A4 landscape');
    expect(html.match(/<tbody class="app"/g)).toHaveLength(files.length);
    for (const f of files) {
      expect(html).toContain(`data-status="${f.status}"`);
      if (f.application.applicant) expect(html).toContain(`<td>${f.application.applicant}</td>`);
      for (const x of f.findings) expect(html).toContain(x.rule);
    }
    expect(html).toContain('<b>2</b> 医药及生物制品产业关键核心技术研究与应用');
  });
});
