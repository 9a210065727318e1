import type { FileResult } from './file-result.js';
import { msg } from '../i18n/index.js';
import { registerMessages, type RegisterMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { basisLabel } from './finding-basis.js';
import { esc, jsonInScript } from './html-escape.js';
import { summaryHtml } from './html-summary.js';
import { registerRow, type RegisterRow } from './register-row.js';
import { findingPlace, shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import { Spool } from './spool.js';

/**
 * The register's columns in the page, with the classes of their cells (`n`: a number;
 * `hide-narrow`: left out on a narrow screen): the facts a reviewer sorts by; the
 * rest open with the row. The script reads the classes from the header.
 */
const COLUMNS = [
  ['index', 'n'],
  ['applicant', ''],
  ['title', 't'],
  ['code', ''],
  ['tier', 'hide-narrow'],
  ['requested', 'n'],
  ['office', 'hide-narrow'],
  ['status', ''],
  ['errors', 'n'],
  ['warnings', 'n hide-narrow'],
] as const;

/**
 * `check --format html --output 审查报告.html`: one self-contained page (style,
 * script and charts inline; no network) in the chosen language. On top the totals
 * and, per funding line, the money requested against the line's cap as an SVG bar
 * with the status counts; below, the register, sortable by any column, filterable by
 * status, line and office; each application opens to its facts and findings, with the
 * guide's clause and `file:line`. Prints on A4 landscape.
 *
 * A day's inbox must open at once: laying out thousands of rows of Chinese text is
 * what took seconds. So the applications are one JSON document in the page, and the
 * script builds the register's rows from it a screenful at a time, and an
 * application's facts and findings when it is opened, as text nodes only. The data is
 * spooled as it comes and written behind the summary at the end.
 */
export function createHtmlWriter(options: WriterOptions): ReportWriter {
  const lang = options.lang;
  const m = msg(registerMessages, lang);
  const rm = msg(reportMessages, lang);
  const data = new Spool();
  const lines = new Map<string, string>();
  const offices = new Set<string>();
  let n = 0;
  return {
    head: () => '',
    file(r) {
      const row = registerRow(r, options.guide, lang, rm);
      if (row.code !== null) lines.set(row.code, row.lineTitle ?? '');
      if (row.office !== null) offices.add(row.office);
      data.append(`${++n > 1 ? ',' : ''}${jsonInScript(application(n, r, row, options, m, rm))}\n`);
      return '';
    },
    *end(tally, summary) {
      const title = `${m.html.title}${options.guideline ? ` · ${options.guideline}` : ''}`;
      let top = `<!DOCTYPE html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
      top += `<title>${esc(title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${esc(m.html.title)}</h1>\n`;
      if (options.guideline) top += `<p class="meta">${esc(m.html.generated(options.guideline, tally.files))}</p>\n`;
      top += `<div class="totals"><span class="pill">${esc(rm.totals(tally.files, tally.pass, tally.fail, tally.error))}</span></div>\n`;
      if (summary) top += summaryHtml(summary, m, rm);
      top += `<h2>${esc(m.sheets.register)}</h2>\n${controls(lines, offices, tally.files, m, rm)}`;
      top += `<div class="scroll"><table id="register">\n<thead><tr>${COLUMNS.map(
        ([k, cls]) =>
          `<th scope="col" tabindex="0" class="${`c-${k} ${cls}`.trim()}">${unitWhole(esc(k === 'index' ? m.columns.index : m.columns[k]))}</th>`,
      ).join('')}</tr></thead>\n</table></div>\n<noscript><p class="note">${esc(m.html.noscript)}</p></noscript>\n`;
      top += `<button type="button" id="more" hidden></button>\n</main>\n`;
      yield top;
      yield `<script type="application/json" id="report-data">{"labels":${jsonInScript(labels(m))},"apps":[\n`;
      yield* data.read();
      yield `]}</script>\n<script>${HTML_SCRIPT}</script>\n</body>\n</html>\n`;
    },
    close() {
      data.close();
    },
  };
}

function controls(
  lines: Map<string, string>,
  offices: Set<string>,
  total: number,
  m: RegisterMessages,
  rm: ReportMessages,
): string {
  const select = (id: string, label: string, options: [string, string][]) =>
    `<label>${esc(label)} <select id="${id}"><option value="">${esc(m.html.all)}</option>${options
      .map(([v, text]) => `<option value="${esc(v)}">${esc(text)}</option>`)
      .join('')}</select></label>`;
  const byCode = [...lines].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return `<div class="controls">${select(
    'f-status',
    m.columns.status,
    // Both verdicts that send an application back, as one choice: apart, a reviewer read them a list at a time.
    [
      ...(['pass', 'fail', 'error'] as const).map((s): [string, string] => [s, rm.status[s]]),
      ['fail error', m.html.notPassed],
    ],
  )}${select(
    'f-line',
    m.columns.code,
    byCode.map(([code, title]) => [code, title ? `${code} ${title}` : code]),
  )}${select(
    'f-office',
    m.columns.office,
    [...offices].sort().map((o) => [o, o]),
  )}<label><input id="f-search" type="search" placeholder="${esc(m.html.search)}" aria-label="${esc(m.html.search)}"></label><span id="shown" data-template="${esc(m.html.shown(-1, -2).replace('-1', '{shown}').replace('-2', '{total}'))}">${esc(m.html.shown(total, total))}</span><span class="note">${esc(m.html.hints)}</span></div>\n`;
}

/** The words the script puts around what a row opens to: the facts' names and the findings' headers. */
function labels(m: RegisterMessages) {
  const c = m.columns;
  const f = m.findings;
  return {
    facts: [c.file, c.creditCode, c.applicantType, c.tier, c.lineTitle, c.category, c.matching, c.period, c.office],
    findings: [f.severity, f.basis, f.message, f.rule, f.place],
    none: m.html.noFindings,
    more: m.html.more('{n}'),
  };
}

/**
 * One application as the page's script reads it: `[cells, facts, findings, status]`,
 * the cells in the order of `COLUMNS`, the facts in the order of `labels().facts`, each
 * finding as `[severity, its label, message, clause sentence, rule, place, basis]`.
 */
function application(
  index: number,
  r: FileResult,
  row: RegisterRow,
  options: WriterOptions,
  m: RegisterMessages,
  rm: ReportMessages,
) {
  const cells = COLUMNS.map(([k]) => (k === 'index' ? index : row[k]));
  const facts = [
    row.file,
    row.creditCode,
    row.applicantType,
    row.tier,
    row.code === null ? null : `${row.code} ${row.lineTitle ?? ''}`.trim(),
    row.category,
    row.matching,
    row.period,
    row.office,
  ];
  const findings = shownFindings(r, options.quiet).map((x) => [
    x.severity,
    rm.severity[x.severity],
    x.message,
    x.clause ? rm.clause(x.clause) : null,
    x.rule,
    findingPlace(r.file, x),
    basisLabel(x, m),
  ]);
  return [cells, facts, findings, r.status];
}

/** A heading's unit, (10,000 CNY), on one line: a phone broke it as (10,000 / CNY). */
function unitWhole(heading: string): string {
  return heading.replace(/[（(][^（()）]*[）)]$/, (unit) => `<span class="unit">${unit}</span>`);
}
