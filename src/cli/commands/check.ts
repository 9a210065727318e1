import { availableParallelism } from 'node:os';
import { loadFastAccept } from '../../application/fast-accept.js';
import { createProgress } from '../../check/progress.js';
import { type BatchOptions, cachedExists, cachedFolders, defaultJobs, runBatch } from '../../check/run-batch.js';
import { SummaryBuilder } from '../../report/summary.js';
import { type Lang, msg } from '../../i18n/index.js';
import { outputColumns } from '../../report/wrap-text.js';
import { pick } from '../../i18n/lang.js';
import { fixMessages } from '../../i18n/messages/fix.js';
import { inputMessages } from '../../i18n/messages/input.js';
import { registerMessages } from '../../i18n/messages/register.js';
import { type ReportMessages, reportMessages } from '../../i18n/messages/report.js';
import { writeMessages } from '../../i18n/messages/write.js';
import { findInputs, type Input, type InputNotice, missingArgs } from '../../input/find-inputs.js';
import { outputIsInput } from '../../input/output-is-input.js';
import { encodingKind, type ReadOptions } from '../../input/read-input.js';
import { escapeControl } from '../../util/escape-control.js';
import type { WriterOptions } from '../../report/report-options.js';
import type { ReportWriter } from '../../report/report-writer.js';
import { loadStyle } from '../../report/style.js';
import { Tally } from '../../report/tally.js';
import { batchedOutput, streamPut } from '../../util/batched-output.js';
import { type OutputFile, openOutputFile, outputRefusal } from '../../util/write-file.js';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../../util/errors.js';

type Format = 'table' | 'json' | 'csv' | 'markdown' | 'register' | 'xlsx' | 'html';

/** Formats of one table each: `--summary` never joins them (it goes to stderr). */
const ONE_TABLE: readonly Format[] = ['csv', 'register'];
/** Formats that always hold the summary. */
const WITH_SUMMARY: readonly Format[] = ['xlsx', 'html'];

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
  fix?: boolean;
  dryRun?: boolean;
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
    case 'register':
      return (await import('../../report/format-register.js')).createRegisterWriter;
    case 'xlsx':
      return (await import('../../report/format-xlsx.js')).createXlsxWriter;
    case 'html':
      return (await import('../../report/format-html.js')).createHtmlWriter;
    default:
      return (await import('../../report/format-table.js')).createTableWriter;
  }
}

/** A notice in words. It names a file or folder found on disk: the caller shows its controls escaped. */
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
    case 'nameNotUtf8':
      return msg(inputMessages).nameNotUtf8(n.path);
  }
}

/** Throws the UsageError that says why `output` cannot be the report: one of the inputs, or as `outputRefusal` says. */
function refuseOutput(output: string, paths: string[], opts: { force: boolean; lang: Lang }): void {
  if (outputIsInput(output, paths)) throw new UsageError(msg(writeMessages, opts.lang).isInput(output));
  const refusal = outputRefusal(output, opts);
  if (refusal) throw new UsageError(refusal);
}

export async function run(ctx: CliContext, paths: string[], opts: CheckOptions): Promise<void> {
  const m = msg(reportMessages, ctx.lang);
  const format: Format = opts.json ? 'json' : (opts.format ?? 'table');
  const encoding = opts.encoding === undefined ? 'text' : encodingKind(opts.encoding);
  if (encoding !== 'text') throw new UsageError(m.input[`${encoding}Encoding`](opts.encoding!));
  if (opts.jobs !== undefined && !/^[1-9]\d*$/.test(opts.jobs)) throw new UsageError(m.input.badJobs(opts.jobs));
  if (paths.length === 0) throw new UsageError(m.input.none);
  if (format === 'xlsx' && opts.output === undefined)
    throw new UsageError(msg(registerMessages, ctx.lang).needsOutput(format));
  if (opts.dryRun && !opts.fix) throw new UsageError(msg(fixMessages, ctx.lang).dryRunWithoutFix);

  const read = opts.encoding === undefined ? {} : { encoding: opts.encoding };
  const cores = availableParallelism();
  let jobs = opts.jobs === undefined ? defaultJobs(cores) : Number(opts.jobs);
  if (jobs > cores) {
    ctx.err(m.input.jobsCapped(opts.jobs!, cores));
    jobs = cores;
  }
  const missing = missingArgs(paths);
  if (missing.length) throw new UsageError(missing.map((arg) => m.input.missing(arg)).join('\n'));
  const force = opts.force === true;
  // `-` is stdout, as it is stdin among the inputs.
  const output = opts.output === '-' ? undefined : opts.output;
  if (opts.fix) {
    // A report that cannot be written is refused before a file is changed, not after.
    if (output !== undefined && !opts.dryRun) refuseOutput(output, paths, { force, lang: ctx.lang });
    const fixed = await (await import('./check-fix.js')).fixInputs(ctx, paths, opts.dryRun === true);
    // A dry run changes nothing, and exits as check would once its fixes were made.
    if (opts.dryRun) return failsOnceFixed(ctx, paths, read, fixed);
  }
  const { inputs, notices } = findInputs(paths);
  // With nothing to check, the one error below says it all, but for what was skipped:
  // those are named with their reasons, and the error then points to them.
  const skipped = notices.filter(
    (n) => n.kind === 'notRegular' || n.kind === 'unreadableFolder' || n.kind === 'brokenLink',
  );
  for (const n of inputs.length ? notices : skipped) ctx.err(escapeControl(noticeSentence(n, m)));
  if (inputs.length === 0)
    throw new UsageError((skipped.length ? m.input.noneLeft : m.input.noneFound)(paths.join(' ')));
  // Refused now rather than after a long batch; nothing is in place before the end.
  if (output !== undefined) refuseOutput(output, paths, { force, lang: ctx.lang });
  const file = output === undefined ? undefined : openOutputFile(output, { force, lang: ctx.lang });
  try {
    const tally = await report(ctx, inputs, { opts, read, jobs }, format, file);
    // Every input was skipped as a profile or a guide: nothing was checked, and nothing passed.
    if (tally.files === 0) throw new UsageError(m.input.noneLeft(paths.join(' ')));
    if (file) {
      file.commit();
      ctx.err(escapeControl(m.output.written(output!, tally.files)));
    }
    // A folder that could not be read hid applications: the run fails as for a file that could not be read.
    const unread = notices.flatMap((n) => (n.kind === 'unreadableFolder' ? [n.path] : []));
    if (unread.length) ctx.err(escapeControl(m.input.unreadableFolders(unread)));
    if (tally.pass !== tally.files || unread.length) throw new ExitCode(1);
  } finally {
    file?.abort();
  }
}

