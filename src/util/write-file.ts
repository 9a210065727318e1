import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';
import { msg, type Lang } from '../i18n/index.js';
import { writeMessages } from '../i18n/messages/write.js';
import { pathProblem } from './file-name.js';
import { writeAll } from './write-all.js';
import { backupName, keepBackup } from './keep-backup.js';

/** Termination signals after which no temporary file may be left (Ctrl-C exits through `exit`). */
const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/**
 * Writing files for users: never over an existing file without `force`, never a
 * half-written file (a temporary file in the same folder, then a rename), and never
 * a name that some file system would refuse or read as something else.
 */

export type WriteStatus = 'create' | 'identical' | 'conflict' | 'overwrite';

export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
  /**
   * Whether the file already there holds the same thing; without it, the same bytes.
   * (A .docx made twice differs in the time it records.)
   */
  sameAs?: (existing: Buffer) => boolean;
  /**
   * What the file replaced must still hold when it is replaced: the bytes it was read
   * as. Otherwise it is left as it is and `ChangedSinceRead` thrown.
   */
  stillHolds?: Uint8Array;
}

export interface PlannedWrite extends FileToWrite {
  status: WriteStatus;
}

/** What writing would do to each file; an existing folder in the way is a conflict even with force. */
export function planWrites(files: readonly FileToWrite[], opts: { force?: boolean }): PlannedWrite[] {
  return files.map((f) => {
    const existing = lstatOrNull(f.path);
    if (!existing) return { ...f, status: 'create' };
    if (!existing.isFile()) return { ...f, status: 'conflict' };
    const existingBytes = readFileSync(f.path);
    if (f.sameAs ? f.sameAs(existingBytes) : existingBytes.equals(Buffer.from(f.content)))
      return { ...f, status: 'identical' };
    return { ...f, status: opts.force ? 'overwrite' : 'conflict' };
  });
}

/** A file to be replaced no longer holds what it held when read (saved meanwhile by its editor). */
export class ChangedSinceRead extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/** A file that was not there when planned appeared, or one in the way could not be replaced. */
export class WriteConflict extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/**
 * Writes every planned `create`/`overwrite` or none: each goes to a temporary file
 * beside its target first, and only when all are on disk are they renamed into place.
 * A later failure removes the files this call created. Conflicts must have been
 * resolved by the caller (`planWrites`); a file that appears in the meantime is not
 * overwritten unless the plan said so. With `keep`, what each file overwritten held is
 * kept first under a backup name beside it (`keepBackup`); the names are returned.
 */
export function commitWrites(plan: readonly PlannedWrite[], opts: { keep?: boolean } = {}): KeptFile[] {
  const staged: { target: string; temp: string; replace: boolean; backup?: string; stillHolds?: Uint8Array }[] = [];
  const placed: typeof staged = [];
  let current: { target: string; temp: string } | undefined;
  try {
    for (const p of plan) {
      if (p.status !== 'create' && p.status !== 'overwrite') continue;
      mkdirSync(dirname(p.path), { recursive: true });
      current = { target: p.path, temp: tempPath(p.path) };
      writeNew(current.temp, p.content);
      staged.push({ ...current, replace: p.status === 'overwrite', stillHolds: p.stillHolds });
    }
    // Every old content is kept before the first file is replaced.
    current = undefined;
    if (opts.keep) for (const s of staged) if (s.replace) s.backup = keepBackup(s.target);
    for (const s of staged) {
      current = s;
      // As late as it can be: the fixes were made from what was read, and a file saved
      // since holds edits they would wipe out.
      if (s.stillHolds && !holds(s.target, s.stillHolds)) throw new ChangedSinceRead(s.target);
      place(s.temp, s.target, s.replace);
      placed.push(s);
    }
  } catch (e) {
    for (const s of staged) removeQuietly(s.temp);
    for (const s of placed) if (!s.replace) removeQuietly(s.target);
    // A file not replaced still holds its content: its backup would only be a second name for it.
    for (const s of staged) if (s.backup && !placed.includes(s)) removeQuietly(s.backup);
    throw current ? aboutTarget(e, current.temp, current.target) : e;
  }
  return staged.flatMap((s) => (s.backup ? [{ path: s.target, backup: s.backup }] : []));
}

