import { Chalk } from 'chalk';
import { PLAIN_STYLE, type Style } from './style.js';

/** chalk decides by the terminal; the caller has already decided (TTY, NO_COLOR). */
export function createStyle(enabled: boolean): Style {
  if (!enabled) return PLAIN_STYLE;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
