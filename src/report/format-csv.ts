import { NO_FACTS } from './file-result.js';
import { shownFindings, type WriterOptions } from './report-options.js';
import { escapeControl } from '../util/escape-control.js';
import type { ReportWriter } from './report-writer.js';

const CSV_COLUMNS = [
  'file',
  'code',
  'status',
  'applicant',
  'title',
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
function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? escapeControl(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * `check --format csv`: one row per finding, and one row for a file with none, so
 * that every file is in the sheet. UTF-8 with a byte-order mark and CRLF, which is
 * what Excel needs to show Chinese text. One table and nothing else: `--summary`
 * goes to stderr (the command's business), never into the sheet.
 */
export function createCsvWriter(options: WriterOptions): ReportWriter {
  return {
    head: () => `\uFEFF${csvRow([...CSV_COLUMNS])}\r\n`,
    file(r) {
      const findings = shownFindings(r, options.quiet);
      const { applicant, title } = r.application ?? NO_FACTS;
      const lead = [r.file, r.code, r.status, applicant, title];
      if (findings.length === 0) return `${csvRow([...lead, null, null, null, null, null, null, null])}\r\n`;
      let out = '';
      for (const f of findings)
        out += `${csvRow([...lead, f.rule, f.severity, f.line, f.column, f.path, f.message, f.clause])}\r\n`;
      return out;
    },
    end: () => [],
    close() {},
  };
}
