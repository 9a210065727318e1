import { statSync } from 'node:fs';
import { loadFastAccept } from '../../application/fast-accept.js';
import { startBatch, wholeBatch, type BatchInputs } from '../../check/batch-inputs.js';
import { cachedExists, readsAhead, spawnBatchReader } from '../../check/check-inputs.js';
import type { Reading } from '../../check/read-ahead.js';
import { checkInputsParallel, defaultJobs, judgedHere, PARALLEL_FROM } from '../../check/check-parallel.js';
import { SummaryBuilder } from '../../check/summary.js';
import { createProgress } from '../../check/progress.js';
import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { inputMessages } from '../../i18n/messages/input.js';
import { writeMessages } from '../../i18n/messages/scaffold.js';
import { reportMessages, type ReportMessages } from '../../i18n/messages/report.js';
import { outputIsInput } from '../../input/output-is-input.js';
import { countInputs, missingArgs, type InputNotice } from '../../input/find-inputs.js';
import { hasMagic } from '../../input/glob.js';
import { isKnownEncoding, type ReadOptions } from '../../input/read-input.js';
import { escapeControl } from '../../report/escape-control.js';
import type { WriterOptions } from '../../report/report-options.js';
import type { ReportWriter } from '../../report/report-writer.js';
import { createStyle } from '../../report/style.js';
import { Tally } from '../../report/tally.js';
import { compileForBatch } from '../../util/batch-compiler.js';
import { batchedOutput, streamPut } from '../../util/batched-output.js';
import { openOutputFile, type OutputFile } from '../../util/write-file.js';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';

type Format = 'table' | 'json' | 'csv' | 'markdown';

/** Files judged between two turns of the event loop (a few milliseconds' work). */
const YIELD_EVERY = 32;

interface CheckOptions {
  format?: Format;
  json?: boolean;
  output?: string;
  force?: boolean;
  quiet?: boolean;
  summary?: boolean;
  encoding?: string;
  jobs?: string;
}

/** Only the chosen format's module is loaded (the table's pulls in cli-table3). */
async function writerFor(format: Format): Promise<(options: WriterOptions) => ReportWriter> {
  switch (format) {
    case 'json':
      return (await import('../../report/format-json.js')).createJsonWriter;
    case 'csv':
      return (await import('../../report/format-csv.js')).createCsvWriter;
    case 'markdown':
      return (await import('../../report/format-markdown.js')).createMarkdownWriter;
    default:
      return (await import('../../report/format-table.js')).createTableWriter;
  }
}

/** A notice names a file or folder found on disk: its controls are shown escaped. */
function noticeText(n: InputNotice, m: ReportMessages): string {
  return escapeControl(noticeSentence(n, m));
}

function noticeSentence(n: InputNotice, m: ReportMessages): string {
  switch (n.kind) {
    case 'missing':
      return m.input.missing(n.arg);
    case 'noMatch':
      return m.input.noMatch(n.arg);
    case 'emptyFolder':
      return m.input.emptyFolder(n.arg);
    case 'notRegular':
      return m.input.notRegular(n.path);
    case 'unreadableFolder':
      return m.input.unreadableFolder(n.path, n.reason);
    case 'brokenLink':
      return msg(inputMessages).brokenLink(n.path);
  }
}

