import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Applications and profiles are 1–5 KB; a file of more than 32 KiB is not one, and is
 * refused unread. The cap also bounds what a hostile file can cost (docs/PERFORMANCE.md).
 */
export const MAX_INPUT_BYTES = 32 * 1024;

/** A guide is written by the office and runs to a hundred KB or more (guilin-2019.yaml: 114 KB). */
export const MAX_GUIDELINE_BYTES = 1024 * 1024;

export type ReadFailure =
  /** `limit`: the cap it passed, in bytes; `partial`: `bytes` were read when it was passed, of a size not known (standard input). */
  | { reason: 'tooLarge'; bytes: number; limit: number; partial?: true }
  /** `folder`: it is a folder, which the user should be told to look into, not a pipe or a device. */
  | { reason: 'notFile'; folder?: true }
  | { reason: 'notUtf8'; line: number }
  /** NUL characters: a binary file, or UTF-16 without its byte-order mark (`utf16` names the likely order). */
  | { reason: 'notText'; utf16?: 'utf-16le' | 'utf-16be' }
  | { reason: 'unreadable'; code: string };

/** `decodedFrom`: the encoding guessed for a file that is not UTF-8, which the user should hear of. */
export type ReadResult = { ok: true; text: string; decodedFrom?: string } | ({ ok: false } & ReadFailure);

export interface ReadOptions {
  /** Forces a decoding (`--encoding`); by default UTF-8, or UTF-16 with its byte-order mark. */
  encoding?: string;
  maxBytes?: number;
  /**
   * The path was a regular file when its folder was listed: its size is learnt by
   * reading to the end, without asking the disk for it first (docs/PERFORMANCE.md).
   */
  listedFile?: boolean;
}

/**
 * iconv-lite's tables are a third of a megabyte; they are loaded only for the files
 * that need them (a byte-order mark, --encoding, a file that is not UTF-8).
 */
let iconvLib: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  return (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
}

/**
 * The one place where bytes become text. A byte-order mark decides UTF-16 and is
 * dropped in every case; otherwise UTF-8, and failing that GB18030 (GBK's superset,
 * what Chinese Windows saves by default) when the bytes are valid in it, with
 * `decodedFrom` set so that the user is told. Bytes valid in neither are reported
 * rather than judged as mojibake, and NUL characters mean it is not a text file.
 */