/** Whether `path` holds `bytes`; a file removed or moved away meanwhile does not. */
function holds(path: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** A file overwritten, and the name its old content was kept under. */
export interface KeptFile {
  path: string;
  backup: string;
}

/**
 * One file, atomically; refuses an existing file unless `force`, and one that no longer
 * holds `stillHolds`. Throws WriteConflict, ChangedSinceRead or the system's error.
 */
export function writeAtomic(
  path: string,
  content: string | Uint8Array,
  opts: { force?: boolean; stillHolds?: Uint8Array } = {},
): void {
  const existing = lstatOrNull(path);
  if (existing && (!existing.isFile() || !opts.force)) throw new WriteConflict(path);
  commitWrites([{ path, content, status: existing ? 'overwrite' : 'create', stillHolds: opts.stillHolds }]);
}

/** How a file for the user is written: `--output`, `--save-profile`, `export`. */
export interface OutputOptions {
  force?: boolean;
  lang: Lang;
  /**
   * With `force`, what the file replaced held is kept first under a backup name beside
   * it (`keepBackup`), as `init --force` keeps its files, unless it is the same as what
   * replaces it (`sameAs`; without it, the same bytes). Its refusal says so.
   */
  keep?: boolean;
  sameAs?: (existing: Buffer) => boolean;
}

/**
 * For `--output`, `--save-profile` and the like: writes `content` to `path` or throws a
 * UsageError that says, in the user's language, what is wrong and what to do. Returns
 * the name the old content was kept under (`keep`), if it was.
 */
export function writeOutputFile(path: string, content: string | Uint8Array, opts: OutputOptions): string | undefined {
  const file = openOutputFile(path, opts);
  file.write(content);
  return file.commit();
}

/** A file written as it is made, with the guarantees of `writeOutputFile`. */
export interface OutputFile {
  /** Appends to the temporary file: text as UTF-8, or bytes (a workbook, a document). */
  write(text: string | Uint8Array): void;
  /**
   * Puts the file in place: never over one that appeared meanwhile, unless `force`.
   * Returns the name the old content was kept under (`keep`), if it was.
   */
  commit(): string | undefined;
  /** Removes the temporary file; whatever was at the target stays as it was. */
  abort(): void;
}

/**
 * Opens a temporary file beside `path` (refused as `outputRefusal` says), to be
 * renamed into place by `commit`. Until then a failure, `abort`, Ctrl-C (the program
 * exits) or a termination signal removes it. Every error is a UsageError in the
 * user's language.
 */
export function openOutputFile(path: string, opts: OutputOptions): OutputFile {
  const m = msg(writeMessages, opts.lang);
  const refusal = outputRefusal(path, opts);
  if (refusal) throw new UsageError(refusal);
  const temp = tempPath(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (e) {
    throw new UsageError(m.failed(path, systemReason(e)));
  }
  let open = true;
  const release = () => {
    open = false;
    process.off('exit', abort);
    offSignals();
  };
  const abort = () => {
    if (!open) return;
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    release();
  };
  process.on('exit', abort);
  const offSignals = onTermination(abort);
  const failure = (e: unknown) => {
    abort();
    if (e instanceof WriteConflict)
      return new UsageError(lstatOrNull(path)?.isFile() ? existsText(path, opts) : m.notAFile(path));
    return new UsageError(m.failed(path, systemReason(e)));
  };
  return {
    write(text) {
      // Removed by a termination signal, which is raised again and ends the run at the
      // next turn of the event loop: what the batch writes until then goes nowhere.
      if (!open) return;
      try {
        writeAll(fd!, text);
      } catch (e) {
        throw failure(e);
      }
    },
    commit() {
      let backup: string | undefined;
      try {
        fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        if (opts.force && opts.keep) backup = keepUnlessSame(path, temp, opts.sameAs);
        place(temp, path, opts.force === true);
      } catch (e) {
        // The file not replaced still holds its content: its backup would only be a second name for it.
        if (backup) removeQuietly(backup);
        throw failure(e);
      }
      release();
      return backup;
    },
    abort,
  };
}

/**
 * Why `path` cannot be written, in the user's language, or null: lets a command refuse
 * before long work (a batch `check`) rather than after it.
 */
export function outputRefusal(path: string, opts: Pick<OutputOptions, 'force' | 'lang' | 'keep'>): string | null {
  const m = msg(writeMessages, opts.lang);
  const bad = pathProblem(path);
  if (bad) return m.badName(path, m.problem[bad.problem](bad.segment));
  if (!existsSync(dirname(path))) return m.noFolder(path, dirname(path));
  const existing = lstatOrNull(path);
  if (existing && !existing.isFile()) return m.notAFile(path);
  if (existing && !opts.force) return existsText(path, opts);
  return null;
}

/** The refusal of a file already there: with `keep`, naming where `--force` would keep it. */
function existsText(path: string, opts: Pick<OutputOptions, 'lang' | 'keep'>): string {
  const m = msg(writeMessages, opts.lang);
  return opts.keep ? m.existsKeep(path, backupName(path)) : m.exists(path);
}

/**
 * Keeps the file at `path` under a backup name unless it holds what `temp` does (`sameAs`);
 * that name. One that cannot be read is kept: a hard link needs no reading.
 */
function keepUnlessSame(path: string, temp: string, sameAs?: (existing: Buffer) => boolean): string | undefined {
  if (lstatOrNull(path)?.isFile() !== true) return undefined;
  let old: Buffer | undefined;
  try {
    old = readFileSync(path);
  } catch {
    // kept below
  }
  return old && (sameAs ? sameAs(old) : old.equals(readFileSync(temp))) ? undefined : keepBackup(path);
}

/** The system's reason for a failed write, without the stack: `EACCES: permission denied`. */
export function systemReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code
    ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')}`
    : String(err.message ?? e);
}

/** The entry at `path` itself (a link is not followed), or null when there is none. */
export function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** A temporary file or folder lives in the target's folder, so the rename never crosses file systems. */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A new file with `content`, on disk when this returns; on failure (a full disk) nothing is left. */
function writeNew(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
  } catch (e) {
    closeQuietly(fd);
    removeQuietly(path);
    throw e;
  }
}

