import type { Lang } from '../i18n/lang.js';
import { builtInFromJson, DEFAULT_GUIDELINE, isBuiltIn } from './built-in.js';
import type { Guideline } from './model.js';

/**
 * The CLI's way in: a built-in guide loads from its prebuilt JSON without importing
 * the YAML parser or zod (most of a command's start-up otherwise); anything else is
 * parsed and validated by `loadGuideline`.
 */
export async function openGuideline(ref: string | undefined, lang: Lang): Promise<Guideline> {
  const id = ref ?? DEFAULT_GUIDELINE;
  return (isBuiltIn(id) && builtInFromJson(id)) || (await import('./load.js')).loadGuideline(ref, lang);
}
