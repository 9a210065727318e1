import type { Requirement, Severity } from '../guideline/schema.js';
import { DEFAULT_SEVERITY } from './default-severity.js';
import { evaluatePredicate } from './predicates.js';
import { kindOf } from './registry.js';
import type { Outcome, RuleContext, Truth } from './types.js';

export interface Evaluation {
  requirement: Exclude<Requirement, { rule: 'note' }>;
  nature: 'who' | 'arrangeable' | 'bonus';
  severity: Severity;
  /** Whether the requirement's `when` holds: false means it does not apply. */
  applies: Truth;
  outcomes: Outcome[];
}

/**
 * Every checkable requirement of the line over the facts: the one engine under both
 * `check` (an application, where unknown means missing) and `match` (a profile,
 * where unknown stays unknown).
 */
export function evaluateLine(ctx: RuleContext): Evaluation[] {
  const out: Evaluation[] = [];
  for (const requirement of ctx.line.rules) {
    if (requirement.rule === 'note') continue;
    const applies = requirement.when ? evaluatePredicate(ctx.guideline, ctx.facts, requirement.when) : true;
    if (applies === false) continue;
    const kind = kindOf(requirement.rule);
    out.push({
      requirement,
      nature: kind.nature,
      severity: requirement.severity ?? DEFAULT_SEVERITY[requirement.rule],
      applies,
      outcomes: kind.check(ctx, requirement),
    });
  }
  return out;
}
