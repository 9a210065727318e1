import {
  asksSliver,
  timesOversubscribed,
  type BatchSummary,
  type DuplicateFile,
  type LineTotals,
  type Totals,
} from './summary.js';
import type { RegisterMessages } from '../i18n/messages/register.js';
import type { ReportMessages } from '../i18n/messages/report.js';
import { esc } from './html-escape.js';

/** A number as the page shows it: 万元 amounts without float noise. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Times oversubscribed as the page shows it: money asked that rounds to 0 of its cap reads <0.01, never 0. */
function timesText(t: Totals): string {
  const times = timesOversubscribed(t);
  return times === null ? '—' : asksSliver(t) ? '<0.01' : String(times);
}

/** The top of the HTML report: a bar per line of the money requested against its cap, offices, duplicates. */
export function summaryHtml(s: BatchSummary, m: RegisterMessages, rm: ReportMessages): string {
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
    const cells = [o.applications, o.pass, o.fail, o.error, num(o.requested), num(o.budget), timesText(o)];
    out += `<tr><td>${esc(o.office)}</td>${cells.map((v) => `<td class="n">${esc(v)}</td>`).join('')}</tr>`;
  }
  out += `</tbody></table></div>\n<h2>${esc(t.duplicates)}</h2>\n`;
  if (s.duplicates.length === 0) return `${out}<p class="note">${esc(rm.summary.noDuplicates)}</p>\n`;
  // Closed until asked for (and opened to print): a long list would be laid out before the register shows.
  out += `<details><summary>${esc(m.html.duplicates(s.duplicates.length))}</summary><div class="scroll"><table class="small"><thead><tr><th>${esc(t.applicant)}</th><th>${esc(t.creditCode)}</th><th>${esc(t.files)}</th><th>${esc(t.code)}</th><th>${esc(m.columns.status)}</th></tr></thead><tbody>`;
  // A file that names the applicant otherwise, or gives no credit code, says so beside its name.
  const note = (f: DuplicateFile) => {
    const text = rm.summary.asWritten(f.applicant, f.creditCode === null);
    return text ? ` ${esc(text)}` : '';
  };
  for (const d of s.duplicates)
    d.files.forEach((f, i) => {
      out += `<tr>${i === 0 ? `<td rowspan="${d.files.length}">${esc(d.name)}</td><td rowspan="${d.files.length}">${esc(d.creditCode ?? '—')}</td>` : ''}<td><code>${esc(f.file)}</code>${note(f)}</td><td>${esc(f.code ?? '—')}</td><td class="s-${f.status}">${esc(rm.status[f.status])}</td></tr>`;
    });
  return `${out}</tbody></table></div></details>\n`;
}

/** A line's row of the chart: its name, the requested bar against the cap's mark, the statuses. */
function lineChart(l: LineTotals, m: RegisterMessages, rm: ReportMessages): string {
  const W = 300;
  const scale = Math.max(l.requested, l.budget) || 1;
  const req = (l.requested / scale) * W;
  const cap = (l.budget / scale) * W;
  const over = l.requested > l.budget;
  const times = timesText(l);
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
  return `<div class="name" title="${esc(`${l.code} ${l.title}`)}"><b>${esc(l.code)}</b> ${esc(l.title)}<br><small>${esc(l.office)} · ${esc(m.totals.applications)}\u00a0${l.applications}</small></div>
<svg viewBox="0 0 ${W + 4} 34" preserveAspectRatio="none" role="img" aria-label="${esc(m.html.requestedOf(l.requested, l.budget, times))}"><rect x="0" y="2" width="${W}" height="18" fill="#eef1f5"/>${
    over
      ? `<rect class="bar-req" x="0" y="2" width="${cap.toFixed(1)}" height="18"/><rect class="bar-over" x="${cap.toFixed(1)}" y="2" width="${(req - cap).toFixed(1)}" height="18"/>`
      : `<rect class="bar-req" x="0" y="2" width="${req.toFixed(1)}" height="18"/>`
  }<line class="cap" x1="${cap.toFixed(1)}" x2="${cap.toFixed(1)}" y1="0" y2="22"/>${statuses}</svg>
<div class="fig">${esc(m.html.requestedOf(l.requested, l.budget, times))}${over ? ` <span class="over">▲</span>` : ''}<br>${esc(label)}</div>
`;
}
