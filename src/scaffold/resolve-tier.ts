import { UsageError } from '../util/errors.js';
import type { Guideline, Line } from '../guideline/model.js';
import type { Tier } from '../guideline/schema.js';
import { msg, type Lang } from '../i18n/index.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { tierChoices } from '../rules/resolve-line.js';

/** The tier to scaffold: required where the line has several (by id or Chinese label), refused where it has none. */
export function resolveTier(g: Guideline, line: Line, wanted: string | undefined, lang: Lang): Tier {
  const m = msg(scaffoldMessages, lang);
  if (line.tiers.length === 1) {
    if (wanted !== undefined) throw new UsageError(m.tierNotAllowed(line.code));
    return line.tiers[0]!;
  }
  const names = tierChoices(g, line, lang);
  if (wanted === undefined) throw new UsageError(m.tierNeeded(line.code, names));
  const w = wanted.trim();
  const tier = line.tiers.find(
    (t) => t.tier !== null && (t.tier === w.toLowerCase() || g.label('tiers', t.tier, 'zh') === w),
  );
  if (!tier) throw new UsageError(m.noTier(line.code, wanted, names));
  return tier;
}
