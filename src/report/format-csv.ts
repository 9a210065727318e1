import type { BatchSummary } from '../check/summary.js';
import type { FileResult } from '../check/types.js';
import { shownFindings, type ReportOptions, type WriterOptions } from './report-options.js';
import { escapeControl } from './escape-control.js';
import { renderReport, type ReportWriter } from './report-writer.js';

export const CSV_COLUMNS = [
  'file',
  'code',
  'status',
  'rule',
  'severity',
  'line',
  'column',
  'path',
  'message',
  'clause',
] as const;

type Cell = string | number | null | undefined;

/**
 * A cell as RFC 4180 wants it. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading apostrophe: applicants write the values
 * that messages quote, and a reviewer opening the file must not run them.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? escapeControl(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(cells: Cell[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * `check --format csv`: one row per finding, and one row for a file with none, so
 * that every file is in the sheet. UTF-8 with a byte-order mark and CRLF, which is
 * what Excel needs to show Chinese text. `--summary` appends its tables after an
 * empty row, each with its own header.
 */
export function formatCsv(results: readonly FileResult[], options: ReportOptions): string {
  return renderReport(createCsvWriter(options), results, options.summary);
}

export function createCsvWriter(options: WriterOptions): ReportWriter {
  return {
    head: () => `\uFEFF${row([...CSV_COLUMNS])}\r\n`,
    file(r) {
      const findings = shownFindings(r, options.quiet);
      if (findings.length === 0)
        return `${row([r.file, r.code, r.status, null, null, null, null, null, null, null])}\r\n`;
      let out = '';
      for (const f of findings)
        out += `${row([r.file, r.code, r.status, f.rule, f.severity, f.line, f.column, f.path, f.message, f.clause])}\r\n`;
      return out;
    },
    *end(_tally, summary) {
      if (summary)
        yield summaryRows(summary)
          .map((x) => `${x}\r\n`)
          .join('');
    },
    close() {},
  };
}

function summaryRows(s: BatchSummary): string[] {
  const rows = [
    '',
    row([
      'line',
      'title',
      'office',
      'applications',
      'pass',
      'requested',
      'requestedPass',
      'maxAwards',
      'maxAmount',
      'budget',
    ]),
  ];
  for (const l of s.lines)
    rows.push(
      row([
        l.code,
        l.title,
        l.office,
        l.applications,
        l.pass,
        l.requested,
        l.requestedPass,
        l.maxAwards,
        l.maxAmount,
        l.budget,
      ]),
    );
  if (s.unassigned.applications)
    rows.push(row([null, null, null, s.unassigned.applications, null, s.unassigned.requested, null, null, null, null]));
  rows.push('', row(['office', 'applications', 'pass', 'requested', 'requestedPass', 'budget']));
  for (const o of s.offices) rows.push(row([o.office, o.applications, o.pass, o.requested, o.requestedPass, o.budget]));
  rows.push('', row(['applicant', 'creditCode', 'file', 'code', 'status']));
  for (const d of s.duplicates)
    for (const f of d.files) rows.push(row([d.name, d.creditCode, f.file, f.code, f.status]));
  return rows;
}
