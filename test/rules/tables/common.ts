import { GUIDE_FACTS } from '../../support/guide-facts.js';
import { VALID_CREDIT_CODE } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/**
 * The four requirements every line carries, for each of the 19 lines; periods and
 * amounts from the hand-copied facts of the guide (support/guide-facts.ts).
 */

const WRONG_DIGIT = '91450300MA5L0B2Q1X';

/** A malformed credit code: a warning, so the application still passes. */
const warns = (name: string, line: string, creditCode: string): RuleCase => ({
  name,
  line,
  rule: 'credit-code',
  mutate: (a) => void (a.applicant.creditCode = creditCode),
  findings: [{ rule: 'credit-code', path: 'applicant.creditCode', severity: 'warning' }],
});

export const inGuilinCases: RuleCase[] = GUIDE_FACTS.flatMap((f): RuleCase[] => [
  {
    name: `an applicant registered in Guilin passes line ${f.code}`,
    line: f.code,
    rule: 'in-guilin',
    mutate: (a) => void (a.applicant.inGuilin = true),
  },
  {
    name: `an applicant outside Guilin fails line ${f.code}`,
    line: f.code,
    rule: 'in-guilin',
    mutate: (a) => void (a.applicant.inGuilin = false),
    findings: [{ rule: 'in-guilin', path: 'applicant.inGuilin' }],
  },
]);

export const periodCases: RuleCase[] = GUIDE_FACTS.flatMap(({ code, period: { start, end } }): RuleCase[] => [
  {
    name: `line ${code} accepts exactly its years ${start}–${end}`,
    line: code,
    rule: 'period',
    mutate: (a) => void (a.period = { start, end }),
  },
  {
    name: `line ${code} accepts one year, its last (${end})`,
    line: code,
    rule: 'period',
    mutate: (a) => void (a.period = { start: end, end }),
  },
  {
    name: `line ${code} refuses a start in ${start - 1}, before its years`,
    line: code,
    rule: 'period',
    mutate: (a) => void (a.period = { start: start - 1, end }),
    findings: [{ rule: 'period', path: 'period.start' }],
  },
  {
    name: `line ${code} refuses an end in ${end + 1}, after its years`,
    line: code,
    rule: 'period',
    mutate: (a) => void (a.period = { start, end: end + 1 }),
    findings: [{ rule: 'period', path: 'period.end' }],
  },
  {
    name: `line ${code} refuses a reversed period ${end}–${start}`,
    line: code,
    rule: 'period',
    mutate: (a) => void (a.period = { start: end, end: start }),
    findings: [{ rule: 'period', path: 'period' }],
  },
]);

export const fundingRangeCases: RuleCase[] = GUIDE_FACTS.flatMap(({ code, tiers }) =>
  tiers.flatMap(({ tier, min, max }): RuleCase[] => {
    const t = tier ?? undefined;
    const of = `line ${code}${tier ? ` ${tier}` : ''}`;
    const asking = (n: number) => (a: { funding: { requested: number } }) => void (a.funding.requested = n);
    const outside = [{ rule: 'funding-range', path: 'funding.requested' }];
    return [
      min === null
        ? {
            name: `${of} has no lower bound ("不超过${max}"): asking 1 passes`,
            line: code,
            tier: t,
            rule: 'funding-range',
            mutate: asking(1),
          }
        : { name: `${of} accepts its minimum ${min}`, line: code, tier: t, rule: 'funding-range', mutate: asking(min) },
      { name: `${of} accepts its maximum ${max}`, line: code, tier: t, rule: 'funding-range', mutate: asking(max) },
      ...(min === null
        ? []
        : [
            {
              name: `${of} refuses ${min - 1}, below its minimum ${min}`,
              line: code,
              tier: t,
              rule: 'funding-range',
              mutate: asking(min - 1),
              findings: outside,
            },
          ]),
      {
        name: `${of} refuses ${max + 1}, above its maximum ${max}`,
        line: code,
        tier: t,
        rule: 'funding-range',
        mutate: asking(max + 1),
        findings: outside,
      },
    ];
  }),
);

export const creditCodeCases: RuleCase[] = [
  ...GUIDE_FACTS.flatMap(({ code }): RuleCase[] => [
    {
      name: `a credit code with the right check digit passes line ${code}`,
      line: code,
      rule: 'credit-code',
      mutate: (a) => void (a.applicant.creditCode = VALID_CREDIT_CODE),
    },
    warns(`a credit code with a wrong check digit is a warning on line ${code}, not a failure`, code, WRONG_DIGIT),
  ]),
  // 91350100M000100Y43: a code published as an example of GB 32100-2015.
  {
    name: 'another real credit code (91350100M000100Y43) passes',
    line: '1',
    rule: 'credit-code',
    mutate: (a) => void (a.applicant.creditCode = '91350100M000100Y43'),
  },
  {
    name: 'an application without a credit code passes (it is optional)',
    line: '1',
    rule: 'credit-code',
    mutate: (a) => void delete a.applicant.creditCode,
  },
  warns('a credit code of 17 characters is a warning', '1', '91450300MA5L0B2Q1'),
  warns('a credit code of 19 characters is a warning', '9', '91450300MA5L0B2Q1Y0'),
  warns('a credit code with a letter the standard excludes (I) is a warning', '1', '91450300MA5I0B2Q1Y'),
  warns('a credit code in lower case is a warning', '1', '91450300ma5l0b2q1y'),
];
