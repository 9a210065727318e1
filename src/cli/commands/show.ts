import { awardsAtMost, clauseOf, type Guideline, type Line } from '../../guideline/model.js';
import type { Requirement } from '../../guideline/schema.js';
import { msg } from '../../i18n/index.js';
import { pick, type Lang } from '../../i18n/lang.js';
import { browseMessages } from '../../i18n/messages/browse.js';
import { lineJson } from '../../report/line-json.js';
import { outputColumns, wrapLines } from '../../report/wrap-text.js';
import { loadStyle, type Style } from '../../report/style.js';
import { severityOf } from '../../guideline/severity.js';
import type { CliContext } from '../context.js';
import { findLine } from '../../guideline/find-line.js';

export async function run(ctx: CliContext, code: string, opts: { json?: boolean }): Promise<void> {
  const g = await ctx.guideline();
  const line = findLine(g, code, ctx.lang);
  if (opts.json) {
    ctx.out(JSON.stringify(lineJson(g, line, ctx.lang), null, 2));
    return;
  }
  // On a terminal (or with COLUMNS) each paragraph wraps under its own hanging indent.
  ctx.out(wrapLines(renderLine(g, line, ctx.lang, await loadStyle(ctx.colorOut)), outputColumns()));
}

function renderLine(g: Guideline, line: Line, lang: Lang, s: Style): string {
  const m = msg(browseMessages, lang);
  const project = line.section.projects.find((p) => p.number === line.project)!;
  const sectionTitle = m.sectionTitle(line.section.numeral, pick(line.section.title, lang));
  const out: string[] = [];
  const direction = line.direction ? m.directionLabel(line.direction, line.directionLabel?.zh) : null;
  out.push(s.bold(`${line.code}  ${pick(line.title, lang)}`));
  out.push(s.dim(m.path(sectionTitle, m.projectLabel(line.project, pick(project.title, lang)), direction)), '');
  // The padding stays outside the bold: in colour, wrapping reads the label's end off it.
  const field = (label: string, value: string) =>
    out.push(
      `${s.bold(label)}${label.padEnd(lang === 'zh' ? 4 : 8, lang === 'zh' ? '　' : ' ').slice(label.length)}  ${value}`,
    );
  field(m.fields, line.fields.map((f) => g.label('fields', f, lang)).join(lang === 'zh' ? '、' : ', '));
  field(m.period, m.years(line.period.start, line.period.end));
  // In Chinese the guide's own words say it best; in English, the figures they give.
  field(m.awardsLabel, lang === 'zh' ? line.awardsClause : m.awardsInWords(line.maxAwards, awardsAtMost(line)));
  if (lang === 'zh') field(m.funding, line.fundingClause);
  else field(m.funding, m.amountsIn(pick(g.file.unit, lang)));
  for (const t of line.tiers) {
    out.push(
      `          ${s.dim(`· ${m.tierLine(t.tier ? `${g.label('tiers', t.tier, lang)} ` : '', `${m.amount(t.min, t.max)}`, g.label('fundingMethods', t.method, lang))}`)}`,
    );
  }
  if (lang === 'zh') field(m.method, line.methodClause);
  field(m.office, g.label('offices', line.office, lang));
  out.push('', s.bold(m.heading(pick(line.contentLabel, lang))), indent(pick(line.content, lang)));
  if (line.outcomes?.length) {
    out.push('', s.bold(m.heading(m.outcomes)));
    for (const o of line.outcomes) out.push(`  · ${o}`);
  }
  // Each rule under what it rests on, so that a reader tells the guide's conditions from the rest.
  for (const basis of BASES) {
    const rules = line.rules.filter((r) => r.basis === basis);
    const empty = basis === 'requirement' && !line.requirements.some((r) => r.basis === 'requirement');
    if (!rules.length && !empty) continue;
    out.push('', s.bold(m.heading(m.basisHeading[basis])));
    if (empty) out.push(`  ${m.noOwnRequirements}`);
    for (const r of rules) out.push(...renderRequirement(line, r, lang, s));
  }
  out.push('', m.callNotice, '', s.dim(m.nextSteps(line.code)));
  return out.join('\n');
}

const BASES = ['requirement', 'content', 'encouraged', 'convention'] as const;

function renderRequirement(line: Line, r: Requirement, lang: Lang, s: Style): string[] {
  const m = msg(browseMessages, lang);
  const severity = severityOf(r);
  const colour = severity === 'error' ? s.red : severity === 'warning' ? s.yellow : s.cyan;
  const clause = clauseOf(line, r);
  const text = r.text ? pick(r.text, lang) : (clause ?? r.rule);
  // A note is checked by a person, not by a rule: its tag says so instead of a rule id.
  const label = r.rule === 'note' ? `${m.severity[severity]}·${m.note}` : m.severity[severity];
  const rule = r.rule === 'note' ? '' : ` ${s.dim(`(${r.rule})`)}`;
  return [
    `  ${colour(`[${label}]`)} ${text}${rule}`,
    `      ${s.dim(clause === null ? m.convention(r.reference ?? null) : m.quote(clause))}`,
  ];
}

function indent(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
