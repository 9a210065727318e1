import { constants, copyFileSync, linkSync, lstatSync, rmSync } from 'node:fs';

/**
 * The names a file's old content is kept under before it is replaced, first free
 * first: `application.yaml.bak`, then `.bak.1`, `.bak.2`… A suffix after the whole
 * name, not `application.bak.yaml`, so that a folder's check never takes a backup
 * for an application of its own.
 */
function candidate(path: string, n: number): string {
  return n === 0 ? `${path}.bak` : `${path}.bak.${n}`;
}

/** The name `keepBackup` would take now: the first candidate nothing (no file, folder or link) holds. */
export function backupName(path: string): string {
  for (let n = 0; ; n++) {
    const name = candidate(path, n);
    try {
      lstatSync(name);
    } catch {
      return name;
    }
  }
}

/**
 * Keeps what `path` holds under the first free backup name and returns that name. A
 * hard link keeps the very file (its bytes, mode and time) without copying it and, like
 * a copy made with COPYFILE_EXCL where links are not supported (a FAT drive), never
 * replaces a name taken meanwhile: that name is passed over for the next.
 */
export function keepBackup(path: string): string {
  for (let n = 0; ; n++) {
    const name = candidate(path, n);
    try {
      try {
        linkSync(path, name);
      } catch (e) {
        if (!LINKS_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
        copyOnce(path, name);
      }
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** A copy under a name nothing held; one that fails midway (a full disk) is not left half made. */
function copyOnce(path: string, name: string): void {
  try {
    copyFileSync(path, name, constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(name, { force: true });
    throw e;
  }
}

const LINKS_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS', 'EOPNOTSUPP', 'EMLINK']);
