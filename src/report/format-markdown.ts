import type { BatchSummary } from '../check/summary.js';
import type { FileResult } from '../check/types.js';
import { msg } from '../i18n/index.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { counts, hiddenByQuiet, lineLabel, shownFindings, type ReportOptions } from './report-options.js';

/** Table cell text: pipes and line breaks would end the cell, raw HTML would render. */
export function mdText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A code span that survives backticks inside (CommonMark: a longer fence). */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((x) => x.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string[] {
  const rule = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, rule, ...rows.map((r) => r.map(String))].map((cells) => `| ${cells.join(' | ')} |`);
}

/**
 * `check --format markdown`: a report a reviewer pastes into a memo: totals, an
 * overview of every file, then the findings of each file that has any, with the
 * guide's clause beside each.
 */
export function formatMarkdown(results: readonly FileResult[], options: ReportOptions): string {
  const m = msg(reportMessages, options.lang);
  const h = m.markdown.headers;
  const c = counts(results);
  const out: string[] = [`# ${m.markdown.title}`, ''];
  if (options.guideline) out.push(m.markdown.guideline(options.guideline), '');
  out.push(`**${m.totals(c.files, c.pass, c.fail, c.error)}**`, '');
  if (options.quiet) {
    const hidden = hiddenByQuiet(results);
    if (hidden) out.push(m.quietNote(hidden), '');
  }

  out.push(`## ${m.markdown.overview}`, '');
  const head = [h.file, h.line, h.status, h.errors, ...(options.quiet ? [] : [h.warnings])];
  const rows = results.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    return [mdCode(r.file), r.code ?? '—', m.status[r.status], errors, ...(options.quiet ? [] : [warnings])];
  });
  out.push(...table(head, rows, ['l', 'l', 'l', 'r', 'r']), '');

  const detailed = results.map((r) => ({ r, findings: shownFindings(r, options.quiet) })).filter((x) => x.findings.length);
  if (detailed.length) {
    out.push(`## ${m.markdown.details}`, '');
    for (const { r, findings } of detailed) {
      out.push(`### ${m.markdown.fileHeading(mdCode(r.file), m.status[r.status])}`, '', mdText(lineLabel(r.code, options, m)), '');
      const rows = findings.map((f) => [f.line === null ? '—' : `${f.line}:${f.column ?? 1}`, m.severity[f.severity], mdText(f.message), mdCode(f.rule), f.clause ? mdText(f.clause) : '—']);
      out.push(...table([h.place, h.severity, h.message, h.rule, h.clause], rows), '');
    }
  }
  if (options.summary) out.push(...summarySection(options.summary, options, m));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function summarySection(sum: BatchSummary, options: ReportOptions, m: ReportMessages): string[] {
  const h = m.summary.headers;
  const out: string[] = [`## ${m.summary.title}`, '', `### ${m.summary.byLine}`, ''];
  out.push(
    ...table(
      [h.code, h.title, h.office, h.applications, h.pass, h.requested, h.requestedPass, h.budget],
      sum.lines.map((l) => [l.code, mdText(l.title), mdText(l.office), l.applications, l.pass, l.requested, `${l.requestedPass}${l.requestedPass > l.budget ? m.summary.overBudget : ''}`, m.summary.budget(l.maxAwards, l.maxAmount, l.budget)]),
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
      sum.offices.map((o) => [mdText(o.office), o.applications, o.pass, o.requested, `${o.requestedPass}${o.requestedPass > o.budget ? m.summary.overBudget : ''}`, o.budget]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  out.push(`### ${m.summary.duplicates}`, '');
  if (!sum.duplicates.length) out.push(m.summary.noDuplicates, '');
  for (const d of sum.duplicates) {
    out.push(`- ${mdText(m.summary.applicant(d.name, d.creditCode, d.files.length))}`);
    for (const f of d.files) out.push(`  - ${m.summary.entry(mdCode(f.file), mdText(lineLabel(f.code, options, m)), m.status[f.status])}`);
  }
  return out;
}
