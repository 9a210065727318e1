import type { Guideline, Line } from './model.js';
import { msg, type Lang } from '../i18n/index.js';
import { pick } from '../i18n/lang.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { UsageError } from '../util/errors.js';

/** A line by the code a user typed (`5-2`, `5.2`, `5/2`), or a usage error listing the codes. */
export function findLine(g: Guideline, code: string, lang: Lang): Line {
  const line = g.line(code);
  if (line) return line;
  const m = msg(cliMessages, lang);
  // A project split into directions (5, 15) is no line itself: its directions are.
  const directions = g.lines.filter((l) => l.direction && String(l.project) === code.trim());
  if (directions.length)
    throw new UsageError(
      m.projectHasDirections(
        code.trim(),
        directions.map((l) => m.lineNamed(l.code, pick(l.title, lang))),
      ),
    );
  throw new UsageError(m.unknownLine(code, g.lines.map((l) => l.code).join(', ')));
}
