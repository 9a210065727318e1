import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const partners: RuleKindDef<'partners'> = {
  rule: 'partners',
  nature: 'arrangeable',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const { min, max, types } = req.params;
    const typeText = types ? m.or(types.map((t) => guideline.label('applicantTypes', t, lang))) : m.anyType;
    const list = facts.partners as { type: string }[] | undefined;
    const todo = min !== undefined && min > 0 ? m.partnersTodoMin(min, typeText) : m.partnersTodoMax;
    if (list === undefined) return [outcome(null, 'partners', m.notStated('partners'), { todo })];
    const counted = types ? list.filter((p) => types.includes(p.type)).length : list.length;
    if (min !== undefined && counted < min)
      return [outcome(false, 'partners', m.partnersTooFew(min, typeText), { todo })];
    if (max !== undefined && list.length > max)
      return [outcome(false, 'partners', m.partnersTooMany(max, list.length), { todo })];
    return [outcome(true, 'partners', m.partnersOk(list.length))];
  },
};
