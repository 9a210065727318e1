import { spawn } from 'node-pty';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface TerminalRun {
  /** All the command printed on the terminal, line breaks as the terminal sends them (`\r\n`). */
  screen: string;
  exitCode: number;
}

export interface TerminalOptions {
  cols?: number;
  rows?: number;
  cwd?: string;
  /** The whole environment the command sees (TERM is set to xterm-256color unless given). */
  env: Record<string, string>;
}

/** Written by the shell once the command has exited: everything before it is the command's. */
const DONE = /@@exit (\d+)@@/;

/** The BUILT CLI running in a real pseudo-terminal, for a test to type into. */
export interface Terminal {
  /** All the command has printed so far (without the shell's marker). */
  readonly screen: string;
  /** The command's exit code, once all it printed is in `screen`. */
  readonly exit: Promise<number>;
  write(keys: string): void;
}

/**
 * Starts the BUILT CLI in a real pseudo-terminal.
 *
 * node-pty reports the exit as soon as the child is gone and closes the terminal 200 ms
 * later, taking with it any output not read by then (microsoft/node-pty#72): on a loaded
 * machine the end of a long page was lost. So the CLI runs under a shell that keeps the
 * terminal open after it, and prints a marker with its exit code: what came before the
 * marker is the whole page, however slowly it is read. The shell traps Ctrl-C, so that
 * only the CLI answers it; the CLI itself starts with the default handling, as it would.
 */
export function openTerminal(args: string[], opts: TerminalOptions): Terminal {
  const pty = spawn(
    '/bin/sh',
    [
      '-c',
      'trap : INT; "$0" "$@"; printf "@@exit %d@@" $?; sleep 30',
      process.execPath,
      join(ROOT, 'bin/guilin-grants.js'),
      ...args,
    ],
    {
      name: 'xterm-256color',
      cols: opts.cols ?? 120,
      rows: opts.rows ?? 60,
      cwd: opts.cwd ?? ROOT,
      env: { TERM: 'xterm-256color', ...opts.env },
    },
  );
  let out = '';
  let screen = '';
  let finish: (code: number) => void;
  const exit = new Promise<number>((resolve) => (finish = resolve));
  pty.onData((d) => {
    out += d;
    const done = DONE.exec(out);
    if (!done) {
      screen = out;
      return;
    }
    screen = out.slice(0, done.index);
    pty.kill();
    finish(Number(done[1]));
  });
  return {
    get screen() {
      return screen;
    },
    exit,
    write: (keys) => pty.write(keys),
  };
}

/** Runs the BUILT CLI in a real pseudo-terminal to its end: all it printed, and its exit code. */
export async function runInTerminal(args: string[], opts: TerminalOptions): Promise<TerminalRun> {
  const terminal = openTerminal(args, opts);
  const exitCode = await terminal.exit;
  return { screen: terminal.screen, exitCode };
}