/**
 * The files as the fixes would leave them, judged with no report: exit 1, with one
 * sentence on stderr, when one would still fail or could not be read, as `check` (and
 * a linter's fix dry run) would exit; stdout holds the diff alone.
 */
async function failsOnceFixed(
  ctx: CliContext,
  paths: string[],
  read: ReadOptions,
  fixed: ReadonlyMap<string, string>,
): Promise<void> {
  const batch = { ...(await batchOptions(ctx, read)), fixed };
  const { inputs, notices } = findInputs(paths);
  const tally = new Tally();
  for await (const r of runBatch(inputs, batch, 1)) if (!r.skipped) tally.add(r);
  const failing = tally.files - tally.pass;
  // With no fix to make there are no changes above to speak of: the files fail as they are.
  const m = msg(fixMessages, ctx.lang);
  if (failing > 0) ctx.err((fixed.size ? m.dryRunStillFails : m.dryRunFailsAsIs)(failing));
  if (failing > 0 || notices.some((n) => n.kind === 'unreadableFolder')) throw new ExitCode(1);
}

/**
 * What a batch of `check` is judged with, the report's and a dry run's alike: the guide
 * with its compiled validators loaded, the language, how files are read, and the disk's
 * answers (attachments, folders) cached for the batch.
 */
async function batchOptions(ctx: CliContext, read: ReadOptions): Promise<BatchOptions> {
  const g = await ctx.guideline();
  await Promise.all([loadFastAccept(g), loadFastAccept(g, 'profile')]);
  return { guideline: g, lang: ctx.lang, read, exists: cachedExists(), folders: cachedFolders() };
}

interface Batch {
  opts: CheckOptions;
  read: ReadOptions;
  jobs: number;
}

/**
 * Judges the batch and writes the report as the results come, in input order, into
 * `file` or onto stdout; keeps only the running totals (and what `--summary` needs).
 */
async function report(
  ctx: CliContext,
  inputs: readonly Input[],
  { opts, read, jobs }: Batch,
  format: Format,
  file: OutputFile | undefined,
): Promise<Tally> {
  const m = msg(reportMessages, ctx.lang);
  const batch = await batchOptions(ctx, read);
  const g = batch.guideline;
  const writer = (await writerFor(format))({
    lang: ctx.lang,
    quiet: opts.quiet === true,
    lineTitles: new Map(g.lines.map((l) => [l.code, pick(l.title, ctx.lang)])),
    guideline: g.id,
    style: await loadStyle(file === undefined && ctx.colorOut),
    width: file === undefined ? outputColumns() : undefined,
    guide: g,
    ...(file ? { bytes: (chunk: Uint8Array) => file.write(chunk) } : {}),
  });
  const summary = opts.summary || WITH_SUMMARY.includes(format) ? new SummaryBuilder(g, ctx.lang) : undefined;
  const mr = msg(registerMessages, ctx.lang);
  const tally = new Tally();
  const progress = createProgress(process.stderr, inputs.length, m.progress);
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
    for await (const r of runBatch(inputs, batch, jobs)) {
      if (r.skipped) {
        progress.end();
        ctx.err(mr.skipped[r.skipped](r.file));
        continue;
      }
      tally.add(r);
      summary?.add(r);
      progress.tick(tally.files);
      await out.write(writer.file(r));
      // Judging here is synchronous work chained by promises: without a turn of the event
      // loop now and then, Ctrl-C, SIGTERM and SIGHUP would wait for the batch's end.
      if (tally.files % YIELD_EVERY === 0) await new Promise(setImmediate);
    }
    progress.end();
    const totals = summary?.finish();
    // A CSV holds one table: the summary asked for goes to stderr, as the table shows it.
    const shownApart = totals && opts.summary && ONE_TABLE.includes(format) ? totals : undefined;
    for await (const piece of writer.end(tally, shownApart ? undefined : totals)) await out.write(piece);
    await out.flush();
    if (shownApart) {
      const { summaryText } = await import('../../report/format-table.js');
      ctx.err(`${mr.summaryOnStderr}\n\n${summaryText(shownApart, ctx.lang, await loadStyle(ctx.colorErr))}`);
    }
  } finally {
    writer.close();
  }
  return tally;
}
