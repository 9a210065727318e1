import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const matchingRatio: RuleKindDef<'matching-ratio'> = {
  nature: 'arrangeable',
  check: ({ facts, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const { ratio } = req.params;
    const requested = facts.funding?.requested;
    const matching = facts.funding?.matching;
    if (requested === undefined) return [outcome(null, 'funding.requested', m.notStated('funding.requested'))];
    const needed = matchingNeeded(requested, ratio);
    if (matching === undefined) return [outcome(null, 'funding.matching', m.notStated('funding.matching'))];
    if (matching < needed)
      return [outcome(false, 'funding.matching', m.matchingFail(matching, requested, needed, ratio))];
    return [outcome(true, 'funding.matching', m.matchingOk(matching, needed))];
  },
};

/**
 * The co-funding a request needs at a line's ratio, in 万元 to the cent: the one figure
 * `check`, `match`'s to-do and the 申报书 `init` writes all name.
 */
export function matchingNeeded(requested: number, ratio: number): number {
  return Math.round(requested * ratio * 100) / 100;
}
