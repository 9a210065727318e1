import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { talentCases } from './tables/talent.js';

describe('talent', () => runRuleCases(talentCases));
