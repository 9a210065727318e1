import type { Facts } from '../../application/schema.js';
import { initProposal } from '../../scaffold/init-proposal.js';
import { readProfile } from '../../application/read-profile.js';
import { msg } from '../../i18n/index.js';
import { scaffoldMessages } from '../../i18n/messages/scaffold.js';
import type { CliContext } from '../context.js';

export interface InitCommandOptions {
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
}
