import { existsSync } from 'node:fs';
import type { Guideline } from '../guideline/model.js';
import { isPrebuilt } from '../guideline/open.js';

/** True only for a file that the strict schema accepts as it stands. */
export type Accept = (data: unknown) => boolean;

const loaded = new WeakMap<Guideline, Accept>();

/** Where the build leaves a built-in guide's compiled validator (dist/guidelines/ID.accept.js). */
function acceptUrl(id: string): URL {
  return new URL(`../guidelines/${id}.accept.js`, import.meta.url);
}

/**
 * Loads the validator that the build compiled from a built-in guide's schema, when
 * there is one: a batch then runs zod only on the files it refuses, for the
 * messages (docs/PERFORMANCE.md has what it saves). A guide
 * given as a file has none, and every file goes through zod.
 */
export async function loadFastAccept(g: Guideline): Promise<void> {
  if (!isPrebuilt(g) || loaded.has(g)) return;
  const url = acceptUrl(g.id);
  if (!existsSync(url)) return;
  const mod = (await import(url.href)) as { default: Accept };
  loaded.set(g, mod.default);
}

export function fastAccept(g: Guideline): Accept | undefined {
  return loaded.get(g);
}
