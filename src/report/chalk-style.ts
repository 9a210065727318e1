import { Chalk } from 'chalk';

/**
 * chalk decides by the terminal; the caller has already decided (TTY, NO_COLOR). At
 * level 0 chalk gives the text back as it is. A `Style` (style.ts) by its shape.
 */
export function createStyle(enabled: boolean) {
  const c = new Chalk({ level: enabled ? 1 : 0 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
