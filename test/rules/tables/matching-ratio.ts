import type { RuleCase } from '../rule-cases.js';

/** 申报单位配套经费不低于1:2 (lines 1–4): matching ≥ 2 × requested. */

const funding = (requested: number, matching?: number) => (a: { funding: { requested: number; matching?: number } }) =>
  void (a.funding = matching === undefined ? { requested } : { requested, matching });
const short = [{ rule: 'matching-ratio', path: 'funding.matching' }];

export const matchingRatioCases: RuleCase[] = [
  ...['1', '2', '3', '4'].flatMap((line): RuleCase[] => [
    {
      name: `project ${line}: co-funding of exactly 1:2 (100 asked, 200 matched) passes`,
      line,
      rule: 'matching-ratio',
      mutate: funding(100, 200),
    },
    {
      name: `project ${line}: co-funding just below 1:2 (100 asked, 199.99 matched) fails`,
      line,
      rule: 'matching-ratio',
      mutate: funding(100, 199.99),
      findings: short,
    },
    {
      name: `project ${line}: co-funding of 1:1.5 fails`,
      line,
      rule: 'matching-ratio',
      mutate: funding(100, 150),
      findings: short,
    },
  ]),
  {
    name: 'project 2: 300 asked with 600 matched passes',
    line: '2',
    rule: 'matching-ratio',
    mutate: funding(300, 600),
  },
  {
    name: 'project 1: more than 1:2 (150 asked, 1000 matched) passes',
    line: '1',
    rule: 'matching-ratio',
    mutate: funding(150, 1000),
  },
  {
    name: 'project 3: a fractional amount (100.5 asked, 201 matched) passes',
    line: '3',
    rule: 'matching-ratio',
    mutate: funding(100.5, 201),
  },
  {
    name: 'project 1: no co-funding stated counts as none and fails',
    line: '1',
    rule: 'matching-ratio',
    mutate: funding(120),
    findings: short,
  },
];
