import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputProblem = { reason: 'exists' } | { reason: 'isFolder' } | { reason: 'noFolder' } | { reason: 'failed'; code: string };

export class OutputError extends Error {
  constructor(readonly problem: OutputProblem) {
    super(problem.reason);
  }
}

/** Checked before any work, so that a long batch is not run for a report that cannot be written. */
export function outputProblem(file: string, force: boolean): OutputProblem | undefined {
  let st;
  try {
    st = statSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory() || /[/\\]$/.test(file)) return { reason: 'isFolder' };
  if (st && !force) return { reason: 'exists' };
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { reason: 'noFolder' };
  return undefined;
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Writes the whole file or nothing: a temporary file beside the target, flushed, then
 * moved into place. Without `force` the move is a hard link, which fails if the
 * target appeared meanwhile, so an existing file is never replaced.
 */
export function writeOutput(file: string, content: string, force: boolean): void {
  const problem = outputProblem(file, force);
  if (problem) throw new OutputError(problem);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(tmp, file);
    else {
      try {
        linkSync(tmp, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') throw new OutputError({ reason: 'exists' });
        // FAT-formatted USB sticks have no hard links: check, then move.
        if (!NO_HARD_LINKS.has(code)) throw e;
        if (existsSync(file)) throw new OutputError({ reason: 'exists' });
        renameSync(tmp, file);
      }
    }
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError({ reason: 'failed', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already moved into place.
    }
  }
}
