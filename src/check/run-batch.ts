import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fastAccept } from '../application/fast-accept.js';
import { isPrebuilt } from '../guideline/built-in.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import { displayOf, type FileInput, type Input, pathOf } from '../input/find-inputs.js';
import { readFailureText } from '../input/read-failure-text.js';
import {
  decode,
  MAX_GUIDELINE_BYTES,
  type ReadBytes,
  readInputBytes,
  readInputFile,
  readStdin,
  stdinIsFolder,
  type ReadOptions,
  type ReadResult,
} from '../input/read-input.js';
import { attachmentState, byteSpelled, type FolderPath, onDisk } from './attachment-state.js';
import { looseData } from '../yaml/fast-parse.js';
import { notAnApplication } from './application-facts.js';
import { notYamlName } from './not-yaml-name.js';
import { type AttachmentProbe, checkText, skippedResult } from './check-text.js';
import { type FolderListing, folderFiles } from './nearby-file.js';
import type { FileResult } from '../report/file-result.js';

export interface BatchOptions {
  guideline: Guideline;
  lang: Lang;
  read?: ReadOptions;
  stdin?: NodeJS.ReadableStream;
  /** What stands at an attachment's path (`attachmentState`) unless the batch caches it. */
  exists?: AttachmentProbe;
  /** The files of an application's folder (`folderFiles`) unless the batch caches them. */
  folders?: FolderListing;
  /**
   * Texts judged in place of what their files hold, by path (`check --fix --dry-run`:
   * the files as the fixes would leave them); judged on this thread only.
   */
  fixed?: ReadonlyMap<string, string>;
}

/** Below this many files the workers' start-up costs more than they save. */
export const PARALLEL_FROM = 400;
const CHUNK = 64;
/** Files this thread judges between two turns of the event loop while the workers work. */
const TURN_EVERY = 16;

/**
 * Threads in all, the main one included: one per core from three cores on. On two,
 * one thread: a worker must warm up its own copy of every hot function, and two
 * threads measured slower than one (docs/PERFORMANCE.md).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores, 8);
}

/** A file judged no further: status `error`, one finding saying why (`file`: unreadable; `internal`: a bug of ours). */
function fileError(file: string, rule: 'file' | 'internal', message: string, line: number | null = null): FileResult {
  const finding = {
    rule,
    severity: 'error',
    message,
    path: null,
    line,
    column: line === null ? null : 1,
    clause: null,
    basis: null,
  } as const;
  return { file, code: null, status: 'error', findings: [finding] };
}

/** A file's bytes (or why there are none), and the folder its attachments are looked up in. */
interface FileRead {
  read: ReadBytes;
  folder: FolderPath;
  /** Too large for an application: a guide left among them, skipped as a smaller one would be. */
  guide?: boolean;
}

function readFile(input: FileInput, options: ReadOptions, g: Guideline, fixed?: ReadonlyMap<string, string>): FileRead {
  // A name that is not UTF-8 is opened by its bytes (a worker receives them as a Uint8Array).
  const bytes = input.bytes && Buffer.from(input.bytes);
  // Joined for this read only: the list keeps the folder and the name.
  const path = pathOf(input);
  const text = fixed?.get(path);
  if (text !== undefined) return { read: { ok: true, bytes: Buffer.from(text) }, folder: dirname(path) };
  const read = readInputBytes(bytes ?? path, options);
  // Its attachments are looked up in its folder as the disk names it, not as it is shown.
  const folder = bytes ? onDisk(dirname(byteSpelled(bytes))) : dirname(path);
  if (!read.ok) return isGuide(read, bytes ?? path, options, g) ? { read, folder, guide: true } : { read, folder };
  // A copy: readInputBytes reads every file into the same buffer.
  return { read: { ok: true, bytes: Buffer.from(read.bytes) }, folder };
}

/**
 * A guide (guilin-2019.yaml is 114 KB) is larger than an application may be. A file
 * over the application's cap but within a guide's, whose lines name a guide's keys, is
 * read again by js-yaml alone: a hostile file so made costs its time (a quarter of a
 * second per MB), never the strict reader's.
 */
