import type { BatchSummary } from '../check/summary.js';
import type { FileResult, Finding } from '../check/types.js';
import { shownFindings, type ReportOptions, type WriterOptions } from './report-options.js';
import { renderReport, type ReportWriter } from './report-writer.js';
import type { Tally } from './tally.js';

/**
 * `check --format json`: exactly the spec's contract, keys in its order; `--summary`
 * adds a `report` key and nothing else. `meta` never leaks out.
 */
export function formatJson(results: readonly FileResult[], options: ReportOptions): string {
  return renderReport(createJsonWriter(options), results, options.summary);
}

/**
 * The text of `JSON.stringify({files, summary, report}, null, 2)`, written a file at a
 * time: each value is stringified alone and indented to its depth, which is all the
 * indentation of the whole would add (strings hold no raw line breaks).
 */
export function createJsonWriter(options: WriterOptions): ReportWriter {
  let first = true;
  return {
    head: () => '{\n  "files": [',
    file(r) {
      const item = { file: r.file, code: r.code, status: r.status, findings: shownFindings(r, options.quiet).map(findingJson) };
      const piece = `${first ? '' : ','}\n    ${indented(item, '    ')}`;
      first = false;
      return piece;
    },
    *end(tally: Tally, summary: BatchSummary | undefined) {
      yield `${first ? '' : '\n  '}],\n  "summary": ${indented(tally.counts(), '  ')}`;
      if (summary) yield `,\n  "report": ${indented(summary, '  ')}`;
      yield '\n}\n';
    },
    close() {},
  };
}

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function findingJson(f: Finding): Finding {
  return { rule: f.rule, severity: f.severity, message: f.message, path: f.path, line: f.line, column: f.column, clause: f.clause };
}
