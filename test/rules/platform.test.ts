import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { platformCases } from './tables/platform.js';

describe('platform', () => runRuleCases(platformCases));
