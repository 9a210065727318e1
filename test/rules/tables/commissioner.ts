import type { RuleCase } from '../rule-cases.js';

/** Project 14: the applicant dispatched the S&T commissioner, who carries out the project. */

const at = (...paths: string[]) => paths.map((path) => ({ rule: 'commissioner', path }));

export const commissionerCases: RuleCase[] = [
  {
    name: 'a commissioner dispatched by the applicant and carrying out the project passes',
    line: '14',
    rule: 'commissioner',
  },
  {
    name: 'a commissioner the applicant did not dispatch fails',
    line: '14',
    rule: 'commissioner',
    mutate: (a) => void (a.commissioner!.dispatchedByApplicant = false),
    findings: at('commissioner.dispatchedByApplicant'),
  },
  {
    name: 'a commissioner who is not a main implementer fails',
    line: '14',
    rule: 'commissioner',
    mutate: (a) => void (a.commissioner!.mainImplementer = false),
    findings: at('commissioner.mainImplementer'),
  },
  {
    name: 'a commissioner meeting neither condition fails on both',
    line: '14',
    rule: 'commissioner',
    mutate: (a) => void (a.commissioner = { name: '李四', dispatchedByApplicant: false, mainImplementer: false }),
    findings: at('commissioner.dispatchedByApplicant', 'commissioner.mainImplementer'),
  },
  {
    name: 'project 14 without a commissioner fails',
    line: '14',
    rule: 'commissioner',
    mutate: (a) => void delete a.commissioner,
    findings: at('commissioner'),
  },
];
