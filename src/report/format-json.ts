import type { BatchSummary } from './summary.js';
import { NO_FACTS, type FileResult, type Finding } from './file-result.js';
import { shownFindings, type WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';
import type { Tally } from './tally.js';

/**
 * `check --format json`: exactly the spec's contract, keys in its order; `--summary`
 * adds a `report` key and nothing else. v1.1 adds each file's `application` after its status.
 *
 * The text of `JSON.stringify({files, summary, report}, null, 2)`, written a file at a
 * time: each value is stringified alone and indented to its depth, which is all the
 * indentation of the whole would add (strings hold no raw line breaks).
 */
export function createJsonWriter(options: WriterOptions): ReportWriter {
  let first = true;
  return {
    head: () => '{\n  "files": [',
    file(r) {
      const piece = `${first ? '' : ','}\n    ${fileJson(r, shownFindings(r, options.quiet))}`;
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

/** A finding's keys after `rule`, in the spec's order. */
const FINDING_KEYS = ['severity', 'message', 'path', 'line', 'column', 'clause', 'basis', 'reference'] as const;

/**
 * One file's entry, as `indented({file, code, status, application, findings}, '    ')` would write
 * it, built directly: stringifying each file's object and re-indenting the text was
 * a measurable part of a large batch's report (docs/PERFORMANCE.md).
 */
function fileJson(r: FileResult, findings: Finding[]): string {
  const head =
    `{\n      "file": ${JSON.stringify(r.file)},\n      "code": ${JSON.stringify(r.code)},` +
    `\n      "status": ${JSON.stringify(r.status)},` +
    `\n      "application": ${indented(r.application ?? NO_FACTS, '      ')},\n      "findings": `;
  if (findings.length === 0) return `${head}[]\n    }`;
  let s = '[';
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    let body = `\n          "rule": ${JSON.stringify(f.rule)}`;
    for (const key of FINDING_KEYS) {
      // undefined (a finding without a `reference`) is left out, as JSON.stringify of the whole would.
      const text = JSON.stringify(f[key]) as string | undefined;
      if (text !== undefined) body += `,\n          "${key}": ${text}`;
    }
    s += `${i === 0 ? '' : ','}\n        {${body}\n        }`;
  }
  return `${head}${s}\n      ]\n    }`;
}
