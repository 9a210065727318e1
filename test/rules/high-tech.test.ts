import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { highTechCases } from './tables/high-tech.js';

describe('high-tech', () => runRuleCases(highTechCases));
