import type { Guideline } from '../../guideline/model.js';
import { msg, type Lang } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { describePlatform, platformMatches } from '../predicates.js';
import type { RuleKindDef } from '../types.js';

export const platform: RuleKindDef<'platform'> = {
  nature: 'who',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const platforms = facts.applicant?.platforms;
    const path = 'applicant.platforms';
    if (platforms === undefined) return [outcome(null, path, m.notStated(path))];
    const index = platforms.findIndex((p) => req.params.anyOf.some((s) => platformMatches(guideline, p, s)));
    if (index < 0) {
      const needed = m.or(req.params.anyOf.map((s) => describePlatform(guideline, s, lang)));
      // A platform the line's content points to but its requirement does not name: confirm, do not refuse.
      const near = platforms.findIndex((p) => req.params.confirm?.some((s) => platformMatches(guideline, p, s)));
      if (near >= 0)
        return [
          outcome(false, `${path}[${near}]`, m.platformConfirm(labelOf(guideline, platforms[near]!, lang), needed), {
            severity: 'warning',
            basis: 'content',
          }),
        ];
      return [outcome(false, path, (req.basis === 'content' ? m.platformContentFail : m.platformFail)(needed))];
    }
    return [outcome(true, `${path}[${index}]`, m.platformOk(labelOf(guideline, platforms[index]!, lang)))];
  },
};

function labelOf(g: Guideline, p: { kind: string; level: string; name?: string | undefined }, lang: Lang): string {
  return p.name ?? `${g.label('platformLevels', p.level, lang)}${g.label('platformKinds', p.kind, lang)}`;
}
