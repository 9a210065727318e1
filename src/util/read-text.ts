import { readFileSync } from 'node:fs';

/** Reads a UTF-8 text file, dropping a byte-order mark. */
export function readText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
