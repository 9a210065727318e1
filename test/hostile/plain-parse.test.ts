import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeApplication } from '../../bench/corpus.js';
import { lineStartsOf, locateInTree } from '../../src/yaml/node-tree.js';
import { locate, parseYaml } from '../../src/yaml/parse.js';
import { plainParse } from '../../src/yaml/plain-parse.js';
import { isUnusual } from '../../src/yaml/unusual.js';
import { mutatedApplication, structuredYaml, yamlish } from './helpers/yamlish.js';

type Path = (string | number)[];

/** Every value's path in the data, and for mapping entries the same path read as a key. */
function paths(data: unknown, at: Path = []): { path: Path; key: boolean }[] {
  if (data === null || typeof data !== 'object') return [];
  const out: { path: Path; key: boolean }[] = [];
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  for (const k of keys) {
    const path = [...at, k];
    out.push({ path, key: false });
    if (!Array.isArray(data)) out.push({ path, key: true });
    out.push(...paths((data as Record<string | number, unknown>)[k], path));
    // A key the file does not have: findings about missing keys point at the nearest place present.
    if (!Array.isArray(data)) out.push({ path: [...at, 'missing'], key: false });
  }
  return out;
}

/**
 * The plain reader is a shortcut for the files applicants write. Whatever it reads,
 * the strict parser must read the same with nothing to report, and every place the
 * findings may point at (values, keys, missing keys) must be where the strict parser
 * puts it. Everything else it must decline.
 */
function agrees(text: string): boolean {
  if (isUnusual(text)) return false;
  const plain = plainParse(text);
  if (!plain) return false;
  const strict = parseYaml(text, 'en');
  expect(strict.problems).toEqual([]);
  expect(plain.data).toStrictEqual(strict.data);
  const starts = lineStartsOf(text);
  for (const { path, key } of [{ path: [] as Path, key: false }, ...paths(plain.data)]) {
    expect(
      locateInTree(text, starts, plain.root, path, key) ?? undefined,
      `${JSON.stringify(path)} key=${key}`,
    ).toEqual(locate(strict, path, { key }));
  }
  return true;
}

describe('the plain reader reads as the strict parser does, places included', () => {
  it.each([
    ['random lines of YAML', yamlish, 20],
    ['random trees of tricky keys and values', structuredYaml, 300],
    ['real applications with random edits', mutatedApplication, 300],
  ])('on %s', (_, texts, least) => {
    let taken = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (agrees(text)) taken++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
    // The generator must exercise the reader, or the property says nothing.
    expect(taken).toBeGreaterThan(least);
  });

  it('on the files of the benchmark corpus, every line and tier, good and broken, with CRLF line ends too', () => {
    let taken = 0;
    for (let i = 0; i < 240; i++) {
      const { text } = makeApplication(i);
      for (const t of [text, text.replace(/\n/g, '\r\n')]) if (agrees(t)) taken++;
    }
    // Only the files with an unclosed quote (one in two hundred) are left to the others.
    expect(taken).toBeGreaterThanOrEqual(476);
  });

  it.each([
    [
      'flow lists and mappings',
      'fields: [new_materials, agriculture]\nperiod: { start: 2019, end: 2021 }\npartners: [{name: A, type: university}, {name: B, type: enterprise, country: DE}]\n',
    ],
    ['a list at its key’s indent, then more keys', 'fields:\n- a\n- b\ntitle: x\n'],
    [
      'lists of mappings, with comments between',
      'attachments:\n  # the agreement\n  - kind: cooperation_agreement\n    file: a.pdf # signed\n\n  - kind: x\n    file: "b c.pdf"\n',
    ],
    ['empty values and nulls', 'title:\nleader: ~\ndrug: null\ntalent:\n# later\nend: 1\n'],
    ['quotes', `title: 'it''s'\nname: "桂林 #1"\nq: '"'\n`],
    ['numbers and booleans', 'a: 0x1F\nb: 1.5e3\nc: -.inf\nd: True\ne: -7\nf: 1_0\n'],
  ])('on %s', (_, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a block scalar', 'title: |\n  a\n'],
    ['a scalar continued on the next line', 'title: a\n  b\n'],
    ['a key that is a number', '1: a\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a quoted key', '"a": 1\n'],
    ['a trailing comma in a flow list', 'a: [b, ]\n'],
    ['a mapping value on a line of its own', 'a: b: c\n'],
    ['a number that reading would change', 'a: 0123\n'],
    ['a document of only comments', '# nothing\n'],
    ['a scalar document', 'just text\n'],
  ])('declines %s', (_, text) => {
    expect(plainParse(text)).toBeUndefined();
  });
});
