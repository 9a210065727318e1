import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

/**
 * The attached guide sets no general residence condition (that is the call notice's);
 * where a line's content addresses units of Guilin, its rule rests on that content.
 */
export const inGuilin: RuleKindDef<'in-guilin'> = {
  nature: 'who',
  check: ({ facts, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const v = facts.applicant?.inGuilin;
    if (v === undefined) return [outcome(null, 'applicant.inGuilin', m.notStated('applicant.inGuilin'))];
    if (v) return [outcome(true, 'applicant.inGuilin', m.inGuilinOk)];
    return [outcome(false, 'applicant.inGuilin', req.basis === 'content' ? m.inGuilinContent : m.inGuilinFail)];
  },
};
