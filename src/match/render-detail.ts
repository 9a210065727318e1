import type { Guideline } from '../guideline/model.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import type { Style } from '../report/style.js';
import { displayWidth, indentWrapped } from '../report/wrap-text.js';
import type { Ranked } from './rank.js';
import { reasonMark } from './reason-mark.js';
import { fundingInWords } from './todo-text.js';

/**
 * A line's code, title and status, then its money and awards: how the detail opens,
 * and each line of the ranking on a terminal too narrow for its table.
 */
export function lineHeading(g: Guideline, r: Ranked, lang: Lang, s: Style, width: number): string[] {
  const m = msg(matchMessages, lang);
  const colour = r.status === 'eligible' ? s.green : r.status === 'possible' ? s.yellow : s.red;
  // The title wraps under itself, and the status stays whole after it: 【可能 / 符合】 read as two words.
  const code = `${r.line.code}  `;
  const heading = indentWrapped(code, pick(r.line.title, lang), width);
  const tag = m.statusTag(m.status[r.status]);
  if (displayWidth(heading.at(-1)!) + 2 + displayWidth(tag) <= width) heading.push(`${heading.pop()}  ${tag}`);
  else heading.push(`${' '.repeat(displayWidth(code))}${tag}`);
  const funding = fundingInWords({ g, line: r.line, tier: r.tier, lang });
  return [
    ...heading.map((l) => s.bold(colour(l))),
    // As show lays its fields out: a value that wraps goes on under itself, not under its label.
    ...indentWrapped(
      m.detailFunding,
      `${funding}${lang === 'zh' ? '；' : '; '}${m.headers.awards} ${m.awards(r.line.maxAwards)}`,
      width,
    ),
  ];
}

/** One line in full: every reason and to-do, each with the guide's clause it rests on. */
export function renderDetail(g: Guideline, r: Ranked, lang: Lang, s: Style, width: number): string {
  const m = msg(matchMessages, lang);
  const out = lineHeading(g, r, lang, s, width);
  const labelled = (label: string, value: string) => out.push(...indentWrapped(label, value, width));
  labelled(
    m.detailFieldsLabel,
    m.detailFields(m.list(r.line.fields.map((f) => g.label('fields', f, lang))), r.fieldFit),
  );
  const item = (mark: string, text: string, clause: string | null) => {
    out.push(...indentWrapped(`  ${mark} `, text, width));
    if (clause) out.push(...indentWrapped('      ', m.detailClause(clause), width, s.dim));
  };
  const who = r.reasons.filter((x) => x.nature !== 'bonus');
  const merits = r.reasons.filter((x) => x.nature === 'bonus');
  out.push('', s.bold(m.detailReasons));
  if (!who.length) out.push(`  ${m.detailNone}`);
  for (const x of who) {
    const { mark, colour: c } = reasonMark(x, s);
    item(c(mark), x.message, x.clause);
  }
  if (merits.length) {
    out.push('', s.bold(m.detailMerits));
    for (const x of merits) item(s.green('★'), x.message, x.clause);
  }
  out.push('', s.bold(m.detailTodos));
  if (!r.todos.length) out.push(`  ${m.detailNone}`);
  for (const t of r.todos) item(s.cyan('→'), t.message, t.clause);
  return out.join('\n');
}
