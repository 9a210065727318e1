import fc from 'fast-check';
import { GOOD_APPLICATION } from './good-application.js';

/**
 * Generators of YAML-like text for property tests: documents built line by line from
 * the pieces that real and hostile files are made of, and real applications with
 * random edits. Both parsers and the whole `check` pipeline are run on them.
 */

/** Plain scalars on which YAML versions, schemas and parsers are known to disagree. */
const TRICKY_SCALARS = [
  '0',
  '-0',
  '+0',
  '00',
  '0123',
  '-0123',
  '012.5',
  '0o17',
  '0o19',
  '0x1F',
  '0X1F',
  '-0x1F',
  '0b101',
  '1_000',
  '1e3',
  '1E3',
  '1e+3',
  '1e400',
  '-1e400',
  '.5',
  '-.5',
  '+.5',
  '1.',
  '-1.',
  '1.0',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'NaN',
  'Infinity',
  '12345678901234567890',
  '9007199254740993',
  '9007199254740991',
  '-9007199254740992',
  '1e20',
  'true',
  'True',
  'TRUE',
  'tRue',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  '2019-03-01',
  '2001-12-14t21:59:43.10-05:00',
  '12:30',
  '1:20:30',
  '0.1',
  '3.14159',
  '1,000',
  '１５０',
  '150万元',
  '50%',
  '桂林',
  '桂林 某某 公司',
  'a  b',
  'C:\\新建\\x',
  'a#b',
  'a #b',
  '- x',
  'x -',
  'x:y',
  '@x',
  '`x',
  '%x',
  '!x',
  '&x',
  '*x',
  '|',
  '>',
  '?',
  '-',
  ':',
  '[]',
  '{}',
  '[a, b]',
  '{a: 1}',
  '[a, [b, c]]',
  '{a: [1, 2], b: {c: d}}',
  '[1, 0123]',
  '[12345678901234567890]',
  '{"a":1}',
  '["a","b"]',
  '[a,b,]',
  '[,]',
  '{a}',
  '[a: b]',
  '[? a]',
  // Lists of mappings and of lists, as profiles write partners and platforms.
  '[{a: 1}, {b: c}]',
  '[{name: 桂林, type: university}]',
  '[ { a: [1, {b: 2}] } ]',
  '[{a}, {}]',
  '[[a], [b, [c]]]',
  '[{a: 1}: b]',
  '[{a: 1} , {b}]',
  '[{a: ~}]',
  '[{~: a}]',
  '[{a, []}]',
  '[{[a]: b}]',
  '[{a: 1}, {a: 2}]',
  // Anchors, which the fast reader takes where no alias refers to them.
  '&a 1',
  '&a-b_2 桂林',
  '&x [1, 0123]',
  '&x {a: 1}',
  '&y "a: b"',
  "&z 'c'",
  '&a 1 # c',
  '&a b: c',
  '&a',
  '&a &b 1',
  '[{a: 1, a: 2}]',
  '[{? a}]',
];

const TRICKY_KEYS = [
  'project',
  'title',
  'funding',
  'requested',
  'applicant',
  'name',
  'smeNumber',
  '项目名称',
  '申请 金额',
  'a b',
  'a:b',
  'a#b',
  '1',
  '1.0',
  '0123',
  '0x10',
  'true',
  'null',
  '~',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<<',
  '"<<"',
  '"a"',
  "'b'",
  '"__proto__"',
  '"1"',
  '""',
  "''",
  'title\u3000',
  'ti\u200btle',
  '\ufefftitle',
  'x\u2028y',
  '"a\\nb"',
  '"\\u0041"',
  '[a, b]',
  '{a: 1}',
  '? a',
  '? [a]',
  '-',
  'k'.repeat(1100),
  `"${'q'.repeat(1030)}"`,
  '&a k',
  '*a',
  '!!str k',
  '!foo k',
];

const DOUBLE_QUOTED_PIECES = [
  'a',
  '桂林',
  ' ',
  '\\\\',
  '\\"',
  '\\n',
  '\\t',
  '\\u3000',
  '\\x41',
  '\\/',
  '\\N',
  '\\_',
  '\\L',
  '\\P',
  '\\0',
  '\\a',
  '\\e',
  '\\ ',
  '\\x',
  '\\新',
  "'",
  '#',
  ': ',
];
const SINGLE_QUOTED_PIECES = ['a', '桂林', ' ', "''", '\\', '"', '#', ': ', '\\n'];

const doubleQuoted = fc.array(fc.constantFrom(...DOUBLE_QUOTED_PIECES), { maxLength: 5 }).map((p) => `"${p.join('')}"`);
const singleQuoted = fc.array(fc.constantFrom(...SINGLE_QUOTED_PIECES), { maxLength: 5 }).map((p) => `'${p.join('')}'`);
const plainText = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '1', '0', '桂', '：', '-', '.', 'e', 'E', '+', '_', 'x', 'o'),
  maxLength: 8,
});

