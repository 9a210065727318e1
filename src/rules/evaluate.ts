import { clauseOf, type Line } from '../guideline/model.js';
import type { Basis, Requirement, RuleKind, Severity } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import { evaluatePredicate } from './predicates.js';
import { kindOf } from './registry.js';
import { severityOf } from '../guideline/severity.js';
import type { Outcome, RuleContext, RuleKindDef, Truth } from './types.js';

export interface Evaluation {
  requirement: Checked;
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

type Checked = Exclude<Requirement, { rule: 'note' }>;

/** What each checkable requirement of a line is, whatever the application: worked out once per line. */
interface Prepared {
  requirement: Checked;
  kind: RuleKindDef<Exclude<RuleKind, 'note'>>;
  severity: Severity;
  clause: string | null;
  reference: string | null;
}

const preparedLines = new WeakMap<Line, Prepared[]>();

function preparedOf(line: Line): Prepared[] {
  let rules = preparedLines.get(line);
  if (!rules) {
    rules = [];
    for (const requirement of line.rules) {
      if (requirement.rule === 'note') continue;
      rules.push({
        requirement,
        kind: kindOf(requirement.rule),
        severity: severityOf(requirement),
        clause: clauseOf(line, requirement),
        reference: requirement.reference ?? null,
      });
    }
    preparedLines.set(line, rules);
  }
  return rules;
}

/**
 * Every checkable requirement of the line over the facts: the one engine under both
 * `check` (an application, where unknown means missing) and `match` (a profile,
 * where unknown stays unknown). The outcomes of `unread` (a kind the caller words on
 * its own) are not worked out.
 */
export function evaluateLine(ctx: RuleContext, unread?: RuleKind): Evaluation[] {
  const out: Evaluation[] = [];
  for (const { requirement, kind, severity, clause, reference } of preparedOf(ctx.line)) {
    const applies = requirement.when ? evaluatePredicate(ctx.guideline, ctx.facts, requirement.when) : true;
    if (applies === false) continue;
    const outcomes = requirement.rule === unread ? [] : kind.check(ctx, requirement);
    // The tool's own checks say so, and what they rest on, wherever they are read.
    if (requirement.basis === 'convention') {
      const m = msg(ruleMessages, ctx.lang);
      for (const o of outcomes) if (o.ok !== true) o.message = m.convention(o.message, reference);
    }
    out.push({
      requirement,
      nature: kind.nature,
      severity,
      basis: requirement.basis,
      clause,
      reference,
      applies,
      outcomes,
    });
  }
  return out;
}
