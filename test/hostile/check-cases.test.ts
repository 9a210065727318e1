import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE, type FileJson } from './helpers/verdict.js';

/**
 * Every broken or hostile application in test/fixtures/hostile gets its verdict: the
 * status, the finding's rule, place and sentence in both languages, and the exit code.
 */
interface Case {
  fixture: string;
  status: 'pass' | 'fail' | 'error';
  rule: string;
  severity?: 'error' | 'warning';
  at?: [number, number] | null;
  zh: string[];
  en: string[];
  /** The file's only finding: one mistake, one sentence. */
  only?: true;
}

const cases: Case[] = [
  // YAML syntax, in the user's language with what to do.
  {
    // A key in the middle of a mapping one space short: said at it, with the spaces to add.
    fixture: 'yaml/bad-indentation.yaml',
    status: 'error',
    rule: 'yaml',
    at: [8, 2],
    zh: ['「matching」比同一层的「requested」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: [
      '"matching" is indented 1 space less than "requested" at the same level: add 1 space at the start of this line.',
    ],
    only: true,
  },
  {
    // And once, where each of the four keys after it was said out of line too.
    fixture: 'yaml/key-in-the-middle-indented-too-little.yaml',
    status: 'error',
    rule: 'yaml',
    at: [11, 2],
    zh: ['「type」比同一层的「name」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: ['"type" is indented 1 space less than "name" at the same level: add 1 space at the start of this line.'],
    only: true,
  },
  {
    // Blank lines around it: the same, where a key was said not to end on its line, at the blank lines.
    fixture: 'yaml/key-in-the-middle-indented-too-little-between-blank-lines.yaml',
    status: 'error',
    rule: 'yaml',
    at: [12, 2],
    zh: ['「type」比同一层的「name」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: ['"type" is indented 1 space less than "name" at the same level: add 1 space at the start of this line.'],
    only: true,
  },
  {
    // A tab inside a mapping: said once, at the tab, not again at the key below as out of line.
    fixture: 'yaml/tab-indentation-inside-mapping.yaml',
    status: 'error',
    rule: 'yaml',
    at: [12, 1],
    zh: ['Tab 缩进', '换成空格'],
    en: ['indented with a tab', 'replace the tab'],
    only: true,
  },
  {
    fixture: 'yaml/tab-indentation.yaml',
    status: 'error',
    rule: 'yaml',
    at: [8, 1],
    zh: ['Tab 缩进', '换成空格'],
    en: ['indented with a tab', 'replace the tab'],
  },
  {
    fixture: 'yaml/unclosed-quote.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 8],
    zh: ['双引号', '没有结束的引号'],
    en: ['double quote', 'never closed'],
  },
  {
    // A title opened with " and closed with ” (the input method's): the Chinese quote named, where only the missing " was.
    fixture: 'yaml/quote-closed-with-a-chinese-quote.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 8],
    zh: ['这里开始的双引号 " 没有结束：后面的「”」是中文引号，YAML 不把它当作引号；请把「”」改成半角的 "。'],
    en: [
      'The double quote " that opens here is never closed: the "”" after it is a Chinese quotation mark, which YAML does not take for a quote; replace "”" with an ASCII ".',
    ],
    only: true,
  },
  {
    // A title holding ": ": the line's own value quoted, as the thing to write.
    fixture: 'yaml/two-colons-on-one-line.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 8],
    zh: [
      '这一行的值里有「: 」（冒号加空格），YAML 会把它当成又一个键：请给值加上引号，写成 title: "漓江流域水质监测: 设备研发及产业化"。',
    ],
    en: [
      'The value on this line holds ": " (a colon and a space), which YAML reads as another key: put the value in quotes: title: "漓江流域水质监测: 设备研发及产业化".',
    ],
    only: true,
  },
  {
    fixture: 'yaml/duplicate-key.yaml',
    status: 'error',
    rule: 'yaml',
    at: [9, 3],
    zh: ['键「requested」重复出现（第 7 行已有）'],
    en: ['"requested" appears twice (first on line 7)'],
  },
  {
    fixture: 'yaml/several-documents.yaml',
    status: 'error',
    rule: 'yaml',
    at: [25, 1],
    zh: ['多个 YAML 文档', '---'],
    en: ['several YAML documents', '---'],
  },
  {
    fixture: 'yaml/empty.yaml',
    status: 'error',
    rule: 'yaml',
    at: [1, 1],
    zh: ['文件是空的'],
    en: ['The file is empty'],
  },
  {
    fixture: 'yaml/comments-only.yaml',
    status: 'error',
    rule: 'yaml',
    at: [1, 1],
    zh: ['只有注释'],
    en: ['only comments'],
  },
  {
    fixture: 'yaml/top-level-list.yaml',
    status: 'error',
    rule: 'yaml',
    zh: ['顶层应是映射', '列表'],
    en: ['must be a mapping', 'not a list'],
  },
  {
    fixture: 'yaml/top-level-scalar.yaml',
    status: 'error',
    rule: 'yaml',
    zh: ['顶层应是映射', '文字'],
    en: ['must be a mapping', 'not text'],
  },
  {
    fixture: 'yaml/full-width-colon.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 6],
    zh: ['「title」后面用了全角冒号「：」', 'title: 值'],
    en: ['full-width colon', 'title: value'],
  },
  {
    // The space after the colon typed full-width: the key and the space named, where it read as a key not ended.
    fixture: 'yaml/full-width-space-after-colon.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 7],
    zh: ['「title:」后面是全角空格：YAML 的键和值之间要用半角冒号加半角空格，请写成「title: 值」。'],
    en: [
      '"title:" is followed by a full-width space: YAML needs an ASCII colon and an ASCII space between key and value; write "title: value".',
    ],
  },
  {
    // A list item begun with a full-width dash: the mark named, where it read as two ": " on one line.
    fixture: 'yaml/full-width-dash-list-item.yaml',
    status: 'error',
    rule: 'yaml',
    at: [17, 3],
    zh: ['「－」不是 YAML 的列表符号：列表的每一项以半角减号加空格「- 」开头，请把「－」改为「-」，后面空一格。'],
    en: [
      '"－" does not begin a list item in YAML: each item begins with an ASCII hyphen and a space, "- "; replace "－" with "-" followed by a space.',
    ],
  },
  {
    // A partner's dash glued to its brace: said at the dash, where it read as two ": " on one line.
    fixture: 'yaml/list-item-with-its-dash-glued-to-it.yaml',
    status: 'error',
    rule: 'yaml',
    at: [17, 3],
    zh: ['列表项的「-」后面缺少空格：YAML 的列表项以半角减号加一个空格「- 」开头，请在「-」后面加一个空格。'],
    en: [
      'A list item\'s "-" is not followed by a space: in YAML each item begins with an ASCII hyphen and a space, "- "; add a space after the "-".',
    ],
    only: true,
  },
  {
    // A key indented one space too far: said at it, where the line above was first said not to end its key.
    fixture: 'yaml/key-indented-too-far.yaml',
    status: 'error',
    rule: 'yaml',
    at: [12, 4],
    zh: ['「inGuilin」比同一层的「type」多缩进 1 个空格：请删去这一行开头的 1 个空格。'],
    en: [
      '"inGuilin" is indented 1 space more than "type" at the same level: remove 1 space at the start of this line.',
    ],
    only: true,
  },
  {
    // The first key of a mapping indented less than the keys after it: said at it, not at the key below.
    fixture: 'yaml/first-key-indented-too-little.yaml',
    status: 'error',
    rule: 'yaml',
    at: [8, 2],
    zh: ['「requested」比同一层的「matching」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: [
      '"requested" is indented 1 space less than "matching" at the same level: add 1 space at the start of this line.',
    ],
    only: true,
  },
  {
    // And once, not again at each of the six keys after it.
    fixture: 'yaml/first-key-indented-too-little-with-six-after-it.yaml',
    status: 'error',
    rule: 'yaml',
    at: [10, 2],
    zh: ['「name」比同一层的「type」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: ['"name" is indented 1 space less than "type" at the same level: add 1 space at the start of this line.'],
    only: true,
  },
  {
    // The first key of applicant one space too far in, its siblings where they belong: said once, at it.
    fixture: 'yaml/first-key-indented-too-far.yaml',
    status: 'error',
    rule: 'yaml',
    at: [10, 4],
    zh: ['「name」比同一层的「type」多缩进 1 个空格：请删去这一行开头的 1 个空格。'],
    en: ['"name" is indented 1 space more than "type" at the same level: remove 1 space at the start of this line.'],
    only: true,
  },
  {
    // The applicant's name written after applicant:, its keys below: said once, at the value, where each key was said out of line.
    fixture: 'yaml/keys-indented-below-a-key-that-has-a-value.yaml',
    status: 'error',
    rule: 'yaml',
    at: [9, 12],
    zh: [
      '「applicant」后面写了值「桂林漓水智能科技有限公司」，它下面缩进的「name」等键就不能属于它：请删去这个值（需要的话写到下面对应的键后面），让「applicant:」单独占一行。',
    ],
    en: [
      '"applicant" is followed by a value, "桂林漓水智能科技有限公司", so the keys indented below it ("name" and any after it) cannot belong to it: remove the value (writing it after the right key below if it is needed), leaving "applicant:" alone on its line.',
    ],
    only: true,
  },
  {
    // targets' first key at targets' own column, the others below it: said at it, where the others were said out of line.
    fixture: 'yaml/first-key-written-at-its-parents-column.yaml',
    status: 'error',
    rule: 'yaml',
    at: [20, 1],
    zh: ['「newProducts」比同一层的「massProduction」少缩进 2 个空格：请在这一行开头补上 2 个空格。'],
    en: [
      '"newProducts" is indented 2 spaces less than "massProduction" at the same level: add 2 spaces at the start of this line.',
    ],
    only: true,
  },
  {
    // The first key above a blank line: said at it, where the key below was said not to end on its line.
    fixture: 'yaml/first-key-indented-too-little-above-a-blank-line.yaml',
    status: 'error',
    rule: 'yaml',
    at: [7, 2],
    zh: ['「requested」比同一层的「matching」少缩进 1 个空格：请在这一行开头补上 1 个空格。'],
    en: [
      '"requested" is indented 1 space less than "matching" at the same level: add 1 space at the start of this line.',
    ],
    only: true,
  },
  {
    // A key one space too far below a comment: said at it, where it was said at the comment's first column.
    fixture: 'yaml/key-indented-too-far-below-a-comment.yaml',
    status: 'error',
    rule: 'yaml',
    at: [13, 4],
    zh: ['「inGuilin」比同一层的「type」多缩进 1 个空格：请删去这一行开头的 1 个空格。'],
    en: [
      '"inGuilin" is indented 1 space more than "type" at the same level: remove 1 space at the start of this line.',
    ],
    only: true,
  },
  {
    fixture: 'yaml/full-width-colon-only-line.yaml',
    status: 'error',
    rule: 'yaml',
    at: [1, 5],
    zh: ['全角冒号', '项目名称: 值'],
    en: ['full-width colon', '项目名称: value'],
  },
  {
    // A form's text pasted whole, a heading above: the key is named as its line shows it, not with the heading.
    fixture: 'yaml/full-width-colon-under-a-heading.yaml',
    status: 'error',
    rule: 'yaml',
    at: [2, 5],
    zh: ['「项目名称」后面用了全角冒号「：」：YAML 的键和值之间要用半角冒号加空格，请写成「项目名称: 值」。'],
    en: [
      '"项目名称" is followed by a full-width colon "：": YAML needs an ASCII colon and a space between key and value; write "项目名称: value".',
    ],
  },
  {
    fixture: 'yaml/full-width-space-in-key.yaml',
    status: 'fail',
    rule: 'schema',
    at: [3, 1],
    zh: ['title\\u3000', 'U+3000 全角空格', '「title」'],
    en: ['title\\u3000', 'U+3000 full-width space', '"title"'],
  },
  {
    // A key indented with a full-width space (typed with the input method): said as indentation, where it was told to type the key again.
    fixture: 'yaml/key-indented-with-a-full-width-space.yaml',
    status: 'fail',
    rule: 'schema',
    at: [22, 1],
    zh: [
      '\\u3000patents: 「patents」前面用全角空格缩进：YAML 只认半角空格缩进，全角空格被当成了键的一部分；请把行首的每个全角空格换成两个半角空格。',
    ],
    en: [
      '\\u3000patents: "patents" is indented with full-width spaces: YAML indents with ASCII spaces only and took the full-width ones for part of the key; replace each full-width space at the start of the line with two ASCII spaces.',
    ],
    only: true,
  },
  {
    fixture: 'yaml/zero-width-space-in-key.yaml',
    status: 'fail',
    rule: 'schema',
    at: [4, 1],
    zh: ['fi\\u200belds', 'U+200B 零宽空格'],
    en: ['fi\\u200belds', 'U+200B zero-width space'],
  },
  {
    fixture: 'yaml/backslash-in-double-quotes.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 11],
    zh: ['反斜杠「\\申」', '单引号'],
    en: ['backslash "\\申"', 'single quotes'],
  },
  {
    fixture: 'yaml/yaml-1.1-directive.yaml',
    status: 'pass',
    rule: 'yaml',
    severity: 'warning',
    at: [1, 1],
    zh: ['%YAML 1.1', 'YAML 1.2', '删除这一行'],
    en: ['%YAML 1.1', 'YAML 1.2', 'remove this line'],
  },
  {
    fixture: 'yaml/js-function-tag.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 8],
    zh: ['不支持类型标签「!!js/function」'],
    en: ['type tag "!!js/function" is not supported'],
  },
  {
    fixture: 'yaml/binary-tag.yaml',
    status: 'error',
    rule: 'yaml',
    at: [3, 8],
    zh: ['不支持类型标签「!!binary」'],
    en: ['type tag "!!binary" is not supported'],
  },
  {
    fixture: 'yaml/merge-key.yaml',
    status: 'error',
    rule: 'yaml',
    at: [18, 7],
    zh: ['合并键「<<」'],
    en: ['Merge keys "<<"'],
  },
  {
    fixture: 'yaml/proto-key.yaml',
    status: 'error',
    rule: 'yaml',
    at: [23, 1],
    zh: ['键「__proto__」不能使用'],
    en: ['"__proto__" is not allowed'],
  },
  {
    fixture: 'yaml/constructor-key.yaml',
    status: 'error',
    rule: 'yaml',
    at: [15, 3],
    zh: ['键「constructor」不能使用'],
    en: ['"constructor" is not allowed'],
  },
  {
    fixture: 'yaml/alias-bomb.yaml',
    status: 'error',
    rule: 'yaml',
    at: [2, 8],
    zh: ['别名', '十亿笑声'],
    en: ['Aliases', 'billion laughs'],
  },
  {
    fixture: 'yaml/deep-nesting.yaml',
    status: 'error',
    rule: 'yaml',
    at: [23, 39],
    zh: ['嵌套层数超过 32 层'],
    en: ['more than 32 levels'],
  },
  {
    fixture: 'yaml/long-key.yaml',
    status: 'error',
    rule: 'yaml',
    at: [23, 1],
    zh: ['键超过 1024 个字符'],
    en: ['over 1024 characters'],
  },
  {
    fixture: 'yaml/number-too-large.yaml',
    status: 'error',
    rule: 'yaml',
    at: [15, 14],
    zh: ['12345678901234567890', '12345678901234567000', '加引号'],
    en: ['12345678901234567890', '12345678901234567000', 'quote'],
  },
  {
    fixture: 'yaml/number-overflow.yaml',
    status: 'error',
    rule: 'yaml',
    at: [7, 14],
    zh: ['1e400', 'Infinity'],
    en: ['1e400', 'Infinity'],
  },
  {
    fixture: 'yaml/leading-zero-id.yaml',
    status: 'fail',
    rule: 'yaml',
    at: [15, 14],
    zh: ['0123 以 0 开头', "'0123'"],
    en: ['0123 starts with 0', "'0123'"],
  },
  {
    fixture: 'yaml/control-character.yaml',
    status: 'fail',
    rule: 'yaml',
    at: [3, 10],
    zh: ['控制字符 U+0007'],
    en: ['control character U+0007'],
  },
  // Encodings.
  { fixture: 'encoding/utf8-bom-crlf.yaml', status: 'pass', rule: '', zh: [], en: [] },
  { fixture: 'encoding/utf16le-bom.yaml', status: 'pass', rule: '', zh: [], en: [] },
  { fixture: 'encoding/utf16be-bom.yaml', status: 'pass', rule: '', zh: [], en: [] },
  {
    fixture: 'encoding/gb18030.yaml',
    status: 'pass',
    rule: 'encoding',
    severity: 'warning',
    at: null,
    zh: ['不是 UTF-8', 'GB18030', '另存为'],
    en: ['not UTF-8', 'GB18030', 'save it as UTF-8'],
  },
  {
    fixture: 'encoding/neither-utf8-nor-gb18030.yaml',
    status: 'error',
    rule: 'file',
    at: [18, 1],
    zh: ['不是 UTF-8 编码（第 18 行起）'],
    en: ['not UTF-8 (from line 18)'],
  },
  {
    fixture: 'encoding/nul-bytes.yaml',
    status: 'error',
    rule: 'file',
    at: null,
    zh: ['不是文本文件'],
    en: ['not a text file'],
  },
  {
    fixture: 'encoding/utf16le-no-bom.yaml',
    status: 'error',
    rule: 'file',
    at: null,
    zh: ['没有 BOM 的 UTF-16', '--encoding utf-16le'],
    en: ['UTF-16 text without a byte-order mark', '--encoding utf-16le'],
  },
];

/**
 * One batch per language, each case between good files of its own (`check` judges a
 * real file once, so the good ones are copies): the good ones must all pass.
 */
function batch(lang: 'zh' | 'en', chosen: readonly Case[]): { status: number | null; results: Map<string, FileJson> } {
  const dir = mkdtempSync(join(tmpdir(), 'gg-hostile-'));
  try {
    const paths = [`${dir}/good-0.yaml`];
    copyFileSync(`${FIXTURES}good.yaml`, paths[0]!);
    chosen.forEach((c, i) => {
      const good = `${dir}/good-${i + 1}.yaml`;
      copyFileSync(`${FIXTURES}good.yaml`, good);
      paths.push(`${FIXTURES}${c.fixture}`, good);
    });
    const run = runCli(['check', ...paths, '--format', 'json', '--lang', lang]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const files = (JSON.parse(run.stdout) as { files: FileJson[] }).files;
    expect(files.filter((_, i) => i % 2 === 0).map((f) => f.status)).toEqual(
      paths.filter((_, i) => i % 2 === 0).map(() => 'pass'),
    );
    return { status: run.status, results: new Map(chosen.map((c, i) => [c.fixture, files[2 * i + 1]!])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('check: each broken or hostile file gets a clear verdict and the batch goes on', () => {
  const runs = {} as Record<'zh' | 'en', ReturnType<typeof batch>>;
  beforeAll(() => {
    runs.zh = batch('zh', cases);
    runs.en = batch('en', cases);
  });

  it('exits 1 for a batch with a file that failed or could not be read, 0 when all pass', () => {
    expect([runs.zh.status, runs.en.status]).toEqual([1, 1]);
    expect(
      batch(
        'zh',
        cases.filter((c) => c.status === 'pass'),
      ).status,
    ).toBe(0);
  });

  it.each(cases.flatMap((c) => (['zh', 'en'] as const).map((lang) => [c.fixture, lang, c] as const)))(
    '%s (%s)',
    (fixture, lang, c) => {
      const file = runs[lang].results.get(fixture)!;
      expect(file.status).toBe(c.status);
      if (!c.rule) {
        expect(file.findings).toEqual([]);
        return;
      }
      const finding = file.findings.find((f) => f.rule === c.rule && c[lang].every((s) => f.message.includes(s)));
      expect(finding, JSON.stringify(file.findings, null, 1)).toBeDefined();
      expect(finding!.severity).toBe(c.severity ?? 'error');
      if (c.at !== undefined) expect(c.at === null ? null : [finding!.line, finding!.column]).toEqual(c.at);
      if (c.only) expect(file.findings).toEqual([finding]);
      // One sentence in the chosen language: none of the parser's English left in Chinese.
      if (lang === 'zh') expect(finding!.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
    },
  );

  it('reads files in the encoding forced with --encoding, without the warning', () => {
    const run = runCli(['check', `${FIXTURES}encoding/gb18030.yaml`, '--encoding', 'gb18030', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({ status: 'pass', findings: [] });
    const utf16 = runCli([
      'check',
      `${FIXTURES}encoding/utf16le-no-bom.yaml`,
      '--encoding',
      'utf-16le',
      '--format',
      'json',
    ]);
    expect(JSON.parse(utf16.stdout).files[0]).toMatchObject({ status: 'pass', findings: [] });
  });

  it('refuses an encoding it does not know, before reading anything (exit 2)', () => {
    const run = runCli(['check', `${FIXTURES}good.yaml`, '--encoding', 'klingon']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('不认识的编码「klingon」');
  });

  it('refuses the alias bomb fast', () => {
    const start = Date.now();
    const run = runCli(['check', `${FIXTURES}yaml/alias-bomb.yaml`, '--lang', 'en']);
    expect(run.status).toBe(1);
    // The whole run, start-up included; expanding the bomb would take minutes and gigabytes.
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
