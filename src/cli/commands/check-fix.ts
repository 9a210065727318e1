import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { dirname } from 'node:path';
import { isYamlName, notYamlText } from '../../check/not-yaml-name.js';
import { fixFile } from '../../fix/fix-file.js';
import { msg } from '../../i18n/index.js';
import { fixMessages } from '../../i18n/messages/fix.js';
import { displayOf, findInputs, pathOf } from '../../input/find-inputs.js';
import { readFailureText } from '../../input/read-failure-text.js';
import { outputColumns, wrapLines } from '../../report/wrap-text.js';
import { escapeControl } from '../../util/escape-control.js';
import type { CliContext } from '../context.js';

/**
 * `check --fix`: each file's certain fixes made in place (or, with `--dry-run`, shown
 * as a unified diff on stdout), what was fixed said on stderr; the check that follows
 * reports what is left. Returns the texts a dry run would write, by path.
 */
export async function fixInputs(ctx: CliContext, paths: string[], dryRun: boolean): Promise<Map<string, string>> {
  const m = msg(fixMessages, ctx.lang);
  const g = await ctx.guideline();
  // What was and was not fixed, at the terminal's width, at words: the terminal would fold YAML as YA / ML.
  const columns = outputColumns(process.stderr);
  const say = (text: string) => ctx.err(wrapLines(text, columns));
  let files = 0;
  let count = 0;
  // Files with fixes that were not made, each already named with why.
  let refused = 0;
  const after = new Map<string, string>();
  for (const input of findInputs(paths).inputs) {
    if (input.kind === 'stdin') {
      say(m.stdin);
      refused++;
      continue;
    }
    // Ctrl-C or a termination signal is heard between two files, not after the last:
    // each file is written whole by a rename, and those fixed so far are named above.
    await new Promise(setImmediate);
    const r = fixFile(pathOf(input), g, dryRun);
    // A name or a value is shown as the report shows it, its controls escaped: a newline
    // or an escape sequence in a file's name must not forge a line or repaint the screen.
    const display = escapeControl(displayOf(input));
    if (r.status === 'clean') continue;
    if (r.status !== 'fixed') refused++;
    // Markdown named by mistake (proposal.md) is no YAML a fix could mend: said as check says it.
    if (r.status === 'unreadable' && !isYamlName(display))
      say(m.notRead(display, notYamlText(display, dirname(pathOf(input)), ctx.lang)));
    else if (r.status === 'unreadable') say(m.unreadable(display));
    else if (r.status === 'notUtf8') say(m.notUtf8(display));
    else if (r.status === 'readOnly') say(m.readOnly(display));
    else if (r.status === 'changed') say(m.changed(display));
    else if (r.status === 'linked') say(m.linked(display, r.links - 1));
    else if (r.status === 'notRead') say(m.notRead(display, readFailureText(r.failure, ctx.lang)));
    else if (r.status === 'notWritten') say(m.notWritten(display, r.reason));
    else if (r.status === 'fixed') {
      files++;
      count += r.fixes.length;
      say((dryRun ? m.wouldFix : m.fileFixed)(display, r.fixes.length));
      for (const f of [...r.fixes].sort((a, b) => a.line - b.line))
        say(escapeControl(m.fix(f.line, f.path, f.from, f.to, m.kinds[f.kind])));
      if (dryRun) after.set(pathOf(input), r.after);
      if (dryRun)
        ctx.out(
          createTwoFilesPatch(`a/${display}`, `b/${display}`, r.before, r.after, undefined, undefined, {
            headerOptions: FILE_HEADERS_ONLY,
          }).trimEnd(),
        );
    }
  }
  // "Nothing to fix" would deny the fixes just named as not made.
  if (files === 0) {
    if (refused === 0) say(m.nothingToFix);
  } else say((dryRun ? m.dryRunSummary : m.fixedSummary)(files, count));
  return after;
}
