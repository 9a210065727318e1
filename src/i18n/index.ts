import type { Lang } from './lang.js';

export type { Lang } from './lang.js';

/** A catalogue holds the same keys in both languages; `en` is typed after `zh`. */
export type Catalogue<T> = { zh: T; en: T };

/**
 * A catalogue's type, read off its `zh` object (the one definition of its messages):
 * a text is any `string`, not the literal zh wrote, so that `en` says it in its own words.
 */
export type MessagesOf<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends (...args: infer A) => infer R
      ? (...args: A) => MessagesOf<R>
      : T extends object
        ? { [K in keyof T]: MessagesOf<T[K]> }
        : T;

let current: Lang = 'zh';

/** Set once by the CLI from --lang / GUILIN_GRANTS_LANG; tests set it directly. */
export function setLang(lang: Lang): void {
  current = lang;
}

/** A ratio as a percentage to a hundredth of one: 0.005 is 0.5%, and a share just short of what a rule asks never reads as that share. */
export const percent = (ratio: number): string => `${Number((ratio * 100).toFixed(2))}%`;

export function msg<T>(catalogue: Catalogue<T>, lang: Lang = current): T {
  return catalogue[lang];
}
