import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const matchingRatio: RuleKindDef<'matching-ratio'> = {
  rule: 'matching-ratio',
  nature: 'arrangeable',
  check: ({ facts, line, tier, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const { ratio } = req.params;
    const requested = facts.funding?.requested;
    const matching = facts.funding?.matching;
    if (requested === undefined) {
      // A profile without an amount: the to-do names what the line's minimum would need.
      const min = tier?.min ?? line.tiers[0]?.min ?? null;
      const todo = min === null ? m.matchingTodoNoAmount(ratio) : m.matchingTodo(min, round(min * ratio), ratio);
      return [outcome(null, 'funding.requested', m.notStated('funding.requested'), { todo })];
    }
    const needed = round(requested * ratio);
    const todo = m.matchingTodo(requested, needed, ratio);
    if (matching === undefined) return [outcome(null, 'funding.matching', m.notStated('funding.matching'), { todo })];
    if (matching < needed)
      return [outcome(false, 'funding.matching', m.matchingFail(matching, requested, needed, ratio), { todo })];
    return [outcome(true, 'funding.matching', m.matchingOk(matching, needed))];
  },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
