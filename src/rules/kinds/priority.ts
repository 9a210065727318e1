import type { Guideline } from '../../guideline/model.js';
import { msg, type Lang } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { describeAnyOf, describePredicate, evaluatePredicate, or } from '../predicates.js';
import { preparedBy } from '../prepared.js';
import type { RequirementOf, RuleKindDef, Truth } from '../types.js';

/** A priority's sentences: met by each of its conditions, and met by none. */
function words(g: Guideline, req: RequirementOf<'priority'>, lang: Lang) {
  const m = msg(ruleMessages, lang);
  const word = req.params.word ?? 'priority';
  const described = req.params.anyOf.map((p) => describePredicate(g, p, lang));
  return {
    met: described.map((d) => m.priorityOk[word](d)),
    none: m.priorityNo[word](describeAnyOf(g, req.params.anyOf, lang)),
    path: req.params.anyOf.some((p) => p.partnerType) ? 'partners' : 'applicant',
  };
}
const sentencesOf = preparedBy(words);

/** The guide's 优先支持/鼓励 clauses, each in its own word: they rank applications, never exclude them. */
export const priority: RuleKindDef<'priority'> = {
  nature: 'bonus',
  check: ({ facts, guideline, lang }, req) => {
    const w = sentencesOf(req, guideline, lang);
    const results: Truth[] = [];
    for (const p of req.params.anyOf) {
      const r = evaluatePredicate(guideline, facts, p);
      if (r === true) return [outcome(true, 'applicant', w.met[results.length]!)];
      results.push(r);
    }
    return [outcome(or(results), w.path, w.none)];
  },
};
