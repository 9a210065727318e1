import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileState } from '../rules/types.js';

/** Links followed before a path is given up as a loop (the kernel's own limit). */
const MAX_LINKS = 40;

/**
 * What an attachment path leads to, seen from the application's folder. A path that
 * leaves the folder (absolute, `..` out of it, or a link inside it pointing out) is
 * `outside` before anything out there is looked at: a reviewer's `check` must not
 * tell an applicant which files exist elsewhere on the reviewer's machine. Only
 * lstat/readlink are used, so a FIFO or a device is never opened.
 */
export function attachmentState(baseDir: string, file: string): FileState {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\')) return 'outside';
  let root: string;
  try {
    root = realpathSync(baseDir);
  } catch {
    return 'missing';
  }
  const queue = file.split('/').filter((p) => p !== '' && p !== '.');
  let current = root;
  let links = 0;
  while (queue.length) {
    const part = queue.shift()!;
    if (part === '..') {
      if (current === root) return 'outside';
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(next);
    } catch {
      return 'missing';
    }
    if (stat.isSymbolicLink()) {
      if (++links > MAX_LINKS) return 'missing';
      const target = resolve(current, readlinkSync(next));
      if (!inside(root, target)) return 'outside';
      // Go on from the link's target, inside the folder, with what was left of the path.
      queue.unshift(...relative(root, target).split(sep).filter(Boolean));
      current = root;
      continue;
    }
    if (queue.length && !stat.isDirectory()) return 'missing';
    current = next;
  }
  if (current === root) return 'not-file';
  const stat = lstatSync(current);
  if (!stat.isFile()) return 'not-file';
  return stat.size === 0 ? 'empty' : 'ok';
}

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}
