import { existsSync } from 'node:fs';
import type { Guideline } from '../guideline/model.js';
import { isPrebuilt } from '../guideline/built-in.js';
import type { Accepted } from './accept-schema.js';

/** True only for a file that the strict schema accepts as it stands. */
export type Accept = (data: unknown) => boolean;

const loaded = { application: new WeakMap<Guideline, Accept>(), profile: new WeakMap<Guideline, Accept>() };

/**
 * Where the build leaves a built-in guide's compiled validators:
 * dist/guidelines/ID.accept.js for an application, ID.profile.accept.js for a profile.
 */
export function acceptFile(id: string, kind: Accepted): string {
  return `${id}${kind === 'application' ? '' : `.${kind}`}.accept.js`;
}

/**
 * Loads the validator that the build compiled from a built-in guide's schema, when
 * there is one: a batch then runs zod only on the files it refuses, for the
 * messages (docs/PERFORMANCE.md has what it saves); a profile that it accepts spares
 * `match` loading zod at all. A guide given as a file has none, and everything goes
 * through zod.
 */
export async function loadFastAccept(g: Guideline, kind: Accepted = 'application'): Promise<Accept | undefined> {
  if (!isPrebuilt(g) || loaded[kind].has(g)) return loaded[kind].get(g);
  const url = new URL(`../guidelines/${acceptFile(g.id, kind)}`, import.meta.url);
  if (!existsSync(url)) return undefined;
  const mod = (await import(url.href)) as { default: Accept };
  loaded[kind].set(g, mod.default);
  return mod.default;
}

export function fastAccept(g: Guideline, kind: Accepted = 'application'): Accept | undefined {
  return loaded[kind].get(g);
}
