import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const declaration: RuleKindDef<'declaration'> = {
  nature: 'arrangeable',
  check: ({ facts, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const key = req.params.key;
    const path = `declarations.${key}`;
    const v = (facts.declarations as Record<string, unknown> | undefined)?.[key];
    if (v === true) return [outcome(true, path, m.declarationOk(key))];
    return [outcome(v === undefined ? null : false, path, m.declarationFail(key, req.clause ?? key))];
  },
};
