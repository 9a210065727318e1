import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { Outcome, RuleKindDef } from '../types.js';

export const commissioner: RuleKindDef<'commissioner'> = {
  nature: 'who',
  check: ({ facts, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const c = facts.commissioner;
    if (c === undefined) return [outcome(null, 'commissioner', m.commissionerMissing)];
    const out: Outcome[] = [];
    for (const key of req.params.require) {
      const v = c[key];
      if (v !== true) out.push(outcome(v === undefined ? null : false, `commissioner.${key}`, m.commissionerFlag[key]));
    }
    return out.length ? out : [outcome(true, 'commissioner', m.commissionerOk)];
  },
};
