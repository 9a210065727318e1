import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileInvalid } from '../../src/application/read-profile.js';
import { checkText } from '../../src/check/check-text.js';
import type { Finding } from '../../src/check/types.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/util/cap-findings.js';
import { firstErrors, LARGE_INPUT } from '../../src/yaml/first-errors.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { runCli } from '../support/cli.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';
import { mutatedApplication, yamlLine } from './helpers/yamlish.js';

/** What files dense with mistakes are made of: a top-level key, its value, and lines under it. */
const BROKEN_VALUES = [
  '[a',
  '[a, b',
  '{a: 1',
  '"a',
  "'a",
  '"a\\q"',
  'a: b',
  '[a]]',
  '{a}}',
  '| x',
  '&a 1',
  '*a',
  '*nothing',
  '!!float 1',
  '0123',
  'a #b',
  '1',
  '桂林',
  '',
];
const topKey = fc.constantFrom(
  'k',
  'title',
  'project',
  '项目名称',
  'a1',
  '1',
  'x_y',
  'k：v',
  '"k"',
  "'k'",
  '"k',
  '- k',
  '- ',
  '-',
);
/** Where an entry sits: at the top, nested in mappings and lists, or as an explicit key. */
const INDENTS = ['', '', '', '  ', '  ', '    ', '- ', '  - ', '    - ', '? ', '  ? '];

/** What goes under an entry: random lines, and the ends of quotes, brackets and block texts opened above. */
const under = fc.array(
  fc.oneof(
    yamlLine,
    fc.constantFrom(
      '  a: 1',
      '  - x',
      '  [b',
      '  "c',
      '  c"',
      "  c'",
      '  c]',
      '  ]',
      '  }',
      '  text',
      '    text',
      '\ta: 1',
      '',
      '# c',
      '---',
      '...',
    ),
  ),
  { maxLength: 3 },
);

/**
 * An entry dense with mistakes: a key, its value and lines under it, all at one
 * indentation (so that mistakes nest under one key); or an explicit key `? k` with
 * its value on the next line `: v`.
 */
const entry = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...INDENTS),
        topKey,
        fc.constantFrom(': ', ':', ' : ', '：'),
        fc.constantFrom(...BROKEN_VALUES, '|', '>-', '"a', '[a,'),
        under,
      )
      .map(([ind, k, sep, v, lines]) => {
        const pad = ' '.repeat(ind.length);
        return [`${ind}${k}${sep}${v}`, ...lines.map((l) => (l ? pad + l : l))].join('\n');
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', '', '  ', '- '), topKey, fc.constantFrom(...BROKEN_VALUES), under)
      .map(([ind, k, v, lines]) => {
        const pad = ' '.repeat(ind.length);
        return [`${ind}? ${k}`, `${pad}: ${v}`, ...lines.map((l) => (l ? pad + l : l))].join('\n');
      }),
  },
  {
    // A value that goes on over many lines that look like entries, across several
    // prefixes, and whose end may change what it was (`]: y` makes it a key).
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '  ', '- '),
        fc.constantFrom('[a,', '{a: 1,', '"a', "'a", '|', '>-', '[', 'a'),
        fc.array(fc.constantFrom('  b,', '  b: c', '  - x', '  text', '  "c', '  [d', '', '# c'), {
          minLength: 5,
          maxLength: 40,
        }),
        fc.constantFrom('  ]', '  ]: y', '  }: y', '  }', '  c"', '  c": y', "  c'", '  x', 'z: 1', ''),
      )
      .map(([ind, v, lines, end]) => {
        const pad = ' '.repeat(ind.length);
        return [`${ind}k: ${v}`, ...[...lines, end].map((l) => (l ? pad + l : l))].join('\n');
      }),
  },
);

