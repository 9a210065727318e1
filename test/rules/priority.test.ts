import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { priorityCases } from './tables/priority.js';

describe('priority', () => runRuleCases(priorityCases));
