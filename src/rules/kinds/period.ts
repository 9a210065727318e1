import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const period: RuleKindDef<'period'> = {
  nature: 'arrangeable',
  check: ({ facts, line, lang }) => {
    const m = msg(ruleMessages, lang);
    const { start: ls, end: le } = line.period;
    const start = facts.period?.start;
    const end = facts.period?.end;
    if (start === undefined || end === undefined) {
      const missing = start === undefined ? 'period.start' : 'period.end';
      return [outcome(null, missing, m.notStated(missing))];
    }
    if (start > end) return [outcome(false, 'period', m.periodOrder(start, end))];
    if (start < ls || end > le)
      return [outcome(false, start < ls ? 'period.start' : 'period.end', m.periodOutside(start, end, ls, le))];
    return [outcome(true, 'period', m.periodOk(start, end))];
  },
};
