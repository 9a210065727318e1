import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { asciiCode, creditCodeCheckDigit, creditCodeInCapitals, creditCodeInHalfWidth } from '../credit-code-digit.js';
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
    if (code.length !== 18) {
      // Copied with the spaces or dashes that group it on a form (9145 0300 MA5N …): when the code is whole without them.
      const whole = code.replace(/[\s\u3000-]/g, '');
      if (whole !== code && /^[0-9A-Z]{18}$/.test(whole) && creditCodeCheckDigit(whole) === whole[17])
        return [outcome(false, path, m.creditSpaced(code, whole))];
      return [outcome(false, path, m.creditLength(code, [...code].length))];
    }
    // A lower-case letter is no forbidden character: "…029x" is "…029X" mistyped (and `check --fix` writes it).
    const capitals = creditCodeInCapitals(code);
    if (capitals !== undefined) return [outcome(false, path, m.creditLower(code, capitals))];
    // Full-width digits and letters are no forbidden characters either: the code typed in full-width.
    const ascii = creditCodeInHalfWidth(code);
    if (ascii !== undefined) return [outcome(false, path, m.creditFullWidth(code, ascii))];
    // Lower-case or full-width letters whose capitals still fail: judged as the licence prints them, so
    // the applicant is told what fails there, never told to write a code that fails again.
    const typed = asciiCode(code);
    const printed = /^[0-9A-Za-z]+$/.test(typed) ? typed.toUpperCase() : code;
    const expected = creditCodeCheckDigit(printed);
    if (expected === undefined) return [outcome(false, path, m.creditChars(code))];
    if (expected !== printed[17]) return [outcome(false, path, m.creditDigit(code, expected))];
    return [outcome(true, path, m.creditOk)];
  },
};
