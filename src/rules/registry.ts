import type { RuleKind } from '../guideline/schema.js';
import { attachment } from './kinds/attachment.js';
import { attachmentFile } from './kinds/attachment-file.js';
import { commissioner } from './kinds/commissioner.js';
import { creditCode } from './kinds/credit-code.js';
import { declaration } from './kinds/declaration.js';
import { field } from './kinds/field.js';
import { fundingRange } from './kinds/funding-range.js';
import { highTech } from './kinds/high-tech.js';
import { inGuilin } from './kinds/in-guilin.js';
import { leadType } from './kinds/lead-type.js';
import { matchingRatio } from './kinds/matching-ratio.js';
import { partners } from './kinds/partners.js';
import { period } from './kinds/period.js';
import { platform } from './kinds/platform.js';
import { priority } from './kinds/priority.js';
import { ethics, noDuplicateSubsidy } from './kinds/reminder.js';
import { talent } from './kinds/talent.js';
import { target } from './kinds/target.js';
import type { RuleKindDef } from './types.js';

/** The rule vocabulary: what a guideline's `rule:` may name (besides `note`). */
const RULE_KINDS: { [K in Exclude<RuleKind, 'note'>]: RuleKindDef<K> } = {
  'in-guilin': inGuilin,
  period,
  'funding-range': fundingRange,
  'credit-code': creditCode,
  'attachment-file': attachmentFile,
  'lead-type': leadType,
  'matching-ratio': matchingRatio,
  target,
  platform,
  attachment,
  partners,
  talent,
  'high-tech': highTech,
  field,
  commissioner,
  declaration,
  priority,
  'no-duplicate-subsidy': noDuplicateSubsidy,
  ethics,
};

export function kindOf(rule: Exclude<RuleKind, 'note'>): RuleKindDef<Exclude<RuleKind, 'note'>> {
  return RULE_KINDS[rule] as unknown as RuleKindDef<Exclude<RuleKind, 'note'>>;
}
