import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { Severity } from '../../guideline/schema.js';
import type { Outcome, RuleKindDef, Truth } from '../types.js';

export const highTech: RuleKindDef<'high-tech'> = {
  nature: 'who',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const p = req.params;
    const status = facts.applicant?.highTech;
    if (status === undefined) return [outcome(null, 'applicant.highTech', m.notStated('applicant.highTech'))];
    if (!(p.statuses as string[]).includes(status))
      return [outcome(false, 'applicant.highTech', m.highTechFail(m.or(p.statuses.map((s) => m.highTechStatus[s]))))];
    const out: Outcome[] = [];
    // The status is who the applicant is; the number and the year are paperwork it can arrange.
    const paperwork = (ok: Truth, path: string, text: string, severity?: Severity) =>
      out.push(outcome(ok, path, text, { who: false, severity }));
    // The tech-SME evaluation falls in the guide's own year.
    const evaluationYear = guideline.file.year;
    if (status === 'reserve') {
      if (!facts.applicant?.smeNumber) paperwork(null, 'applicant.smeNumber', m.highTechSme(evaluationYear));
      const year = (facts.targets as Record<string, unknown> | undefined)?.hteApplicationYear;
      const years = p.reserveApplicationYears;
      if (year === undefined) paperwork(null, 'targets.hteApplicationYear', m.highTechYear(years));
      else if (!p.reserveApplicationYears.includes(year as number))
        paperwork(false, 'targets.hteApplicationYear', m.highTechYear(years));
    } else if (status === 'valid' && !facts.applicant?.smeNumber) {
      paperwork(false, 'applicant.smeNumber', m.highTechValidSme(evaluationYear), p.validWithoutSmeNumber);
    }
    out.unshift(outcome(true, 'applicant.highTech', m.highTechOk(m.highTechStatus[status])));
    return out;
  },
};
