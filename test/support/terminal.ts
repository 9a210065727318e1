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

/**
 * Runs the BUILT CLI in a real pseudo-terminal and returns all it printed and its exit code.
 *
 * node-pty reports the exit as soon as the child is gone and closes the terminal 200 ms
 * later, taking with it any output not read by then (microsoft/node-pty#72): on a loaded
 * machine the end of a long page was lost. So the CLI runs under a shell that keeps the
 * terminal open after it, and prints a marker with its exit code: what came before the
 * marker is the whole page, however slowly it is read.
 */
export function runInTerminal(args: string[], opts: TerminalOptions): Promise<TerminalRun> {
  return new Promise((resolve) => {
    const pty = spawn(
      '/bin/sh',
      [
        '-c',
        '"$0" "$@"; printf "@@exit %d@@" $?; sleep 30',
        process.execPath,
        join(ROOT, 'bin/guilin-grants.js'),
        ...args,
      ],
      {
        cols: opts.cols ?? 120,
        rows: opts.rows ?? 60,
        cwd: opts.cwd ?? ROOT,
        env: { TERM: 'xterm-256color', ...opts.env },
      },
    );
    let out = '';
    pty.onData((d) => {
      out += d;
      const done = DONE.exec(out);
      if (!done) return;
      pty.kill();
      resolve({ screen: out.slice(0, done.index), exitCode: Number(done[1]) });
    });
  });
}
