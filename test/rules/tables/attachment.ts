import { attachmentFiles, type ApplicationData } from '../../support/valid-application.js';
import type { RuleCase } from '../rule-cases.js';

/**
 * Required attachments: listed AND present beside the application (a listed file
 * that does not exist counts as missing), per partner where the guide says so.
 */

const noAttachments = (a: ApplicationData) => void delete a.attachments;
const noFiles = () => [];
const missingAt = (path: string, severity?: 'warning') => [
  { rule: 'attachment', path, ...(severity ? { severity } : {}) },
];
/** The file of a listed attachment: the `attachment-file` rule's, an error where the attachment is required. */
const fileMissing = (path: string, severity?: 'warning') => [
  { rule: 'attachment-file', path, basis: 'convention' as const, ...(severity ? { severity } : {}) },
];
const dropKind = (kind: string) => (a: ApplicationData) =>
  void (a.attachments = a.attachments!.filter((x) => x.kind !== kind));

const plan = ['5-1', '5-2'].flatMap((line): RuleCase[] => [
  { name: `${line}: a development plan listed and on disk passes`, line, rule: 'attachment' },
  {
    name: `${line}: no development plan fails`,
    line,
    rule: 'attachment',
    mutate: noAttachments,
    findings: missingAt('attachments'),
  },
  {
    name: `${line}: a development plan listed but not on disk fails`,
    line,
    rule: 'attachment-file',
    files: noFiles,
    findings: fileMissing('attachments[0].file'),
  },
  {
    name: `${line}: a plan filed under another kind does not count`,
    line,
    rule: 'attachment',
    mutate: (a) => void (a.attachments![0]!.kind = 'other'),
    findings: missingAt('attachments'),
  },
]);

const recommendation = (line: string, by: string, other: string): RuleCase[] => [
  { name: `project ${line}: a recommendation by the ${by.replaceAll('_', ' ')} passes`, line, rule: 'attachment' },
  {
    name: `project ${line}: a recommendation by the ${other.replaceAll('_', ' ')} instead does not count`,
    line,
    rule: 'attachment',
    mutate: (a) => void (a.attachments![0]!.by = other),
    findings: missingAt('attachments'),
  },
  {
    name: `project ${line}: a recommendation that does not say by whom does not count`,
    line,
    rule: 'attachment',
    mutate: (a) => void delete a.attachments![0]!.by,
    findings: missingAt('attachments'),
  },
  {
    name: `project ${line}: a recommendation listed but not on disk fails`,
    line,
    rule: 'attachment-file',
    files: noFiles,
    findings: fileMissing('attachments[0].file'),
  },
  {
    name: `project ${line}: no recommendation fails`,
    line,
    rule: 'attachment',
    mutate: noAttachments,
    findings: missingAt('attachments'),
  },
];

const talent: RuleCase[] = [
  { name: 'project 9: introduced talent with its recognition document passes', line: '9', rule: 'attachment' },
  {
    name: 'project 9: introduced talent without the recognition document fails',
    line: '9',
    rule: 'attachment',
    mutate: noAttachments,
    findings: missingAt('attachments'),
  },
  {
    name: 'project 9: a recognition document listed but not on disk fails',
    line: '9',
    rule: 'attachment-file',
    files: noFiles,
    findings: fileMissing('attachments[0].file'),
  },
  {
    name: 'project 9: an academician needs no recognition document',
    line: '9',
    rule: 'attachment',
    mutate: (a) => {
      a.talent = { route: 'academician', name: '赵院士', serviceRatio: 0.5 };
      delete a.attachments;
    },
  },
];

/** 15-3 demands no ethics document (a reminder says what the guide says): one listed is a further attachment. */
const ethics: RuleCase[] = [
  {
    name: '15-3: an ethics approval listed but not on disk is only a warning, since none is required',
    line: '15-3',
    rule: 'attachment-file',
    files: noFiles,
    findings: fileMissing('attachments[0].file', 'warning'),
  },
];

