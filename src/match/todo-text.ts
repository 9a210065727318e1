import type { Facts } from '../application/schema.js';
import { clauseOf, type Guideline, type Line } from '../guideline/model.js';
import type { Predicate, Requirement, Tier } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import { matchingNeeded } from '../rules/kinds/matching-ratio.js';
import { describeTarget } from '../rules/kinds/target.js';
import { describePredicate } from '../rules/predicates.js';
import type { Outcome } from '../rules/types.js';

interface TodoContext {
  g: Guideline;
  line: Line;
  tier: Tier | undefined;
  facts: Facts;
  lang: Lang;
}

/** The line's money as the guide gives it: one range, or its tiers by name ("一般项目 30–50 或重大项目 100–200 万元"). */
export function fundingInWords(c: Pick<TodoContext, 'g' | 'line' | 'tier' | 'lang'>): string {
  const m = msg(matchMessages, c.lang);
  const tiers = c.tier ? [c.tier] : c.line.tiers;
  return m.tiersInWords(
    tiers.map((t) => ({ tier: t.tier ? c.g.label('tiers', t.tier, c.lang) : null, amount: m.amount(t.min, t.max) })),
  );
}

/** A rule's `when`, in words: flags by their meaning, never by their key. */
export function conditionInWords(g: Guideline, p: Predicate, lang: Lang): string {
  const m = msg(matchMessages, lang);
  const { flag, ...rest } = p;
  const parts = Object.keys(rest).length ? [describePredicate(g, rest as Predicate, lang)] : [];
  if (flag) parts.push(m.flag[flag] ?? flag);
  return parts.join(lang === 'zh' ? '，且' : ', and ');
}

/**
 * What the applicant still has to arrange for one outcome of an arrangeable rule, in
 * plain words with the figure it takes: no key of the file format (those are `check`'s).
 */
export function todoText(c: TodoContext, req: Exclude<Requirement, { rule: 'note' }>, o: Outcome): string {
  const m = msg(matchMessages, c.lang);
  const { facts } = c;
  switch (req.rule) {
    case 'matching-ratio': {
      const ratio = req.params.ratio;
      const requested = facts.funding?.requested;
      if (requested !== undefined) {
        const now = facts.funding?.matching;
        return m.todo.matching(
          matchingNeeded(requested, ratio),
          requested,
          ratio,
          now !== undefined && o.ok === false ? now : null,
        );
      }
      const min = c.tier?.min ?? c.line.tiers.find((t) => t.min !== null)?.min ?? null;
      return m.todo.matchingShare(ratio, min, min === null ? null : matchingNeeded(min, ratio));
    }
    case 'funding-range': {
      const requested = facts.funding?.requested;
      return m.todo.funding(fundingInWords(c), o.ok === false && requested !== undefined ? requested : null);
    }
    case 'period': {
      const { start, end } = c.line.period;
      const now = o.ok === false && facts.period ? facts.period : null;
      return m.todo.period(start, end, now ? `${now.start}–${now.end}` : null);
    }
    case 'partners': {
      const { min, max, types } = req.params;
      const typeText = types ? m.or(types.map((t) => c.g.label('applicantTypes', t, c.lang))) : null;
      if (min !== undefined && min > 0) return m.todo.partnersMin(min, typeText);
      const count = facts.partners?.length ?? 0;
      return max === 0 ? m.todo.partnersNone(count) : m.todo.partnersMax(max ?? 0, count);
    }
    case 'target': {
      const key = o.path.replace(/^targets\./, '');
      const t = { guideline: c.g, facts, lang: c.lang };
      const all = req.params.all?.find((t) => t.target === key);
      if (all) return m.todo.target(describeTarget(t, all));
      const options = (req.params.anyOf ?? []).map((x) => describeTarget(t, x));
      return m.todo.targetAny(m.or(options));
    }
    case 'high-tech': {
      const year = c.g.file.year;
      if (o.path === 'targets.hteApplicationYear') return m.todo.hteYear(req.params.reserveApplicationYears);
      return o.path === 'applicant.smeNumber' && facts.applicant?.highTech === 'valid'
        ? m.todo.smeIfScale(year)
        : m.todo.sme(year);
    }
    case 'field': {
      const names = req.params.anyOf.map((f) => c.g.label('fields', f, c.lang));
      return req.basis === 'content' ? m.todo.fieldContent(m.list(names)) : m.todo.field(m.or(names));
    }
    default:
      // Reminders and declarations: the guide's requirement in its own words.
      return req.text ? pick(req.text, c.lang) : (clauseOf(c.line, req) ?? req.rule);
  }
}

/**
 * The documents an attachment rule asks for, one to-do each. A profile holds no
 * attachments, so none is ever said to be there: every document is to be prepared.
 */
export function attachmentTodos(c: TodoContext, req: Extract<Requirement, { rule: 'attachment' }>): string[] {
  const m = msg(matchMessages, c.lang);
  const kind = c.g.label('attachmentKinds', req.params.kind, c.lang);
  const what = req.params.by ? m.todo.recommendation(kind, c.g.label('recommenders', req.params.by, c.lang)) : kind;
  if (!req.params.per) return [m.todo.attachment(what)];
  const partners = c.facts.partners;
  if (partners === undefined) return [m.todo.attachmentPerPartner(what, req.params.per === 'foreign_partner')];
  return partners
    .filter((p) => req.params.per === 'partner' || (p.country !== undefined && p.country !== 'CN'))
    .map((p) => m.todo.attachmentFor(what, p.name));
}
