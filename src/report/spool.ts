import { closeSync, openSync, readSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { writeAll } from '../util/write-all.js';
import { removeQuietly } from '../util/write-file.js';

/** Past this many characters a spool moves to disk. */
const IN_MEMORY = 1 << 20;
const CHUNK = 64 * 1024;

/**
 * Text set aside to be written later, in order: the parts of a report that must wait
 * for the batch's totals. Small, it stays in memory; large, it goes to a temporary
 * file that is unlinked at once, so the system removes it however the run ends;
 * where no temporary file can be made, it stays in memory.
 */
export class Spool {
  private parts: string[] = [];
  private size = 0;
  private fd: number | undefined;
  /** Where unlinking an open file is refused (Windows), the file is removed at `close`. */
  private path: string | undefined;
  /** The temporary folder could not take a file: the text stays in memory. */
  private inMemoryOnly = false;

  get empty(): boolean {
    return this.size === 0 && this.fd === undefined;
  }

  append(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= IN_MEMORY) this.spill();
  }

  /** Everything appended, in order, in pieces of bounded size. */
  *read(): Generator<string> {
    if (this.fd === undefined) {
      yield this.parts.join('');
      return;
    }
    this.spill();
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    for (let position = 0; ; ) {
      const n = readSync(this.fd, buffer, 0, CHUNK, position);
      if (n === 0) break;
      position += n;
      yield decoder.write(buffer.subarray(0, n));
    }
    yield decoder.end();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.path !== undefined) removeQuietly(this.path);
    this.path = undefined;
    this.parts = [];
    this.size = 0;
  }

  private spill(): void {
    if (this.fd === undefined) {
      if (this.inMemoryOnly) return;
      const path = join(tmpdir(), `guilin-grants-${process.pid}-${randomBytes(4).toString('hex')}.spool`);
      try {
        this.fd = openSync(path, 'wx+', 0o600);
      } catch {
        // An unusable TMPDIR (missing, read-only, full) costs memory, not the report.
        this.inMemoryOnly = true;
        return;
      }
      if (!removeQuietly(path)) this.path = path;
    }
    writeAll(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
