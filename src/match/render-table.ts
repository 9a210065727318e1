import Table from 'cli-table3';
import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { cellWidth, displayWidth, indentWrapped, longestWord, wrapText } from '../report/wrap-text.js';
import { onScreen, type Ranked } from './rank.js';
import { type Mark, reasonMark } from './reason-mark.js';
import { lineHeading } from './render-detail.js';

const TOP_REASONS = 2;
const TOP_TODOS = 2;
/** The narrowest notes column a table is drawn with: "? 待确认：单位类型（见详情）" and "→ Co-fund at least" whole. */
const MIN_NOTES = 20;

function amountCell(g: Guideline, r: Ranked, lang: Lang): string {
  const m = msg(matchMessages, lang);
  const tiers = r.tier ? [r.tier] : r.line.tiers;
  return tiers
    .map((t) =>
      t.tier ? m.tierAmount(g.label('tiers', t.tier, lang), m.amount(t.min, t.max)) : m.amount(t.min, t.max),
    )
    .join('\n');
}

/** Notes that every line carries alike: said once above the table, not in every row. */
function sharedNotes(ranked: readonly Ranked[]): Set<string> {
  const [first, ...rest] = ranked;
  if (!first) return new Set();
  const texts = (r: Ranked) => new Set([...r.reasons.map((x) => x.message), ...r.todos.map((x) => x.message)]);
  // Only what is still to settle or do: a fact met everywhere needs no saying.
  const shared = new Set([...texts(first)].filter((t) => !first.reasons.some((x) => x.message === t && x.ok === true)));
  for (const r of rest) {
    const own = texts(r);
    for (const t of shared) if (!own.has(t)) shared.delete(t);
  }
  return shared;
}

/** The reasons and to-dos worth a glance, each whole; the detail screen and `--detail` have them all. */
function notes(g: Guideline, facts: Facts, r: Ranked, lang: Lang, s: Style, skip: Set<string>): Mark[] {
  const m = msg(matchMessages, lang);
  const out: Mark[] = [];
  const shared = (facts.fields ?? []).filter((f) => r.line.fields.includes(f));
  if (shared.length)
    out.push({
      mark: '✓',
      colour: s.green,
      text: m.fieldsShared(m.list(shared.map((f) => g.label('fields', f, lang)))),
    });
  // What is met shows only in the detail: the table says what is open, in doubt, or a merit.
  const reasons = r.reasons.filter((x) => (x.ok !== true || x.nature === 'bonus') && !skip.has(x.message));
  const todos = r.todos.filter((x) => !skip.has(x.message));
  for (const reason of reasons.slice(0, TOP_REASONS))
    out.push({
      ...reasonMark(reason, s),
      // An open fact by what it is about; its long wording is the detail's.
      text:
        reason.ok !== null
          ? reason.message
          : reason.condition
            ? m.whoOpenShort(m.conditionShort(reason.condition))
            : m.openShort[reason.rule]
              ? m.whoOpenShort(m.openShort[reason.rule]!)
              : reason.message,
    });
  for (const todo of todos.slice(0, TOP_TODOS)) out.push({ mark: '→', colour: s.cyan, text: todo.message });
  const hidden = Math.max(0, reasons.length - TOP_REASONS) + Math.max(0, todos.length - TOP_TODOS);
  if (hidden) out.push({ mark: ' ', colour: s.dim, text: m.more(hidden) });
  return out;
}

/** Each note whole, wrapped under its mark. */
function notesCell(items: Mark[], width: number, s: Style): string {
  return items
    .map(({ mark, colour, text }) =>
      wrapText(text, width - 2)
        .split('\n')
        .map((l, i) => (i === 0 ? `${colour(mark)} ${mark === ' ' ? s.dim(l) : l}` : `  ${l}`))
        .join('\n'),
    )
    .join('\n');
}

/** One line of the ranking as a block: its heading and money as the detail has them, then its notes. */
function blockOf(
  g: Guideline,
  facts: Facts,
  r: Ranked,
  lang: Lang,
  s: Style,
  skip: Set<string>,
  width: number,
): string {
  const items = notes(g, facts, r, lang, s, skip).flatMap(({ mark, colour, text }) =>
    mark === ' ' ? indentWrapped('    ', text, width, s.dim) : indentWrapped(`  ${colour(mark)} `, text, width),
  );
  return [...lineHeading(g, r, lang, s, width), ...items].join('\n');
}

/**
 * The ranked suggestions: a table of the lines open to the applicant, then one line
 * per closed line with what closes it, then the totals.
 */
