import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { describePredicate, evaluatePredicate, or } from '../predicates.js';
import type { RuleKindDef } from '../types.js';

/** The guide's 优先支持/鼓励 clauses, each in its own word: they rank applications, never exclude them. */
export const priority: RuleKindDef<'priority'> = {
  nature: 'bonus',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const results = req.params.anyOf.map((p) => evaluatePredicate(guideline, facts, p));
    const word = req.params.word ?? 'priority';
    const met = results.indexOf(true);
    if (met >= 0)
      return [
        outcome(true, 'applicant', m.priorityOk[word](describePredicate(guideline, req.params.anyOf[met]!, lang))),
      ];
    const what = m.or(req.params.anyOf.map((p) => describePredicate(guideline, p, lang)));
    const path = req.params.anyOf.some((p) => p.partnerType) ? 'partners' : 'applicant';
    return [outcome(or(results), path, m.priorityNo[word](what))];
  },
};
