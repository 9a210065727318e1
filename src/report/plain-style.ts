import type { Style } from './style.js';

const plain = (s: string) => s;

/** No colour: what every command prints off a terminal or under NO_COLOR. */
export const PLAIN_STYLE: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
