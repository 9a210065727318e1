import { Chalk } from 'chalk';
import { PLAIN_STYLE } from './plain-style.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

/** chalk decides by the terminal; the caller has already decided (TTY, NO_COLOR). */
export function createStyle(enabled: boolean): Style {
  if (!enabled) return PLAIN_STYLE;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
