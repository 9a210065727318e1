import { msg, type Lang } from '../i18n/index.js';
import { inputMessages } from '../i18n/messages/input.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { ReadFailure } from './read-input.js';

/** Why a file could not be read, as the one sentence its `file` finding carries. */
export function readFailureText(failure: ReadFailure, lang: Lang): string {
  const m = msg(reportMessages, lang).file;
  switch (failure.reason) {
    case 'tooLarge':
      return m.tooLarge(failure.partial ? undefined : failure.bytes, failure.limit);
    case 'notFile':
      return m.notFile;
    case 'notUtf8':
      return m.notUtf8(failure.line);
    case 'notText':
      return failure.utf16 ? msg(inputMessages, lang).utf16WithoutBom(failure.utf16) : msg(inputMessages, lang).notText;
    case 'unreadable':
      return m.unreadable(failure.code);
  }
}