export function renderMatchTable(
  g: Guideline,
  facts: Facts,
  ranked: readonly Ranked[],
  lang: Lang,
  s: Style,
  width: number,
): string {
  const m = msg(matchMessages, lang);
  const { open, offField, closed } = onScreen(g, ranked);
  const out: string[] = [];
  const skip = sharedNotes(ranked);
  if (skip.size || !facts.fields?.length) {
    out.push(s.bold(m.everywhere));
    if (!facts.fields?.length) out.push(`  ${s.yellow('?')} ${m.noFields}`);
    for (const text of skip) {
      const reason = ranked[0]!.reasons.find((x) => x.message === text);
      const mark = reason ? reasonMark(reason, s) : { mark: '→', colour: s.cyan };
      out.push(...indentWrapped(`${mark.colour(mark.mark)} `, text, width));
    }
    out.push('');
  }
  if (open.length) {
    const h = m.headers;
    const head = [h.rank, h.code, h.title, h.status, h.amount, h.awards, h.notes];
    // Fixed columns as wide as their widest cell; the title and the notes share the rest.
    const cells = open.map((r, i) => [
      String(i + 1),
      r.line.code,
      '',
      m.status[r.status],
      amountCell(g, r, lang),
      m.awards(r.line.maxAwards),
    ]);
    const fixed = [0, 1, 3, 4, 5].map(
      (c) => Math.max(displayWidth(head[c]!), ...cells.map((row) => cellWidth(row[c]!))) + 2,
    );
    // On a narrow terminal the rank goes (the order says it) and its columns go to the notes.
    const showRank = width >= 100;
    if (!showRank) fixed[0] = -1;
    // Tier names are long in English: the amount wraps rather than squeeze the notes.
    fixed[3] = Math.min(fixed[3]!, Math.max(displayWidth(head[4]!), 16) + 2);
    const left = () => width - fixed.reduce((a, b) => a + b, 0) - head.length - 1;
    // On a narrow terminal the amount is only as wide as its figures, its heading
    // wrapping (资助额度（万元） alone takes what the notes need)…
    if (left() < 60) fixed[3] = Math.max(10, Math.min(fixed[3]!, ...cells.map((row) => cellWidth(row[4]!) + 2)));
    // …and the title and notes share what is left, at least 30 columns: an 80-column
    // terminal holds the table.
    // English titles: never narrower than their longest word ("Industrialization" is not cut).
    const longestTitle = lang === 'zh' ? 0 : Math.max(...open.map((r) => longestWord(pick(r.line.title, lang)))) + 2;
    const layout = () => {
      const rest = Math.max(30, left());
      const title =
        lang === 'zh'
          ? Math.max(12, Math.min(24, Math.floor(rest * 0.3)))
          : Math.max(14, longestTitle, Math.min(34, Math.floor(rest * 0.4)));
      return [fixed[0]!, fixed[1]!, title, fixed[2]!, fixed[3]!, fixed[4]!, rest - title];
    };
    let widths = layout();
    // The amount's heading keeps its unit whole (Amount / (10,000 CNY), never (10,000 / CNY)):
    // its column widens when the notes can spare the columns; when they cannot (English at
    // 80 columns), the heading is the bare word and the unit is said once under the table.
    const unit = longestWord(head[4]!) + 2;
    let unitNote = false;
    if (widths[4]! < unit) {
      const before = fixed[3]!;
      fixed[3] = unit;
      widths = layout();
      if (widths[6]! < MIN_NOTES) {
        fixed[3] = before;
        widths = layout();
        head[4] = m.amountBare;
        unitNote = true;
      }
    }
    if (widths[6]! < MIN_NOTES) {
      // Too narrow for the table (it would run past the terminal's edge, or its notes would
      // break inside words): each line as a block, opened as its detail is.
      out.push(open.map((r) => blockOf(g, facts, r, lang, s, skip, width)).join('\n\n'));
    } else {
      const rows = open.map((r, i) => {
        const colour = r.status === 'eligible' ? s.green : s.yellow;
        const [rank, code, , status, amount, awards] = cells[i]!;
        return [
          rank!,
          s.cyan(code!),
          wrapText(pick(r.line.title, lang), widths[2]! - 2),
          colour(status!),
          wrapText(amount!, widths[4]! - 2),
          awards!,
          notesCell(notes(g, facts, r, lang, s, skip), widths[6]! - 2, s),
        ];
      });
      const keep = (_: unknown, i: number) => showRank || i > 0;
      const table = new Table({
        head: head.map((x, i) => s.bold(wrapText(x, widths[i]! - 2))).filter(keep),
        colWidths: widths.filter(keep),
        style: { head: [], border: [] },
      });
      table.push(...rows.map((row) => row.filter(keep)));
      out.push(table.toString());
      if (unitNote) out.push(m.amountUnit);
    }
  }
  for (const status of ['eligible', 'possible'] as const) {
    const group = g.lines.filter((l) => offField.some((r) => r.line === l && r.status === status)).map((l) => l.code);
    if (group.length) out.push('', ...indentWrapped('', m.offField(m.status[status], m.list(group)), width, s.bold));
  }
  if (closed.length) {
    out.push('', s.bold(m.ineligibleTitle));
    for (const r of closed) {
      const why = r.reasons.find((x) => x.ok === false && x.basis === 'requirement' && !skip.has(x.message));
      out.push(...indentWrapped(`  ${s.red('✗')} ${s.cyan(r.line.code.padEnd(5))} `, pick(r.line.title, lang), width));
      if (why) out.push(...indentWrapped('          ', why.message, width, s.dim));
    }
  }
  const count = (status: Ranked['status']) => ranked.filter((r) => r.status === status).length;
  out.push('', m.totals(count('eligible'), count('possible'), count('ineligible')));
  return out.join('\n');
}
