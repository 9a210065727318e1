import type { ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** Project 10: a recognised high-tech enterprise, or a reserve one with its SME number and HTE year. */

const SME = '2019450300A0000456';
const reserve =
  (year?: number, sme: string | null = SME) =>
  (a: ApplicationData) => {
    a.applicant.highTech = 'reserve';
    if (sme === null) delete a.applicant.smeNumber;
    else a.applicant.smeNumber = sme;
    a.targets = year === undefined ? { patents: 2 } : { patents: 2, hteApplicationYear: year };
  };
const at = (path: string, severity?: 'warning') => [{ rule: 'high-tech', path, ...(severity ? { severity } : {}) }];

export const highTechCases: RuleCase[] = [
  { name: 'a recognised high-tech enterprise with its SME number passes', line: '10', rule: 'high-tech' },
  {
    name: 'a recognised high-tech enterprise without an SME number passes with a warning',
    line: '10',
    rule: 'high-tech',
    mutate: (a) => void delete a.applicant.smeNumber,
    findings: at('applicant.smeNumber', 'warning'),
  },
  {
    name: 'a reserve enterprise with its SME number applying for HTE in 2019 passes',
    line: '10',
    rule: 'high-tech',
    mutate: reserve(2019),
  },
  {
    name: 'a reserve enterprise with its SME number applying for HTE in 2020 passes',
    line: '10',
    rule: 'high-tech',
    mutate: reserve(2020),
  },
  {
    name: 'a reserve enterprise applying for HTE only in 2021 fails',
    line: '10',
    rule: 'high-tech',
    mutate: reserve(2021),
    findings: at('targets.hteApplicationYear'),
  },
  {
    name: 'a reserve enterprise that names no HTE year fails',
    line: '10',
    rule: 'high-tech',
    mutate: reserve(),
    findings: at('targets.hteApplicationYear'),
  },
  {
    name: 'a reserve enterprise without an SME number fails',
    line: '10',
    rule: 'high-tech',
    mutate: reserve(2019, null),
    findings: at('applicant.smeNumber'),
  },
  {
    name: 'an enterprise that is not high-tech fails',
    line: '10',
    rule: 'high-tech',
    mutate: (a) => void (a.applicant.highTech = 'none'),
    findings: at('applicant.highTech'),
  },
  {
    name: 'an enterprise that does not state its high-tech status fails',
    line: '10',
    rule: 'high-tech',
    mutate: (a) => void delete a.applicant.highTech,
    findings: at('applicant.highTech'),
  },
];
