import type { ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/** The platforms an applicant must hold (5-1, 6, 7): kinds and levels. */

const holding = (kind: string, level: string) => (a: ApplicationData) =>
  void (a.applicant.platforms = [{ kind, level }]);
const lacking = [{ rule: 'platform', path: 'applicant.platforms' }];

export const platformCases: RuleCase[] = [
  // 5-1: 限国家/部委重点实验室或广西重大科技创新基地申报
  {
    name: '5-1: a national key laboratory may apply',
    line: '5-1',
    rule: 'platform',
    mutate: holding('key_lab', 'national'),
  },
  {
    name: '5-1: a ministerial key laboratory may apply',
    line: '5-1',
    rule: 'platform',
    mutate: holding('key_lab', 'ministry'),
  },
  {
    name: '5-1: a Guangxi key laboratory may not apply',
    line: '5-1',
    rule: 'platform',
    mutate: holding('key_lab', 'guangxi'),
    findings: lacking,
  },
  {
    name: '5-1: a Guangxi major innovation base may apply',
    line: '5-1',
    rule: 'platform',
    mutate: holding('innovation_base', 'guangxi'),
  },
  {
    name: '5-1: a national major innovation base passes with a warning to confirm (the guide names Guangxi bases)',
    line: '5-1',
    rule: 'platform',
    mutate: holding('innovation_base', 'national'),
    findings: [{ rule: 'platform', path: 'applicant.platforms[0]', severity: 'warning', basis: 'content' }],
  },
  {
    name: '5-1: a city major innovation base may not apply',
    line: '5-1',
    rule: 'platform',
    mutate: holding('innovation_base', 'city'),
    findings: lacking,
  },
  {
    name: '5-1: a national engineering centre is not a key laboratory',
    line: '5-1',
    rule: 'platform',
    mutate: holding('engineering_center', 'national'),
    findings: lacking,
  },
  {
    name: '5-1: an applicant without platforms may not apply',
    line: '5-1',
    rule: 'platform',
    mutate: (a) => void delete a.applicant.platforms,
    findings: lacking,
  },
  {
    name: '5-1: a qualifying platform anywhere in the list counts',
    line: '5-1',
    rule: 'platform',
    mutate: (a) =>
      void (a.applicant.platforms = [
        { kind: 'key_lab', level: 'city' },
        { kind: 'key_lab', level: 'national' },
      ]),
  },
  // 6: 孵化器、大学科技园、众创空间等创新创业载体
  {
    name: 'project 6: a national maker space may apply',
    line: '6',
    rule: 'platform',
    mutate: holding('maker_space', 'national'),
  },
  {
    name: 'project 6: a Guangxi university science park may apply, without the priority of incubators and maker spaces',
    line: '6',
    rule: 'platform',
    mutate: holding('university_science_park', 'guangxi'),
    findings: [{ rule: 'priority', path: 'applicant', severity: 'info' }],
  },
  {
    name: 'project 6: a key laboratory passes with a warning, its content being addressed to carriers (and misses the priority)',
    line: '6',
    rule: 'platform',
    mutate: holding('key_lab', 'national'),
    findings: [
      { rule: 'platform', path: 'applicant.platforms', severity: 'warning', basis: 'content' },
      { rule: 'priority', path: 'applicant', severity: 'info' },
    ],
  },
  // 7: 限自治区级以上农业科技园区、星创天地和农业工程技术研究中心申报
  {
    name: 'project 7: a Guangxi agricultural science park may apply',
    line: '7',
    rule: 'platform',
    mutate: holding('agri_science_park', 'guangxi'),
  },
  {
    name: 'project 7: a national rural maker space may apply',
    line: '7',
    rule: 'platform',
    mutate: holding('rural_maker_space', 'national'),
  },
  {
    name: 'project 7: a Guangxi agricultural engineering centre may apply',
    line: '7',
    rule: 'platform',
    mutate: holding('agri_engineering_center', 'guangxi'),
  },
  {
    name: 'project 7: a city agricultural science park may not apply',
    line: '7',
    rule: 'platform',
    mutate: holding('agri_science_park', 'city'),
    findings: lacking,
  },
  {
    name: 'project 7: a county rural maker space may not apply',
    line: '7',
    rule: 'platform',
    mutate: holding('rural_maker_space', 'county'),
    findings: lacking,
  },
  {
    name: 'project 7: a Guangxi engineering centre that is not agricultural may not apply',
    line: '7',
    rule: 'platform',
    mutate: holding('engineering_center', 'guangxi'),
    findings: lacking,
  },
  {
    name: 'project 7: the Chinese labels 星创天地 and 自治区级 are understood',
    line: '7',
    rule: 'platform',
    mutate: holding('星创天地', '自治区级'),
  },
];
