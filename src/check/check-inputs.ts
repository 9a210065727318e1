import { dirname } from 'node:path';
import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { Input } from '../input/find-inputs.js';
import { readInputFile, readStdin, type ReadFailure, type ReadOptions } from '../input/read-input.js';
import { checkText } from './check-text.js';
import type { FileResult } from './types.js';

export interface BatchOptions {
  guideline: Guideline;
  lang: Lang;
  read?: ReadOptions;
  stdin?: NodeJS.ReadableStream;
}

/** A file that could not be turned into text: status `error`, one `file` finding saying why. */
export function unreadableResult(file: string, failure: ReadFailure, lang: Lang): FileResult {
  const m = msg(reportMessages, lang).file;
  const message =
    failure.reason === 'tooLarge' ? m.tooLarge(failure.bytes)
    : failure.reason === 'notFile' ? m.notFile
    : failure.reason === 'notUtf8' ? m.notUtf8(failure.line)
    : m.unreadable(failure.code);
  const line = failure.reason === 'notUtf8' ? failure.line : null;
  return {
    file,
    code: null,
    status: 'error',
    findings: [{ rule: 'file', severity: 'error', message, path: null, line, column: line === null ? null : 1, clause: null }],
  };
}

/**
 * Judges the inputs one after the other, in order, yielding each compact result as
 * soon as it is known: only one application's text is ever held. A worker pool can
 * replace this loop as long as it yields in the same order.
 */
export async function* checkInputs(inputs: readonly Input[], opts: BatchOptions): AsyncGenerator<FileResult> {
  for (const input of inputs) {
    const read = input.kind === 'stdin' ? await readStdin(opts.stdin, opts.read) : readInputFile(input.path, opts.read);
    if (!read.ok) {
      yield unreadableResult(input.display, read, opts.lang);
      continue;
    }
    const baseDir = input.kind === 'file' ? dirname(input.path) : undefined;
    let result: FileResult;
    try {
      result = checkText(read.text, input.display, { guideline: opts.guideline, lang: opts.lang, ...(baseDir === undefined ? {} : { baseDir }) });
    } catch (e) {
      // A defect of ours must not cost the reviewer the rest of the batch.
      const message = msg(reportMessages, opts.lang).file.internal(e instanceof Error ? e.message : String(e));
      result = { file: input.display, code: null, status: 'error', findings: [{ rule: 'internal', severity: 'error', message, path: null, line: null, column: null, clause: null }] };
    }
    yield result;
  }
}
