import type { ApplicationData, Partner } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** 优先支持/鼓励: an unmet priority is an `info` finding; the application still passes. */

const partners = (list: Partner[]) => (a: ApplicationData) => void (a.partners = list);
const INSTITUTE: Partner = { name: '中国科学院某某研究所', type: 'research_institute', country: 'CN' };
const UNIVERSITY: Partner = { name: '广西师范大学', type: 'university', country: 'CN' };
const ENTERPRISE: Partner = { name: '桂林某某机械有限公司', type: 'enterprise', country: 'CN' };
const info = (path: string) => [{ rule: 'priority', path, severity: 'info' as const }];

const industryAcademia = ['1', '2', '3', '4'].flatMap((line): RuleCase[] => [
  {
    name: `project ${line}: a university partner meets the encouraged cooperation`,
    line,
    rule: 'priority',
    mutate: partners([UNIVERSITY]),
  },
  {
    name: `project ${line}: a research institute partner meets the encouraged cooperation`,
    line,
    rule: 'priority',
    mutate: partners([INSTITUTE]),
  },
  {
    name: `project ${line}: an enterprise partner alone is noted as no industry–academia cooperation`,
    line,
    rule: 'priority',
    mutate: partners([ENTERPRISE]),
    findings: info('partners'),
  },
  {
    name: `project ${line}: no partner is noted as no industry–academia cooperation`,
    line,
    rule: 'priority',
    mutate: (a) => void delete a.partners,
    findings: info('partners'),
  },
]);

const lab = (type: string, level?: string) => (a: ApplicationData) => {
  a.applicant.type = type;
  a.applicant.platforms = level ? [{ kind: 'key_lab', level }] : [];
};

export const priorityCases: RuleCase[] = [
  ...industryAcademia,
  { name: '5-2: an enterprise has priority', line: '5-2', rule: 'priority', mutate: lab('enterprise', 'guangxi') },
  {
    name: '5-2: a university without a key laboratory has priority',
    line: '5-2',
    rule: 'priority',
    mutate: lab('university'),
  },
  {
    name: '5-2: a research institute with only a city key laboratory has priority',
    line: '5-2',
    rule: 'priority',
    mutate: lab('research_institute', 'city'),
  },
  {
    name: '5-2: a university that already has a Guangxi key laboratory has no priority',
    line: '5-2',
    rule: 'priority',
    mutate: lab('university', 'guangxi'),
    findings: info('applicant'),
  },
  {
    // 尚未建立有广西重点实验室: the guide names the Guangxi level, and a national laboratory is not one.
    name: '5-2: a research institute with a national key laboratory but no Guangxi one has priority',
    line: '5-2',
    rule: 'priority',
    mutate: lab('research_institute', 'national'),
  },
  { name: 'project 6: a city-level incubator has priority', line: '6', rule: 'priority' },
  {
    name: 'project 6: a national maker space has priority',
    line: '6',
    rule: 'priority',
    mutate: (a) => void (a.applicant.platforms = [{ kind: 'maker_space', level: 'national' }]),
  },
  {
    name: 'project 6: a county-level incubator is eligible but has no priority',
    line: '6',
    rule: 'priority',
    mutate: (a) => void (a.applicant.platforms = [{ kind: 'incubator', level: 'county' }]),
    findings: info('applicant'),
  },
  { name: 'project 7: applying with a research institute has priority', line: '7', rule: 'priority' },
  {
    name: 'project 7: applying with a university only has no priority',
    line: '7',
    rule: 'priority',
    mutate: partners([UNIVERSITY]),
    findings: info('partners'),
  },
  {
    name: 'project 7: applying alone has no priority',
    line: '7',
    rule: 'priority',
    mutate: (a) => void delete a.partners,
    findings: info('partners'),
  },
  { name: 'project 9: an enterprise with an academician workstation has priority', line: '9', rule: 'priority' },
  {
    name: 'project 9: engaging a think-tank expert has priority',
    line: '9',
    rule: 'priority',
    mutate: (a) => {
      delete a.applicant.platforms;
      a.talent = { route: 'think_tank', name: '钱专家', serviceRatio: 0.6 };
      delete a.attachments;
    },
  },
  {
    name: 'project 9: introduced talent without a workstation has no priority',
    line: '9',
    rule: 'priority',
    mutate: (a) => void delete a.applicant.platforms,
    findings: info('applicant'),
  },
];
