import { PLAIN_STYLE, type Style } from './style.js';

/**
 * The style of a command's output, with chalk (and the terminal modules it loads)
 * imported only when there is colour to write: most runs, piped or under NO_COLOR,
 * need none of it.
 */
export async function loadStyle(enabled: boolean): Promise<Style> {
  return enabled ? (await import('./chalk-style.js')).createStyle(true) : PLAIN_STYLE;
}
