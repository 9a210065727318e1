import Table from 'cli-table3';
import type { BatchSummary, Totals } from './summary.js';
import { msg } from '../i18n/index.js';
import { registerMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { findingPlace, lineLabel, shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import { escapeControl as esc } from '../util/escape-control.js';
import { PLAIN_STYLE, type Style } from './style.js';
import { displayWidth, indentWrapped, longestWord, wrapText } from './wrap-text.js';

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

function right(content: string | number) {
  return { content: String(content), hAlign: 'right' as const };
}

function summaryLines(sum: BatchSummary, m: ReportMessages, s: Style, width?: number): string[] {
  const h = m.summary.headers;
  const paragraph = (text: string, style?: (x: string) => string) =>
    width === undefined ? (style ?? String)(text) : indentWrapped('', text, width, style).join('\n');
  const table = (first: string, rows: (readonly [name: string, totals: Totals, budget: string | number])[]) => {
    // `narrow`: an over-the-ceiling mark under its amount, not beside it; `firstWidth`: the first column wraps.
    const draw = (narrow: boolean, firstWidth?: number) => {
      const cell = (x: string) => (firstWidth === undefined ? x : wrapText(x, firstWidth - 2));
      const t = new Table({
        head: [cell(first), h.applications, h.pass, h.requested, h.requestedPass, h.budget].map((x) => s.bold(x)),
        style: { head: [], border: [] },
        // One row per line of text: no rules between rows.
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
        ...(firstWidth === undefined ? {} : { colWidths: [firstWidth] }),
      });
      for (const [name, x, budget] of rows) {
        const mark = narrow
          ? `\n${wrapText(m.summary.overBudget.trim(), Math.max(displayWidth(h.requestedPass), 12))}`
          : m.summary.overBudget;
        const red = mark
          .split('\n')
          .map((l) => (l ? s.red(l) : l))
          .join('\n');
        const passed = x.requestedPass <= x.budget ? x.requestedPass : `${x.requestedPass}${red}`;
        t.push([cell(esc(name)), ...[x.applications, x.pass, x.requested, passed, budget].map(right)]);
      }
      return t.toString();
    };
    const tooWide = (text: string) =>
      width === undefined ? 0 : displayWidth(text.slice(0, text.indexOf('\n'))) - width;
    const whole = draw(false);
    if (tooWide(whole) <= 0) return whole;
    // Wider than the terminal: the marks go under their amounts, then the first column
    // (English office names) wraps, down to its longest word.
    const narrow = draw(true);
    const excess = tooWide(narrow);
    if (excess <= 0) return narrow;
    const names = [first, ...rows.map(([name]) => esc(name))];
    const natural = Math.max(...names.map(displayWidth)) + 2;
    return draw(true, Math.max(natural - excess, Math.max(...names.map(longestWord)) + 2));
  };
  const out: string[] = [s.bold(m.summary.title), '', s.bold(m.summary.byLine)];
  const byLine = sum.lines.map((l) => [l.code, l, m.summary.budget(l.maxAwards, l.maxAmount, l.budget)] as const);
  out.push(table(h.code, byLine), paragraph(m.summary.units, s.dim));
  if (sum.unassigned.applications) out.push(paragraph(m.summary.unassigned(sum.unassigned.applications)));
  const byOffice = sum.offices.map((o) => [o.office, o, o.budget] as const);
  out.push('', s.bold(m.summary.byOffice), table(h.office, byOffice));
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
