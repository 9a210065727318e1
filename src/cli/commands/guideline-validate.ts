import { existsSync, statSync } from 'node:fs';
import { describePath } from '../../guideline/describe-path.js';
import { GuidelineInvalid, parseGuidelineFile } from '../../guideline/load.js';
import { quotesNotIn } from '../../guideline/quotes.js';
import { msg, type Lang } from '../../i18n/index.js';
import { guidelineMessages } from '../../i18n/messages/guideline.js';
import { readFailureText } from '../../input/read-failure-text.js';
import { MAX_GUIDELINE_BYTES, readInputFile } from '../../input/read-input.js';
import { locate, parseYaml } from '../../yaml/parse.js';
import type { CliContext } from '../context.js';
import { type LocatedProblem, ProblemsError, UsageError } from '../../util/errors.js';

export async function run(ctx: CliContext, file: string, opts: { json?: boolean; source?: string }): Promise<void> {
  const m = msg(guidelineMessages, ctx.lang);
  const found = existsSync(file) ? statSync(file) : undefined;
  if (found?.isDirectory()) throw new UsageError(m.validateFolder(file));
  if (!found) throw new UsageError(m.validateMissing(file));
  if (!found.isFile()) throw new UsageError(m.validateNotFile(file));
  try {
    const g = parseGuidelineFile(file, ctx.lang);
    const rules = g.lines.reduce((n, l) => n + l.rules.length, 0);
    const quotes = opts.source === undefined ? undefined : checkQuotes(file, opts.source, g.file, ctx.lang);
    const problems = quotes?.problems ?? [];
    if (opts.json) {
      const valid = problems.length === 0;
      const checked = quotes ? { source: opts.source, quotations: quotes.checked } : {};
      const report = { file, valid, id: g.id, lines: g.lines.length, requirements: rules, ...checked };
      ctx.out(JSON.stringify({ ...report, problems: problems.map(problemJson) }, null, 2));
    }
    if (problems.length) {
      // Quotations not in the guide's text: each named where it is, as a guideline's problems are.
      const error = new ProblemsError(problems, m.sourceMismatch(file, opts.source!, problems.length));
      // The JSON already holds the problems: stderr then gets the one sentence.
      if (opts.json) throw new UsageError(error.message);
      throw error;
    }
    if (!opts.json) {
      ctx.out(m.valid(file, g.lines.length, rules));
      if (quotes) ctx.out(m.sourceChecked(file, opts.source!, quotes.checked));
    }
  } catch (e) {
    if (e instanceof GuidelineInvalid && opts.json) {
      ctx.out(JSON.stringify({ file, valid: false, problems: e.problems.map(problemJson) }, null, 2));
    }
    throw e;
  }
}

function problemJson(p: LocatedProblem) {
  return { line: p.position?.line ?? null, column: p.position?.column ?? null, message: p.message };
}

/** Every quotation of the file held to the guide's text, whitespace aside. */
function checkQuotes(
  file: string,
  source: string,
  data: Parameters<typeof quotesNotIn>[0],
  lang: Lang,
): { checked: number; problems: LocatedProblem[] } {
  const m = msg(guidelineMessages, lang);
  const read = readInputFile(source, { maxBytes: MAX_GUIDELINE_BYTES });
  if (!read.ok && read.reason === 'notFile' && read.folder) throw new UsageError(m.sourceFolder(source));
  // Not 'removed while being read', as a batch says of a file it listed: it was never there.
  if (!read.ok && read.reason === 'unreadable' && read.code === 'ENOENT') throw new UsageError(m.sourceMissing(source));
  if (!read.ok) throw new UsageError(m.unreadable(source, readFailureText(read, lang)));
  const { checked, missing } = quotesNotIn(data, read.text);
  if (!missing.length) return { checked, problems: [] };
  const text = readInputFile(file, { maxBytes: MAX_GUIDELINE_BYTES });
  const parsed = parseYaml(text.ok ? text.text : '', lang);
  return {
    checked,
    problems: missing.map((q) => ({
      file,
      position: locate(parsed, q.path),
      message: m.notInSource(describePath(data, q.path, lang), m.quoteKind[q.kind], q.text),
    })),
  };
}
