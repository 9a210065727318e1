import type { TargetCondition } from '../../guideline/schema.js';
import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { or } from '../predicates.js';
import type { RuleContext, RuleKindDef, Truth } from '../types.js';

function holds(ctx: RuleContext, c: TargetCondition): Truth {
  const value = (ctx.facts.targets as Record<string, unknown> | undefined)?.[c.target];
  if (value === undefined) return null;
  if (c.equals !== undefined && value !== c.equals) return false;
  if (c.min !== undefined && !(typeof value === 'number' && value >= c.min)) return false;
  if (c.max !== undefined && !(typeof value === 'number' && value <= c.max)) return false;
  if (c.withinYearsOfStart !== undefined) {
    const start = ctx.facts.period?.start;
    if (start === undefined) return null;
    if (!(typeof value === 'number' && value <= start + c.withinYearsOfStart)) return false;
  }
  return true;
}

export function describeTarget(ctx: Pick<RuleContext, 'guideline' | 'facts' | 'lang'>, c: TargetCondition): string {
  const m = msg(ruleMessages, ctx.lang);
  const label = ctx.guideline.label('targets', c.target, ctx.lang);
  if (c.withinYearsOfStart !== undefined) {
    const start = ctx.facts.period?.start;
    // Without a start year (a profile), the deadline can only be said relative to it.
    return start === undefined
      ? m.withinYearsOfStart(label, c.withinYearsOfStart)
      : m.withinYears(label, c.withinYearsOfStart, String(start + c.withinYearsOfStart));
  }
  if (c.min !== undefined) return m.atLeast(label, String(c.min));
  if (c.max !== undefined) return m.atMost(label, String(c.max));
  if (c.equals === true) return m.equalsTrue(label);
  if (c.equals !== undefined) return m.equalsValue(label, String(c.equals));
  return m.stated(label);
}

export const target: RuleKindDef<'target'> = {
  nature: 'arrangeable',
  check: (ctx, req) => {
    const m = msg(ruleMessages, ctx.lang);
    const out = [];
    for (const c of req.params.all ?? []) {
      const path = `targets.${c.target}`;
      const what = describeTarget(ctx, c);
      const ok = holds(ctx, c);
      const actual = (ctx.facts.targets as Record<string, unknown> | undefined)?.[c.target];
      const message =
        ok === true ? m.targetOk(what) : ok === null ? m.targetTodo(what) : m.targetFail(what, String(actual));
      out.push(outcome(ok, path, message));
    }
    if (req.params.anyOf) {
      const results = req.params.anyOf.map((c) => holds(ctx, c));
      const options = m.or(req.params.anyOf.map((c) => describeTarget(ctx, c)));
      const ok = or(results);
      // Point at the first stated option, so the reviewer lands on the figure to raise.
      const firstStated = req.params.anyOf.find((_c, i) => results[i] !== null) ?? req.params.anyOf[0]!;
      out.push(
        outcome(ok, `targets.${firstStated.target}`, ok === true ? m.targetOk(options) : m.targetAnyFail(options)),
      );
    }
    return out;
  },
};
