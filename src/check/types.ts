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
  /** Facts the batch summary needs; not part of the per-file JSON. */
  meta?: {
    requested?: number;
    applicant?: string;
    creditCode?: string;
    office?: string;
  };
}

export function statusOf(findings: Finding[]): FileStatus {
  for (let i = 0; i < findings.length; i++) if (findings[i]!.severity === 'error') return 'fail';
  return 'pass';
}
