import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const field: RuleKindDef<'field'> = {
  nature: 'arrangeable',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const fields = facts.fields;
    if (fields === undefined) return [outcome(null, 'fields', m.notStated('fields'))];
    const hit = fields.filter((f) => req.params.anyOf.includes(f));
    if (!hit.length) {
      const names = m.list(req.params.anyOf.map((f) => guideline.label('fields', f, lang)));
      return [outcome(false, 'fields', (req.basis === 'content' ? m.fieldContentFail : m.fieldFail)(names))];
    }
    return [outcome(true, 'fields', m.fieldOk(m.list(hit.map((f) => guideline.label('fields', f, lang)))))];
  },
};
