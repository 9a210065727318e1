import { accessSync, constants, realpathSync, type Stats, statSync } from 'node:fs';
import type { Guideline } from '../guideline/model.js';
import { decode, type ReadFailure, readInputBytes } from '../input/read-input.js';
import { ChangedSinceRead, systemReason, writeAtomic } from '../util/write-file.js';
import { fixText } from './fix-text.js';
import type { Fix } from './types.js';

type FileFix =
  | { status: 'fixed'; before: string; after: string; fixes: Fix[] }
  /** `changed`: saved by someone else after it was read, so the fixes made from what was read were not written. */
  | { status: 'clean' | 'unreadable' | 'notUtf8' | 'readOnly' | 'changed' }
  | { status: 'notWritten'; reason: string }
  /** The file has `links` names (hard links) in all: left as it is, as `fixFile` says why. */
  | { status: 'linked'; links: number }
  /** Not read at all (too large, no permission, not text): nothing was fixed, and why is the read's. */
  | { status: 'notRead'; failure: ReadFailure };

const BOM = '\ufeff';

/**
 * One file's fixes, written in place unless `dryRun`: atomically (a temporary file
 * renamed over it), in UTF-8 as it was read, with its byte-order mark if it had one.
 * A file in another encoding, or one the fixes cannot make readable, is left alone, as
 * is a read-only one: a rename would replace it all the same, against the user's word.
 * Through a link, the file it points to is fixed and the link stays a link. A file with
 * other names (hard links) is left alone too: the rename would give only this name the
 * fixed text, and writing in place would change the others as well, which may be a
 * snapshot (cp -al, rsnapshot) meant to stay as it was; which of the two the user wants,
 * the tool cannot tell.
 */
export function fixFile(path: string, g: Guideline, dryRun: boolean): FileFix {
  const bytes = readInputBytes(path);
  if (!bytes.ok) return { status: 'notRead', failure: bytes };
  const b = bytes.bytes;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return { status: 'notUtf8' };
  const read = decode(b);
  // Bytes neither UTF-8 nor GB18030 reads: what to do is what it is for any other encoding.
  if (!read.ok) return read.reason === 'notUtf8' ? { status: 'notUtf8' } : { status: 'notRead', failure: read };
  if (read.decodedFrom) return { status: 'notUtf8' };
  const fixed = fixText(read.text, g);
  if (fixed.unreadable) return { status: 'unreadable' };
  if (!fixed.fixes.length || fixed.text === read.text) return { status: 'clean' };
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    // Removed or moved away since it was read: not made again from what was read.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'changed' };
    return { status: 'notWritten', reason: systemReason(e) };
  }
  // One look at the file answers both: may it be written, and has it other names.
  const st = statOrNull(target);
  if (!st || readOnly(target, st)) return { status: 'readOnly' };
  if (st.nlink > 1) return { status: 'linked', links: st.nlink };
  if (!dryRun) {
    const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? BOM : '';
    try {
      writeAtomic(target, bom + fixed.text, { force: true, stillHolds: b });
    } catch (e) {
      if (e instanceof ChangedSinceRead) return { status: 'changed' };
      return { status: 'notWritten', reason: systemReason(e) };
    }
  }
  return { status: 'fixed', before: read.text, after: fixed.text, fixes: fixed.fixes };
}

function statOrNull(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Whether the user may not write `path`, or no one may (root passes `access` regardless of the mode). */
function readOnly(path: string, st: Stats): boolean {
  try {
    accessSync(path, constants.W_OK);
    return (st.mode & 0o222) === 0;
  } catch {
    return true;
  }
}