// Line 8's valid application: partners[0] 桂林电子科技大学 (CN), partners[1] Fraunhofer (DE);
// attachments: [0] agreement CN, [1] agreement DE, [2] translation DE.
const perPartner: RuleCase[] = [
  {
    name: 'project 8: an enterprise building its own overseas R&D centre needs no partner and no agreement',
    line: '8',
    rule: 'attachment',
    mutate: (a) => {
      a.partners = [];
      a.attachments = [];
    },
  },
  {
    name: 'project 8: an agreement with each partner and a translation for the foreign one pass',
    line: '8',
    rule: 'attachment',
    index: 0,
  },
  {
    name: 'project 8: no agreement with the domestic partner fails on that partner',
    line: '8',
    rule: 'attachment',
    index: 0,
    mutate: (a) => void a.attachments!.splice(0, 1),
    findings: missingAt('partners[0]'),
  },
  {
    name: 'project 8: no agreement with the foreign partner fails on that partner',
    line: '8',
    rule: 'attachment',
    index: 0,
    mutate: (a) => void a.attachments!.splice(1, 1),
    findings: missingAt('partners[1]'),
  },
  {
    name: 'project 8: agreements that name no partner are matched one per partner',
    line: '8',
    rule: 'attachment',
    index: 0,
    mutate: (a) => a.attachments!.forEach((x) => x.kind === 'cooperation_agreement' && delete x.partner),
  },
  {
    name: 'project 8: one unnamed agreement covers only one of two partners',
    line: '8',
    rule: 'attachment',
    index: 0,
    mutate: (a) =>
      void (a.attachments = [{ kind: 'cooperation_agreement', file: 'attachments/合作协议.pdf' }, a.attachments![2]!]),
    findings: missingAt('partners[1]'),
  },
  {
    name: 'project 8: an agreement listed but not on disk fails',
    line: '8',
    rule: 'attachment-file',
    index: 0,
    files: (a) => attachmentFiles(a).filter((f) => !f.includes('合作协议-桂林')),
    findings: fileMissing('attachments[0].file'),
  },
  {
    name: "project 8: the foreign partner's agreement with its Chinese translation passes",
    line: '8',
    rule: 'attachment',
    index: 1,
  },
  {
    name: 'project 8: a foreign partner without a Chinese translation fails on that partner',
    line: '8',
    rule: 'attachment',
    index: 1,
    mutate: dropKind('agreement_translation'),
    findings: missingAt('partners[1]'),
  },
  {
    name: 'project 8: domestic partners need no translation',
    line: '8',
    rule: 'attachment',
    index: 1,
    mutate: (a) => {
      a.partners = [a.partners![0]!];
      a.attachments = [a.attachments![0]!];
    },
  },
  {
    name: 'project 8: a partner that gives no country is taken as domestic',
    line: '8',
    rule: 'attachment',
    index: 1,
    mutate: (a) => {
      delete a.partners![1]!.country;
      a.attachments = a.attachments!.slice(0, 2);
    },
  },
  {
    name: 'project 8: a translation listed but not on disk fails',
    line: '8',
    rule: 'attachment-file',

    files: (a) => attachmentFiles(a).filter((f) => !f.includes('译文')),
    findings: fileMissing('attachments[2].file'),
  },
  {
    name: 'project 13: an agreement and its translation for the foreign partner pass',
    line: '13',
    rule: 'attachment',
    index: 0,
  },
  {
    name: 'project 13: no agreement with the partner fails on that partner',
    line: '13',
    rule: 'attachment',
    index: 0,
    mutate: dropKind('cooperation_agreement'),
    findings: missingAt('partners[0]'),
  },
  { name: 'project 13: a foreign agreement with its translation passes', line: '13', rule: 'attachment', index: 1 },
  {
    name: 'project 13: a foreign partner without a Chinese translation fails',
    line: '13',
    rule: 'attachment',
    index: 1,
    mutate: dropKind('agreement_translation'),
    findings: missingAt('partners[0]'),
  },
  {
    name: 'project 13: a translation naming another partner does not count',
    line: '13',
    rule: 'attachment',
    index: 1,
    mutate: (a) => void (a.attachments![1]!.partner = '某某大学'),
    findings: missingAt('partners[0]'),
  },
];

export const attachmentCases: RuleCase[] = [
  ...plan,
  ...recommendation('7', 'tech_bureau', 'county_government'),
  ...recommendation('14', 'village_tech_bureau', 'county_government'),
  {
    name: "project 14: a recommendation by the applicant's own tech bureau is still accepted",
    line: '14',
    rule: 'attachment',
    mutate: (a) => void (a.attachments![0]!.by = 'tech_bureau'),
  },
  ...recommendation('16', 'county_government', 'tech_bureau'),
  ...talent,
  ...ethics,
  ...perPartner,
];
