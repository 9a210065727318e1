import { timesOversubscribed, type BatchSummary, type LineTotals } from '../check/summary.js';
import type { FileResult } from '../check/types.js';
import { msg } from '../i18n/index.js';
import { registerMessages, type RegisterMessages } from '../i18n/messages/register.js';
import { reportMessages, type ReportMessages } from '../i18n/messages/report.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { registerRow, type RegisterRow } from './register-row.js';
import { shownFindings, type ReportOptions, type WriterOptions } from './report-options.js';
import { renderReport, type ReportWriter } from './report-writer.js';
import { Spool } from './spool.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the applications, in an element or an attribute: nothing in it is markup. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The register's columns in the page: the facts a reviewer sorts by; the rest open with the row. */
const COLUMNS = [
  ['index', 'n', ''],
  ['applicant', '', ''],
  ['title', '', 't'],
  ['code', '', ''],
  ['tier', '', 'hide-narrow'],
  ['requested', 'n', ''],
  ['office', '', 'hide-narrow'],
  ['status', '', ''],
  ['errors', 'n', ''],
  ['warnings', 'n', 'hide-narrow'],
] as const;

/**
 * `check --format html --output 审查报告.html`: one self-contained page (style,
 * script and charts inline; no network) in the chosen language. On top the totals
 * and, per funding line, the money requested against the line's cap as an SVG bar
 * with the status counts; below, the register, sortable by any column, filterable by
 * status, line and office; each application opens to its findings with the guide's
 * clause and `file:line`. Prints on A4 landscape. The rows are spooled as they come
 * and written behind the summary at the end, as markdown's are.
 */
export function formatHtml(results: readonly FileResult[], options: ReportOptions): string {
  return renderReport(createHtmlWriter(options), results, options.summary);
}

export function createHtmlWriter(options: WriterOptions): ReportWriter {
  const lang = options.lang;
  const m = msg(registerMessages, lang);
  const rm = msg(reportMessages, lang);
  const rows = new Spool();
  const lines = new Map<string, string>();
  const offices = new Set<string>();
  let n = 0;
  return {
    head: () => '',
    file(r) {
      const row = registerRow(r, options.guide, lang, rm);
      if (row.code !== null) lines.set(row.code, row.lineTitle ?? '');
      if (row.office !== null) offices.add(row.office);
      rows.append(application(++n, r, row, options, m, rm));
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
        ([k, num, cls]) =>
          `<th scope="col" tabindex="0" class="${[`c-${k}`, num, cls].filter((x) => x).join(' ')}">${esc(k === 'index' ? m.columns.index : m.columns[k])}</th>`,
      ).join('')}</tr></thead>\n`;
      yield top;
      yield* rows.read();
      yield `</table></div>\n</main>\n<script>${HTML_SCRIPT}</script>\n</body>\n</html>\n`;
    },
    close() {
      rows.close();
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
    (['pass', 'fail', 'error'] as const).map((s) => [s, rm.status[s]]),
  )}${select(
    'f-line',
    m.columns.code,
    byCode.map(([code, title]) => [code, title ? `${code} ${title}` : code]),
  )}${select(
    'f-office',
    m.columns.office,
    [...offices].sort().map((o) => [o, o]),
  )}<label><input id="f-search" type="search" placeholder="${esc(m.html.search)}" aria-label="${esc(m.html.search)}"></label><span id="shown" data-template="${esc(m.html.shown(-1, -2).replace('-1', '{shown}').replace('-2', '{total}'))}">${esc(m.html.shown(total, total))}</span><span class="note">${esc(m.html.open)}；${esc(m.html.sortHint)}</span></div>\n`;
}

