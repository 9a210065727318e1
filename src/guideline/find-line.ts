import type { Guideline, Line } from './model.js';
import { msg, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { UsageError } from '../util/errors.js';

/** A line by the code a user typed (`5-2`, `5.2`, `5/2`), or a usage error listing the codes. */
export function findLine(g: Guideline, code: string, lang: Lang): Line {
  const line = g.line(code);
  if (!line) throw new UsageError(msg(cliMessages, lang).unknownLine(code, g.lines.map((l) => l.code).join(', ')));
  return line;
}
