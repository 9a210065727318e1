import type { Predicate, Requirement } from '../guideline/schema.js';

/**
 * Where in application.yaml a requirement is shown: beside the key it is about.
 * `notes` is the header (what no rule can check), `targets`, `attachments` and
 * `declarations` are blocks that show their own requirements.
 */
export function anchorOf(r: Requirement): string {
  switch (r.rule) {
    case 'in-guilin':
      return 'applicant.inGuilin';
    case 'period':
      return 'period';
    case 'funding-range':
      return 'funding.requested';
    case 'credit-code':
      return 'applicant.creditCode';
    case 'lead-type':
      // A lead type asked only of some projects sits beside the flag that says which.
      return r.when?.flag ?? 'applicant.type';
    case 'matching-ratio':
      return 'funding.matching';
    case 'platform':
      return 'applicant.platforms';
    case 'high-tech':
      return 'applicant.highTech';
    case 'field':
      return 'fields';
    case 'partners':
      return 'partners';
    case 'talent':
      return 'talent';
    case 'commissioner':
      return 'commissioner';
    case 'priority':
      return predicateAnchor(r.params.anyOf[0]!);
    case 'target':
      return 'targets';
    case 'attachment':
    case 'attachment-file':
      return 'attachments';
    case 'declaration':
      return 'declarations';
    case 'note':
    case 'no-duplicate-subsidy':
    case 'ethics':
      return 'notes';
  }
}

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
