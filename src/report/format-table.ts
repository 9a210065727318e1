import type { BatchSummary, Totals } from './summary.js';
import { summaryTable, type SummaryRow } from './summary-table.js';
import { msg } from '../i18n/index.js';
import { registerMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { findingPlace, lineLabel, shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import { escapeControl as esc } from '../util/escape-control.js';
import { PLAIN_STYLE, type Style } from './style.js';
import { displayWidth, indentWrapped, wrapText } from './wrap-text.js';

const MARK = { pass: '✓', fail: '✗', error: '!' } as const;

/**
 * The terminal report: per file a heading with its verdict and line, then one
 * `file:line:col  severity  message  rule` line per finding (editors and terminals
 * open the place), with the guide's clause underneath; a totals line at the end.
 * Passing files without findings take one line; with `--quiet` they are left out.
 */
export function createTableWriter(options: WriterOptions): ReportWriter {
  const m = msg(reportMessages, options.lang);
  const brief = msg(registerMessages, options.lang).brief;
  const s = options.style ?? PLAIN_STYLE;
  const severity = { error: s.red, warning: s.yellow, info: s.cyan };
  const status = { pass: s.green, fail: s.red, error: s.red };
  // The totals stand apart: after a blank line, unless the last file ended with one.
  let gap = false;
  return {
    head: () => '',
    file(r) {
      const findings = shownFindings(r, options.quiet);
      if (options.quiet && r.status === 'pass' && findings.length === 0) return '';
      const label = esc(lineLabel(r.code, options, m));
      let out = `${status[r.status](`${MARK[r.status]} ${m.status[r.status]}`)}  ${s.bold(esc(r.file))}  ${s.dim(label)}\n`;
      if (options.width !== undefined && displayWidth(out) > options.width + 1) {
        const head = `${MARK[r.status]} ${m.status[r.status]}  `;
        out = `${status[r.status](head.trimEnd())}  ${s.bold(esc(r.file))}\n${indentWrapped(' '.repeat(displayWidth(head)), label, options.width, s.dim).join('\n')}\n`;
      }
      const a = r.application;
      const who = a ? esc(brief(a.applicant, a.title, a.requested)) : '';
      if (who)
        out += options.width === undefined ? `  ${who}\n` : `${indentWrapped('  ', who, options.width).join('\n')}\n`;
      for (const f of findings) {
        const head = `  ${esc(findingPlace(r.file, f))}  ${severity[f.severity](m.severity[f.severity])}  `;
        if (options.width === undefined) {
          out += `${head}${esc(f.message)}  ${s.dim(esc(f.rule))}\n`;
          if (f.clause) out += `      ${s.dim(esc(m.clause(f.clause)))}\n`;
          continue;
        }
        // On a terminal: the message and its rule id under a hanging indent, wrapped at
        // word boundaries (Chinese by characters), never cut by the terminal; a place too
        // long to hang from puts the message on the next line.
        const hang = displayWidth(head) <= options.width / 2 ? head : '      ';
        if (hang !== head) out += `${head.trimEnd()}\n`;
        out += `${indentWrapped(hang, `${esc(f.message)}  ${esc(f.rule)}`, options.width)
          .join('\n')
          .replace(new RegExp(`${f.rule}$`), s.dim(f.rule))}\n`;
        if (f.clause) out += `${indentWrapped('      ', esc(m.clause(f.clause)), options.width, s.dim).join('\n')}\n`;
      }
      if (findings.length) out += '\n';
      gap = findings.length === 0;
      return out;
    },
    *end(tally, summary) {
      const out: string[] = gap ? [''] : [];
      out.push(s.bold(m.totals(tally.files, tally.pass, tally.fail, tally.error)));
      if (options.quiet && tally.hidden) out.push(s.dim(m.quietNote(tally.hidden)));
      if (summary) out.push('', ...summaryLines(summary, m, s, options.width));
      yield `${out.join('\n')}\n`;
    },
    close() {},
  };
}

/** The `--summary` tables as the terminal shows them: for formats that cannot hold them (CSV). */
export function summaryText(sum: BatchSummary, lang: WriterOptions['lang'], s: Style): string {
  return `${summaryLines(sum, msg(reportMessages, lang), s).join('\n')}\n`;
}

function summaryLines(sum: BatchSummary, m: ReportMessages, s: Style, width?: number): string[] {
  const h = m.summary.headers;
  const paragraph = (text: string, style?: (x: string) => string) =>
    width === undefined ? (style ?? String)(text) : indentWrapped('', text, width, style).join('\n');
  const table = (first: string, rows: SummaryRow[]) => summaryTable(first, rows, m, s, width);
  const out: string[] = [s.bold(m.summary.title), '', s.bold(m.summary.byLine)];
  const byLine = sum.lines.map(
    (l): SummaryRow => [l.code, l, m.summary.budget(l.maxAwards, l.maxAmount, l.budget), `${h.code} ${l.code}`],
  );
  // Whether a table marks an amount ▲ (what passes is part of what is requested: never over alone).
  const over = (rows: readonly Totals[]) => rows.some((x) => x.requested > x.budget);
  out.push(table(h.code, byLine), paragraph(m.summary.units, s.dim));
  if (over(sum.lines)) out.push(paragraph(m.summary.overLegend, s.dim));
  if (sum.unassigned.applications) out.push(paragraph(m.summary.unassigned(sum.unassigned.applications)));
  const byOffice = sum.offices.map((o): SummaryRow => [o.office, o, o.budget, o.office]);
  out.push('', s.bold(m.summary.byOffice), table(h.office, byOffice));
  if (over(sum.offices)) out.push(paragraph(m.summary.overLegend, s.dim));
  out.push('', s.bold(m.summary.duplicates));
  if (!sum.duplicates.length) out.push(`  ${m.summary.noDuplicates}`);
  // On a terminal an applicant's name and a file's note wrap under a hanging indent, a
  // path kept whole: cut by the terminal, they ran on at the left edge, among the files.
  const hanging = (first: string, rest: string, text: string): string => {
    if (width === undefined) return `${first}${text}`;
    const head = wrapText(text, Math.max(10, width - first.length)).split('\n')[0]!;
    const more = text.slice(head.length).trimStart();
    return more ? `${first}${head}\n${indentWrapped(rest, more, width).join('\n')}` : `${first}${head}`;
  };
  for (const d of sum.duplicates) {
    out.push(hanging('  ', '      ', esc(m.summary.applicant(d.name, d.creditCode, d.files.length))));
    for (const f of d.files) {
      const note = m.summary.asWritten(f.applicant, f.creditCode === null);
      const parts = [
        `    ${esc(f.file)}`,
        `${s.dim(esc(f.code === null ? m.noLine : m.lineCode(f.code)))}  ${m.status[f.status]}`,
        ...(note ? [esc(note)] : []),
      ];
      // Each part beside the one before while it fits, else under it, the note wrapped.
      const lines = [parts[0]!];
      for (const part of parts.slice(1)) {
        const last = lines.at(-1)!;
        if (width === undefined || displayWidth(last) + 2 + displayWidth(part) <= width)
          lines[lines.length - 1] = `${last}  ${part}`;
        else lines.push(hanging('      ', '      ', part));
      }
      out.push(...lines);
    }
  }
  return out;
}
