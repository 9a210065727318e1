import type { Basis, Requirement, RuleKind, Severity } from './schema.js';

/**
 * What a rule may weigh, by what it rests on (application-format.md, Rules): only a
 * sentence of the guide's 申报要求 can fail an application; its content only warns;
 * a priority only informs; the tool's own checks never claim to be the guide's.
 */
const SEVERITIES: Record<Basis, readonly Severity[]> = {
  requirement: ['error'],
  content: ['warning'],
  encouraged: ['info'],
  convention: ['warning', 'info'],
};

/** Reminders are shown on every application of their line and demand nothing: info, whatever they rest on. */
const REMINDERS: ReadonlySet<RuleKind> = new Set<RuleKind>(['no-duplicate-subsidy', 'ethics']);

export function allowedSeverities(r: Pick<Requirement, 'rule' | 'basis'>): readonly Severity[] {
  return REMINDERS.has(r.rule) ? ['info'] : SEVERITIES[r.basis];
}

/** The rule's weight: its own where it states one, else the first its basis allows. */
export function severityOf(r: Pick<Requirement, 'rule' | 'basis' | 'severity'>): Severity {
  return r.severity ?? allowedSeverities(r)[0]!;
}
