import type { RuleKind, Severity } from '../guideline/schema.js';

/** What a requirement weighs when the guideline does not say: the spec's rule table. */
export const DEFAULT_SEVERITY: Record<RuleKind, Severity> = {
  'in-guilin': 'error',
  period: 'error',
  'funding-range': 'error',
  'credit-code': 'warning',
  'lead-type': 'error',
  'matching-ratio': 'error',
  target: 'error',
  platform: 'error',
  attachment: 'error',
  partners: 'error',
  talent: 'error',
  'high-tech': 'error',
  field: 'error',
  commissioner: 'error',
  declaration: 'error',
  priority: 'info',
  note: 'info',
};
