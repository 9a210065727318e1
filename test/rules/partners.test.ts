import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { partnersCases } from './tables/partners.js';

describe('partners', () => runRuleCases(partnersCases));
