import type { RuleCase } from '../rule-cases.js';
import { attachmentCases } from './attachment.js';
import { commissionerCases } from './commissioner.js';
import { attachmentFileCases, creditCodeCases, fundingRangeCases, inGuilinCases, periodCases } from './common.js';
import { fieldCases } from './field.js';
import { highTechCases } from './high-tech.js';
import { leadTypeCases } from './lead-type.js';
import { matchingRatioCases } from './matching-ratio.js';
import { partnersCases } from './partners.js';
import { platformCases } from './platform.js';
import { priorityCases } from './priority.js';
import { reminderCases } from './reminder.js';
import { talentCases } from './talent.js';
import { targetCases } from './target.js';

/** Every rule table, for the test that walks the guideline looking for gaps. */
export const ALL_RULE_CASES: readonly RuleCase[] = [
  ...inGuilinCases,
  ...periodCases,
  ...fundingRangeCases,
  ...creditCodeCases,
  ...attachmentFileCases,
  ...leadTypeCases,
  ...matchingRatioCases,
  ...targetCases,
  ...platformCases,
  ...attachmentCases,
  ...partnersCases,
  ...talentCases,
  ...highTechCases,
  ...fieldCases,
  ...commissionerCases,
  ...priorityCases,
  ...reminderCases,
];
