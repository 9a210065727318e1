import Table from 'cli-table3';
import type { ReportMessages } from '../i18n/messages/report.js';
import { escapeControl as esc } from '../util/escape-control.js';
import type { Style } from './style.js';
import type { Totals } from './summary.js';
import { cellWidth, displayWidth, indentWrapped, longestWord, wrapText } from './wrap-text.js';

/** A row of a `--summary` table: its name, its totals, its ceiling, and what heads it as a block. */
export type SummaryRow = readonly [name: string, totals: Totals, budget: string | number, heading: string];

function right(content: string | number) {
  return { content: String(content), hAlign: 'right' as const };
}

/**
 * A heading on two lines, broken between words (申请 / 资助, by / passed, never Applic /
 * ations), neither a lone character (申请 / 数 is no split); whole where it has no such break.
 */
function twoLines(text: string): string {
  for (let w = Math.max(Math.ceil(displayWidth(text) / 2), longestWord(text)); w < displayWidth(text); w++) {
    const lines = wrapText(text, w).split('\n');
    if (lines.length === 2 && lines.every((l) => [...l].length > 1)) return lines.join('\n');
  }
  return text;
}

/**
 * One `--summary` table (by line or by office) no wider than the terminal: the
 * widest column narrows (the
 * first wraps its names, down to their longest word and its heading; a figure's heading
 * takes two lines); where even that is too wide, each row is a block of its figures.
 */
export function summaryTable(
  first: string,
  rows: readonly SummaryRow[],
  m: ReportMessages,
  s: Style,
  width?: number,
): string {
  const h = m.summary.headers;
  const heads = [first, h.applications, h.pass, h.fail, h.error, h.requested, h.requestedPass, h.budget];
  // An amount over the ceiling, the money requested or the part of it that passes, is
  // marked ▲ beside it, as the HTML report's chart marks it; the table's legend says so.
  const over = (amount: number, budget: number, colour: (x: string) => string) =>
    amount > budget ? `${amount}${colour(m.summary.overMark)}` : amount;
  const body = () =>
    rows.map(([name, x, budget]) => [
      esc(name),
      x.applications,
      x.pass,
      x.fail,
      x.error,
      over(x.requested, x.budget, s.yellow),
      over(x.requestedPass, x.budget, s.red),
      budget,
    ]);
  const draw = (head: string[], cells: ReturnType<typeof body>, colWidths?: number[]) => {
    const t = new Table({
      head: head.map((x) => s.bold(x)),
      style: { head: [], border: [] },
      // One row per line of text: no rules between rows.
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      ...(colWidths ? { colWidths } : {}),
    });
    for (const [name, ...figures] of cells)
      t.push([colWidths ? wrapText(String(name), colWidths[0]! - 2) : name!, ...figures.map(right)]);
    return t.toString();
  };
  const tooWide = (text: string) => width !== undefined && displayWidth(text.slice(0, text.indexOf('\n'))) > width;
  const cells = body();
  const whole = draw(heads, cells);
  if (!tooWide(whole)) return whole;
  // Wider than the terminal: the widest column that can narrow does, a column at a time
  // for the names, a heading split in two for a figure; the names get back what is left.
  // A Chinese name breaks inside a word wherever it breaks: the headings split first, and
  // a name that must break breaks evenly (发展规划与 / 科技监督科, not 发展规划与科技监督 / 科).
  const names = cells.map((row) => String(row[0]));
  const chinese = names.some((n) => displayWidth(n) > [...n].length);
  const natural = heads.map((x, c) => Math.max(cellWidth(x), ...cells.map((row) => cellWidth(String(row[c])))) + 2);
  const least = heads.map((x, c) =>
    c === 0
      ? Math.max(displayWidth(x), ...names.map(longestWord)) + 2
      : Math.max(cellWidth(twoLines(x)), ...cells.map((row) => cellWidth(String(row[c])))) + 2,
  );
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, widths.length + 1);
  const narrowTo = (floor: number[]) => {
    while (total() > width!) {
      let c = -1;
      for (let k = 0; k < widths.length; k++) if (widths[k]! > floor[k]! && (c < 0 || widths[k]! > widths[c]!)) c = k;
      if (c < 0) return false;
      widths[c] = c === 0 ? widths[c]! - 1 : floor[c]!;
    }
    return true;
  };
  if (!narrowTo(chinese ? [natural[0]!, ...least.slice(1)] : least) && !narrowTo(least))
    return blocks(rows, m, s, width!);
  widths[0] = Math.min(natural[0]!, widths[0]! + width! - total());
  const lines = (w: number) => Math.max(...[heads[0]!, ...names].map((x) => wrapText(x, w - 2).split('\n').length));
  if (chinese) while (widths[0]! > least[0]! && lines(widths[0]! - 1) === lines(widths[0]!)) widths[0]!--;
  const head = heads.map((x, c) =>
    c === 0 ? wrapText(x, widths[0]! - 2) : widths[c]! < natural[c]! ? twoLines(x) : x,
  );
  return draw(head, cells, widths);
}

/**
 * A terminal too narrow for the table: each row as its heading, then its figures, each
 * with its name (申请数 3), as many to a line as fit in every row, so that each figure
 * stands where it does in the row above.
 */
function blocks(rows: readonly SummaryRow[], m: ReportMessages, s: Style, width: number): string {
  const h = m.summary.headers;
  const figures = rows.map(([, x, budget]) => [
    `${h.applications} ${x.applications}`,
    `${h.pass} ${x.pass}`,
    `${h.fail} ${x.fail}`,
    `${h.error} ${x.error}`,
    `${h.requested} ${x.requested}${x.requested > x.budget ? s.yellow(m.summary.overMark) : ''}`,
    `${h.requestedPass} ${x.requestedPass}${x.requestedPass > x.budget ? s.red(m.summary.overMark) : ''}`,
    `${h.budget} ${budget}`,
  ]);
  const lines = (row: string[], k: number) =>
    Array.from({ length: Math.ceil(row.length / k) }, (_, i) => `  ${row.slice(i * k, i * k + k).join('  ')}`);
  let k = figures[0]?.length ?? 1;
  while (k > 1 && figures.some((row) => lines(row, k).some((l) => displayWidth(l) > width))) k--;
  return rows
    .flatMap(([, , , heading], i) => [
      ...indentWrapped('', esc(heading), width, s.bold),
      // A figure wider than the terminal by itself wraps under its indent.
      ...lines(figures[i]!, k).flatMap((l) =>
        displayWidth(l) <= width ? [l] : indentWrapped('  ', l.slice(2), width),
      ),
    ])
    .join('\n');
}