const value = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map(String) },
  { weight: 2, arbitrary: doubleQuoted },
  { weight: 2, arbitrary: singleQuoted },
  { weight: 2, arbitrary: plainText },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 1, arbitrary: plainText },
  { weight: 1, arbitrary: doubleQuoted },
);
const indent = fc.constantFrom('', '', '', '  ', '  ', '    ', ' ', '\t', '   ', '      ');
const separator = fc.constantFrom(': ', ': ', ': ', ':', '：', ' : ', ':\t', ':  ');
const comment = fc.constantFrom('', '', '', ' # 注释', '# x', ' #');

const yamlLine = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(indent, fc.constantFrom('', '', '- '), key, separator, value, comment).map((p) => p.join('')),
  },
  { weight: 2, arbitrary: fc.tuple(indent, key, fc.constantFrom(':', ': ', ':  # c')).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '-', '- - '), value).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(indent, fc.constantFrom('|', '|-', '|+', '>', '>-', '|2', '>+', '|1-'), fc.constantFrom('', ' # c'))
      .map((p) => `k: ${p[1]}${p[2]}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '---',
      '...',
      '--- a',
      '%YAML 1.1',
      '%YAML 1.2',
      '%TAG ! tag:x,2000:',
      '# only a comment',
      '',
      ' ',
      '\t',
      '\r',
      '\u0085',
      '\u2028',
      '\u0007',
      '\ufeff',
    ),
  },
);

/** A document of up to a dozen lines, joined with LF or CRLF. */
export const yamlish = fc
  .tuple(fc.array(yamlLine, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean())
  .map(([lines, eol, finalEol]) => lines.join(eol) + (finalEol ? eol : ''));

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[] } | { flow: string };

/** Mostly what real files hold, so that a good share of trees is plain enough for the fast parser. */
const word = fc.constantFrom(
  '桂林',
  '漓江 流域',
  'enterprise',
  'true',
  '100',
  '2019',
  '0.8',
  'CN',
  '张三',
  'a-b',
  'x.y',
  '1.5e3',
  '-7',
);
const treeKey = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'project',
      'title',
      'funding',
      'requested',
      'name',
      'type',
      '项目名称',
      'a b',
      '1',
      'true',
    ),
  },
  { weight: 1, arbitrary: key },
);
const treeValue = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  { weight: 1, arbitrary: value },
);

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: treeValue.map((v) => ({ scalar: v })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...TRICKY_SCALARS, '桂林', 'a b', '1', '"x, y"'), { maxLength: 4 })
        .map((items) => ({ flow: `[${items.join(', ')}]` })),
    },
    {
      weight: 2,
      arbitrary: fc
        .uniqueArray(fc.tuple(treeKey, tie('node')), { maxLength: 5, selector: ([k]) => k })
        .map((map) => ({ map })),
    },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((seq) => ({ seq })) },
  ),
}));

/** Block-style text of a tree: mostly valid YAML, so that the fast parser gets its share. */
function render(t: Tree, indent: string, step: string): string {
  if ('scalar' in t) return ` ${t.scalar}\n`;
  if ('flow' in t) return ` ${t.flow}\n`;
  if ('seq' in t)
    return t.seq.length ? `\n${t.seq.map((c) => `${indent}-${render(c, indent + step, step)}`).join('')}` : ' []\n';
  return t.map.length
    ? `\n${t.map.map(([k, c]) => `${indent}${k}:${render(c, indent + step, step)}`).join('')}`
    : ' {}\n';
}

/** Documents built from random trees of tricky keys and scalars, indented by one to four spaces. */
export const structuredYaml = fc
  .tuple(
    fc.uniqueArray(fc.tuple(treeKey, tree.node), { minLength: 1, maxLength: 6, selector: ([k]) => k }),
    fc.constantFrom(' ', '  ', '   ', '    '),
  )
  .map(([entries, step]) => entries.map(([k, t]) => `${k}:${render(t, step, step)}`).join(''));

const HOSTILE_UNITS = [
  ':',
  '：',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '"',
  "'",
  '\\',
  '#',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '0',
  '1',
  '.',
  'e',
  '~',
  '?',
  '<<',
  '\u3000',
  '\u200b',
  '\u0000',
  '\u0007',
  '\ufeff',
  '桂',
];

/** A real application with a few random edits: deletions, insertions and replacements. */
export const mutatedApplication = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 3 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((edits) => {
    let text = GOOD_APPLICATION;
    for (const [at, remove, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert.join('') + text.slice(i + remove);
    }
    return text;
  });

/** Texts with anchors (`&a1 `) put after some of their `: ` and `- `, and now and then an alias. */
export const withAnchors = fc
  .tuple(
    fc.oneof(structuredYaml, mutatedApplication, fc.constant(GOOD_APPLICATION)),
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', '', '', 'x: *a0\n', '- *a1\n'),
  )
  .map(([text, picks, alias]) => {
    const places = [...text.matchAll(/(?::|^ *-) /gm)].map((m) => m.index! + m[0].length);
    const chosen = new Set(picks.map((p) => places[p % Math.max(places.length, 1)]).filter((p) => p !== undefined));
    let out = text;
    for (const [i, at] of [...chosen].sort((a, b) => b - a).entries())
      out = `${out.slice(0, at)}&a${i} ${out.slice(at)}`;
    return out + alias;
  });
