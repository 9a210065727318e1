import type { RuleCase } from '../rule-cases.js';

/** Project 10: one of the eight national high-tech fields. */

const fields = (list: string[]) => (a: { fields: string[] }) => void (a.fields = list);
/** The fields are the content's (围绕国家重点支持的…高新技术领域), not a 申报要求: a warning. */
const outside = [{ rule: 'field', path: 'fields', severity: 'warning' as const, basis: 'content' as const }];

const HIGH_TECH = [
  'electronic_information',
  'bio_medicine',
  'aerospace',
  'new_materials',
  'high_tech_services',
  'new_energy',
  'resources_environment',
  'advanced_manufacturing',
];

export const fieldCases: RuleCase[] = [
  ...HIGH_TECH.map(
    (f): RuleCase => ({
      name: `project 10 in the high-tech field ${f} passes`,
      line: '10',
      rule: 'field',
      mutate: fields([f]),
    }),
  ),
  {
    name: 'project 10 in agriculture and new energy passes (one high-tech field is enough)',
    line: '10',
    rule: 'field',
    mutate: fields(['agriculture', 'new_energy']),
  },
  {
    name: 'project 10 in modern agriculture only passes with a warning',
    line: '10',
    rule: 'field',
    mutate: fields(['agriculture']),
    findings: outside,
  },
  {
    name: 'project 10 in culture and tourism and health care passes with a warning',
    line: '10',
    rule: 'field',
    mutate: fields(['tourism_culture', 'health_care']),
    findings: outside,
  },
];
