import type { Facts } from '../../application/schema.js';
import { initProposal } from '../../scaffold/init-proposal.js';
import { readProfile } from '../../application/read-profile.js';
import { msg } from '../../i18n/index.js';
import { scaffoldMessages } from '../../i18n/messages/scaffold.js';
import { reasonMark } from '../../match/reason-mark.js';
import type { CliContext } from '../context.js';

interface InitCommandOptions {
  tier?: string;
  /** A profile file (`-` for stdin), or the answers `match` already holds. */
  profile?: string | Facts;
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
  const profile =
    typeof opts.profile === 'string'
      ? await readProfile(opts.profile, await ctx.guideline(), ctx.lang, {
          invalid: msg(scaffoldMessages, ctx.lang).profileInvalid,
        })
      : opts.profile;
  await initProposal(ctx, code, dir, { ...opts, profile });
  if (typeof opts.profile === 'string' && profile) await warnUnfit(ctx, code, profile);
}

/** A profile that does not (or may not) fit the line: said on stderr, the files still written. */
async function warnUnfit(ctx: CliContext, code: string, profile: Facts): Promise<void> {
  const g = await ctx.guideline();
  const line = g.line(code);
  if (!line) return;
  const [{ matchLine }, { matchMessages }, { loadStyle }] = await Promise.all([
    import('../../match/match-line.js'),
    import('../../i18n/messages/match.js'),
    import('../../report/load-style.js'),
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
