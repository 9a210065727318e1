import type { ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** Who may lead each line (the spec's `lead-type` rows). */

const asType = (type: string) => (a: { applicant: { type: string } }) => void (a.applicant.type = type);
const refused = [{ rule: 'lead-type', path: 'applicant.type' }];
/** 生态产业项目需企业牵头: the rule applies only when `ecoIndustry` is true. */
const project16 = (ecoIndustry: boolean | undefined, type: string) => (a: ApplicationData) => {
  if (ecoIndustry === undefined) delete a.ecoIndustry;
  else a.ecoIndustry = ecoIndustry;
  a.applicant.type = type;
};

const enterpriseOnly = ['1', '2', '3', '4', '10', '11', '12'].flatMap((line): RuleCase[] => [
  { name: `an enterprise may lead project ${line}`, line, rule: 'lead-type', mutate: asType('enterprise') },
  {
    name: `a university may not lead project ${line}`,
    line,
    rule: 'lead-type',
    mutate: asType('university'),
    findings: refused,
  },
  {
    name: `a research institute may not lead project ${line}`,
    line,
    rule: 'lead-type',
    mutate: asType('research_institute'),
    findings: refused,
  },
]);

/** The content, not a 申报要求, names enterprises, universities and institutes: a warning to confirm. */
const addressed = [
  { rule: 'lead-type', path: 'applicant.type', severity: 'warning' as const, basis: 'content' as const },
];
/** Line 9 gives priority to enterprises only (设立院士工作站或引进可持续发展智库专家的企业). */
const noPriority = (line: string) =>
  line === '9' ? [{ rule: 'priority', path: 'applicant', severity: 'info' as const }] : [];

const enterpriseUniversityInstitute = ['8', '9', '13'].flatMap((line): RuleCase[] => [
  { name: `an enterprise may lead line ${line}`, line, rule: 'lead-type', mutate: asType('enterprise') },
  {
    name: `a university may lead line ${line}`,
    line,
    rule: 'lead-type',
    mutate: asType('university'),
    findings: noPriority(line),
  },
  {
    name: `a research institute may lead line ${line}`,
    line,
    rule: 'lead-type',
    mutate: asType('research_institute'),
    findings: noPriority(line),
  },
  {
    name: `a hospital leading line ${line} passes with a warning: the content addresses others`,
    line,
    rule: 'lead-type',
    mutate: asType('hospital'),
    findings: [...addressed, ...noPriority(line)],
  },
  {
    name: `a government agency leading line ${line} passes with a warning: the content addresses others`,
    line,
    rule: 'lead-type',
    mutate: asType('government'),
    findings: [...addressed, ...noPriority(line)],
  },
]);

export const leadTypeCases: RuleCase[] = [
  ...enterpriseOnly,
  ...enterpriseUniversityInstitute,
  { name: 'an enterprise may lead line 5-2', line: '5-2', rule: 'lead-type', mutate: asType('enterprise') },
  { name: 'a university may lead line 5-2', line: '5-2', rule: 'lead-type', mutate: asType('university') },
  {
    name: 'a research institute may lead line 5-2',
    line: '5-2',
    rule: 'lead-type',
    mutate: asType('research_institute'),
  },
  {
    name: 'a hospital leading line 5-2 passes with a warning (and misses its priority)',
    line: '5-2',
    rule: 'lead-type',
    mutate: asType('hospital'),
    findings: [...addressed, { rule: 'priority', path: 'applicant', severity: 'info' }],
  },
  {
    name: 'a social organization may not lead project 12',
    line: '12',
    rule: 'lead-type',
    mutate: asType('social_organization'),
    findings: refused,
  },
  { name: 'the Chinese label 企业 names an enterprise', line: '11', rule: 'lead-type', mutate: asType('企业') },
  {
    name: 'an enterprise may lead an ecological industry project of 16',
    line: '16',
    rule: 'lead-type',
    mutate: project16(true, 'enterprise'),
  },
  {
    name: 'a university may not lead an ecological industry project of 16',
    line: '16',
    rule: 'lead-type',
    mutate: project16(true, 'university'),
    findings: refused,
  },
  {
    name: 'a university may lead a project of 16 that is not an ecological industry one',
    line: '16',
    rule: 'lead-type',
    mutate: project16(false, 'university'),
  },
  {
    name: 'a hospital leading a major project of 16 that does not say whether it is ecological is asked to say',
    line: '16',
    tier: 'major',
    rule: 'lead-type',
    mutate: project16(undefined, 'hospital'),
    findings: [{ rule: 'lead-type', path: 'ecoIndustry', severity: 'warning', basis: 'convention' }],
  },
];