export function decode(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (opts.encoding) return text(stripBom(iconv().decode(buffer, opts.encoding)), buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return text(stripBom(iconv().decode(buffer, 'utf-16le')), buffer);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return text(stripBom(iconv().decode(buffer, 'utf-16be')), buffer);
  // Validated first (simdutf), so that bytes that are not UTF-8 are never decoded as
  // mojibake; the bytes are looked at for NUL before any string is made.
  if (buffer.indexOf(0) >= 0) return notText(buffer);
  if (isUtf8(buffer)) return { ok: true, text: stripBom(buffer.toString('utf8')) };
  const gb = iconv().decode(buffer, 'gb18030');
  if (!gb.includes('\ufffd')) return { ok: true, text: gb, decodedFrom: 'GB18030' };
  return { ok: false, reason: 'notUtf8', line: lineOfOffset(bytes, firstInvalidUtf8(bytes)) };
}

/** Decoded text, unless it holds NUL characters, which no text file does. */
function text(decoded: string, bytes: Buffer): ReadResult {
  return decoded.includes('\0') ? notText(bytes) : { ok: true, text: decoded };
}

function notText(bytes: Buffer): ReadResult {
  const utf16 = utf16Order(bytes);
  return { ok: false, reason: 'notText', ...(utf16 ? { utf16 } : {}) };
}

/**
 * UTF-16 text without a byte-order mark has a NUL beside nearly every ASCII
 * character, all on the same side: odd offsets for little-endian, even for big.
 */
function utf16Order(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (pairs >= 2 && even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether `--encoding NAME` can read a text: iconv-lite also knows `hex` and `base64`,
 * which turn bytes into their spelling, not into the text they hold.
 */
export function encodingKind(name: string): 'text' | 'bytes' | 'unknown' {
  if (!iconv().encodingExists(name)) return 'unknown';
  return /^(?:hex|base64)$/.test(name.toLowerCase().replace(/[^0-9a-z]/g, '')) ? 'bytes' : 'text';
}

/**
 * One buffer for every file this thread reads: decoding copies the bytes out, and a
 * batch of ten thousand files then allocates ten thousand strings, not twice that.
 */
let shared: Buffer | undefined;

/** A file's bytes, or why there are none; the bytes are valid only until the next read on this thread. */
export type ReadBytes = { ok: true; bytes: Uint8Array } | ({ ok: false } & ReadFailure);

/**
 * Reads one file's bytes. The size is checked on the open file before any byte is
 * read; the read stops at that size (a file growing meanwhile is read as it was
 * when opened) or one byte past the cap. A file listed as regular (`listedFile`) is
 * read to its end, and refused once it passes the cap. What it returns lives in a
 * buffer this thread reuses: decode or copy it before the next call.
 */
export function readInputBytes(path: string | Buffer, opts: ReadOptions = {}): ReadBytes {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number;
  try {
    // Non-blocking, so that a FIFO renamed *.yaml cannot hold the batch up waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  try {
    const st = opts.listedFile ? undefined : fstatSync(fd);
    if (st && !st.isFile()) return { ok: false, reason: 'notFile', ...(st.isDirectory() ? { folder: true } : {}) };
    if (st && st.size > max) return { ok: false, reason: 'tooLarge', bytes: st.size, limit: max };
    const want = Math.min(st?.size ?? max, max) + 1;
    if (!shared || shared.length < want) shared = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
    let length = 0;
    // One read for a regular file of its stated size, without asking again only to hear "end of file".
    while (length < want) {
      const n = readSync(fd, shared, length, want - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) return { ok: false, reason: 'tooLarge', bytes: st ? length : fstatSync(fd).size, limit: max };
      if (length === st?.size) break;
    }
    return { ok: true, bytes: shared.subarray(0, length) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

/** Reads one application file and turns it into text (see `decode`). */
export function readInputFile(path: string | Buffer, opts: ReadOptions = {}): ReadResult {
  const read = readInputBytes(path, opts);
  return read.ok ? decode(read.bytes, opts) : read;
}

/** Whether standard input is a folder (`check - < 收件`), which Node reads as if it were empty. */
export function stdinIsFolder(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

/** Reads standard input to its end, under the same cap and decoding as a file. */
export async function readStdin(
  stream: NodeJS.ReadableStream = process.stdin,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      length += b.length;
      if (length > max) return { ok: false, reason: 'tooLarge', bytes: length, limit: max, partial: true };
      chunks.push(b);
    }
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  return decode(Buffer.concat(chunks, length), opts);
}

/** Where the first byte that breaks UTF-8 sits (RFC 3629's table), to point the user at its line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (b: number | undefined, lo = 0x80, hi = 0xbf) => b !== undefined && b >= lo && b <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(bytes[i + 1])) n = 2;
    else if (b === 0xe0 && cont(bytes[i + 1], 0xa0) && cont(bytes[i + 2])) n = 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(bytes[i + 1]) && cont(bytes[i + 2])) n = 3;
    else if (b === 0xed && cont(bytes[i + 1], 0x80, 0x9f) && cont(bytes[i + 2])) n = 3;
    else if (b === 0xf0 && cont(bytes[i + 1], 0x90) && cont(bytes[i + 2]) && cont(bytes[i + 3])) n = 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(bytes[i + 1]) && cont(bytes[i + 2]) && cont(bytes[i + 3])) n = 4;
    else if (b === 0xf4 && cont(bytes[i + 1], 0x80, 0x8f) && cont(bytes[i + 2]) && cont(bytes[i + 3])) n = 4;
    else return i;
    i += n;
  }
  return i;
}

/** The 1-based line of a byte offset. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
