import type { BatchSummary } from './summary.js';
import type { FileResult } from './file-result.js';
import type { Tally } from './tally.js';

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
