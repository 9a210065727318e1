import type { Facts } from '../../application/schema.js';
import { initProposal, type Scaffolded } from '../../scaffold/init-proposal.js';
import { readProfile } from '../../application/read-profile.js';
import { msg } from '../../i18n/index.js';
import { scaffoldMessages } from '../../i18n/messages/scaffold.js';
import { reasonMark } from '../../match/reason-mark.js';
import { loadStyle } from '../../report/style.js';
import { displayWidth } from '../../report/wrap-text.js';
import type { WriteStatus } from '../../util/write-file.js';
import type { Guideline } from '../../guideline/model.js';
import type { CliContext } from '../context.js';

interface InitCommandOptions {
  tier?: string;
  /** A profile file, `-` for stdin. */
  profile?: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
}

export async function run(
  ctx: CliContext,
  code: string,
  dir: string | undefined,
  opts: InitCommandOptions = {},
): Promise<void> {
  const g = await ctx.guideline();
  const profile =
    opts.profile === undefined
      ? undefined
      : await readProfile(opts.profile, g, ctx.lang, { invalid: msg(scaffoldMessages, ctx.lang).profileInvalid });
  await printInit(ctx, await initProposal(g, ctx.lang, code, dir, { ...opts, profile }), opts.json === true);
  if (profile) await warnUnfit(ctx, g, code, profile);
}

/** The files made (or, on a dry run, to be made) with their status, then what to do next. */
export async function printInit(ctx: CliContext, made: Scaffolded, json: boolean): Promise<void> {
  const { result } = made;
  const m = msg(scaffoldMessages, ctx.lang);
  if (json) ctx.out(JSON.stringify(result, null, 2));
  else {
    const title = result.dryRun
      ? m.dryRun(result.dir, made.lineName)
      : result.written
        ? m.done(result.dir, made.lineName)
        : m.upToDate(result.dir);
    const s = await loadStyle(ctx.colorOut);
    const colour: Record<WriteStatus, (t: string) => string> = {
      create: s.green,
      identical: s.dim,
      conflict: s.red,
      overwrite: s.yellow,
    };
    const statusWidth = Math.max(...Object.values(m.status).map((t) => t.length));
    // Chinese file names take two columns a character.
    const pad = (t: string, width: number) => t + ' '.repeat(Math.max(0, width - displayWidth(t)));
    const pathWidth = Math.max(...result.files.map((f) => displayWidth(f.path)));
    const rows = result.files.map(
      (f) =>
        `  ${colour[f.status](m.status[f.status].padEnd(statusWidth))}  ${pad(f.path, pathWidth)}  ${s.dim(m.role[f.role])}`,
    );
    ctx.out([title, ...rows].join('\n'));
  }
  if (result.dryRun) {
    if (result.files.some((f) => f.status === 'conflict')) ctx.err(m.dryRunConflicts);
  } else if (!json) {
    const app = made.application;
    ctx.out(
      [m.nextSteps, m.stepFill(app, result.placeholders), m.stepWrite(made.document), m.stepCheck(app)].join('\n'),
    );
  }
}

/** A profile that does not (or may not) fit the line: said on stderr, the files still written. */
async function warnUnfit(ctx: CliContext, g: Guideline, code: string, profile: Facts): Promise<void> {
  const line = g.line(code);
  if (!line) return;
  const [{ matchLine }, { matchMessages }] = await Promise.all([
    import('../../match/match-line.js'),
    import('../../i18n/messages/match.js'),
  ]);
  const r = matchLine(g, line, profile, ctx.lang);
  if (r.status === 'eligible') return;
  const m = msg(matchMessages, ctx.lang);
  const s = await loadStyle(ctx.colorErr);
  ctx.err(s.yellow(m.initWarn(line.code, r.status)));
  for (const x of r.reasons.filter((x) => x.ok !== true && x.nature !== 'bonus')) {
    const { mark, colour } = reasonMark(x, s);
    ctx.err(`  ${colour(mark)} ${x.message}`);
  }
}
