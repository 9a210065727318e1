import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { leadTypeCases } from './tables/lead-type.js';

describe('lead-type', () => runRuleCases(leadTypeCases));
