import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const partners: RuleKindDef<'partners'> = {
  nature: 'arrangeable',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const { min, max, types } = req.params;
    const list = facts.partners as { type: string }[] | undefined;
    if (list === undefined) return [outcome(null, 'partners', m.notStated('partners'))];
    const counted = types ? list.filter((p) => types.includes(p.type)).length : list.length;
    if (min !== undefined && counted < min) {
      const typeText = types ? m.or(types.map((t) => guideline.label('applicantTypes', t, lang))) : m.anyType;
      return [outcome(false, 'partners', m.partnersTooFew(min, typeText))];
    }
    if (max !== undefined && list.length > max)
      return [outcome(false, 'partners', m.partnersTooMany(max, list.length))];
    return [outcome(true, 'partners', m.partnersOk(list.length))];
  },
};