export async function run(ctx: CliContext, paths: string[], opts: CheckOptions): Promise<void> {
  const m = msg(reportMessages, ctx.lang);
  const format: Format = opts.json ? 'json' : (opts.format ?? 'table');
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding))
    throw new UsageError(m.input.unknownEncoding(opts.encoding));
  if (opts.jobs !== undefined && !/^[1-9]\d*$/.test(opts.jobs)) throw new UsageError(m.input.badJobs(opts.jobs));
  if (paths.length === 0) throw new UsageError(m.input.none);

  const read = opts.encoding === undefined ? {} : { encoding: opts.encoding };
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  compileForBatch();
  const missing = missingArgs(paths);
  if (missing.length) throw new UsageError(missing.map((arg) => m.input.missing(arg)).join('\n'));
  // A folder or a pattern may hold a large batch: its reading thread starts now, while
  // the first files are found, and is stopped if they turn out too few.
  const reader = jobs < 2 && paths.some(mayHoldMany) ? spawnBatchReader(read) : undefined;
  let reading: Reading | undefined;
  // The walk goes as far as it takes to know the batch is large; a large batch is then
  // judged as the walk goes on, never held as a list. Stdin can only be read here, in
  // its place among the files: a batch with it is listed whole.
  let { batch, notices } = startBatch(paths, PARALLEL_FROM);
  if (paths.includes('-')) ({ batch, notices } = wholeBatch({ batch, notices }));
  // A progress line wants the batch's size: the reading thread counts it first.
  if (judgedHere(batch, jobs) && readsAhead(batch))
    reading = (reader ?? spawnBatchReader(read)).start(batch, { count: process.stderr.isTTY === true });
  else reader?.cancel();
  for (const n of notices) {
    // With nothing to check, the one error below says it all.
    if (batch.head.length || n.kind === 'notRegular' || n.kind === 'unreadableFolder' || n.kind === 'brokenLink')
      ctx.err(noticeText(n, m));
  }
  if (batch.head.length === 0) throw new UsageError(m.input.noneFound(paths.join(' ')));
  const force = opts.force === true;
  // `-` is stdout, as it is stdin among the inputs. Refused now rather than after a long
  // batch; nothing is in place before the end.
  const output = opts.output === '-' ? undefined : opts.output;
  if (output !== undefined && outputIsInput(output, paths))
    throw new UsageError(msg(writeMessages, ctx.lang).isInput(output));
  const file = output === undefined ? undefined : openOutputFile(output, { force, lang: ctx.lang });
  try {
    const tally = await report(ctx, batch, { opts, read, jobs, reading }, format, file);
    if (file) {
      file.commit();
      ctx.err(escapeControl(m.output.written(output!, tally.files)));
    }
    if (tally.pass !== tally.files) throw new ExitCode(1);
  } finally {
    file?.abort();
  }
}

/** Whether an argument is a folder or a pattern, which a large batch comes as. */
function mayHoldMany(path: string): boolean {
  if (path === '-') return false;
  if (hasMagic(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface Batch {
  opts: CheckOptions;
  read: ReadOptions;
  jobs: number;
  /** The files' reading, when a thread of its own was started for it. */
  reading: Reading | undefined;
}

/**
 * Judges the batch and writes the report as the results come, in input order, into
 * `file` or onto stdout; keeps only the running totals (and what `--summary` needs).
 */
async function report(
  ctx: CliContext,
  batch: BatchInputs,
  { opts, read, jobs, reading }: Batch,
  format: Format,
  file: OutputFile | undefined,
): Promise<Tally> {
  const m = msg(reportMessages, ctx.lang);
  const g = await ctx.guideline();
  await loadFastAccept(g);
  const writer = (await writerFor(format))({
    lang: ctx.lang,
    quiet: opts.quiet === true,
    lineTitles: new Map(g.lines.map((l) => [l.code, pick(l.title, ctx.lang)])),
    guideline: g.id,
    style: createStyle(file === undefined && ctx.colorOut),
  });
  const summary = opts.summary ? new SummaryBuilder(g, ctx.lang) : undefined;
  const tally = new Tally();
  // A batch judged as it is walked has its size counted when a progress line shows it.
  const total = !batch.rest
    ? batch.head.length
    : reading
      ? () => reading.total()
      : process.stderr.isTTY
        ? countInputs(batch.args, batch.cwd)
        : () => undefined;
  const progress = createProgress(process.stderr, total, m.progress);
  const notice = (n: InputNotice) => {
    progress.end();
    ctx.err(noticeText(n, m));
  };
  // The stream itself, not `ctx.out`: the report goes out in batches, with back-pressure.
  const toStdout = streamPut(process.stdout);
  const out = batchedOutput(
    file
      ? (chunk) => file.write(chunk)
      : (chunk) => {
          // On a terminal the report and the progress line share the screen: the line is
          // erased before report text lands on it, and drawn again by the next tick.
          if (process.stdout.isTTY) progress.end();
          return toStdout(chunk);
        },
  );
  try {
    await out.write(writer.head());
    for await (const r of checkInputsParallel(
      batch,
      { guideline: g, lang: ctx.lang, read, exists: cachedExists(), notice, ...(reading ? { reading } : {}) },
      jobs,
    )) {
      tally.add(r);
      summary?.add(r);
      progress.tick(tally.files);
      await out.write(writer.file(r));
      // Judging here is synchronous work chained by promises: without a turn of the event
      // loop now and then, Ctrl-C, SIGTERM and SIGHUP would wait for the batch's end.
      if (tally.files % YIELD_EVERY === 0) await new Promise(setImmediate);
    }
    progress.end();
    for (const piece of writer.end(tally, summary?.finish())) await out.write(piece);
    await out.flush();
  } finally {
    writer.close();
  }
  return tally;
}
