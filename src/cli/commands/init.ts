import type { Facts } from '../../application/schema.js';
import { initProposal } from '../../scaffold/init-proposal.js';
import { readProfile } from '../../scaffold/read-profile.js';
import type { CliContext } from '../context.js';

export interface InitCommandOptions {
  tier?: string;
  /** A profile file (`-` for stdin), or the answers `match` already holds. */
  profile?: string | Facts;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
}

export async function run(ctx: CliContext, code: string, dir: string | undefined, opts: InitCommandOptions = {}): Promise<void> {
  const profile = typeof opts.profile === 'string' ? readProfile(await ctx.guideline(), opts.profile, ctx.lang) : opts.profile;
  await initProposal(ctx, code, dir, { ...opts, profile });
}
