import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { attachmentCases } from './tables/attachment.js';

describe('attachment', () => runRuleCases(attachmentCases));
