import type { FileResult, Finding } from '../check/types.js';
import { counts, shownFindings, type ReportOptions } from './report-options.js';

/**
 * `check --format json`: exactly the spec's contract, keys in its order; `--summary`
 * adds a `report` key and nothing else. `meta` never leaks out.
 */
export function formatJson(results: readonly FileResult[], options: ReportOptions): string {
  const files = results.map((r) => ({
    file: r.file,
    code: r.code,
    status: r.status,
    findings: shownFindings(r, options.quiet).map(findingJson),
  }));
  const out: Record<string, unknown> = { files, summary: counts(results) };
  if (options.summary) out.report = options.summary;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function findingJson(f: Finding): Finding {
  return { rule: f.rule, severity: f.severity, message: f.message, path: f.path, line: f.line, column: f.column, clause: f.clause };
}
