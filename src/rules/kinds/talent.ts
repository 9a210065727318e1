import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { Outcome, RuleKindDef } from '../types.js';

export const talent: RuleKindDef<'talent'> = {
  nature: 'who',
  check: ({ facts, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const p = req.params;
    const t = facts.talent;
    if (t === undefined) return [outcome(null, 'talent', m.talentMissing)];
    if (t.route === undefined) return [outcome(null, 'talent.route', m.notStated('talent.route'))];
    // 暂无: the applicant says it has no such talent, which is what the line funds.
    if (t.route === 'none') return [outcome(false, 'talent.route', m.talentNone)];
    const out: Outcome[] = [];
    const unknown = (key: string) => out.push(outcome(null, `talent.${key}`, m.notStated(`talent.${key}`)));
    if (t.route === 'introduced') {
      if (t.isLeader === undefined) unknown('isLeader');
      else if (!t.isLeader) out.push(outcome(false, 'talent.isLeader', m.talentNotLeader));
      if (t.introducedOn === undefined) unknown('introducedOn');
      else if (t.introducedOn < p.introducedSince)
        out.push(outcome(false, 'talent.introducedOn', m.talentTooEarly(t.introducedOn, p.introducedSince)));
      if (t.category === undefined) unknown('category');
      else {
        const central = facts.applicant?.centralOrRegional;
        const range = central ? p.centralOrRegionalCategories : p.categories;
        const inRange = (r: { min: number; max: number }) => t.category! >= r.min && t.category! <= r.max;
        if (!inRange(range))
          out.push(
            outcome(false, 'talent.category', m.talentCategory(t.category, range.min, range.max, central === true)),
          );
        // A category allowed only to local units stays open until the unit says which it is.
        else if (central === undefined && !inRange(p.centralOrRegionalCategories))
          out.push(outcome(null, 'applicant.centralOrRegional', m.notStated('applicant.centralOrRegional')));
      }
    } else {
      if (t.serviceRatio === undefined) unknown('serviceRatio');
      else if (t.serviceRatio < p.minServiceRatio)
        out.push(outcome(false, 'talent.serviceRatio', m.talentServiceRatio(t.serviceRatio, p.minServiceRatio)));
    }
    return out.length ? out : [outcome(true, 'talent', m.talentOk)];
  },
};
