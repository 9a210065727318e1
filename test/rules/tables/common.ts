import { GUIDE_FACTS } from '../../support/guide-facts.js';
import {
  attachmentFiles,
  type ApplicationData,
  VALID_CREDIT_CODE,
  validApplication,
} from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/**
 * The four requirements every line carries, for each of the 19 lines; periods and
 * amounts from the hand-copied facts of the guide (support/guide-facts.ts).
 */

/** Lines whose content is addressed to 我市企业、驻桂林科研院所和高校. */
const CONTENT_ADDRESSES_GUILIN = ['8', '13'];

const WRONG_DIGIT = '91450300MA5L0B2Q1X';

/** A malformed credit code: a warning, so the application still passes. */
const warns = (name: string, line: string, creditCode: string): RuleCase => ({
  name,
  line,
  rule: 'credit-code',
  mutate: (a) => void (a.applicant.creditCode = creditCode),
  findings: [{ rule: 'credit-code', path: 'applicant.creditCode', severity: 'warning', basis: 'convention' }],
});

/**
 * The attached guide sets no general residence condition: outside Guilin is a warning
 * of the tool's own (convention) on every line, resting on the content on 8 and 13.
 */
export const inGuilinCases: RuleCase[] = GUIDE_FACTS.flatMap((f): RuleCase[] => [
  {
    name: `an applicant registered in Guilin passes line ${f.code}`,
    line: f.code,
    rule: 'in-guilin',
    mutate: (a) => void (a.applicant.inGuilin = true),
  },
  {
    name: `an applicant outside Guilin passes line ${f.code} with a warning (${CONTENT_ADDRESSES_GUILIN.includes(f.code) ? 'the content addresses Guilin' : 'the guide sets no such condition'})`,
    line: f.code,
    rule: 'in-guilin',
    mutate: (a) => void (a.applicant.inGuilin = false),
    findings: [
      {
        rule: 'in-guilin',
        path: 'applicant.inGuilin',
        severity: 'warning',
        basis: CONTENT_ADDRESSES_GUILIN.includes(f.code) ? 'content' : 'convention',
      },
    ],
  },
]);

/**
 * Every listed attachment's file, whatever its kind: a missing file of a required
 * attachment fails; of any other, warns. (The kinds of trouble: attachment-file.test.ts.)
 */
export const attachmentFileCases: RuleCase[] = GUIDE_FACTS.flatMap(({ code }): RuleCase[] => {
  const extra = (a: ApplicationData) =>
    void (a.attachments = [...(a.attachments ?? []), { kind: 'other', file: 'attachments/补充材料.pdf' }]);
  const at = `attachments[${(validApplication(code).attachments ?? []).length}].file`;
  return [
    {
      name: `line ${code}: every listed attachment's file on disk passes`,
      line: code,
      rule: 'attachment-file',
      mutate: extra,
    },
    {
      name: `line ${code}: a further attachment whose file is missing is a warning`,
      line: code,
      rule: 'attachment-file',
      mutate: extra,
      files: (a) => attachmentFiles(a).filter((f) => f !== 'attachments/补充材料.pdf'),
      findings: [{ rule: 'attachment-file', path: at, severity: 'warning' }],
    },
  ];
});

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
