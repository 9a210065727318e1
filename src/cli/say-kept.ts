import { msg } from '../i18n/index.js';
import { writeMessages } from '../i18n/messages/write.js';
import type { KeptFile } from '../util/write-file.js';
import type { CliContext } from './context.js';

/**
 * The files `--force` replaced (or, on a dry run, would) and where each one's old content
 * is kept: on stderr, as a diagnostic, with --json too, where the output says it as data.
 * One file a line, so that a path is never broken across two.
 */
export function sayKept(ctx: CliContext, kept: readonly KeptFile[], dryRun = false): void {
  if (!kept.length) return;
  const m = msg(writeMessages, ctx.lang);
  ctx.err([m.kept(dryRun), ...kept.map((k) => m.keptPair(k.path, k.backup))].join('\n'));
}
