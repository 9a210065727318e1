import type { ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** Project 9's talent: each route and each condition of 市办发〔2017〕6号. */

type Talent = NonNullable<ApplicationData['talent']>;
const talent = (t: Partial<Talent>) => (a: ApplicationData) => void (a.talent = { ...a.talent!, ...t });
const route = (t: Talent) => (a: ApplicationData) => void (a.talent = t);
const central = (flag: boolean | undefined, category: number) => (a: ApplicationData) => {
  if (flag === undefined) delete a.applicant.centralOrRegional;
  else a.applicant.centralOrRegional = flag;
  a.talent!.category = category;
};
const at = (path: string) => [{ rule: 'talent', path }];

export const talentCases: RuleCase[] = [
  { name: 'introduced talent who leads the project, arrived in 2018, category 2, passes', line: '9', rule: 'talent' },
  {
    name: 'introduced talent who arrived on 1 January 2017 passes',
    line: '9',
    rule: 'talent',
    mutate: talent({ introducedOn: '2017-01-01' }),
  },
  {
    name: 'introduced talent who arrived on 31 December 2016 fails',
    line: '9',
    rule: 'talent',
    mutate: talent({ introducedOn: '2016-12-31' }),
    findings: at('talent.introducedOn'),
  },
  {
    name: 'introduced talent who does not lead the project fails',
    line: '9',
    rule: 'talent',
    mutate: talent({ isLeader: false }),
    findings: at('talent.isLeader'),
  },
  { name: 'introduced talent of category 1 passes', line: '9', rule: 'talent', mutate: talent({ category: 1 }) },
  {
    name: 'introduced talent of category 5 at a local unit passes',
    line: '9',
    rule: 'talent',
    mutate: central(false, 5),
  },
  {
    name: 'introduced talent of category 6 fails',
    line: '9',
    rule: 'talent',
    mutate: talent({ category: 6 }),
    findings: at('talent.category'),
  },
  {
    name: 'introduced talent of category 0 fails',
    line: '9',
    rule: 'talent',
    mutate: talent({ category: 0 }),
    findings: at('talent.category'),
  },
  {
    name: 'a central or regional unit with talent of category 3 passes',
    line: '9',
    rule: 'talent',
    mutate: central(true, 3),
  },
  {
    name: 'a central or regional unit with talent of category 4 fails (1–3 only)',
    line: '9',
    rule: 'talent',
    mutate: central(true, 4),
    findings: at('talent.category'),
  },
  {
    name: 'a unit that does not say it is central or regional may bring talent of category 4',
    line: '9',
    rule: 'talent',
    mutate: central(undefined, 4),
  },
  {
    name: 'introduced talent that states neither leadership, date nor category fails on each',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'introduced', name: '王五' }),
    findings: [...at('talent.isLeader'), ...at('talent.introducedOn'), ...at('talent.category')],
  },
  {
    name: 'an academician serving half their time passes',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'academician', name: '赵院士', serviceRatio: 0.5 }),
  },
  {
    name: 'an academician serving 49% of their time fails',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'academician', name: '赵院士', serviceRatio: 0.49 }),
    findings: at('talent.serviceRatio'),
  },
  {
    name: 'an academician who does not state the service time fails',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'academician', name: '赵院士' }),
    findings: at('talent.serviceRatio'),
  },
  {
    name: 'a think-tank expert serving 90% of their time passes',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'think_tank', name: '钱专家', serviceRatio: 0.9 }),
  },
  {
    name: 'a think-tank expert serving 30% of their time fails',
    line: '9',
    rule: 'talent',
    mutate: route({ route: 'think_tank', name: '钱专家', serviceRatio: 0.3 }),
    findings: at('talent.serviceRatio'),
  },
  {
    name: 'project 9 without any talent fails',
    line: '9',
    rule: 'talent',
    mutate: (a) => void delete a.talent,
    findings: at('talent'),
  },
];
