import type { Facts } from '../application/schema.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Predicate, Severity, Tier } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { pick, type Lang } from '../i18n/lang.js';
import { matchMessages } from '../i18n/messages/match.js';
import { evaluateLine, type Evaluation } from '../rules/evaluate.js';
import { describePredicate } from '../rules/predicates.js';
import type { Outcome, Truth } from '../rules/types.js';

export type Status = 'eligible' | 'possible' | 'ineligible';
export type Nature = 'who' | 'arrangeable' | 'bonus';

export interface Reason {
  rule: string;
  ok: Truth;
  message: string;
  clause: string | null;
  nature: Nature;
  /** From a requirement every line carries (in Guilin, years, amount). */
  common: boolean;
}

export interface Todo {
  rule: string;
  message: string;
  severity: Severity;
  /** The applicant stated something that does not meet it (not merely unstated). */
  broken: boolean;
}

/** One funding line judged over what an applicant has said about itself. */
export interface LineMatch {
  line: Line;
  /** The tier judged against; undefined when the line's tiers are judged as one span. */
  tier: Tier | undefined;
  status: Status;
  reasons: Reason[];
  todos: Todo[];
  funding: { min: number | null; max: number };
  /** Facts (paths) whose absence keeps a who-rule open: what a question could settle. */
  openWho: string[];
  /** Facts whose absence leaves a ranking or to-do open. */
  openOther: string[];
}

/**
 * A tiered line is judged against the tier the applicant names, else the one tier
 * its stated amount falls in, else the span of all tiers: no tier is guessed.
 */
export function tierFor(line: Line, facts: Facts): Tier | undefined {
  if (line.tiers.length === 1) return line.tiers[0];
  const named = line.tiers.find((t) => t.tier === facts.tier);
  if (named) return named;
  const requested = facts.funding?.requested;
  if (requested === undefined) return undefined;
  const fits = line.tiers.filter((t) => (t.min ?? 0) <= requested && requested <= t.max);
  return fits.length === 1 ? fits[0] : undefined;
}

export function fundingSpan(line: Line, tier: Tier | undefined): { min: number | null; max: number } {
  if (tier) return { min: tier.min, max: tier.max };
  const mins = line.tiers.map((t) => t.min);
  return {
    min: mins.includes(null) ? null : Math.min(...(mins as number[])),
    max: Math.max(...line.tiers.map((t) => t.max)),
  };
}

/** Where each part of a `when` predicate lives in the facts. */
export function predicatePaths(p: Predicate): string[] {
  const paths: string[] = [];
  if (p.leadType) paths.push('applicant.type');
  if (p.partnerType) paths.push('partners');
  if (p.platform || p.noPlatform) paths.push('applicant.platforms');
  if (p.talentRoute) paths.push('talent.route');
  if (p.drugStage) paths.push('drug.stage');
  if (p.flag) paths.push(p.flag);
  return paths;
}

function natureOf(e: Evaluation, o: Outcome): Nature {
  if (o.who === true) return 'who';
  if (o.who === false) return 'arrangeable';
  return e.nature;
}

/** A requirement whose `when` is unknown holds unless it is known to fail where it applies. */
function effective(e: Evaluation, o: Outcome): Truth {
  return e.applies === null && o.ok !== true ? null : o.ok;
}

// Within a line, what decides comes first: a broken who-fact, an open one, then the rest.
const REASON_ORDER = (r: Reason): number => {
  if (r.nature === 'who') return r.ok === false ? 0 : r.ok === null ? 1 : r.rule === 'in-guilin' ? 6 : 2;
  if (r.nature === 'bonus') return r.ok === true ? 3 : 5;
  return r.ok === false ? 4 : 7;
};

/** Money and partners weigh most on a decision to apply; targets are written in the proposal. */
const TODO_ORDER = [
  'matching-ratio',
  'partners',
  'attachment',
  'high-tech',
  'declaration',
  'field',
  'target',
  'funding-range',
  'period',
];

export function matchLine(g: Guideline, line: Line, facts: Facts, lang: Lang): LineMatch {
  const m = msg(matchMessages, lang);
  const tier = tierFor(line, facts);
  const evaluations = evaluateLine({ guideline: g, line, facts, tier, lang });
  const reasons: Reason[] = [];
  const todos: Todo[] = [];
  const openWho = new Set<string>();
  const openOther = new Set<string>();
  const order = new Map<Todo, number>();
  // Who the applicant is decides only where the guide makes it a requirement (error), not advice.
  const decisive: Truth[] = [];
  for (const e of evaluations) {
    const req = e.requirement;
    // The code is checked only when given; a profile without one has nothing to report.
    if (req.rule === 'credit-code' && facts.applicant?.creditCode === undefined) continue;
    // What this line asks comes before what every line asks (years, amount), whatever its weight.
    const common = g.file.common.includes(req);
    const text = req.text ? pick(req.text, lang) : (e.clause ?? req.rule);
    const condition = e.applies === null && req.when ? describePredicate(g, req.when, lang) : undefined;
    for (const o of e.outcomes) {
      const nature = natureOf(e, o);
      const ok = effective(e, o);
      const decides = nature === 'who' && (o.severity ?? e.severity) === 'error';
      if (decides) decisive.push(ok);
      // What a line's content addresses never excludes: unmet or unknown, it leaves the line possible.
      else if (nature === 'who' && (o.basis ?? e.basis) === 'content' && ok !== true) decisive.push(null);
      if (ok === null) {
        const open = decides ? openWho : openOther;
        if (o.ok === null) open.add(o.path);
        if (req.when && e.applies === null) predicatePaths(req.when).forEach((p) => open.add(p));
      }
      if (nature === 'arrangeable') {
        if (ok !== true) {
          const todo = o.todo ?? o.message;
          const item: Todo = {
            rule: req.rule,
            message: condition ? m.onCondition(condition, todo) : todo,
            severity: o.severity ?? e.severity,
            broken: ok === false,
          };
          order.set(
            item,
            (common ? 1000 : 0) +
              severityRank(item.severity) * 200 +
              (item.broken ? 0 : 100) +
              TODO_ORDER.indexOf(req.rule),
          );
          todos.push(item);
        }
        if (ok === null) continue;
      }
      const message = ok !== null ? o.message : nature === 'bonus' ? m.priorityOpen(text) : m.whoOpen(text);
      if (!reasons.some((r) => r.rule === req.rule && r.message === message))
        reasons.push({ rule: req.rule, ok, message, clause: e.clause, nature, common });
    }
  }
  const status: Status = decisive.includes(false) ? 'ineligible' : decisive.includes(null) ? 'possible' : 'eligible';
  reasons.sort((a, b) => REASON_ORDER(a) - REASON_ORDER(b));
  todos.sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    line,
    tier,
    status,
    reasons,
    todos: dedupe(todos),
    funding: fundingSpan(line, tier),
    openWho: [...openWho],
    openOther: [...openOther],
  };
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function dedupe(todos: Todo[]): Todo[] {
  const seen = new Set<string>();
  return todos.filter((t) => !seen.has(t.message) && !!seen.add(t.message));
}
