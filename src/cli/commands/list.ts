import Table from 'cli-table3';
import { findEntry, entryList } from '../../guideline/find-entry.js';
import { awardsAtMost, type Guideline, type Line } from '../../guideline/model.js';
import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { browseMessages } from '../../i18n/messages/browse.js';
import { cliMessages } from '../../i18n/messages/cli.js';
import { lineJson } from '../../report/line-json.js';
import { loadStyle } from '../../report/style.js';
import {
  cellWidth,
  displayWidth,
  indentWrapped,
  longestWord,
  outputColumns,
  wrapText as wrap,
} from '../../report/wrap-text.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../../util/errors.js';

interface ListOptions {
  field?: string;
  office?: string;
  type?: string;
  json?: boolean;
}

/**
 * Lines an applicant type may lead: no unconditional lead-type requirement excludes it.
 * Whom a line's content addresses (5-2, 8, 9, 13) is no condition: match calls it possible.
 */
function mayLead(line: Line, type: string): boolean {
  return line.rules.every(
    (r) => r.rule !== 'lead-type' || r.basis !== 'requirement' || r.when !== undefined || r.params.types.includes(type),
  );
}

function resolve(
  ctx: CliContext,
  g: Guideline,
  name: Parameters<typeof findEntry>[1],
  value: string | undefined,
  what: string,
): string | undefined {
  if (value === undefined) return undefined;
  const id = findEntry(g, name, value);
  if (!id) throw new UsageError(msg(cliMessages, ctx.lang).unknownValue(what, value, entryList(g, name, ctx.lang)));
  return id;
}

export async function run(ctx: CliContext, opts: ListOptions): Promise<void> {
  const g = await ctx.guideline();
  const m = msg(browseMessages, ctx.lang);
  const field = resolve(ctx, g, 'fields', opts.field, m.fieldFilter);
  const office = resolve(ctx, g, 'offices', opts.office, m.officeFilter);
  const type = resolve(ctx, g, 'applicantTypes', opts.type, m.typeFilter);
  const lines = g.lines.filter(
    (l) => (!field || l.fields.includes(field)) && (!office || l.office === office) && (!type || mayLead(l, type)),
  );

  if (opts.json) {
    const json = lines.map((l) => lineJson(g, l, ctx.lang));
    ctx.out(JSON.stringify(json, null, 2));
    return;
  }
  if (!lines.length) {
    ctx.err(`${m.noneMatch}${m.filterHint}`);
    return;
  }
  const s = await loadStyle(ctx.colorOut);
  const h = m.headers;
  const rows = lines.map((l) => {
    const tiers = l.tiers.map(
      (t) => `${t.tier ? `${g.label('tiers', t.tier, ctx.lang)} ` : ''}${m.amount(t.min, t.max)}`,
    );
    const methods = [...new Set(l.tiers.map((t) => g.label('fundingMethods', t.method, ctx.lang)))];
    return [
      l.code,
      pick(l.title, ctx.lang),
      `${l.period.start}–${l.period.end}`,
      m.awards(l.maxAwards, awardsAtMost(l)),
      tiers.join('\n'),
      methods.join('\n'),
      g.label('offices', l.office, ctx.lang),
    ];
  });
  const terminal = outputColumns();
  const seven = layout([h.code, h.title, h.years, h.awards, h.amount, h.method, h.office], rows, terminal);
  // On a terminal: the method under the amount, where seven columns do not fit without
  // breaking a word, or where the room it leaves the title makes the table shorter.
  const stacked =
    terminal === undefined
      ? undefined
      : layout(
          [h.code, h.title, h.years, h.awards, m.amountAndMethod(h.amount, h.method), h.office],
          rows.map(([code, title, years, awards, amount, method, office]) => [
            code!,
            title!,
            years!,
            awards!,
            `${amount}\n${method}`,
            office!,
          ]),
          terminal,
        );
  const fits = [seven, stacked].filter(
    (t): t is Layout => t !== undefined && (terminal === undefined || total(t.widths) <= terminal),
  );
  const shortest = fits.reduce<Layout | undefined>((a, b) => (a && a.height <= b.height ? a : b), undefined);
  if (!shortest) {
    // Too narrow for any table: each line on its own, a heading and its value a row.
    ctx.out(records(rows, [h.years, h.awards, h.amount, h.method, h.office].map(m.field), terminal!, s.bold));
  } else {
    ctx.out(table(shortest, s.bold));
  }
  const count = m.count(lines.length, g.lines.length);
  ctx.err(indentWrapped('', count, outputColumns(process.stderr) ?? Infinity, s.dim).join('\n'));
}

