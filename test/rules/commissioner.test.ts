import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { commissionerCases } from './tables/commissioner.js';

describe('commissioner', () => runRuleCases(commissionerCases));
