import { dirname } from 'node:path';
import { fastAccept } from '../application/fast-accept.js';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { InputNotice } from '../input/find-inputs.js';
import { readFailureText } from '../input/read-failure-text.js';
import { readInputFile, readStdin, type ReadFailure, type ReadOptions, type ReadResult } from '../input/read-input.js';
import { capYoungGeneration } from '../util/young-generation.js';
import { allFiles, inputsOf, type BatchInputs, type FileInput } from './batch-inputs.js';
import { checkText } from './check-text.js';
import { READ_AHEAD_FROM, spawnReader, type Reader, type Reading } from './read-ahead.js';
import { attachmentState } from './attachment-state.js';
import type { AttachmentProbe } from './check-text.js';
import type { FileResult } from './types.js';

export interface BatchOptions {
  guideline: Guideline;
  lang: Lang;
  read?: ReadOptions;
  stdin?: NodeJS.ReadableStream;
  /** What stands at an attachment's path (`attachmentState`) unless the batch caches it. */
  exists?: AttachmentProbe;
  /** The batch's reading, when the command started it early (before loading the guide). */
  reading?: Reading;
  /** What the walk says once judging has begun (a folder that could not be read, a link to nothing). */
  notice?: (n: InputNotice) => void;
}

/** A file that could not be turned into text: status `error`, one `file` finding saying why. */
export function unreadableResult(file: string, failure: ReadFailure, lang: Lang): FileResult {
  const message = readFailureText(failure, lang);
  const line = failure.reason === 'notUtf8' ? failure.line : null;
  return {
    file,
    code: null,
    status: 'error',
    findings: [
      {
        rule: 'file',
        severity: 'error',
        message,
        path: null,
        line,
        column: line === null ? null : 1,
        clause: null,
        basis: null,
      },
    ],
  };
}

/** Whether a batch judged on this thread has its files found and read by a thread of their own. */
export function readsAhead(batch: BatchInputs): boolean {
  return (batch.rest !== undefined || batch.head.length >= READ_AHEAD_FROM) && allFiles(batch);
}

/** A batch's reading thread, started before its files are found or once they are (see read-ahead.ts). */
export function spawnBatchReader(read: ReadOptions = {}): Reader {
  return spawnReader(read, (path) => readInputFile(path, read));
}

/** One file: read, then judged; never throws, so a defect of ours costs one file, not the batch. */
export function judgeFile(input: FileInput, opts: BatchOptions): FileResult {
  return judgeRead(input, readInputFile(input.path, opts.read), opts);
}

function judgeRead(input: FileInput, read: ReadResult, opts: BatchOptions): FileResult {
  return read.ok
    ? judgeText(read, input.display, dirname(input.path), opts)
    : unreadableResult(input.display, read, opts.lang);
}

function judgeText(
  read: { text: string; decodedFrom?: string },
  display: string,
  baseDir: string | undefined,
  opts: BatchOptions,
): FileResult {
  try {
    const decoded = read.decodedFrom ? { decodedFrom: read.decodedFrom } : {};
    return checkText(read.text, display, {
      guideline: opts.guideline,
      lang: opts.lang,
      ...(baseDir === undefined ? {} : { baseDir }),
      exists: opts.exists,
      accept: fastAccept(opts.guideline),
      ...decoded,
    });
  } catch (e) {
    const message = msg(reportMessages, opts.lang).file.internal(e instanceof Error ? e.message : String(e));
    return {
      file: display,
      code: null,
      status: 'error',
      findings: [
        {
          rule: 'internal',
          severity: 'error',
          message,
          path: null,
          line: null,
          column: null,
          clause: null,
          basis: null,
        },
      ],
    };
  }
}

/**
 * Judges the inputs one after the other, in order, yielding each compact result as
 * soon as it is known: only one application's text is ever held.
 */
export async function* checkInputs(batch: BatchInputs, opts: BatchOptions): AsyncGenerator<FileResult> {
  if (opts.reading || readsAhead(batch)) {
    for await (const { inputs, files, notices } of (
      opts.reading ?? spawnBatchReader(opts.read).start(batch)
    ).chunks()) {
      for (const n of notices) opts.notice?.(n);
      for (let i = 0; i < inputs.length; i++) yield judgeRead(inputs[i]!, files[i]!, opts);
      capYoungGeneration();
    }
    return;
  }
  for (const input of inputsOf(batch, opts.notice)) {
    if (input.kind === 'file') {
      yield judgeFile(input, opts);
      continue;
    }
    const read = await readStdin(opts.stdin, opts.read);
    yield read.ok ? judgeText(read, input.display, undefined, opts) : unreadableResult(input.display, read, opts.lang);
  }
}

/**
 * Attachment look-ups, remembered for the batch: applications in one folder share
 * their attachments folder, and asking the disk once per path is enough.
 */
export function cachedExists(): AttachmentProbe {
  const seen = new Map<string, ReturnType<AttachmentProbe>>();
  return (baseDir, file) => {
    const path = `${baseDir}\0${file}`;
    let hit = seen.get(path);
    if (hit === undefined) {
      // Forgotten now and then: a batch whose every application has attachments of its
      // own would otherwise hold all their paths to the end.
      if (seen.size >= REMEMBERED_PATHS) seen.clear();
      seen.set(path, (hit = attachmentState(baseDir, file)));
    }
    return hit;
  };
}

const REMEMBERED_PATHS = 4096;