interface Layout {
  widths: number[];
  /** Heading and cells, each wrapped to its column. */
  head: string[];
  rows: string[][];
  /** The lines the table's heading and rows take. */
  height: number;
}

/** A table's columns sized for the terminal, its cells wrapped to them, and how many lines that makes. */
function layout(head: string[], rows: string[][], terminal: number | undefined): Layout {
  // Off a terminal every column is as wide as its widest cell: nothing wraps.
  if (terminal === undefined) return laidOut(head, rows, columnWidths(head, rows, terminal, false));
  // The title, what a reader scans the list for, gives way after the other columns, or
  // first where that makes the table a tenth shorter or more (at 120 columns in Chinese,
  // seven columns off the titles wrap two of them and leave eleven offices whole).
  const [othersFirst, titleFirst] = [false, true].map((first) =>
    laidOut(head, rows, balanced(head, rows, columnWidths(head, rows, terminal, first))),
  );
  return titleFirst!.height <= othersFirst!.height * 0.9 ? titleFirst! : othersFirst!;
}

function laidOut(head: string[], rows: string[][], widths: number[]): Layout {
  // Cells are wrapped here, by display width: cli-table3 cuts CJK text instead of wrapping it.
  // A heading wraps as its column does, rather than being cut: "Amount (10,000 CNY)" must stay whole.
  const wrapRow = (row: string[]) => row.map((cell, i) => inColumn(cell, widths[i]!));
  const lines = (row: string[]) => Math.max(...row.map((cell) => cell.split('\n').length));
  const cells = rows.map(wrapRow);
  const heading = wrapRow(head);
  return { widths, head: heading, rows: cells, height: cells.reduce((n, row) => n + lines(row), lines(heading)) };
}

function table(t: Layout, bold: (t: string) => string): string {
  const table = new Table({
    head: t.head.map((x) => bold(x)),
    style: { head: [], border: [] },
    // No rule between rows: 19 lines fit one screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: t.widths,
  });
  for (const row of t.rows) table.push(row);
  return table.toString();
}

/**
 * Each line as a block: its code and title, then under the title one row a column,
 * the column's heading before its value (a value of several lines keeps them, each
 * under the first), blocks apart by a blank line.
 */
function records(rows: string[][], headings: string[], terminal: number, bold: (t: string) => string): string {
  const indent = ' '.repeat(Math.max(...rows.map(([code]) => displayWidth(code!))) + 2);
  return rows
    .map(([code, title, ...values]) => {
      const first = indentWrapped(code!.padEnd(indent.length), title!, terminal, bold);
      const rest = values.flatMap((value, i) => indentWrapped(`${indent}${headings[i]}`, value, terminal));
      return [...first, ...rest].join('\n');
    })
    .join('\n\n');
}

const TITLE = 1;

/**
 * A cell wrapped to a column of `width` (its padding apart). The layouts try several
 * widths, and offices and methods repeat down a column: each is wrapped once a width.
 */
const wrapped = new Map<string, string>();
function inColumn(cell: string, width: number): string {
  const key = `${width}\n${cell}`;
  let text = wrapped.get(key);
  if (text === undefined) wrapped.set(key, (text = wrap(cell, width - 2)));
  return text;
}