/** What may come first and change how everything after it is read. */
const PREAMBLES = [
  '- x\n',
  '[a,\n',
  '{a: 1,\n',
  '"a\n',
  "'a\n",
  '--- |\n',
  '? a\n',
  '&x [\n',
  'a: |\n',
  '---\n',
  '%YAML 1.2\n---\n',
  // Mistakes nested under one key, as in `targets:` of an application.
  'title: x\ntargets:\n',
  'a:\n  b:\n',
  '- \n',
  'a:\n- \n',
];

/**
 * Many entries, so that a file holds more mistakes than a small cap; joined with LF or
 * CRLF; sometimes all nested under one key, as mistakes under `targets:` are.
 */
const denseFile = fc
  .tuple(
    fc.array(entry, { minLength: 4, maxLength: 80, size: 'max' }),
    fc.constantFrom('\n', '\n', '\r\n'),
    fc.constantFrom('', '', GOOD_APPLICATION, ...PREAMBLES),
    fc.constantFrom(['', ''], ['', ''], ['targets:\n', '  '], ['a:\n  - b:\n', '      ']),
  )
  .map(([entries, eol, head, [nest, pad]]) => {
    const body = entries.join('\n').replaceAll(/^(?=.)/gm, pad);
    return (head + nest + body).replaceAll('\n', eol) + eol;
  });

/** Real applications, each with a few random edits, one after another. */
const editedApplications = fc.array(mutatedApplication, { minLength: 2, maxLength: 6 }).map((texts) => texts.join(''));

/**
 * A large file dense with syntax errors is read only as far as its first hundred:
 * what it reports must be what reading it whole reports first, at the same line and
 * column, and a file with fewer must be reported as if read whole. Small caps and
 * prefixes here stand in for the hundred and the kilobytes of real files.
 */
