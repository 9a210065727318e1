import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const inGuilin: RuleKindDef<'in-guilin'> = {
  rule: 'in-guilin',
  nature: 'who',
  check: ({ facts, lang }) => {
    const m = msg(ruleMessages, lang);
    const v = facts.applicant?.inGuilin;
    if (v === undefined) return [outcome(null, 'applicant.inGuilin', m.notStated('applicant.inGuilin'))];
    return [
      v ? outcome(true, 'applicant.inGuilin', m.inGuilinOk) : outcome(false, 'applicant.inGuilin', m.inGuilinFail),
    ];
  },
};
