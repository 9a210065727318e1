import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const YAML_FILE = /\.ya?ml$/i;
const MAGIC = /[*?[\]{}]/;

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** A pattern's fixed folder: the segments before the first one with a wildcard. */
function fixedBase(pattern: string): string {
  const segments = pattern.split('/');
  const i = segments.findIndex((s) => MAGIC.test(s));
  return segments.slice(0, i).join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/**
 * Whether an existing `output` is, or may be, one of the applications `args` name: the
 * file itself (by any name or link), or an application file in a folder or under a
 * pattern's fixed folder. Writing the report there would replace what is being checked.
 */
export function outputIsInput(output: string, args: readonly string[], cwd = process.cwd()): boolean {
  if (output === '-') return false;
  const target = realOrNull(resolve(cwd, output));
  if (!target) return false;
  for (const arg of args) {
    if (arg === '-') continue;
    if (MAGIC.test(arg)) {
      const base = realOrNull(resolve(cwd, fixedBase(arg)));
      if (base && YAML_FILE.test(target) && inside(base, target)) return true;
      continue;
    }
    const real = realOrNull(resolve(cwd, arg));
    if (real === target) return true;
    if (real && YAML_FILE.test(target) && statSync(real).isDirectory() && inside(real, target)) return true;
  }
  return false;
}
