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
  if (!id) throw new UsageError(msg(cliMessages, ctx.lang).unknownValue(what, value, entryList(g, name)));
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
  const widths = columnWidths(head, rows, terminal);
  // Cells are wrapped here, by display width: cli-table3 cuts CJK text instead of wrapping it.
  // A heading wraps as its column does, rather than being cut: "Amount (10k CNY)" must stay whole.
  const wrapRow = (row: string[]) => row.map((cell, i) => wrap(cell, widths[i]! - 2));
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

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

/**
 * Every column as wide as its widest cell, except that on a terminal too narrow the
 * office, method, amount and title wrap to fit, at word boundaries: no column is made
 * narrower than its longest word (Chinese text breaks anywhere, so its words are its
 * characters). Off a terminal (and without COLUMNS) nothing is wrapped.
 */
function columnWidths(head: string[], rows: string[][], terminal: number | undefined): number[] {
  const cells = (i: number) => [head[i]!, ...rows.map((r) => r[i]!)];
  const widest = head.map((_, i) => Math.max(...cells(i).map(cellWidth)) + 2);
  if (!terminal) return widest;
  let excess = total(widest) - terminal;
  // A heading is read as a whole: 资助方式 cut 资助方 / 式 reads as two words.
  const longest = (i: number) => Math.max(headingWord(head[i]!), ...cells(i).map(longestWord)) + 2;
  // Office, method and amount give way first, down to a readable width; then the
  // title, what a reader scans the list for; then amount and method down to their
  // longest word (a Chinese one is a character, so that floor is kept readable too),
  // the title, and last the office: an office of ten characters cut to four a line
  // takes three lines where a title of fifteen takes two or three anyway.
  const TITLE = 1;
  const OFFICE = head.length - 1;
  const others = head.map((_, i) => i).filter((i) => i > 3);
  const passes: [number, number][][] = [
    others.map((i) => [i, Math.max(12, longest(i))]),
    [[TITLE, Math.max(26, longest(TITLE))]],
    others.filter((i) => i !== OFFICE).map((i) => [i, Math.max(8, longest(i))]),
    [[TITLE, Math.max(12, longest(TITLE))]],
    [[OFFICE, Math.max(8, longest(OFFICE))]],
  ];
  for (const pass of passes) {
    for (const [i, floor] of pass) {
      if (excess <= 0) return widest;
      const cut = Math.min(excess, Math.max(0, widest[i]! - floor));
      widest[i]! -= cut;
      excess -= cut;
    }
  }
  return widest;
}

/** The widest part of a heading that must stay on one line: a word, or a run of Chinese characters. */
const headingWord = (heading: string) =>
  Math.max(longestWord(heading), ...(heading.match(/\p{Script=Han}+/gu) ?? []).map(displayWidth));
