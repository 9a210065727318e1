import type { YamlMessages } from '../i18n/messages/yaml.js';

export type PathSegment = string | number;

/** Where something is in a source file: 1-based, as editors count. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A problem found while reading YAML, before it is put into words: `say` picks its
 * sentence from the catalogue of whichever language the caller reads in.
 */
export interface Found {
  /** The yaml package's error code (DUPLICATE_KEY…) or one of ours (LEADING_ZERO…). */
  code: string;
  severity: 'error' | 'warning';
  /**
   * The document cannot be trusted as data (a syntax error, an alias bomb, a number
   * that was changed in reading): nothing else in the file is judged.
   */
  blocking: boolean;
  /** Offset in the text; none when the problem has no place in it. */
  offset?: number;
  /** Where the value is in the data, for a problem that belongs to one value. */
  path?: PathSegment[];
  say: (m: YamlMessages) => string;
}

/** A mistake after which the document cannot be trusted as data: an error that blocks. */
export function blockingError(code: string, offset: number | undefined, say: Found['say']): Found {
  return { code, severity: 'error', blocking: true, offset, say };
}

/** Deepest nesting of lists and mappings an application may have (it needs four). */
export const MAX_DEPTH = 32;

/** Aliases a document may expand; a few are harmless, an alias bomb needs thousands. */
export const MAX_ALIAS_COUNT = 50;