/** Amount, method and office (in both layouts, every column after the awards): they give way to the title. */
const givesWay = (i: number) => i > 3;

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

/**
 * Every column as wide as its widest cell, except that on a terminal too narrow the
 * office, method, amount and title wrap to fit, at word boundaries: no column is made
 * narrower than its longest word (Chinese text breaks anywhere, so its words are its
 * characters). Off a terminal (and without COLUMNS) nothing is wrapped.
 */
function columnWidths(head: string[], rows: string[][], terminal: number | undefined, titleFirst: boolean): number[] {
  const widths = head.map((_, i) => widest(head, rows, i));
  if (!terminal) return widths;
  let excess = total(widths) - terminal;
  const longest = (i: number) => narrowest(head, rows, i);
  // Office, method and amount give way first, down to a readable width; then the
  // title, what a reader scans the list for; then amount and method down to their
  // longest word (a Chinese one is a character, so that floor is kept readable too),
  // the title, and last the office: an office of ten characters cut to four a line
  // takes three lines where a title of fifteen takes two or three anyway.
  // With `titleFirst`, the title's first pass comes before the others' (layout() picks).
  const OFFICE = head.length - 1;
  const others = head.map((_, i) => i).filter(givesWay);
  const title: [number, number][] = [[TITLE, Math.max(26, longest(TITLE))]];
  const passes: [number, number][][] = [
    ...(titleFirst ? [title] : []),
    others.map((i) => [i, Math.max(12, longest(i))]),
    title,
    others.filter((i) => i !== OFFICE).map((i) => [i, Math.max(8, longest(i))]),
    [[TITLE, Math.max(12, longest(TITLE))]],
    [[OFFICE, Math.max(8, longest(OFFICE))]],
  ];
  for (const pass of passes) {
    for (const [i, floor] of pass) {
      if (excess <= 0) return widths;
      const cut = Math.min(excess, Math.max(0, widths[i]! - floor));
      widths[i]! -= cut;
      excess -= cut;
    }
  }
  return widths;
}

/** A column as wide as its widest cell or heading, with its padding. */
function widest(head: string[], rows: string[][], i: number): number {
  return Math.max(cellWidth(head[i]!), ...rows.map((r) => cellWidth(r[i]!))) + 2;
}

/** No column narrower than its longest word; a heading is read as a whole (资助方式 cut 资助方 / 式 reads as two words). */
function narrowest(head: string[], rows: string[][], i: number): number {
  return Math.max(headingWord(head[i]!), ...rows.map((r) => longestWord(r[i]!))) + 2;
}

/**
 * The columns that give way (amount, method, office) made as narrow as they can be
 * without adding a line to any row, so that what wraps comes out even (发展规划与 /
 * 科技监督科, not 发展规划与科 / 技监督科); the columns freed go to the title, when it wraps.
 */
function balanced(head: string[], rows: string[][], widths: number[]): number[] {
  const all = [head, ...rows];
  const lines = (cell: string, width: number) => inColumn(cell, width).split('\n').length;
  const heights = all.map((row) => Math.max(...row.map((cell, i) => lines(cell, widths[i]!))));
  const out = widths.map((width, i) => {
    if (!givesWay(i)) return width;
    const fits = (w: number) => all.every((row, r) => lines(row[i]!, w) <= heights[r]!);
    const floor = narrowest(head, rows, i);
    let w = width;
    while (w > floor && fits(w - 1)) w--;
    return w;
  });
  const freed = total(widths) - total(out);
  out[TITLE]! += Math.min(freed, Math.max(0, widest(head, rows, TITLE) - out[TITLE]!));
  return out;
}

/** The widest part of a heading that must stay on one line: a word, or a run of Chinese characters. */
const headingWord = (heading: string) =>
  Math.max(longestWord(heading), ...(heading.match(/\p{Script=Han}+/gu) ?? []).map(displayWidth));
