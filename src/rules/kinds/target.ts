import type { Facts } from '../../application/schema.js';
import type { Guideline } from '../../guideline/model.js';
import type { TargetCondition } from '../../guideline/schema.js';
import { msg, type Lang } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { or } from '../predicates.js';
import { preparedBy } from '../prepared.js';
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
  if (c.min !== undefined) return m.atLeast(label, quantity(ctx, c.target, c.min));
  if (c.max !== undefined) return m.atMost(label, quantity(ctx, c.target, c.max));
  if (c.equals === true) return m.equalsTrue(label);
  if (c.equals !== undefined) return m.equalsValue(label, String(c.equals));
  return m.stated(label);
}

/** A target's figure as the guide says it, with its unit: 1500 万元, not 1500. */
function quantity(ctx: Pick<RuleContext, 'guideline' | 'lang'>, target: string, n: number): string {
  const entry = ctx.guideline.file.vocabulary.targets.find((t) => t.id === target);
  return msg(ruleMessages, ctx.lang).quantity(n, entry?.unit ? pick(entry.unit, ctx.lang) : null, entry?.type);
}

/** A condition's sentences, when they do not hang on the application's start year. */
function words(g: Guideline, c: TargetCondition, lang: Lang) {
  if (c.withinYearsOfStart !== undefined) return null;
  const m = msg(ruleMessages, lang);
  const what = describeTarget({ guideline: g, facts: {} as Facts, lang }, c);
  return { what, ok: m.targetOk(what), todo: m.targetTodo(what) };
}
const sentencesOf = preparedBy(words);

/** The sentences of an `anyOf`, when none of its conditions hangs on the start year. */
function anyWords(g: Guideline, anyOf: TargetCondition[], lang: Lang) {
  if (anyOf.some((c) => c.withinYearsOfStart !== undefined)) return null;
  const m = msg(ruleMessages, lang);
  const options = m.or(anyOf.map((c) => describeTarget({ guideline: g, facts: {} as Facts, lang }, c)));
  return { ok: m.targetOk(options), fail: m.targetAnyFail(options) };
}
const anySentencesOf = preparedBy(anyWords);

export const target: RuleKindDef<'target'> = {
  nature: 'arrangeable',
  check: (ctx, req) => {
    const m = msg(ruleMessages, ctx.lang);
    const out = [];
    for (const c of req.params.all ?? []) {
      const path = `targets.${c.target}`;
      const w = sentencesOf(c, ctx.guideline, ctx.lang);
      const what = w?.what ?? describeTarget(ctx, c);
      const ok = holds(ctx, c);
      if (ok === true) out.push(outcome(true, path, w?.ok ?? m.targetOk(what)));
      else if (ok === null) out.push(outcome(null, path, w?.todo ?? m.targetTodo(what)));
      else {
        const actual = (ctx.facts.targets as Record<string, unknown> | undefined)?.[c.target];
        const shown = typeof actual === 'number' ? quantity(ctx, c.target, actual) : String(actual);
        out.push(outcome(false, path, m.targetFail(what, shown)));
      }
    }
    const anyOf = req.params.anyOf;
    if (anyOf) {
      const results = anyOf.map((c) => holds(ctx, c));
      const w = anySentencesOf(anyOf, ctx.guideline, ctx.lang);
      const options = () => m.or(anyOf.map((c) => describeTarget(ctx, c)));
      const ok = or(results);
      // Point at the first stated option, so the reviewer lands on the figure to raise.
      const firstStated = anyOf.find((_c, i) => results[i] !== null) ?? anyOf[0]!;
      out.push(
        ok === true
          ? outcome(true, `targets.${firstStated.target}`, w?.ok ?? m.targetOk(options()))
          : outcome(ok, `targets.${firstStated.target}`, w?.fail ?? m.targetAnyFail(options())),
      );
    }
    return out;
  },
};