function isGuide(read: ReadBytes, path: string | Buffer, options: ReadOptions, g: Guideline): boolean {
  if (read.ok || read.reason !== 'tooLarge' || read.bytes > MAX_GUIDELINE_BYTES) return false;
  const again = readInputFile(path, { ...options, maxBytes: MAX_GUIDELINE_BYTES });
  if (!again.ok || !/^sections:/m.test(again.text) || !/^vocabulary:/m.test(again.text)) return false;
  const data = looseData(again.text);
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    notAnApplication(data as Record<string, unknown>, g) === 'guideline'
  );
}

/** Files read before they are judged, and the bytes they may hold together. */
const READ_AHEAD = 64;
const READ_AHEAD_BYTES = 256 * 1024;

/**
 * Files judged in order, each never throwing (a defect of ours costs one file, not the
 * batch). They are read a few dozen at a time, then judged: reading and judging in
 * turn, file by file, measured slower (docs/PERFORMANCE.md). They wait as bytes, outside
 * the JavaScript heap, and become text one at a time: as text, the files
 * read ahead were most of what each young-generation collection had to copy, and what
 * made the young generation grow in a long batch (docs/PERFORMANCE.md, "Memory").
 */
export function* judgeFiles(inputs: readonly FileInput[], opts: BatchOptions): Generator<FileResult> {
  // Every file of the list was a regular file when its folder was listed (find-inputs.ts).
  const options: ReadOptions = { ...opts.read, listedFile: true };
  for (let i = 0; i < inputs.length; ) {
    const reads: FileRead[] = [];
    for (let held = 0; i < inputs.length && reads.length < READ_AHEAD && held < READ_AHEAD_BYTES; i++) {
      const r = readFile(inputs[i]!, options, opts.guideline, opts.fixed);
      if (r.read.ok) held += r.read.bytes.length;
      reads.push(r);
    }
    for (let k = 0; k < reads.length; k++) {
      const { read, folder, guide } = reads[k]!;
      const display = displayOf(inputs[i - reads.length + k]!);
      if (guide) yield skippedResult(display, 'guideline');
      else
        yield notYamlName(
          judgeRead(read.ok ? decode(read.bytes, options) : read, display, folder, opts),
          display,
          folder,
          opts.lang,
        );
    }
  }
}

function judgeRead(read: ReadResult, display: string, baseDir: FolderPath | undefined, opts: BatchOptions): FileResult {
  if (!read.ok)
    return fileError(display, 'file', readFailureText(read, opts.lang), read.reason === 'notUtf8' ? read.line : null);
  try {
    return checkText(read.text, display, {
      guideline: opts.guideline,
      lang: opts.lang,
      ...(baseDir === undefined ? {} : { baseDir }),
      exists: opts.exists,
      folders: opts.folders,
      accept: fastAccept(opts.guideline),
      acceptProfile: fastAccept(opts.guideline, 'profile'),
      ...(read.decodedFrom ? { decodedFrom: read.decodedFrom } : {}),
    });
  } catch (e) {
    return fileError(
      display,
      'internal',
      msg(reportMessages, opts.lang).file.internal(e instanceof Error ? e.message : String(e)),
    );
  }
}

/**
 * The batch, judged from its list and yielded in input order as each result is
 * known: on this thread one file after the other, or over `jobs` threads when there
 * are enough files (and no stdin, which only this thread can read).
 */
