import { pick } from '../../i18n/lang.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

/**
 * A sentence of the guide shown on every application of its line, demanding nothing
 * (line 12: no second subsidy for the same transaction; 15-3: informed consent and
 * ethics). Its words are the requirement's own text.
 */
function reminder<K extends 'no-duplicate-subsidy' | 'ethics'>(rule: K): RuleKindDef<K> {
  return {
    nature: 'arrangeable',
    check: ({ lang }, r) => {
      const req = r as { text?: { zh: string; en?: string | undefined }; clause: string | null };
      const text = req.text ? pick(req.text, lang) : (req.clause ?? rule);
      return [outcome(null, 'project', text)];
    },
  };
}

export const noDuplicateSubsidy = reminder('no-duplicate-subsidy');
export const ethics = reminder('ethics');
