import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

/**
 * Resolves once the CLI in process `pid` has installed its own signal handlers, so a
 * test sends a signal when the program is ready for it rather than after a guessed
 * delay that a loaded machine overruns. Node catches SIGINT and SIGTERM for itself from
 * its first moments, but not SIGHUP, which the CLI catches next to SIGINT: its bit in the
 * SigCgt mask of /proc/PID/status (Linux) tells. Elsewhere, after a fixed wait.
 */
export async function whenStarted(pid: number): Promise<void> {
  const bit = 1n << BigInt(constants.signals.SIGHUP - 1);
  for (;;) {
    let status: string;
    try {
      status = readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
      return;
    }
    const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(status)?.[1];
    if (mask && (BigInt(`0x${mask}`) & bit) !== 0n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
