import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { describePlatform, platformMatches } from '../predicates.js';
import type { RuleKindDef } from '../types.js';

export const platform: RuleKindDef<'platform'> = {
  rule: 'platform',
  nature: 'who',
  check: ({ facts, guideline, lang }, req) => {
    const m = msg(ruleMessages, lang);
    const needed = m.or(req.params.anyOf.map((s) => describePlatform(guideline, s, lang)));
    const platforms = facts.applicant?.platforms;
    const path = 'applicant.platforms';
    if (platforms === undefined) return [outcome(null, path, m.notStated(path), { todo: m.platformFail(needed) })];
    const index = platforms.findIndex((p) => req.params.anyOf.some((s) => platformMatches(guideline, p, s)));
    if (index < 0) return [outcome(false, path, m.platformFail(needed))];
    const p = platforms[index]!;
    const label =
      p.name ?? `${guideline.label('platformLevels', p.level, lang)}${guideline.label('platformKinds', p.kind, lang)}`;
    return [outcome(true, `${path}[${index}]`, m.platformOk(label))];
  },
};
