import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { matchingRatioCases } from './tables/matching-ratio.js';

describe('matching-ratio', () => runRuleCases(matchingRatioCases));
