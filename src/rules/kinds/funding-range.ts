import type { Line } from '../../guideline/model.js';
import type { Tier } from '../../guideline/schema.js';
import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { RuleKindDef } from '../types.js';

export const fundingRange: RuleKindDef<'funding-range'> = {
  nature: 'arrangeable',
  check: ({ facts, line, tier, guideline, lang }) => {
    const m = msg(ruleMessages, lang);
    // Without a tier, an amount is judged against the span of all tiers; the missing
    // tier itself is the `project` rule's finding.
    const { min, max } = fundingSpan(line, tier);
    const range = m.range(min, max);
    const requested = facts.funding?.requested;
    if (requested === undefined) return [outcome(null, 'funding.requested', m.notStated('funding.requested'))];
    if ((min !== null && requested < min) || requested > max) {
      const label = tier?.tier ? guideline.label('tiers', tier.tier, lang) : '';
      const tierName = label && lang === 'en' ? ` ${label}` : label;
      // No line funds 10,000 万元 (a hundred million yuan): such an amount was written in 元.
      const unit = requested >= 10000 ? ` ${m.inWan(requested, requested / 10000)}` : '';
      const message = m.fundingOutside(requested, range, tierName) + unit;
      return [outcome(false, 'funding.requested', message)];
    }
    return [outcome(true, 'funding.requested', m.fundingOk(requested, range))];
  },
};

/** A tier's amounts, or without one the span of all the line's tiers (no lower bound if one has none). */
export function fundingSpan(line: Line, tier: Tier | undefined): { min: number | null; max: number } {
  if (tier) return { min: tier.min, max: tier.max };
  const mins = line.tiers.map((t) => t.min);
  return {
    min: mins.includes(null) ? null : Math.min(...(mins as number[])),
    max: Math.max(...line.tiers.map((t) => t.max)),
  };
}