export async function* runBatch(
  inputs: readonly Input[],
  opts: BatchOptions,
  jobs: number,
): AsyncGenerator<FileResult> {
  if (jobs < 2 || inputs.length < PARALLEL_FROM || inputs.some((i) => i.kind === 'stdin') || opts.fixed) {
    // Standard input (`-`) among the files is read where it stands in the list.
    for (let i = 0; i < inputs.length; ) {
      const input = inputs[i]!;
      if (input.kind === 'stdin') {
        yield opts.stdin === undefined && stdinIsFolder()
          ? fileError(displayOf(input), 'file', msg(reportMessages, opts.lang).file.stdinFolder)
          : judgeRead(await readStdin(opts.stdin, opts.read), displayOf(input), undefined, opts);
        i++;
        continue;
      }
      let end = i + 1;
      while (end < inputs.length && inputs[end]!.kind === 'file') end++;
      yield* judgeFiles(inputs.slice(i, end) as FileInput[], opts);
      i = end;
    }
    return;
  }
  yield* inPool(inputs as readonly FileInput[], opts, jobs);
}

/**
 * `jobs - 1` workers and this thread, which judges chunks itself whenever the next
 * result it must give is not in yet. Chunks are handed out at most `4 × jobs` past
 * the one the caller is reading: a caller that waits (its report goes into a full
 * pipe) holds the workers back instead of letting results pile up.
 */
async function* inPool(inputs: readonly FileInput[], opts: BatchOptions, jobs: number): AsyncGenerator<FileResult> {
  const chunks = Math.ceil(inputs.length / CHUNK);
  const chunk = (id: number) => inputs.slice(id * CHUNK, (id + 1) * CHUNK);
  const done = new Map<number, FileResult[]>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let next = 0;
  let reading = 0;
  const take = () => (next < chunks && next < reading + 4 * jobs ? next++ : -1);
  const idle: Worker[] = [];
  const feed = (w: Worker) => {
    const id = take();
    if (id >= 0) w.postMessage({ id, inputs: chunk(id) });
    else if (next < chunks) idle.push(w);
  };
  const workers = Array.from({ length: jobs - 1 }, () => {
    const w = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: {
        guideline: opts.guideline.file,
        source: opts.guideline.source,
        lang: opts.lang,
        read: opts.read ?? {},
        prebuilt: isPrebuilt(opts.guideline),
      },
    });
    w.on('message', (m: { id: number; results: FileResult[] }) => {
      done.set(m.id, m.results);
      feed(w);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
    // Two chunks in flight per worker: it never waits for this thread to hand it more.
    feed(w);
    feed(w);
    return w;
  });
  try {
    for (let id = 0; id < chunks; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        const mine = take();
        if (mine >= 0) {
          const results: FileResult[] = [];
          for (const result of judgeFiles(chunk(mine), opts)) {
            results.push(result);
            // Let the workers' answers in, hand them their next chunks, and hear a
            // signal: a whole chunk at once kept Ctrl-C waiting (docs/PERFORMANCE.md).
            if (results.length % TURN_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
          }
          done.set(mine, results);
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
      yield* done.get(id)!;
      done.delete(id);
      reading = id + 1;
      for (let n = idle.length; n > 0 && next < chunks && next < reading + 4 * jobs; n--) feed(idle.shift()!);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Attachment look-ups, remembered for the batch: applications in one folder share
 * their attachments folder, and asking the disk once per path is enough.
 */
export function cachedExists(): AttachmentProbe {
  return remembered(attachmentState, 4096);
}

/** Folder listings for near file names, remembered for the batch as `cachedExists` remembers paths. */
export function cachedFolders(): FolderListing {
  return remembered(folderFiles, 256);
}

/**
 * `look`'s answers by folder and path, forgotten each time `most` are held: a batch
 * whose every application has attachments of its own would otherwise hold all their
 * paths to the end.
 */
function remembered<T>(look: (baseDir: FolderPath, path: string) => T, most: number) {
  const seen = new Map<string, T>();
  return (baseDir: FolderPath, path: string): T => {
    // A folder known by its bytes is keyed by them, kept apart from every name.
    const key = `${typeof baseDir === 'string' ? baseDir : `\0${byteSpelled(baseDir)}`}\0${path}`;
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as T;
    if (seen.size >= most) seen.clear();
    const answer = look(baseDir, path);
    seen.set(key, answer);
    return answer;
  };
}
