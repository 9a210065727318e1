import { describe } from 'vitest';
import {
  attachmentFileCases,
  creditCodeCases,
  fundingRangeCases,
  inGuilinCases,
  periodCases,
} from './tables/common.js';
import { runRuleCases } from './rule-cases.js';

describe('in-guilin', () => runRuleCases(inGuilinCases));
describe('period', () => runRuleCases(periodCases));
describe('funding-range', () => runRuleCases(fundingRangeCases));
describe('credit-code', () => runRuleCases(creditCodeCases));
describe('attachment-file', () => runRuleCases(attachmentFileCases));
