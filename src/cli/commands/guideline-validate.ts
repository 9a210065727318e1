import { existsSync, statSync } from 'node:fs';
import { GuidelineInvalid, parseGuidelineFile } from '../../guideline/load.js';
import { msg } from '../../i18n/index.js';
import { guidelineMessages } from '../../i18n/messages/guideline.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

export async function run(ctx: CliContext, file: string, opts: { json?: boolean }): Promise<void> {
  const m = msg(guidelineMessages, ctx.lang);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(m.unreadable(file, m.notAFile));
  try {
    const g = parseGuidelineFile(file, ctx.lang);
    const rules = g.lines.reduce((n, l) => n + l.rules.length, 0);
    if (opts.json)
      ctx.out(
        JSON.stringify(
          { file, valid: true, id: g.id, lines: g.lines.length, requirements: rules, problems: [] },
          null,
          2,
        ),
      );
    else ctx.out(m.valid(file, g.lines.length, rules));
  } catch (e) {
    if (e instanceof GuidelineInvalid && opts.json) {
      ctx.out(
        JSON.stringify(
          {
            file,
            valid: false,
            problems: e.problems.map((p) => ({
              line: p.position?.line ?? null,
              column: p.position?.column ?? null,
              message: p.message,
            })),
          },
          null,
          2,
        ),
      );
    }
    throw e;
  }
}
