import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ are layers (docs/ARCHITECTURE.md, "Folders"): a file imports from its
 * own layer and those below it, never from one above. Folders in one layer may import each other.
 */
const LAYERS: string[][] = [
  ['cli'],
  ['check', 'match', 'scaffold', 'fix'],
  ['report'],
  ['rules'],
  ['application', 'guideline', 'yaml', 'input'],
  ['i18n', 'util'],
];
const src = resolve(import.meta.dirname, '../../src');
const depth = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));
const topFolder = (file: string) => relative(src, file).split('/')[0]!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each relative import of a file, static or dynamic, as the folder of src/ it lands in. */
function importsOf(file: string): { target: string; spec: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => ({
    spec: m[1]!,
    target: resolve(dirname(file), m[1]!),
  }));
}

describe('the layers of src/', () => {
  const files = sourceFiles(src).filter((f) => relative(src, f).includes('/'));

  it('every folder of src/ has its place in a layer', () => {
    const folders = [...new Set(files.map(topFolder))].sort();
    expect(folders.filter((f) => depth(f) < 0)).toEqual([]);
  });

  it('no file imports from a layer above its own', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith(`${src}/`) && depth(topFolder(target)) < depth(topFolder(file)))
        .map(({ spec }) => `${relative(src, file)} → ${spec}`),
    );
    expect(upward).toEqual([]);
  });
});
