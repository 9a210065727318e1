import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const leadType: RuleKindDef<'lead-type'> = {
  nature: 'who',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const type = facts.applicant?.type;
    const path = 'applicant.type';
    if (type === undefined) return [outcome(null, path, m.notStated(path))];
    const label = guideline.label('applicantTypes', type, lang);
    const content = req.basis === 'content';
    if (req.params.types.includes(type)) return [outcome(true, path, (content ? m.leadContentOk : m.leadOk)(label))];
    // Named only in a refusal: most applicants are of a type the line allows.
    // A requirement of one case only (16's ecological industry projects) says that case, not the whole line.
    if (req.when && req.text) return [outcome(false, path, m.leadFailWhen(label, pick(req.text, lang)))];
    const allowed = m.or(req.params.types.map((t) => guideline.label('applicantTypes', t, lang)));
    return [outcome(false, path, (content ? m.leadContentFail : m.leadFail)(label, allowed))];
  },
};
