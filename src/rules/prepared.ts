import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';

type Made<T> = { zh: T | undefined; en: T | undefined };

const made = new WeakMap<object, Made<unknown>>();

/**
 * What a rule says the same way on every application of its line (the guide's words
 * for a platform, an attachment, a priority), worked out once per requirement and
 * language rather than once per file. `make` must read only the guide and `key`.
 */
export function prepared<K extends object, T>(
  key: K,
  g: Guideline,
  lang: Lang,
  make: (g: Guideline, key: K, lang: Lang) => T,
): T {
  let m = made.get(key) as Made<T> | undefined;
  if (m === undefined) {
    m = { zh: undefined, en: undefined };
    made.set(key, m);
  }
  let t = m[lang];
  if (t === undefined) {
    t = make(g, key, lang);
    m[lang] = t;
  }
  return t;
}
