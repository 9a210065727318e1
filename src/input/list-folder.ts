import { readdirSync } from 'node:fs';

/** A folder entry: its name as shown, and its bytes when they are not UTF-8. */
export interface FolderEntry {
  name: string;
  bytes?: Buffer;
  isFile(): boolean;
  isDirectory(): boolean;
}

const gb18030 = new TextDecoder('gb18030');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A folder's entries. A name that is not UTF-8 (what a zip made on Chinese Windows
 * unpacks to on Linux: `桂林.yaml` in GBK bytes) would reach the program as U+FFFD
 * and name nothing: such a folder is listed again by bytes, and each such name is
 * shown decoded as GB18030 and kept as its bytes to be opened by.
 */
export function listFolder(path: string | Buffer): FolderEntry[] {
  const entries = typeof path === 'string' ? readdirSync(path, { withFileTypes: true }) : undefined;
  if (entries && !entries.some((d) => d.name.includes('\uFFFD'))) return entries;
  return readdirSync(path, { withFileTypes: true, encoding: 'buffer' }).map((d) => {
    const raw = d.name;
    try {
      return { name: utf8.decode(raw), isFile: () => d.isFile(), isDirectory: () => d.isDirectory() };
    } catch {
      return { name: gb18030.decode(raw), bytes: raw, isFile: () => d.isFile(), isDirectory: () => d.isDirectory() };
    }
  });
}
