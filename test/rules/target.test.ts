import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { targetCases } from './tables/target.js';

describe('target', () => runRuleCases(targetCases));
