import { Chalk } from 'chalk';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const plain = (s: string) => s;
const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

/** chalk decides by the terminal; the caller has already decided (TTY, NO_COLOR). */
export function createStyle(enabled: boolean): Style {
  if (!enabled) return PLAIN;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
