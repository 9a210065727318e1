import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGuideline, type Guideline } from './model.js';
import type { GuidelineFile } from './schema.js';

/**
 * The guides shipped in guidelines/, by id (the file's name), in order of name, with
 * any the build compiled beside the code (dist/guidelines/ID.json, which a copy of the
 * program without guidelines/ still has): next year's guide is a new file there, which
 * the build validates and compiles, not a code change. The last, the newest by its
 * name, is the default.
 */
export const BUILT_IN: readonly string[] = shipped();
export const DEFAULT_GUIDELINE = BUILT_IN.at(-1) ?? 'guilin-2019';

function shipped(): string[] {
  const ids = new Set<string>();
  for (const [folder, ext] of [
    ['../../guidelines/', '.yaml'],
    ['../guidelines/', '.json'],
  ] as const) {
    try {
      for (const f of readdirSync(new URL(folder, import.meta.url)))
        if (f.endsWith(ext)) ids.add(f.slice(0, -ext.length));
    } catch {
      // Not there (the sources have no compiled guides), or not readable: none from it.
    }
  }
  return [...ids].sort();
}

/** A built-in id rather than a path (a file of that name in the folder wins). */
export function isBuiltIn(ref: string): boolean {
  return BUILT_IN.includes(ref) && !existsSync(ref);
}

const prebuilt = new WeakSet<Guideline>();

/**
 * Whether the guide is one the build validated and compiled, whatever its id says:
 * a guide given as a file may reuse a built-in id with other contents.
 */
export function isPrebuilt(g: Guideline): boolean {
  return prebuilt.has(g);
}

/** Marks a guide rebuilt from a prebuilt one's file (a worker thread's copy). */
export function markPrebuilt(g: Guideline): Guideline {
  prebuilt.add(g);
  return g;
}

/** A built-in guide from the JSON the build validated (dist/guidelines/ID.json), when the build has run. */
export function builtInFromJson(id: string): Guideline | undefined {
  const json = fileURLToPath(new URL(`../guidelines/${id}.json`, import.meta.url));
  return existsSync(json)
    ? markPrebuilt(buildGuideline(JSON.parse(readFileSync(json, 'utf8')) as GuidelineFile, 'built-in'))
    : undefined;
}
