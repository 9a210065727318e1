// Whole reports as one text, from the streaming writers the CLI uses: what the format
// tests compare byte for byte.
import type { Guideline } from '../../../src/guideline/model.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { type BatchSummary, SummaryBuilder } from '../../../src/report/summary.js';
import type { FileResult } from '../../../src/report/file-result.js';
import { createCsvWriter } from '../../../src/report/format-csv.js';
import { createHtmlWriter } from '../../../src/report/format-html.js';
import { createJsonWriter } from '../../../src/report/format-json.js';
import { createMarkdownWriter } from '../../../src/report/format-markdown.js';
import { createRegisterWriter } from '../../../src/report/format-register.js';
import { createTableWriter } from '../../../src/report/format-table.js';
import type { WriterOptions } from '../../../src/report/report-options.js';
import type { ReportWriter } from '../../../src/report/report-writer.js';
import { Tally } from '../../../src/report/tally.js';

function renderReport(writer: ReportWriter, results: Iterable<FileResult>, summary: BatchSummary | undefined): string {
  const tally = new Tally();
  try {
    let out = writer.head();
    for (const r of results) {
      tally.add(r);
      out += writer.file(r);
    }
    const end = writer.end(tally, summary);
    if (!(Symbol.iterator in end)) throw new Error('an asynchronous report cannot be rendered as text');
    for (const piece of end) out += piece;
    return out;
  } finally {
    writer.close();
  }
}

/** A writer's options and, for a whole report, the `--summary` it ends with. */
export type ReportOptions = WriterOptions & { summary?: BatchSummary };

type Format = (results: readonly FileResult[], options: ReportOptions) => string;

export const formatJson: Format = (results, o) => renderReport(createJsonWriter(o), results, o.summary);
export const formatCsv: Format = (results, o) => renderReport(createCsvWriter(o), results, o.summary);
export const formatMarkdown: Format = (results, o) => renderReport(createMarkdownWriter(o), results, o.summary);
export const formatTable: Format = (results, o) => renderReport(createTableWriter(o), results, o.summary);
export const formatHtml: Format = (results, o) => renderReport(createHtmlWriter(o), results, o.summary);
export const formatRegister: Format = (results, o) => renderReport(createRegisterWriter(o), results, undefined);

/** `--summary` of a whole batch at once. */
export function summarize(results: Iterable<FileResult>, g: Guideline, lang: Lang): BatchSummary {
  const summary = new SummaryBuilder(g, lang);
  for (const r of results) summary.add(r);
  return summary.finish();
}
