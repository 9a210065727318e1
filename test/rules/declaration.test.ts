import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { declarationCases } from './tables/declaration.js';

describe('declaration', () => runRuleCases(declarationCases));
