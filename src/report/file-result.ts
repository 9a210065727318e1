import type { Basis, Severity } from '../guideline/schema.js';

/** One problem found in one file: the shape of `check --format json`. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: string | null;
  line: number | null;
  column: number | null;
  clause: string | null;
  /** What the rule rests on (application-format.md, Rules); null for the file's form (yaml, schema). */
  basis: Basis | null;
  /** What a `convention` rests on instead of a clause (`GB 32100-2015`); undefined otherwise. */
  reference?: string | undefined;
}

export type FileStatus = 'pass' | 'fail' | 'error';

export interface FileResult {
  file: string;
  code: string | null;
  status: FileStatus;
  findings: Finding[];
  /** What the file says of itself, for the register (受理清单) and the summary; none when unread. */
  application?: ApplicationFacts;
  /** Set when the file is no application at all (a saved profile, a guideline): skipped, not judged. */
  skipped?: 'profile' | 'guideline';
}

/**
 * The spec's v1.1 `application` of a file result: each fact as the file states it
 * when it is well-typed, `null` otherwise. Vocabulary facts are ids (`office` is the
 * line's, told from its project and direction).
 */
export interface ApplicationFacts {
  applicant: string | null;
  creditCode: string | null;
  applicantType: string | null;
  title: string | null;
  tier: string | null;
  /** 万元 */
  requested: number | null;
  /** 万元 */
  matching: number | null;
  office: string | null;
  period: { start: number | null; end: number | null } | null;
}

export const NO_FACTS: ApplicationFacts = Object.freeze({
  applicant: null,
  creditCode: null,
  applicantType: null,
  title: null,
  tier: null,
  requested: null,
  matching: null,
  office: null,
  period: null,
}) as ApplicationFacts;

export function statusOf(findings: Finding[]): FileStatus {
  for (let i = 0; i < findings.length; i++) if (findings[i]!.severity === 'error') return 'fail';
  return 'pass';
}
