import type { Predicate, Requirement, RuleKind } from '../guideline/schema.js';

/**
 * Where in application.yaml a requirement is shown: beside the key it is about.
 * `notes` is the header (what no rule can check), `targets`, `attachments` and
 * `declarations` are blocks that show their own requirements.
 */
export function anchorOf(r: Requirement): string {
  // A lead type asked only of some projects sits beside the flag that says which.
  if (r.rule === 'lead-type') return r.when?.flag ?? 'applicant.type';
  if (r.rule === 'priority') return predicateAnchor(r.params.anyOf[0]!);
  return ANCHORS[r.rule];
}

const ANCHORS: Record<Exclude<RuleKind, 'lead-type' | 'priority'>, string> = {
  'in-guilin': 'applicant.inGuilin',
  period: 'period',
  'funding-range': 'funding.requested',
  'credit-code': 'applicant.creditCode',
  'matching-ratio': 'funding.matching',
  platform: 'applicant.platforms',
  'high-tech': 'applicant.highTech',
  field: 'fields',
  partners: 'partners',
  talent: 'talent',
  commissioner: 'commissioner',
  target: 'targets',
  attachment: 'attachments',
  'attachment-file': 'attachments',
  declaration: 'declarations',
  note: 'notes',
  'no-duplicate-subsidy': 'notes',
  ethics: 'notes',
};

function predicateAnchor(p: Predicate): string {
  if (p.partnerType) return 'partners';
  if (p.platform || p.noPlatform) return 'applicant.platforms';
  if (p.talentRoute) return 'talent';
  if (p.flag) return p.flag;
  return 'applicant.type';
}

/** The keys of application.yaml a comment can sit beside. */
export const KEY_ANCHORS = [
  'fields',
  'period',
  'funding.requested',
  'funding.matching',
  'applicant.type',
  'applicant.inGuilin',
  'applicant.creditCode',
  'applicant.highTech',
  'applicant.platforms',
  'partners',
  'talent',
  'commissioner',
] as const;