/** One application: its row in the register, and its facts and findings, opened by a click. */
function application(
  index: number,
  r: FileResult,
  row: RegisterRow,
  options: WriterOptions,
  m: RegisterMessages,
  rm: ReportMessages,
): string {
  const q = [row.applicant, row.title, row.file, row.creditCode]
    .filter((x) => x)
    .join(' ')
    .toLowerCase();
  let s = `<tbody class="app" data-status="${r.status}" data-line="${esc(row.code ?? '')}" data-office="${esc(row.office ?? '')}" data-q="${esc(q)}">`;
  s += `<tr class="row" tabindex="0" aria-expanded="false">`;
  for (const [k, num, cls] of COLUMNS) {
    const v: string | number | null = k === 'index' ? index : row[k];
    const classes = [num, cls, k === 'status' ? `s-${r.status}` : ''].filter((x) => x).join(' ');
    const title = k === 'code' && row.lineTitle ? ` title="${esc(row.lineTitle)}"` : '';
    const data = num ? ` data-v="${v ?? ''}"` : '';
    s += `<td${classes ? ` class="${classes}"` : ''}${data}${title}>${v === null ? '—' : esc(v)}</td>`;
  }
  s += `</tr><tr class="detail" hidden><td colspan="${COLUMNS.length}">${facts(row, m)}${findings(r, options, m, rm)}</td></tr></tbody>\n`;
  return s;
}

function facts(row: RegisterRow, m: RegisterMessages): string {
  const c = m.columns;
  const pairs: [string, string | number | null][] = [
    [c.file, row.file],
    [c.creditCode, row.creditCode],
    [c.applicantType, row.applicantType],
    [c.tier, row.tier],
    [c.lineTitle, row.code === null ? null : `${row.code} ${row.lineTitle ?? ''}`],
    [c.category, row.category],
    [c.matching, row.matching],
    [c.period, row.period],
    [c.office, row.office],
  ];
  return `<dl class="facts">${pairs
    .map(
      ([k, v]) => `<dt>${esc(k)}</dt><dd>${k === c.file ? `<code>${esc(v)}</code>` : v === null ? '—' : esc(v)}</dd>`,
    )
    .join('')}</dl>`;
}

function findings(r: FileResult, options: WriterOptions, m: RegisterMessages, rm: ReportMessages): string {
  const list = shownFindings(r, options.quiet);
  if (list.length === 0) return `<p class="ok">${esc(m.html.noFindings)}</p>`;
  const f = m.findings;
  let s = `<table class="findings small"><thead><tr><th>${esc(f.severity)}</th><th>${esc(f.message)}</th><th>${esc(f.rule)}</th><th>${esc(f.place)}</th></tr></thead><tbody>`;
  for (const x of list) {
    const at = x.line === null ? r.file : `${r.file}:${x.line}:${x.column ?? 1}`;
    const clause = x.clause ? `<div class="clause">${esc(rm.clause(x.clause))}</div>` : '';
    s += `<tr><td class="sev-${x.severity}">${esc(rm.severity[x.severity])}</td><td>${esc(x.message)}${clause}</td><td><code>${esc(x.rule)}</code></td><td><code>${esc(at)}</code></td></tr>`;
  }
  return `${s}</tbody></table>`;
}

