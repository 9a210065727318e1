import { loadFastAccept } from '../../application/fast-accept.js';
import { cachedExists } from '../../check/check-inputs.js';
import { checkInputsParallel, defaultJobs } from '../../check/check-parallel.js';
import { summarize } from '../../check/summary.js';
import { createProgress } from '../../check/progress.js';
import type { FileResult } from '../../check/types.js';
import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { inputMessages } from '../../i18n/messages/input.js';
import { reportMessages, type ReportMessages } from '../../i18n/messages/report.js';
import { findInputs, type InputNotice } from '../../input/find-inputs.js';
import { isKnownEncoding } from '../../input/read-input.js';
import type { Formatter } from '../../report/report-options.js';
import { createStyle } from '../../report/style.js';
import { outputRefusal, writeOutputFile } from '../../util/write-file.js';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';

type Format = 'table' | 'json' | 'csv' | 'markdown';

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
async function formatter(format: Format): Promise<Formatter> {
  switch (format) {
    case 'json':
      return (await import('../../report/format-json.js')).formatJson;
    case 'csv':
      return (await import('../../report/format-csv.js')).formatCsv;
    case 'markdown':
      return (await import('../../report/format-markdown.js')).formatMarkdown;
    default:
      return (await import('../../report/format-table.js')).formatTable;
  }
}

function noticeText(n: InputNotice, m: ReportMessages): string {
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
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) throw new UsageError(m.input.unknownEncoding(opts.encoding));
  if (opts.jobs !== undefined && !/^[1-9]\d*$/.test(opts.jobs)) throw new UsageError(m.input.badJobs(opts.jobs));
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (paths.length === 0) throw new UsageError(m.input.none);

  const found = findInputs(paths);
  const missing = found.notices.filter((n) => n.kind === 'missing');
  if (missing.length) throw new UsageError(missing.map((n) => noticeText(n, m)).join('\n'));
  for (const n of found.notices) {
    // With nothing to check, the one error below says it all.
    if (found.inputs.length || n.kind === 'notRegular' || n.kind === 'unreadableFolder' || n.kind === 'brokenLink') ctx.err(noticeText(n, m));
  }
  if (found.inputs.length === 0) throw new UsageError(m.input.noneFound(paths.join(' ')));
  const force = opts.force === true;
  if (opts.output !== undefined) {
    // Refused now rather than after a long batch; the write checks again.
    const refusal = outputRefusal(opts.output, { force, lang: ctx.lang });
    if (refusal) throw new UsageError(refusal);
  }

  const g = await ctx.guideline();
  await loadFastAccept(g);
  const results: FileResult[] = [];
  const progress = createProgress(process.stderr, found.inputs.length, m.progress);
  const read = opts.encoding === undefined ? {} : { encoding: opts.encoding };
  for await (const r of checkInputsParallel(found.inputs, { guideline: g, lang: ctx.lang, read, exists: cachedExists() }, jobs)) {
    results.push(r);
    progress.tick(results.length);
  }
  progress.end();

  const text = (await formatter(format))(results, {
    lang: ctx.lang,
    quiet: opts.quiet === true,
    ...(opts.summary ? { summary: summarize(results, g, ctx.lang) } : {}),
    lineTitles: new Map(g.lines.map((l) => [l.code, pick(l.title, ctx.lang)])),
    guideline: g.id,
    style: createStyle(opts.output === undefined && ctx.colorOut),
  });
  if (opts.output !== undefined) {
    writeOutputFile(opts.output, text, { force, lang: ctx.lang });
    ctx.err(m.output.written(opts.output, results.length));
  } else ctx.out(text);
  if (results.some((r) => r.status !== 'pass')) throw new ExitCode(1);
}
