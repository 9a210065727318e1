import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';

/**
 * What a rule says the same way on every application of its line (the guide's words
 * for a platform, an attachment, a priority), worked out once per requirement and
 * language rather than once per file. `make` must read only the guide and `key`; each
 * `make` keeps its own results, so two rules never read each other's for one key.
 */
export function preparedBy<K extends object, T>(
  make: (g: Guideline, key: K, lang: Lang) => T,
): (key: K, g: Guideline, lang: Lang) => T {
  const made = new WeakMap<K, { zh?: T; en?: T }>();
  return (key, g, lang) => {
    let m = made.get(key);
    if (m === undefined) made.set(key, (m = {}));
    if (!(lang in m)) m[lang] = make(g, key, lang);
    return m[lang] as T;
  };
}