/** A number as the page shows it: 万元 amounts without float noise. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function summaryHtml(s: BatchSummary, m: RegisterMessages, rm: ReportMessages): string {
  const t = m.totals;
  let out = `<h2>${esc(m.html.chartTitle)}</h2>\n<p class="note">${esc(m.html.chartNote)}</p>\n<div class="chart">\n`;
  for (const l of s.lines) out += lineChart(l, m, rm);
  out += '</div>\n';
  if (s.unassigned.applications)
    out += `<p class="note">${esc(rm.summary.unassigned(s.unassigned.applications))}</p>\n`;
  out += `<h2>${esc(t.byOffice)}</h2>\n<div class="scroll"><table class="small"><thead><tr><th>${esc(t.office)}</th>`;
  for (const h of [t.applications, t.pass, t.fail, t.error, t.requested, t.cap, t.times])
    out += `<th class="n">${esc(h)}</th>`;
  out += '</tr></thead><tbody>';
  for (const o of s.offices) {
    const times = timesOversubscribed(o);
    out += `<tr><td>${esc(o.office)}</td>${[
      o.applications,
      o.pass,
      o.fail,
      o.error,
      num(o.requested),
      num(o.budget),
      times ?? '—',
    ]
      .map((v) => `<td class="n">${esc(v)}</td>`)
      .join('')}</tr>`;
  }
  out += `</tbody></table></div>\n<h2>${esc(t.duplicates)}</h2>\n`;
  if (s.duplicates.length === 0) return `${out}<p class="note">${esc(rm.summary.noDuplicates)}</p>\n`;
  out += `<div class="scroll"><table class="small"><thead><tr><th>${esc(t.applicant)}</th><th>${esc(t.creditCode)}</th><th>${esc(t.files)}</th><th>${esc(t.code)}</th><th>${esc(m.columns.status)}</th></tr></thead><tbody>`;
  for (const d of s.duplicates)
    d.files.forEach((f, i) => {
      out += `<tr>${i === 0 ? `<td rowspan="${d.files.length}">${esc(d.name)}</td><td rowspan="${d.files.length}">${esc(d.creditCode ?? '—')}</td>` : ''}<td><code>${esc(f.file)}</code></td><td>${esc(f.code ?? '—')}</td><td class="s-${f.status}">${esc(rm.status[f.status])}</td></tr>`;
    });
  return `${out}</tbody></table></div>\n`;
}

/** A line's row of the chart: its name, the requested bar against the cap's mark, the statuses. */
function lineChart(l: LineTotals, m: RegisterMessages, rm: ReportMessages): string {
  const W = 300;
  const scale = Math.max(l.requested, l.budget) || 1;
  const req = (l.requested / scale) * W;
  const cap = (l.budget / scale) * W;
  const over = l.requested > l.budget;
  const times = timesOversubscribed(l);
  // The status bar under the money bar: pass, fail, error in proportion.
  let x = 0;
  let statuses = '';
  for (const k of ['pass', 'fail', 'error'] as const) {
    const w = (l[k] / (l.applications || 1)) * W;
    if (w > 0)
      statuses += `<rect class="st-${k}" x="${x.toFixed(1)}" y="24" width="${w.toFixed(1)}" height="8"><title>${esc(`${rm.status[k]} ${l[k]}`)}</title></rect>`;
    x += w;
  }
  const label = `${rm.status.pass} ${l.pass} · ${rm.status.fail} ${l.fail} · ${rm.status.error} ${l.error}`;
  return `<div class="name" title="${esc(`${l.code} ${l.title}`)}"><b>${esc(l.code)}</b> ${esc(l.title)}<br><small>${esc(l.office)} · ${esc(m.totals.applications)} ${l.applications}</small></div>
<svg viewBox="0 0 ${W + 4} 34" preserveAspectRatio="none" role="img" aria-label="${esc(m.html.requestedOf(l.requested, l.budget, String(times ?? '—')))}"><rect x="0" y="2" width="${W}" height="18" fill="#eef1f5"/>${
    over
      ? `<rect class="bar-req" x="0" y="2" width="${cap.toFixed(1)}" height="18"/><rect class="bar-over" x="${cap.toFixed(1)}" y="2" width="${(req - cap).toFixed(1)}" height="18"/>`
      : `<rect class="bar-req" x="0" y="2" width="${req.toFixed(1)}" height="18"/>`
  }<line class="cap" x1="${cap.toFixed(1)}" x2="${cap.toFixed(1)}" y1="0" y2="22"/>${statuses}</svg>
<div class="fig">${esc(m.html.requestedOf(l.requested, l.budget, String(times ?? '—')))}${over ? ` <span class="over">▲</span>` : ''}<br>${esc(label)}</div>
`;
}
