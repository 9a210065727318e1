import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/lang.js';
import { buildGuideline, type Guideline } from './model.js';
import type { GuidelineFile } from './schema.js';

export const DEFAULT_GUIDELINE = 'guilin-2019';
export const BUILT_IN = ['guilin-2019'] as const;

/** The JSON the build validated and left beside the code (dist/guidelines/ID.json). */
export function builtInJson(id: string): string {
  return fileURLToPath(new URL(`../guidelines/${id}.json`, import.meta.url));
}

/**
 * The CLI's way in: a built-in guide loads from its prebuilt JSON without importing
 * the YAML parser or zod (most of a command's start-up otherwise); anything else is
 * parsed and validated by `loadGuideline`.
 */
export async function openGuideline(ref: string | undefined, lang: Lang): Promise<Guideline> {
  const id = ref ?? DEFAULT_GUIDELINE;
  if ((BUILT_IN as readonly string[]).includes(id) && !existsSync(id)) {
    const json = builtInJson(id);
    if (existsSync(json)) return buildGuideline(JSON.parse(readFileSync(json, 'utf8')) as GuidelineFile, 'built-in');
  }
  const { loadGuideline } = await import('./load.js');
  return loadGuideline(ref, lang);
}
