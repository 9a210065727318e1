import { clauseOf } from '../guideline/model.js';
import type { Basis, Requirement, RuleKind, Severity } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import { evaluatePredicate } from './predicates.js';
import { kindOf } from './registry.js';
import { severityOf } from '../guideline/severity.js';
import type { Outcome, RuleContext, Truth } from './types.js';

export interface Evaluation {
  requirement: Exclude<Requirement, { rule: 'note' }>;
  nature: 'who' | 'arrangeable' | 'bonus';
  severity: Severity;
  basis: Basis;
  /** What a finding quotes on this line (`clauseOf`): null for a convention. */
  clause: string | null;
  reference: string | null;
  /** Whether the requirement's `when` holds: false means it does not apply. */
  applies: Truth;
  outcomes: Outcome[];
}

/**
 * Every checkable requirement of the line over the facts: the one engine under both
 * `check` (an application, where unknown means missing) and `match` (a profile,
 * where unknown stays unknown). The outcomes of `unread` (a kind the caller words on
 * its own) are not worked out.
 */
export function evaluateLine(ctx: RuleContext, unread?: RuleKind): Evaluation[] {
  const out: Evaluation[] = [];
  for (const requirement of ctx.line.rules) {
    if (requirement.rule === 'note') continue;
    const applies = requirement.when ? evaluatePredicate(ctx.guideline, ctx.facts, requirement.when) : true;
    if (applies === false) continue;
    const kind = kindOf(requirement.rule);
    const reference = requirement.reference ?? null;
    const outcomes = requirement.rule === unread ? [] : kind.check(ctx, requirement);
    // The tool's own checks say so, and what they rest on, wherever they are read.
    if (requirement.basis === 'convention') {
      const m = msg(ruleMessages, ctx.lang);
      for (const o of outcomes) if (o.ok !== true) o.message = m.convention(o.message, reference);
    }
    out.push({
      requirement,
      nature: kind.nature,
      severity: severityOf(requirement),
      basis: requirement.basis,
      clause: clauseOf(ctx.line, requirement),
      reference,
      applies,
      outcomes,
    });
  }
  return out;
}
