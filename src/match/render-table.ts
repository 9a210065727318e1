import Table from 'cli-table3';
import type { Facts } from '../application/schema.js';
import type { Guideline } from '../guideline/model.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { cellWidth, displayWidth, wrapText } from '../report/wrap-text.js';
import type { Ranked } from './rank.js';

const TOP_REASONS = 2;
const TOP_TODOS = 2;

function amountCell(g: Guideline, r: Ranked, lang: Lang): string {
  const m = msg(matchMessages, lang);
  const tiers = r.tier ? [r.tier] : r.line.tiers;
  return tiers
    .map((t) =>
      t.tier ? m.tierAmount(g.label('tiers', t.tier, lang), m.amount(t.min, t.max)) : m.amount(t.min, t.max),
    )
    .join('\n');
}

type Mark = { mark: string; colour: (s: string) => string; text: string };

/** The reasons and to-dos worth a glance, each cut to two lines: `--json` and `show` have them whole. */
function notes(g: Guideline, facts: Facts, r: Ranked, lang: Lang, s: Style): Mark[] {
  const m = msg(matchMessages, lang);
  const out: Mark[] = [];
  const shared = (facts.fields ?? []).filter((f) => r.line.fields.includes(f));
  if (shared.length)
    out.push({
      mark: '✓',
      colour: s.green,
      text: m.fieldsShared(m.list(shared.map((f) => g.label('fields', f, lang)))),
    });
  // What every line says of every applicant (in Guilin) tells nothing about this line.
  for (const reason of r.reasons.filter((x) => !(x.common && x.ok === true)).slice(0, TOP_REASONS)) {
    out.push(
      reason.ok === true
        ? { mark: '✓', colour: s.green, text: reason.message }
        : reason.ok === false
          ? { mark: '✗', colour: s.red, text: reason.message }
          : { mark: '?', colour: s.yellow, text: reason.message },
    );
  }
  for (const todo of r.todos.slice(0, TOP_TODOS)) out.push({ mark: '→', colour: s.cyan, text: todo.message });
  if (r.todos.length > TOP_TODOS) out.push({ mark: ' ', colour: s.dim, text: m.more(r.todos.length - TOP_TODOS) });
  return out;
}

function notesCell(items: Mark[], width: number, s: Style): string {
  return items
    .map(({ mark, colour, text }) => {
      const lines = wrapText(text, width - 2).split('\n');
      const kept =
        lines.length > 2
          ? [lines[0]!, ellipsis(text.slice(text.indexOf(lines[0]!) + lines[0]!.length).trimStart(), width - 2)]
          : lines;
      return kept.map((l, i) => (i === 0 ? `${colour(mark)} ${mark === ' ' ? s.dim(l) : l}` : `  ${l}`)).join('\n');
    })
    .join('\n');
}

function ellipsis(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) return `${out}…`;
    out += ch;
  }
  return out;
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
  const open = ranked.filter((r) => r.status !== 'ineligible');
  const closed = ranked.filter((r) => r.status === 'ineligible');
  const out: string[] = [];
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
    // Tier names are long in English: the amount wraps rather than squeeze the notes.
    fixed[3] = Math.min(fixed[3]!, Math.max(displayWidth(head[4]!), 16) + 2);
    const left = () => width - fixed.reduce((a, b) => a + b, 0) - head.length - 1;
    // On a narrow terminal the amount is only as wide as its figures, its heading
    // wrapping (资助额度（万元） alone takes what the notes need)…
    if (left() < 60) fixed[3] = Math.max(10, Math.min(fixed[3]!, ...cells.map((row) => cellWidth(row[4]!) + 2)));
    // …and the title and notes share what is left, at least 30 columns: an 80-column
    // terminal holds the table.
    const rest = Math.max(30, left());
    const title =
      lang === 'zh'
        ? Math.max(12, Math.min(24, Math.floor(rest * 0.3)))
        : Math.max(14, Math.min(34, Math.floor(rest * 0.4)));
    const widths = [fixed[0]!, fixed[1]!, title, fixed[2]!, fixed[3]!, fixed[4]!, rest - title];
    const rows = open.map((r, i) => {
      const colour = r.status === 'eligible' ? s.green : s.yellow;
      const [rank, code, , status, amount, awards] = cells[i]!;
      return [
        rank!,
        s.cyan(code!),
        wrapText(pick(r.line.title, lang), title - 2),
        colour(status!),
        wrapText(amount!, widths[4]! - 2),
        awards!,
        notesCell(notes(g, facts, r, lang, s), widths[6]! - 2, s),
      ];
    });
    const table = new Table({
      head: head.map((x, i) => s.bold(wrapText(x, widths[i]! - 2))),
      colWidths: widths,
      style: { head: [], border: [] },
    });
    table.push(...rows);
    out.push(table.toString());
  }
  if (closed.length) {
    out.push('', s.bold(m.ineligibleTitle));
    for (const r of closed) {
      const why = r.reasons.find((x) => x.ok === false)?.message ?? '';
      out.push(`  ${s.red('✗')} ${s.cyan(r.line.code.padEnd(5))} ${pick(r.line.title, lang)}`);
      out.push(
        ...wrapText(why, Math.max(40, width - 10))
          .split('\n')
          .map((l) => `          ${s.dim(l)}`),
      );
    }
  }
  const count = (status: Ranked['status']) => ranked.filter((r) => r.status === status).length;
  out.push('', m.totals(count('eligible'), count('possible'), count('ineligible')));
  return out.join('\n');
}
