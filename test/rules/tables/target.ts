import type { ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** 考核指标: each condition of each line's `target` rows in the spec. */

type Targets = Record<string, number | boolean>;
const targets = (t: Targets) => (a: ApplicationData) => void (a.targets = t);
const withTarget = (key: string, value: number | boolean) => (a: ApplicationData) =>
  void (a.targets = { ...a.targets, [key]: value });
const without = (key: string) => (a: ApplicationData) => void delete a.targets![key];
const at = (...keys: string[]) => keys.map((k) => ({ rule: 'target', path: `targets.${k}` }));

const newProductLines = ['1', '3', '4'].flatMap((line): RuleCase[] => [
  {
    name: `project ${line}: one new product in mass production passes`,
    line,
    rule: 'target',
    mutate: targets({ newProducts: 1, massProduction: true }),
  },
  {
    name: `project ${line}: no new product fails`,
    line,
    rule: 'target',
    mutate: withTarget('newProducts', 0),
    findings: at('newProducts'),
  },
  {
    name: `project ${line}: a new product without mass production fails`,
    line,
    rule: 'target',
    mutate: withTarget('massProduction', false),
    findings: at('massProduction'),
  },
  {
    name: `project ${line}: no targets at all fails on both conditions`,
    line,
    rule: 'target',
    mutate: (a) => void delete a.targets,
    findings: at('newProducts', 'massProduction'),
  },
]);

const drug = (stage: string, t: Targets) => (a: ApplicationData) => {
  a.drug = { stage };
  a.targets = t;
};

const project2: RuleCase[] = [
  {
    name: 'project 2: a drug in clinical research with a new drug certificate passes',
    line: '2',
    rule: 'target',
    index: 0,
    mutate: drug('clinical', { newDrugCertificate: true }),
  },
  {
    name: 'project 2: a drug in clinical research without a new drug certificate fails',
    line: '2',
    rule: 'target',
    index: 0,
    mutate: drug('clinical', { newDrugCertificate: false }),
    findings: at('newDrugCertificate'),
  },
  {
    name: 'project 2: a drug in clinical research with only a clinical approval fails',
    line: '2',
    rule: 'target',
    index: 0,
    mutate: drug('clinical', { clinicalApproval: true }),
    findings: at('newDrugCertificate'),
  },
  {
    name: 'project 2: a drug in preclinical research with a clinical trial approval passes',
    line: '2',
    rule: 'target',
    index: 1,
    mutate: drug('preclinical', { clinicalApproval: true }),
  },
  {
    name: 'project 2: a drug in preclinical research without a clinical trial approval fails',
    line: '2',
    rule: 'target',
    index: 1,
    mutate: drug('preclinical', { clinicalApproval: false }),
    findings: at('clinicalApproval'),
  },
  {
    name: 'project 2: a drug in preclinical research with only a new drug certificate fails',
    line: '2',
    rule: 'target',
    index: 1,
    mutate: drug('preclinical', { newDrugCertificate: true }),
    findings: at('clinicalApproval'),
  },
  {
    name: 'project 2: secondary development of a Chinese patent medicine with a new drug certificate passes',
    line: '2',
    rule: 'target',
    index: 2,
    mutate: drug('tcm_secondary', { newDrugCertificate: true }),
  },
  {
    name: 'project 2: secondary development of a Chinese patent medicine without a new drug certificate fails',
    line: '2',
    rule: 'target',
    index: 2,
    mutate: drug('tcm_secondary', { newDrugCertificate: false }),
    findings: at('newDrugCertificate'),
  },
  {
    name: 'project 2: the Chinese label 临床前研究 names the preclinical stage',
    line: '2',
    rule: 'target',
    index: 1,
    mutate: drug('临床前研究', { clinicalApproval: true }),
  },
  {
    name: 'project 2: a project that develops no drug has no drug target to meet',
    line: '2',
    rule: 'target',
    mutate: (a) => {
      delete a.drug;
      delete a.targets;
    },
  },
];

const project5of2: RuleCase[] = [
  {
    name: '5-2: applying for the Guangxi key laboratory in the second year after the start (2021) passes',
    line: '5-2',
    rule: 'target',
    mutate: withTarget('keyLabApplicationYear', 2021),
  },
  {
    name: '5-2: applying for the Guangxi key laboratory in the third year after the start (2022) fails',
    line: '5-2',
    rule: 'target',
    mutate: withTarget('keyLabApplicationYear', 2022),
    findings: at('keyLabApplicationYear'),
  },
  {
    name: '5-2: two years are counted from the project start (start 2020, apply 2022) and pass',
    line: '5-2',
    rule: 'target',
    mutate: (a) => {
      a.period = { start: 2020, end: 2021 };
      a.targets = { keyLabApplicationYear: 2022 };
    },
  },
  {
    name: '5-2: no planned application year fails',
    line: '5-2',
    rule: 'target',
    mutate: (a) => void delete a.targets,
    findings: at('keyLabApplicationYear'),
  },
];

const project6: RuleCase[] = [
  {
    name: 'project 6: stating zero for each of the four figures still states them and passes',
    line: '6',
    rule: 'target',
    mutate: targets({ smeFilings: 0, highTechCultivated: 0, competitionEntries: 0, mentors: 0 }),
  },
  {
    name: 'project 6: a target list without the number of mentors fails',
    line: '6',
    rule: 'target',
    mutate: without('mentors'),
    findings: at('mentors'),
  },
  {
    name: 'project 6: a target list without the SME filings fails',
    line: '6',
    rule: 'target',
    mutate: without('smeFilings'),
    findings: at('smeFilings'),
  },
  {
    name: 'project 6: no targets at all fails on all four figures',
    line: '6',
    rule: 'target',
    mutate: (a) => void delete a.targets,
    findings: at('smeFilings', 'highTechCultivated', 'competitionEntries', 'mentors'),
  },
];

const project8: RuleCase[] = [
  {
    name: 'project 8: one breakthrough passes',
    line: '8',
    rule: 'target',
    index: 0,
    mutate: withTarget('breakthroughs', 1),
  },
  {
    name: 'project 8: no breakthrough fails',
    line: '8',
    rule: 'target',
    index: 0,
    mutate: withTarget('breakthroughs', 0),
    findings: at('breakthroughs'),
  },
  {
    name: 'project 8: three demonstration platforms pass',
    line: '8',
    rule: 'target',
    index: 1,
    mutate: withTarget('platforms', 3),
  },
  {
    name: 'project 8: no demonstration platform fails',
    line: '8',
    rule: 'target',
    index: 1,
    mutate: withTarget('platforms', 0),
    findings: at('platforms'),
  },
  {
    name: 'project 8: one talent team passes',
    line: '8',
    rule: 'target',
    index: 2,
    mutate: withTarget('talentTeams', 1),
  },
  {
    name: 'project 8: no talent team stated fails',
    line: '8',
    rule: 'target',
    index: 2,
    mutate: without('talentTeams'),
    findings: at('talentTeams'),
  },
];

const thresholds: RuleCase[] = [
  { name: 'project 10: one patent passes', line: '10', rule: 'target', mutate: withTarget('patents', 1) },
  {
    name: 'project 10: no patent fails',
    line: '10',
    rule: 'target',
    mutate: withTarget('patents', 0),
    findings: at('patents'),
  },
  {
    name: 'project 11: revenue of exactly 1000 passes',
    line: '11',
    rule: 'target',
    mutate: withTarget('revenue', 1000),
  },
  {
    name: 'project 11: revenue of 999 fails',
    line: '11',
    rule: 'target',
    mutate: withTarget('revenue', 999),
    findings: at('revenue'),
  },
  {
    name: 'project 12: a technology transaction of exactly 1500 passes',
    line: '12',
    rule: 'target',
    index: 0,
    mutate: withTarget('techTransaction', 1500),
  },
  {
    name: 'project 12: a technology transaction of 1499 fails',
    line: '12',
    rule: 'target',
    index: 0,
    mutate: withTarget('techTransaction', 1499),
    findings: at('techTransaction'),
  },
  {
    name: 'project 12: revenue of exactly 2000 passes',
    line: '12',
    rule: 'target',
    index: 1,
    mutate: withTarget('revenue', 2000),
  },
  {
    name: 'project 12: revenue of 1999.99 fails',
    line: '12',
    rule: 'target',
    index: 1,
    mutate: withTarget('revenue', 1999.99),
    findings: at('revenue'),
  },
  { name: 'project 13: one breakthrough passes', line: '13', rule: 'target', mutate: withTarget('breakthroughs', 1) },
  {
    name: 'project 13: no breakthrough fails',
    line: '13',
    rule: 'target',
    mutate: withTarget('breakthroughs', 0),
    findings: at('breakthroughs'),
  },
];

const poverty = (t: Targets) => targets({ poorVillages: 2, ...t });
const project14: RuleCase[] = [
  {
    name: 'project 14: two poor villages pass',
    line: '14',
    rule: 'target',
    index: 0,
    mutate: withTarget('poorVillages', 2),
  },
  {
    name: 'project 14: one poor village fails',
    line: '14',
    rule: 'target',
    index: 0,
    mutate: withTarget('poorVillages', 1),
    findings: at('poorVillages'),
  },
  {
    name: 'project 14: 100 poor households alone meet the one-of-three target',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({ poorHouseholds: 100 }),
  },
  {
    name: 'project 14: an industry coverage of 80% alone meets the one-of-three target',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({ industryCoverage: 0.8 }),
  },
  {
    name: 'project 14: a village income rise of 5 alone meets the one-of-three target',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({ villageIncome: 5 }),
  },
  {
    name: 'project 14: 99 households, 79% coverage and a rise of 4.99 meet none of the three and fail',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({ poorHouseholds: 99, industryCoverage: 0.79, villageIncome: 4.99 }),
    findings: at('poorHouseholds'),
  },
  {
    name: 'project 14: only a coverage of 50% fails, pointing at the coverage',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({ industryCoverage: 0.5 }),
    findings: at('industryCoverage'),
  },
  {
    name: 'project 14: none of the three stated fails',
    line: '14',
    rule: 'target',
    index: 1,
    mutate: poverty({}),
    findings: at('poorHouseholds'),
  },
];

export const targetCases: RuleCase[] = [
  ...newProductLines,
  ...project2,
  ...project5of2,
  ...project6,
  ...project8,
  ...thresholds,
  ...project14,
];
