import { loadGuideline } from '../../src/guideline/load.js';
import type { Guideline } from '../../src/guideline/model.js';
import type { Lang } from '../../src/i18n/index.js';

const cache = new Map<Lang, Guideline>();

/** The shipped 2019 guide, parsed from its YAML once per language. */
export function guideline(lang: Lang = 'zh'): Guideline {
  let g = cache.get(lang);
  if (!g) cache.set(lang, (g = loadGuideline('guilin-2019', lang)));
  return g;
}
