export interface FileJson {
  file: string;
  status: 'pass' | 'fail' | 'error';
  findings: { rule: string; severity: string; message: string; line: number | null; column: number | null }[];
}

/** A stack trace, or Node's own report of an uncaught error: what a user must never see. */
export const STACK_TRACE =
  /^\s+at .+:\d+:\d+\)?$|node:internal|Uncaught|\bTypeError\b|\bRangeError\b|\bReferenceError\b/m;
