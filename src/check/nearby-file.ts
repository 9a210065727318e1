import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { listFolder } from '../input/list-folder.js';
import { byteSpelled, type FolderPath, onDisk } from './attachment-state.js';
import { distance } from '../util/closest.js';

/** The regular files of a folder, as the application's folder leads to it; undefined where it does not. */
export type FolderListing = (baseDir: FolderPath, dir: string) => readonly string[] | undefined;

/** A folder holding more files than this is not searched: a near name among so many is no help. */
const MAX_NAMES = 500;

/**
 * The regular files of `dir`, a folder reached from the application's folder through
 * real folders only: no `..`, no absolute path, no link, so that what is listed is
 * always inside the folder whatever the links on the reviewer's machine point to.
 */
export function folderFiles(baseDir: FolderPath, dir: string): readonly string[] | undefined {
  const parts = dir.split('/').filter((p) => p !== '' && p !== '.');
  if (dir.startsWith('/') || parts.includes('..') || /^[A-Za-z]:|\\/.test(dir)) return undefined;
  try {
    let current = byteSpelled(realpathSync.native(baseDir, 'buffer'));
    for (const part of parts) {
      current = join(current, byteSpelled(part));
      if (!lstatSync(onDisk(current)).isDirectory()) return undefined;
    }
    // A name not in UTF-8 (kept as its bytes) could not be written as a path the application opens.
    const names = listFolder(onDisk(current))
      .filter((d) => d.isFile() && !d.bytes)
      .map((d) => d.name);
    return names.length <= MAX_NAMES ? names : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An existing file of the same folder whose name is near the missing one's
 * (`推荐函 .pdf`, `推荐涵.pdf` for `推荐函.pdf`), as the application would write its path;
 * never one the application lists already (`taken`): that one is another attachment's.
 */
export function nearbyFile(
  baseDir: FolderPath,
  file: string,
  taken: readonly string[] = [],
  list: FolderListing = folderFiles,
): string | undefined {
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash + 1);
  const name = file.slice(slash + 1);
  const names = name ? list(baseDir, dir)?.filter((n) => !taken.includes(`${dir}${n}`)) : undefined;
  const near = names && nearest(name, names);
  return near === undefined ? undefined : `${dir}${near}`;
}

/**
 * The one name within a few edits of `name`: one for a short name, a third of its
 * length before the extension for a longer one (two edits would turn `cv.pdf` into
 * `id.pdf`); else the one file of the same name in another form (`推荐函.jpg`, a
 * scanned letter, for `推荐函.pdf`). Compared in one Unicode form, so a name written
 * decomposed is found.
 */
function nearest(name: string, names: readonly string[]): string | undefined {
  const form = (s: string) => s.normalize('NFC').toLowerCase();
  const stemOf = (s: string) => s.replace(/\.[^.]*$/, '');
  const w = form(name);
  const stem = stemOf(w);
  const limit = Math.max(1, Math.floor(stem.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const n of names) {
    if (n === name) continue;
    const d = distance(w, form(n));
    if (d > limit || d > bestDistance) continue;
    tied = d === bestDistance;
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  if (tied) return undefined;
  if (best !== undefined || stem === w) return best;
  const sameStem = names.filter((n) => n !== name && stemOf(form(n)) === stem);
  return sameStem.length === 1 ? sameStem[0] : undefined;
}
