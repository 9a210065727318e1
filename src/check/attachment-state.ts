import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileState } from '../rules/types.js';

/** Links followed before a path is given up as a loop (the kernel's own limit). */
const MAX_LINKS = 40;

/** A folder by its name, or by its bytes when its name is not UTF-8 (GBK, from a zip made on Chinese Windows). */
export type FolderPath = string | Buffer;

/**
 * A path spelled byte for byte, one character per byte: so a folder known only by
 * its bytes goes through `node:path` like any other (`/` and `.` are single bytes in
 * UTF-8 and GBK alike), and `onDisk` gives the same bytes back for each call to the disk.
 */
export const byteSpelled = (path: FolderPath): string => Buffer.from(path).toString('latin1');
export const onDisk = (spelled: string): Buffer => Buffer.from(spelled, 'latin1');

/**
 * What an attachment path leads to, seen from the application's folder. A path that
 * leaves the folder (absolute, `..` out of it, or a link inside it pointing out) is
 * `outside` before anything out there is looked at: a reviewer's `check` must not
 * tell an applicant which files exist elsewhere on the reviewer's machine. Only
 * lstat/readlink are used, so a FIFO or a device is never opened.
 */
export function attachmentState(baseDir: FolderPath, file: string): FileState {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\')) return 'outside';
  let root: string;
  try {
    root = byteSpelled(realpathSync.native(baseDir, 'buffer'));
  } catch {
    return 'missing';
  }
  const queue = byteSpelled(file)
    .split('/')
    .filter((p) => p !== '' && p !== '.');
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
      stat = lstatSync(onDisk(next));
    } catch {
      return 'missing';
    }
    if (stat.isSymbolicLink()) {
      if (++links > MAX_LINKS) return 'missing';
      const target = resolve(current, byteSpelled(readlinkSync(onDisk(next), { encoding: 'buffer' })));
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
  const stat = lstatSync(onDisk(current));
  if (!stat.isFile()) return 'not-file';
  return stat.size === 0 ? 'empty' : 'ok';
}

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}
