import type { RuleCase } from '../rule-cases.js';

/**
 * Reminders: shown, as info, on every application of their line; nothing is demanded,
 * so the application passes. Line 12: no second subsidy for the same transaction
 * (a declaration is accepted, never asked for); 15-3: informed consent and ethics.
 */

const noSecondSubsidy = [{ rule: 'no-duplicate-subsidy', path: 'project', severity: 'info' as const }];
const ethics = [{ rule: 'ethics', path: 'project', severity: 'info' as const }];

export const reminderCases: RuleCase[] = [
  {
    name: 'project 12 passes with a reminder that the same transaction gets no second subsidy',
    line: '12',
    rule: 'no-duplicate-subsidy',
    findings: noSecondSubsidy,
  },
  {
    name: 'project 12 without any declaration passes, since the guide demands none',
    line: '12',
    rule: 'no-duplicate-subsidy',
    mutate: (a) => void delete a.declarations,
    findings: noSecondSubsidy,
  },
  {
    name: 'project 12 declaring noDuplicateSubsidy false is still only reminded',
    line: '12',
    rule: 'no-duplicate-subsidy',
    mutate: (a) => void (a.declarations = { noDuplicateSubsidy: false }),
    findings: noSecondSubsidy,
  },
  {
    name: 'a general 15-3 project passes with a reminder of informed consent and ethics',
    line: '15-3',
    rule: 'ethics',
    findings: ethics,
  },
  {
    name: 'a key 15-3 project without an ethics approval passes with the reminder',
    line: '15-3',
    tier: 'key',
    rule: 'ethics',
    mutate: (a) => void delete a.attachments,
    findings: ethics,
  },
];