/**
 * A folder that does not exist yet, made whole or not at all: its files and empty
 * subfolders are written into a hidden temporary folder beside it, which is renamed
 * into place. A failure (a full disk) or a termination signal meanwhile removes the
 * temporary folder and any parent folders made for it. Throws the system's error, or
 * WriteConflict when the folder appeared meanwhile.
 */
export function createFolder(folder: string, files: readonly FileToWrite[], subfolders: readonly string[]): void {
  const parent = dirname(folder);
  let firstMade: string | undefined;
  const temp = tempPath(folder);
  const cleanUp = () => rmSync(firstMade ?? temp, { recursive: true, force: true });
  const offSignals = onTermination(cleanUp);
  try {
    firstMade = mkdirSync(parent, { recursive: true });
    mkdirSync(temp);
    for (const f of files) {
      const path = join(temp, relative(folder, f.path));
      mkdirSync(dirname(path), { recursive: true });
      writeNew(path, f.content);
    }
    for (const sub of subfolders) mkdirSync(join(temp, relative(folder, sub)), { recursive: true });
    try {
      renameSync(temp, folder);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' ? new WriteConflict(folder) : e;
    }
  } catch (e) {
    cleanUp();
    throw aboutTarget(e, temp, folder);
  } finally {
    offSignals();
  }
}

/**
 * A system error met on a temporary file or folder, told of the target the user named:
 * the temporary name (`.app.1234.9f3c.tmp`) means nothing to them.
 */
function aboutTarget(e: unknown, temp: string, target: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.path === 'string' && (err.path === temp || err.path.startsWith(temp + sep)))
    err.path = target + err.path.slice(temp.length);
  return e;
}

/** Runs `cleanUp` on a termination signal, then dies of the signal as if it had not been caught; returns the undo. */
function onTermination(cleanUp: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}

/**
 * Without `replace`, a hard link refuses an existing target atomically (EEXIST);
 * where links are not supported, an existence check before the rename is the best left.
 */
function place(temp: string, target: string, replace: boolean): void {
  if (replace) {
    // The file replaced keeps its permissions: a report or scaffold the user made
    // read-only (0444) stays read-only after `--force`.
    const old = lstatOrNull(target);
    if (old?.isFile()) chmodSync(temp, old.mode & 0o7777);
    renameSync(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
    unlinkSync(temp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteConflict(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP')
      throw e;
    if (existsSync(target)) throw new WriteConflict(target);
    renameSync(temp, target);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** Removes a file if it can; whether it did. */
export function removeQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
