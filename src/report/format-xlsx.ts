import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { asksSliver, timesOversubscribed, type BatchSummary, type Totals } from './summary.js';
import { msg } from '../i18n/index.js';
import { registerMessages, type RegisterMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { basisLabel } from './finding-basis.js';
import { REGISTER_KEYS, registerHeaders, registerRow } from './register-row.js';
import { findingPlace, shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import { displayWidth } from './wrap-text.js';
import { PALETTE } from './palette.js';

type Value = string | number | null;

/** Rows measured before a sheet's column widths are set: enough to see its typical text. */
const MEASURED = 200;
const MAX_WIDTH = 60;
/** A header wraps between its words past this width rather than widen a column of short values (amounts, counts). */
const HEADER_WIDTH = 8;
/** Points per line of the default 11-point text, CJK included. */
const LINE_HEIGHT = 16;

/**
 * Every cell's font, named: the headers named none, and LibreOffice drew them in its
 * default (a serif in English) beside cells in Calibri, which has no Chinese. Microsoft
 * YaHei (微软雅黑) draws Chinese and Latin alike and comes with Windows; where it is
 * missing, `family` asks for a sans-serif in its place.
 */
const FONT: Partial<ExcelJS.Font> = { name: 'Microsoft YaHei', family: 2, size: 11 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
/**
 * A verdict and a severity in the colours of the HTML report (palette.ts), as ARGB: in a register of hundreds
 * of rows, what goes back to the applicant (不通过 red, 无法读取 purple) stood out of
 * nothing, every cell in the same black.
 */
const argb = (hex: string) => `FF${hex.toUpperCase()}`;
const INK = {
  pass: argb(PALETTE.pass),
  fail: argb(PALETTE.fail),
  error: argb(PALETTE.error),
  warning: argb(PALETTE.over),
} as const;

/** A header's words: parted at a space outside its brackets, so that a unit, (10,000 CNY), is one. */
const headerWords = (header: string) => header.split(/ (?![^(（]*[)）])/);

/**
 * The columns a header's column needs so that none of its words, nor its unit, is cut:
 * a header wraps only between its words (Requested / (10,000 CNY)); one of a single word,
 * as every Chinese header is, stands on one line, since a spreadsheet breaks Chinese
 * between any two characters, inside （万元） too.
 */
function headerFloor(header: string): number {
  return Math.max(...headerWords(header).map(displayWidth));
}

/** Whether a spreadsheet, wrapping the header at its spaces in `inner` columns, parts its unit. */
function splitsUnit(header: string, inner: number): boolean {
  let line = '';
  for (const word of header.split(' ')) {
    if (line && displayWidth(`${line} ${word}`) > inner) {
      if (/[(（][^)）]*$/.test(line)) return true;
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return false;
}

/** The lines a value takes, wrapped in a column `width` wide. */
function linesIn(v: string | number, width: number): number {
  return Math.ceil(displayWidth(String(v)) / Math.max(width - 1, 1));
}

/**
 * A sheet written as rows come: a frozen header, the widths measured on the header
 * and the first rows (a CJK character is two columns wide, as Excel draws it), an
 * autofilter over all of it at the end. Long text wraps within its column's cap, and
 * its row is made as tall as its lines (neither Excel nor LibreOffice grows a row that
 * a streamed sheet wrote). Rows are committed as they are added, so a large batch is
 * never held.
 */
class SheetStream {
  private pending: Value[][] = [];
  private started = false;
  private rows = 0;
  private widths: number[] = [];

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly headers: string[],
    /** Columns that hold long text, by index: wrapped, and no wider than their cap. */
    private readonly prose: ReadonlyMap<number, number>,
    /** Columns whose words have a colour, by index: each word's ARGB. */
    private readonly inks: ReadonlyMap<number, ReadonlyMap<Value, string>> = new Map(),
  ) {}

  add(values: Value[]): void {
    if (this.started) this.write(values);
    else {
      this.pending.push(values);
      if (this.pending.length >= MEASURED) this.start();
    }
  }

  private start(): void {
    this.started = true;
    const widths = this.headers.map((h) => Math.min(displayWidth(h), HEADER_WIDTH) + 2);
    for (const row of this.pending)
      row.forEach((v, i) => {
        if (v !== null) widths[i] = Math.max(widths[i]!, displayWidth(String(v)) + 2);
      });
    const figures = this.headers.map((_, i) => this.pending.some((row) => typeof row[i] === 'number'));
    // Text right of a column of figures starts a character in: flush against the figure's
    // right edge it read as one with it (序号 1 and its file, 1intake/…; 自筹配套 400 and
    // the period, 4002019–2021).
    const indented = figures.map((_, i) => i > 0 && figures[i - 1]! && !figures[i]);
    this.widths = widths.map((w, i) => {
      const h = this.headers[i]!;
      const capped = Math.max(Math.min(w, this.prose.get(i) ?? MAX_WIDTH), headerFloor(h) + 2);
      // Wide enough for `Requested (10,000` on its first line, a spreadsheet would put
      // `CNY)` alone on the second: such a column takes the whole header on one line.
      const whole = splitsUnit(h, capped - 2) ? displayWidth(h) + 2 : capped;
      return whole + (indented[i] ? 1 : 0);
    });
    this.ws.columns = this.headers.map((_, i) => ({
      width: this.widths[i]!,
      style: {
        font: FONT,
        alignment: {
          vertical: 'top',
          ...(this.prose.has(i) ? { wrapText: true } : {}),
          ...(indented[i] ? { horizontal: 'left', indent: 1 } : {}),
        },
      },
    }));
    const head = this.ws.addRow(this.headers);
    head.font = BOLD;
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    head.alignment = { vertical: 'top', wrapText: true };
    // A count or an amount stands at its column's right edge: its header stands over it there.
    this.headers.forEach((_, i) => {
      if (figures[i]) head.getCell(i + 1).alignment = { vertical: 'top', wrapText: true, horizontal: 'right' };
      else if (indented[i])
        head.getCell(i + 1).alignment = { vertical: 'top', wrapText: true, horizontal: 'left', indent: 1 };
    });
    this.fit(head, this.headers, true);
    head.commit();
    for (const row of this.pending) this.write(row);
    this.pending = [];
  }

  /** As tall as the most lines a wrapped cell of it takes. */
  private fit(row: ExcelJS.Row, values: Value[], all = false): void {
    let lines = 1;
    values.forEach((v, i) => {
      if (v !== null && (all || this.prose.has(i))) lines = Math.max(lines, linesIn(v, this.widths[i]!));
    });
    if (lines > 1) row.height = LINE_HEIGHT * lines;
  }

  private write(values: Value[]): void {
    this.rows++;
    const row = this.ws.addRow(values);
    this.fit(row, values);
    for (const [i, ink] of this.inks) {
      const argb = ink.get(values[i] ?? null);
      if (argb) row.getCell(i + 1).font = { ...FONT, color: { argb } };
    }
    row.commit();
  }

  /** The filter over the header and every row; the sheet is done. */
  finish(): void {
    if (!this.started) this.start();
    this.ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: this.rows + 1, column: this.headers.length } };
    this.ws.commit();
  }
}

/**
 * `check --format xlsx --output 审查结果.xlsx`: a workbook a reviewer filters in
 * Excel: 受理清单 (the register, one row per application), 问题明细 (one row per
 * finding, with its rule, basis and the guide's clause) and 汇总 (per line: the
 * money requested against the line's cap and how many times over it is; per office;
 * applicants in more than one application). Numbers are numbers. The bytes go to
 * `options.bytes` as exceljs zips them; `end` waits for the last of them.
 */
export function createXlsxWriter(options: WriterOptions): ReportWriter {
  const put = options.bytes;
  if (!put) throw new Error('the xlsx report needs a place for its bytes');
  const m = msg(registerMessages, options.lang);
  const rm = msg(reportMessages, options.lang);
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      try {
        put(chunk);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'guilin-grants';
  const frozen = [{ state: 'frozen' as const, ySplit: 1, xSplit: 0 }];
  // Printed as the HTML report is: A4 landscape, every column on the page's width.
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  const verdictInk = new Map<Value, string>([
    [rm.status.pass, INK.pass],
    [rm.status.fail, INK.fail],
    [rm.status.error, INK.error],
  ]);
  const severityInk = new Map<Value, string>([
    [rm.severity.error, INK.fail],
    [rm.severity.warning, INK.warning],
  ]);
  /** A sheet whose `wrapped` columns (by header) wrap within their caps, and whose `inked` ones are in colour. */
  const sheet = (
    name: string,
    headers: string[],
    wrapped: [string, number][],
    inked: [string, ReadonlyMap<Value, string>][],
  ) =>
    new SheetStream(
      book.addWorksheet(name, { views: frozen, pageSetup }),
      headers,
      new Map(wrapped.map(([h, cap]) => [headers.indexOf(h), cap])),
      new Map(inked.map(([h, ink]) => [headers.indexOf(h), ink])),
    );
  const c = m.columns;
  const f = m.findings;
  const registerCaps: [string, number][] = [
    [c.file, 30],
    [c.applicant, 32],
    [c.title, 30],
    [c.lineTitle, 24],
    [c.category, 16],
    [c.office, 22],
  ];
  const register = sheet(m.sheets.register, [c.index, ...registerHeaders(m)], registerCaps, [[c.status, verdictInk]]);
  const findingHeads = [
    c.file,
    c.applicant,
    c.code,
    c.status,
    f.rule,
    f.severity,
    f.basis,
    f.message,
    f.place,
    f.clause,
  ];
  const findingCaps: [string, number][] = [
    [c.file, 30],
    [c.applicant, 32],
    [f.message, 50],
    [f.place, 34],
    [f.clause, 44],
  ];
  const findings = sheet(m.sheets.findings, findingHeads, findingCaps, [
    [c.status, verdictInk],
    [f.severity, severityInk],
  ]);
  let n = 0;
  return {
    head: () => '',
    file(r) {
      const row = registerRow(r, options.guide, options.lang, rm);
      register.add([++n, ...REGISTER_KEYS.map((k) => row[k])]);
      for (const x of shownFindings(r, options.quiet))
        findings.add([
          r.file,
          row.applicant,
          r.code,
          row.status,
          x.rule,
          rm.severity[x.severity],
          basisLabel(x, m),
          x.message,
          findingPlace(r.file, x),
          x.clause,
        ]);
      return '';
    },
    async *end(_tally, summary) {
      register.finish();
      findings.finish();
      // 汇总 holds three tables, each under its own header: row 1, frozen or printed atop
      // every page, stood over the offices and the applicants as the lines' header.
      const { printTitlesRow: _, ...untitled } = pageSetup;
      if (summary) summarySheet(book, summary, m, rm, { pageSetup: untitled });
      await book.commit();
      await new Promise<void>((resolve, reject) => {
        if (stream.writableFinished) resolve();
        else stream.once('finish', resolve).once('error', reject);
      });
      yield '';
    },
    close() {},
  };
}

/** 汇总: three tables one under the other, each with its header row in bold. */
function summarySheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  s: BatchSummary,
  m: RegisterMessages,
  rm: ReportMessages,
  setup: Partial<ExcelJS.AddWorksheetOptions>,
): void {
  const t = m.totals;
  const status = rm.status;
  const ws = book.addWorksheet(m.sheets.summary, setup);
  const lineHead = [
    t.code,
    t.lineTitle,
    t.office,
    t.applications,
    t.pass,
    t.fail,
    t.error,
    t.requested,
    t.requestedPass,
    t.maxAwards,
    t.maxAmount,
    t.cap,
    t.times,
  ];
  const widths = lineHead.map((h) => displayWidth(h) + 2);
  widths[1] = Math.min(MAX_WIDTH, Math.max(widths[1]!, ...s.lines.map((l) => displayWidth(l.title) + 2)));
  widths[2] = Math.max(widths[2]!, ...s.lines.map((l) => displayWidth(l.office) + 2), displayWidth(t.byOffice) + 2);
  // At the top of their row, as in the other sheets: beside a title of two lines, a line's code and figures stood at its foot.
  ws.columns = widths.map((width, i) => ({
    width,
    style: { font: FONT, alignment: { vertical: 'top', ...(i === 1 ? { wrapText: true } : {}) } },
  }));
  /**
   * A row as tall as its title, which wraps in its column: LibreOffice and Excel leave a streamed
   * row one line high, and an English title of two lines ran over the next line's.
   */
  const add = (values: Value[]) => {
    const row = ws.addRow(values);
    const title = values[1];
    const lines = title === null || title === undefined ? 1 : linesIn(title, widths[1]!);
    if (lines > 1) row.height = LINE_HEIGHT * lines;
    return row;
  };
  /** Bold; the cells from `rightFrom` on stand over counts and amounts, at their right edge. */
  const bold = (values: Value[], rightFrom = values.length) => {
    const row = add(values);
    row.font = BOLD;
    for (let i = rightFrom; i < values.length; i++) row.getCell(i + 1).alignment = { horizontal: 'right' };
    row.commit();
  };
  const FIGURES = lineHead.indexOf(t.applications);
  const counts = (x: Totals) => [x.applications, x.pass, x.fail, x.error, x.requested, x.requestedPass];
  bold(lineHead, FIGURES);
  // Times the cap with two decimals, so that a column of them reads down aligned (0.30 over 0.67, 1.00 at the cap,
  // where it read 0.3, 0.67, 1). Money asked that rounds to 0 of its cap keeps its share and reads <0.01, never 0.
  const addWithTimes = (values: Value[], x: Totals) => {
    const sliver = asksSliver(x);
    const row = add([...values, sliver ? x.requested / x.budget : timesOversubscribed(x)]);
    row.getCell(values.length + 1).numFmt = sliver ? '[<0.005]"<0.01";0.00' : '0.00';
    row.commit();
  };
  for (const l of s.lines)
    addWithTimes([l.code, l.title, l.office, ...counts(l), l.maxAwards, l.maxAmount, l.budget], l);
  // Their money as far as it is known: none of it (unreadable files) is an empty cell, not 0 asked.
  if (s.unassigned.applications)
    ws.addRow([
      t.unassigned,
      null,
      null,
      s.unassigned.applications,
      null,
      null,
      null,
      s.unassigned.requested || null,
    ]).commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + s.lines.length, column: lineHead.length } };
  ws.addRow([t.units]).commit();
  ws.addRow([]).commit();
  bold([t.byOffice]);
  // The office table under the line table's columns: no title, office or per-award figures.
  bold(
    lineHead.map((h, i) => (i === 0 ? t.office : [1, 2, 9, 10].includes(i) ? null : h)),
    FIGURES,
  );
  for (const o of s.offices) addWithTimes([o.office, null, null, ...counts(o), null, null, o.budget], o);
  ws.addRow([]).commit();
  bold([t.duplicates]);
  // In the wide columns of the line table: each applicant, then its files under it.
  bold([null, `${t.applicant} / ${t.files}`, `${t.creditCode} / ${t.code}`, m.columns.status]);
  for (const d of s.duplicates) {
    bold([null, d.name, d.creditCode]);
    for (const f of d.files) {
      const note = rm.summary.asWritten(f.applicant, f.creditCode === null);
      add([null, f.file, f.code, status[f.status], ...(note ? [note] : [])]).commit();
    }
  }
  ws.commit();
}
