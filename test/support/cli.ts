import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the built CLI runs from here. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI's entry, for a test that spawns it itself (a signal, a terminal, another user). */
export const CLI = fileURLToPath(new URL('../../bin/guilin-grants.js', import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the BUILT command line (`npm test` builds first) as a user would: no colour,
 * no language from the caller's environment unless given.
 */
export function runCli(
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string } = {},
): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
  if (!opts.env?.GUILIN_GRANTS_LANG) delete env.GUILIN_GRANTS_LANG;
  // Nor a width: piped output is laid out to COLUMNS only when a test says so.
  if (!opts.env?.COLUMNS) delete env.COLUMNS;
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env,
    input: opts.input,
    encoding: 'utf8',
    // Node's default (1 MiB) would cut a large report short and kill the run.
    maxBuffer: 1 << 30,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** `--json` output parsed, with the run's stderr in the message if it is not JSON. */
export function runJson<T = unknown>(args: readonly string[], opts?: Parameters<typeof runCli>[1]): T {
  const r = runCli(args, opts);
  if (r.status !== 0) throw new Error(`guilin-grants ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
