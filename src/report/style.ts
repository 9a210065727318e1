export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const plain = (s: string) => s;

/** No colour: what every command prints off a terminal or under NO_COLOR. */
export const PLAIN_STYLE: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

/**
 * The style of a command's output, with chalk (and the terminal modules it loads)
 * imported only when there is colour to write: most runs, piped or under NO_COLOR,
 * need none of it.
 */
export async function loadStyle(enabled: boolean): Promise<Style> {
  return enabled ? (await import('./chalk-style.js')).createStyle(true) : PLAIN_STYLE;
}