describe('reading stops after the first errors, and says only what the whole file says', () => {
  it.each([
    ['entries dense with mistakes', 3, denseFile],
    ['entries dense with mistakes', 10, denseFile],
    ['real applications with random edits, one after another', 3, editedApplications],
  ])(
    'on %s, listing %i',
    (_, cap, texts) => {
      let stopped = 0;
      fc.assert(
        fc.property(texts, fc.constantFrom(16, 64, 256), fc.constantFrom(0, 0, 100, 400), (text, from, near) => {
          const first = firstErrors(text, 'en', { cap, large: 0, from, near });
          if (!first) return;
          const whole = parseYaml(text, 'en').problems;
          if (first.stopped) {
            stopped++;
            expect(whole.length).toBeGreaterThan(cap);
            expect(first.problems).toEqual(whole.slice(0, cap));
          } else {
            expect(first.problems).toEqual(whole);
          }
          expect(first.problems.some((p) => p.blocking)).toBe(true);
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
      );
      // The generator must reach the end where reading stops, or the property says
      // nothing. (A prefix ending at an unclosed quote no longer ends the reading: the
      // file is read whole, so no result is complete without stopping.)
      expect(stopped).toBeGreaterThan(20);
    },
    // Thousands of whole parses: room for a loaded machine, not a measure of speed.
    120_000,
  );

  it('an indented mapping is not cut: an unclosed quote further down changes an error on line 7', () => {
    // Found by the property when indented lines were cut at: two prefixes agreed on
    // MULTILINE_IMPLICIT_KEY at 7:6; reading the whole file places it at 7:5.
    const text =
      'targets:\n  k: [a,\n    b,\n    b,\n    b,\n    b,\n    [d\n    c": y\n      k: [a\n  "k":[a\n  k: a\n  # c\n    b: c\n    [d\n    b,\n    b,\n    x\n    k: [a,\n      b,\n      b,\n      b,\n      b,\n      b,\n      ]: y\n    k: [a\n    project:  # 注释\n  项目名称: >-\n    project: 0123 #\n      text\n    - project : [a,\n      %TAG ! tag:x,2000:\n  ? k\n  : [a\n  project: 0\n    ? k: a #b\n        a: 1\n        a: 1\n        a: 1\n  k: \'a\n    a: 1\n    - k: [a\n        a: 1\n  ? k\n  : [a\n  k: [a\n    a: 1\n    a: 1\n  k: |\n  k: [a\n  project: \'\' # 注释\n    a: 1\n  ? k\n  : {a}}\n  project: !!float 1\n    a: 1\n  ? k\n  : {a}}\n    a: 1\n    a: 1\n    a: 1\n    project: *a\n      ]\n      a: 1\n    k: | # c\n  k: !!float 1\n    a: 1\n    a: 1\n      k: [a\n        a: 1\n        a: 1\n  ? k\n  : [a\n  title: "a\\q"\n    - k: \'a\n        a: 1\n      k: [a\n  k: [a\n  "":  # c\n  k: [a,\n    b,\n    b,\n    b,\n    b,\n    b: c\n    text\n    b,\n    b,\n    b,\n    b,\n    text\n    ]\n    - project: [a\n          text\n  - k: [a\n';
    const whole = parseYaml(text, 'en').problems;
    expect(whole[0]).toMatchObject({ code: 'MULTILINE_IMPLICIT_KEY', position: { line: 7, column: 5 } });
    const first = firstErrors(text, 'en', { cap: 10, large: 0, from: 256, near: 100 });
    if (first) expect(first.problems).toEqual(first.stopped ? whole.slice(0, 10) : whole);
  });

  it('a bracket left open is told where the next entry starts, and placed where it opened', () => {
    // Found by the property: the bracket of line 1 is told at line 7 (`z: 1`), where
    // the prefixes were cut and their errors dropped; both agreed on the quote alone.
    const text =
      'k: [a,\n  b,\n  "c\n  b,\n  b,\n  b,\nz: 1\n  ? k: [a\nk: [a,\n  b,\n  b,\n  b,\n  b,\n  b,\n  c"\nk: [a,\n  b,\n  b,\n  b,\n  b,\n  b,\n  ]\n? k\n: [a\n  a: 1\n    k: [a\n      a: 1\n      a: 1\n      a: 1\n  k: [a\n    a: 1\n    a: 1\n    a: 1\nk: [a\n  a: 1\n"": 0\nk: [a\nk: [a\nk: [a\n"": "\\_\\ " #\n\thasOwnProperty: -1.0000000045990552e-287 # 注释\nk: |1-\n? k\n: [a\n';
    const whole = parseYaml(text, 'en').problems;
    expect(whole.slice(0, 2)).toMatchObject([
      { code: 'UNCLOSED_FLOW', position: { line: 1, column: 4 } },
      { code: 'UNCLOSED_QUOTE', position: { line: 3, column: 3 } },
    ]);
    const first = firstErrors(text, 'en', { cap: 3, large: 0, from: 16, near: 100 });
    if (first) expect(first.problems).toEqual(first.stopped ? whole.slice(0, 3) : whole);
  });

  it('a file with no more errors than the cap is read whole', () => {
    fc.assert(
      fc.property(denseFile, (text) => {
        const whole = parseYaml(text, 'en').problems;
        const first = firstErrors(text, 'en', { cap: whole.length, large: 0, from: 16 });
        if (first) expect(first.stopped).toBe(false);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) / 4 },
    );
  });
});

/** `line` repeated after `head`, its N counting 0, 1, 2…, up to `bytes`. */
function repeated(head: string, line: string, bytes: number): string {
  let text = head;
  for (let i = 0; text.length < bytes; i++) text += line.replaceAll('N', String(i));
  return text;
}

/** Lines opening a bracket never closed, up to `bytes`: each is a syntax error. */
const brackets = (bytes: number) => repeated('', 'kN: [a\n', bytes);

/** Where the parser places the unclosed bracket of line `i` (0-based) of `brackets`. */
const bracketAt = (text: string, i: number) => ({ line: i + 1, column: text.split('\n')[i]!.indexOf('[') + 1 });

describe('a large file dense with syntax errors', () => {
  const text = brackets(950 * 1024);
  const file = join(mkdtempSync(join(tmpdir(), 'first-errors-')), 'application.yaml');
  writeFileSync(file, text);

  it.each([
    [
      'en',
      'Reading stopped after the first 100 syntax errors; the rest of the file was not read: fix the ones above and try again.',
    ],
    ['zh', '读到前 100 个语法错误后就停止了，文件其余部分没有读取：请先改正上面这些错误，再试一次。'],
  ])('check lists its first hundred errors and says it stopped there (%s)', (lang, stopped) => {
    const r = runCli(['check', file, '--format', 'json', ...(lang === 'en' ? ['--lang', 'en'] : [])]);
    // A syntax error makes the file unreadable, however many there are: exit 1, status error.
    expect(r.status).toBe(1);
    const [result] = (JSON.parse(r.stdout) as { files: { status: string; findings: Finding[] }[] }).files;
    expect(result!.status).toBe('error');
    const errors = result!.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(MAX_FINDINGS_PER_RULE);
    errors.forEach((f, i) => {
      expect(f.rule).toBe('yaml');
      expect({ line: f.line, column: f.column }).toEqual(bracketAt(text, i));
    });
    expect(result!.findings.at(-1)).toMatchObject({ rule: 'yaml', severity: 'info', message: stopped, line: null });
    expect(result!.findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
  });

  it('a profile made so lists its first hundred errors, then says it stopped; the sentence says "more than"', async () => {
    const e = await parseProfile(text, 'p.yaml', guideline('en'), 'en', {
      invalid: (f, n, more) => `${f}: ${more ? '>' : ''}${n}`,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProfileInvalid);
    const { problems, message } = e as ProfileInvalid;
    expect(message).toBe('p.yaml: >100');
    expect(problems).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(problems[99]!.position).toEqual(bracketAt(text, 99));
    expect(problems.at(-1)).toEqual({
      file: 'p.yaml',
      message:
        'Reading stopped after the first 100 syntax errors; the rest of the file was not read: fix the ones above and try again.',
    });
  });

  it('a large file with fewer errors than the cap is reported whole, as before', () => {
    const few = GOOD_APPLICATION + Array.from({ length: 3000 }, (_, i) => `unknown${i}: 1\n`).join('') + brackets(500);
    expect(few.length).toBeGreaterThan(LARGE_INPUT);
    const r = checkText(few, 'x.yaml', { guideline: guideline('en'), lang: 'en' });
    expect(r.status).toBe('error');
    const whole = parseYaml(few, 'en').problems;
    expect(whole.length).toBeGreaterThan(40);
    expect(whole.length).toBeLessThan(MAX_FINDINGS_PER_RULE);
    expect(r.findings.map((f) => ({ message: f.message, line: f.line, column: f.column }))).toEqual(
      whole.map((p) => ({ message: p.message, line: p.position!.line, column: p.position!.column })),
    );
  });
});

describe('explicit keys (`? k`) are entries too', () => {
  it('a file of explicit keys, each with an unclosed bracket: the first hundred, as reading the whole file lists them, then "reading stopped"', () => {
    const text = repeated('', '? kN\n: [a\n', 2 * LARGE_INPUT);
    expect(firstErrors(text, 'en')?.stopped).toBe(true);
    const r = checkText(text, 'x.yaml', { guideline: guideline('en'), lang: 'en' });
    const findings = r.findings.map((f) => ({ message: f.message, line: f.line, column: f.column }));
    const whole = parseYaml(text, 'en').problems.slice(0, MAX_FINDINGS_PER_RULE);
    expect(findings.slice(0, -1)).toEqual(
      whole.map((p) => ({ message: p.message, line: p.position!.line, column: p.position!.column })),
    );
    expect(findings.at(-1)).toEqual({
      message:
        'Reading stopped after the first 100 syntax errors; the rest of the file was not read: fix the ones above and try again.',
      line: null,
      column: null,
    });
  });
});
