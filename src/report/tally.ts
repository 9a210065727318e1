import type { FileResult } from './file-result.js';

/**
 * The running totals of a batch, added to one result at a time: what every report
 * ends (or, in markdown, begins) with and what decides the exit code, without
 * keeping the results.
 */
export class Tally {
  files = 0;
  pass = 0;
  fail = 0;
  error = 0;
  /** Warnings and notes: what `--quiet` leaves out and says it left out. */
  hidden = 0;

  add(r: FileResult): void {
    this.files++;
    this[r.status]++;
    const findings = r.findings;
    for (let i = 0; i < findings.length; i++) if (findings[i]!.severity !== 'error') this.hidden++;
  }

  /** The spec's `summary` of `check --format json`. */
  counts(): { files: number; pass: number; fail: number; error: number } {
    return { files: this.files, pass: this.pass, fail: this.fail, error: this.error };
  }
}
