import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { creditCodeCheckDigit } from '../credit-code-digit.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const creditCode: RuleKindDef<'credit-code'> = {
  nature: 'arrangeable',
  check: ({ facts, lang }) => {
    const m = msg(ruleMessages, lang);
    const code = facts.applicant?.creditCode;
    const path = 'applicant.creditCode';
    // The code is optional: nothing to verify when it is not given.
    if (code === undefined) return [outcome(true, path, m.creditOk)];
    if (code.length !== 18) return [outcome(false, path, m.creditLength(code, [...code].length))];
    const expected = creditCodeCheckDigit(code);
    if (expected === undefined) {
      // A lower-case letter is no forbidden character: "…029x" is "…029X" mistyped.
      const upper = code.toUpperCase();
      if (upper !== code && creditCodeCheckDigit(upper) !== undefined)
        return [outcome(false, path, m.creditLower(code, upper))];
      return [outcome(false, path, m.creditChars(code))];
    }
    if (expected !== code[17]) return [outcome(false, path, m.creditDigit(code, expected))];
    return [outcome(true, path, m.creditOk)];
  },
};
