import type { BatchSummary } from './summary.js';
import { msg } from '../i18n/index.js';
import { registerMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { NO_FACTS } from './file-result.js';
import { counts } from './register-row.js';
import { lineLabel, shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import { escapeControl } from '../util/escape-control.js';
import { Spool } from './spool.js';

/**
 * Text in a table cell or a list item, shown as written: controls escaped, raw HTML
 * and entities inert, and markdown's own syntax backslash-escaped, so that what an
 * applicant writes (a name like `[x](https://…)` or `![](…)`) never becomes a live
 * link or a remote image, and a pipe never ends the cell.
 */
function mdText(s: string): string {
  return escapeControl(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, '\\$&');
}

/** A code span that survives backticks inside (CommonMark: a longer fence); controls escaped. */
function mdCode(text: string): string {
  const s = escapeControl(text);
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((x) => x.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function tableRow(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string[] {
  return [tableHead(head, align), ...rows.map(tableRow)];
}

function tableHead(head: string[], align: ('l' | 'r')[]): string {
  return `${tableRow(head)}\n${tableRow(head.map((_, i) => (align[i] === 'r' ? '---:' : '---')))}`;
}

/**
 * `check --format markdown`: a report a reviewer pastes into a memo: totals, an
 * overview of every file, then the findings of each file that has any, with the
 * guide's clause beside each.
 *
 * The totals come first, so the overview rows and the findings are spooled (to disk
 * when large) and written out behind them at the end. Blocks are separated by one
 * blank line, which each block after the first brings along at its start.
 */
export function createMarkdownWriter(options: WriterOptions): ReportWriter {
  const m = msg(reportMessages, options.lang);
  const h = m.markdown.headers;
  const c = msg(registerMessages, options.lang).columns;
  const overview = new Spool();
  const details = new Spool();
  return {
    head: () => '',
    file(r) {
      const { errors, warnings } = counts(r);
      const a = r.application ?? NO_FACTS;
      const fact = (v: string | null) => (v === null ? '—' : mdText(v));
      overview.append(
        `${tableRow([mdCode(r.file), fact(a.applicant), fact(a.title), a.requested ?? '—', r.code === null ? '—' : mdText(r.code), m.status[r.status], errors, ...(options.quiet ? [] : [warnings])])}\n`,
      );
      const findings = shownFindings(r, options.quiet);
      if (findings.length) {
        const rows = findings.map((f) => [
          f.line === null ? '—' : `${f.line}:${f.column ?? 1}`,
          m.severity[f.severity],
          mdText(f.message),
          mdCode(f.rule),
          f.clause ? mdText(f.clause) : '—',
        ]);
        const heading = `### ${m.markdown.fileHeading(mdCode(r.file), m.status[r.status])}`;
        details.append(
          `\n${heading}\n\n${mdText(lineLabel(r.code, options, m))}\n\n${table([h.place, h.severity, h.message, h.rule, h.clause], rows).join('\n')}\n`,
        );
      }
      return '';
    },
    *end(tally, summary) {
      let top = `# ${m.markdown.title}\n`;
      if (options.guideline) top += `\n${m.markdown.guideline(options.guideline)}\n`;
      top += `\n**${m.totals(tally.files, tally.pass, tally.fail, tally.error)}**\n`;
      if (options.quiet && tally.hidden) top += `\n${m.quietNote(tally.hidden)}\n`;
      const head = [h.file, c.applicant, c.title, c.requested, h.line, h.status, h.errors];
      if (!options.quiet) head.push(h.warnings);
      yield `${top}\n## ${m.markdown.overview}\n\n${tableHead(head, ['l', 'l', 'l', 'r', 'l', 'l', 'r', 'r'])}\n`;
      yield* overview.read();
      if (!details.empty) {
        yield `\n## ${m.markdown.details}\n`;
        yield* details.read();
      }
      if (summary) yield `\n${summarySection(summary, options, m).join('\n').replace(/\n+$/, '')}\n`;
    },
    close() {
      overview.close();
      details.close();
    },
  };
}

function summarySection(sum: BatchSummary, options: WriterOptions, m: ReportMessages): string[] {
  const h = m.summary.headers;
  const out: string[] = [`## ${m.summary.title}`, '', `### ${m.summary.byLine}`, ''];
  out.push(
    ...table(
      [h.code, h.title, h.office, h.applications, h.pass, h.requested, h.requestedPass, h.budget],
      sum.lines.map((l) => [
        l.code,
        mdText(l.title),
        mdText(l.office),
        l.applications,
        l.pass,
        l.requested,
        `${l.requestedPass}${l.requestedPass > l.budget ? m.summary.overBudget : ''}`,
        m.summary.budget(l.maxAwards, l.maxAmount, l.budget),
      ]),
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  out.push(m.summary.units, '');
  if (sum.unassigned.applications) out.push(m.summary.unassigned(sum.unassigned.applications), '');
  out.push(`### ${m.summary.byOffice}`, '');
  out.push(
    ...table(
      [h.office, h.applications, h.pass, h.requested, h.requestedPass, h.budget],
      sum.offices.map((o) => [
        mdText(o.office),
        o.applications,
        o.pass,
        o.requested,
        `${o.requestedPass}${o.requestedPass > o.budget ? m.summary.overBudget : ''}`,
        o.budget,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  out.push(`### ${m.summary.duplicates}`, '');
  if (!sum.duplicates.length) out.push(m.summary.noDuplicates, '');
  for (const d of sum.duplicates) {
    out.push(`- ${mdText(m.summary.applicant(d.name, d.creditCode, d.files.length))}`);
    for (const f of d.files) {
      const note = mdText(m.summary.asWritten(f.applicant, f.creditCode === null));
      out.push(
        `  - ${m.summary.entry(mdCode(f.file), mdText(lineLabel(f.code, options, m)), m.status[f.status], note)}`,
      );
    }
  }
  return out;
}
