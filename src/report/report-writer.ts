import type { BatchSummary } from '../check/summary.js';
import type { FileResult } from '../check/types.js';
import { Tally } from './tally.js';

/**
 * A report written as the batch is judged: what can come before the first file, a
 * piece per file in input order, then the end from the running totals. Holding no
 * results is what keeps a batch of any size in flat memory.
 */
export interface ReportWriter {
  head(): string;
  /** This file's piece; '' when it shows nothing (yet). */
  file(r: FileResult): string;
  /**
   * Totals, the `--quiet` note, the `--summary` tables: in pieces, as markdown's can be
   * long. Asynchronous only for the workbook, which writes its bytes itself.
   */
  end(tally: Tally, summary: BatchSummary | undefined): Iterable<string> | AsyncIterable<string>;
  /** Frees what the writer set aside (markdown's spool), whether or not the report was finished. */
  close(): void;
}

/** The whole report as one text: what the pure `formatX(results, options)` return. */
export function renderReport(
  writer: ReportWriter,
  results: Iterable<FileResult>,
  summary: BatchSummary | undefined,
): string {
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
