import type { RuleCase } from '../rule-cases.js';

/** Project 12 rule 4: no 后补助 for the same transaction. */

const at = [{ rule: 'declaration', path: 'declarations.noDuplicateSubsidy' }];

export const declarationCases: RuleCase[] = [
  { name: 'project 12 declaring no duplicate subsidy passes', line: '12', rule: 'declaration' },
  {
    name: 'project 12 declaring it will claim the subsidy too fails',
    line: '12',
    rule: 'declaration',
    mutate: (a) => void (a.declarations = { noDuplicateSubsidy: false }),
    findings: at,
  },
  {
    name: 'project 12 without the declaration fails',
    line: '12',
    rule: 'declaration',
    mutate: (a) => void delete a.declarations,
    findings: at,
  },
];
