import type { Lang } from './lang.js';

export type { Lang } from './lang.js';

/** A catalogue holds the same keys in both languages; `en` is typed after `zh`. */
export type Catalogue<T> = { zh: T; en: T };

let current: Lang = 'zh';

/** Set once by the CLI from --lang / GUILIN_GRANTS_LANG; tests set it directly. */
export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function msg<T>(catalogue: Catalogue<T>, lang: Lang = current): T {
  return catalogue[lang];
}
