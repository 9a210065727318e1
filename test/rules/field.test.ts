import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { fieldCases } from './tables/field.js';

describe('field', () => runRuleCases(fieldCases));
