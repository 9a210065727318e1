import Table from 'cli-table3';
import { findEntry, entryList } from '../../guideline/find-entry.js';
import type { Guideline, Line } from '../../guideline/model.js';
import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { browseMessages } from '../../i18n/messages/browse.js';
import { cliMessages } from '../../i18n/messages/cli.js';
import { lineJson } from '../../report/line-json.js';
import { createStyle } from '../../report/style.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

interface ListOptions {
  field?: string;
  office?: string;
  type?: string;
  json?: boolean;
}

/** Lines an applicant type may lead: no unconditional lead-type rule excludes it. */
export function mayLead(line: Line, type: string): boolean {
  return line.rules.every((r) => r.rule !== 'lead-type' || r.when !== undefined || r.params.types.includes(type));
}

function resolve(ctx: CliContext, g: Guideline, name: Parameters<typeof findEntry>[1], value: string | undefined, what: string): string | undefined {
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
  const lines = g.lines.filter((l) => (!field || l.fields.includes(field)) && (!office || l.office === office) && (!type || mayLead(l, type)));

  if (opts.json) {
    ctx.out(JSON.stringify(lines.map((l) => lineJson(g, l, ctx.lang)), null, 2));
    return;
  }
  if (!lines.length) {
    ctx.err(`${m.noneMatch}${m.filterHint}`);
    return;
  }
  const s = createStyle(ctx.colorOut);
  const h = m.headers;
  const table = new Table({
    head: [h.code, h.title, h.years, h.awards, h.amount, h.method, h.office].map((x) => s.bold(x)),
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [7, 30, 11, 8, 16, 12, 16],
  });
  for (const l of lines) {
    const tiers = l.tiers.map((t) => `${t.tier ? `${g.label('tiers', t.tier, ctx.lang)} ` : ''}${m.amount(t.min, t.max)}`);
    const methods = [...new Set(l.tiers.map((t) => g.label('fundingMethods', t.method, ctx.lang)))];
    table.push([s.cyan(l.code), pick(l.title, ctx.lang), `${l.period.start}–${l.period.end}`, m.awards(l.maxAwards), tiers.join('\n'), methods.join('\n'), g.label('offices', l.office, ctx.lang)]);
  }
  ctx.out(table.toString());
  ctx.err(s.dim(m.count(lines.length, g.lines.length)));
}
