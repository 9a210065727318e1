import { describe } from 'vitest';
import { runRuleCases } from './rule-cases.js';
import { reminderCases } from './tables/reminder.js';

describe('reminders', () => runRuleCases(reminderCases));
