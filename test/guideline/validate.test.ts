import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../support/cli.js';

/**
 * `guideline validate` and `--guideline FILE`: the shipped guide is valid; broken
 * copies of it are refused with exit 2 and a `file:line:column` that points at the
 * offending node, in Chinese and in English. Next year's guide is a new file.
 */

const SHIPPED = join(ROOT, 'guidelines', 'guilin-2019.yaml');
const TEXT = readFileSync(SHIPPED, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-guideline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Located {
  line: number;
  column: number;
}

/** 1-based line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string): Located {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** A copy of the shipped guide with the first `find` replaced, and where the new text sits. */
function brokenCopy(
  name: string,
  find: string,
  replace: string,
): { file: string; text: string; at: (needle: string) => Located } {
  if (!TEXT.includes(find)) throw new Error(`the shipped guide no longer contains ${find}`);
  const text = TEXT.replace(find, replace);
  const file = join(dir, name);
  writeFileSync(file, text);
  return { file, text, at: (needle) => positionOf(text, needle) };
}

interface Broken {
  what: string;
  copy: ReturnType<typeof brokenCopy>;
  /** Each problem: where, and what the message must say, in zh and en. */
  problems: { at: Located; zh: string[]; en: string[] }[];
}

const unknownRule = brokenCopy('unknown-rule.yaml', 'rule: matching-ratio', 'rule: matching-ration');
const duplicate = brokenCopy('duplicate-code.yaml', 'code: "2"', 'code: "1"');
const minMax = brokenCopy('tier-min-max.yaml', '{ tier: null, min: 100, max: 150', '{ tier: null, min: 160, max: 150');
const badYaml = brokenCopy('bad-yaml.yaml', 'awardsClause: 不超过3项', 'awardsClause: "不超过3项');
const undefinedValue = brokenCopy(
  'undefined-value.yaml',
  'params: { types: [enterprise] }',
  'params: { types: [enterprize] }',
);
const misspelled = brokenCopy('misspelled-key.yaml', 'maxAwards: 3\n', 'maxAward: 3\n');

const misjudged = brokenCopy(
  'severity-basis.yaml',
  'basis: content\n                severity: warning',
  'basis: content\n                severity: error',
);
const unquoted = brokenCopy('no-clause.yaml', 'clause: 企业牵头', 'clause: null');

const KINDS =
  'in-guilin, period, funding-range, credit-code, attachment-file, lead-type, matching-ratio, target, platform, attachment, partners, talent, high-tech, field, commissioner, declaration, priority, no-duplicate-subsidy, ethics, note';

const CASES: Broken[] = [
  {
    what: 'an unknown rule kind',
    copy: unknownRule,
    problems: [
      {
        at: unknownRule.at('matching-ration'),
        zh: ['未知的规则类型「matching-ration」', '是否想写「matching-ratio」', KINDS],
        en: ['unknown rule kind "matching-ration"', 'did you mean "matching-ratio"?', KINDS],
      },
    ],
  },
  {
    what: 'a duplicate line code',
    copy: duplicate,
    problems: [
      {
        at: duplicate.at('"1"\n            direction: null\n            title:\n              zh: 医药'),
        zh: ['资助方向编号「1」重复'],
        en: ['Funding line code "1" appears more than once'],
      },
      {
        at: duplicate.at('"1"\n            direction: null\n            title:\n              zh: 医药'),
        zh: ['应为「2」'],
        en: ['it should be "2"'],
      },
    ],
  },
  {
    what: 'a tier whose minimum is above its maximum',
    copy: minMax,
    problems: [
      {
        at: minMax.at('160, max: 150'),
        zh: ['资助下限 160 大于上限 150'],
        en: ['The funding minimum 160 is greater than the maximum 150'],
      },
    ],
  },
  {
    what: 'bad YAML syntax (an unclosed quote)',
    copy: badYaml,
    // Named where the quote that never closes opens.
    problems: [{ at: badYaml.at('"不超过3项'), zh: ['YAML 语法错误', '引号'], en: ['YAML syntax error', 'quote'] }],
  },
  {
    what: 'a vocabulary value used but not defined',
    copy: undefinedValue,
    problems: [
      {
        at: undefinedValue.at('enterprize'),
        zh: ['方向 1 第 1 条要求', '「enterprize」未在 vocabulary.applicantTypes 中定义', '你是不是想写「enterprise」'],
        en: [
          'line 1, requirement 1',
          '"enterprize" is not defined in vocabulary.applicantTypes',
          'Did you mean "enterprise"?',
        ],
      },
    ],
  },
  {
    what: 'a severity that contradicts its basis (an error resting on content)',
    copy: misjudged,
    problems: [
      {
        at: misjudged.at('error\n                clause: 推动'),
        zh: ['方向 5-2 第 1 条要求', '严重程度 error 与依据 content 不符'],
        en: ['line 5-2, requirement 1', 'Severity error contradicts basis content'],
      },
    ],
  },
  {
    what: 'a requirement that quotes nothing',
    copy: unquoted,
    problems: [
      {
        at: unquoted.at('null\n                params: { types: [enterprise] }'),
        zh: ['方向 1 第 1 条要求', '依据为 requirement 的规则须引用指南原文'],
        en: ['line 1, requirement 1', 'must quote the guide'],
      },
    ],
  },
  {
    what: 'a misspelled key',
    copy: misspelled,
    problems: [
      // The line that lacks `maxAwards` is named where it starts, at its first key.
      {
        at: misspelled.at('code: "1"'),
        zh: ['缺少必填项', 'maxAwards'],
        en: ['required: please fill it in', 'maxAwards'],
      },
      {
        at: misspelled.at('maxAward: 3'),
        zh: ['不认识的键「maxAward」', '是否想写「maxAwards」'],
        en: ['unknown key "maxAward"', 'did you mean "maxAwards"?'],
      },
    ],
  },
];

describe('guideline validate', () => {
  it('accepts the shipped guide', () => {
    const r = runCli(['guideline', 'validate', 'guidelines/guilin-2019.yaml']);
    expect(r).toEqual({ status: 0, stderr: '', stdout: expect.stringContaining('有效：19 个资助方向') });
    expect(runCli(['guideline', 'validate', 'guidelines/guilin-2019.yaml', '--lang', 'en']).stdout).toContain(
      'is valid: 19 funding lines',
    );
  });

  describe.each(CASES)('refuses $what', ({ copy, problems }) => {
    it.each(['zh', 'en'] as const)('with exit 2 and located messages (%s)', (lang) => {
      const r = runCli(['guideline', 'validate', copy.file, '--lang', lang]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      // The located problems first, then the verdict that refers to them ("as shown above").
      expect(lines).toHaveLength(problems.length + 1);
      problems.forEach((p, i) => {
        expect(
          lines[i]!.startsWith(`${copy.file}:${p.at.line}:${p.at.column}  `),
          `${lines[i]} should be at ${p.at.line}:${p.at.column}`,
        ).toBe(true);
        for (const words of p[lang]) expect(lines[i]).toContain(words);
      });
      expect(lines.at(-1)).toContain(copy.file);
      expect(lines.at(-1)).toContain(
        lang === 'zh' ? `有 ${problems.length} 处错误` : `has ${problems.length} error(s)`,
      );
    });
  });

  it('reports the problems as JSON with --json', () => {
    const r = runCli(['guideline', 'validate', unknownRule.file, '--json']);
    expect(r.status).toBe(2);
    const at = unknownRule.at('matching-ration');
    expect(JSON.parse(r.stdout)).toEqual({
      file: unknownRule.file,
      valid: false,
      problems: [{ line: at.line, column: at.column, message: expect.stringContaining('matching-ration') }],
    });
  });

  it('a file that does not exist exits 2 naming it', () => {
    const r = runCli(['guideline', 'validate', join(dir, 'nowhere.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nowhere.yaml');
  });
});

describe('guideline validate --source', () => {
  const SOURCE = join(ROOT, 'test', 'guideline', 'fixtures', 'guilin-2019-guideline.txt');

  it('finds every quotation of the shipped guide in the guide text', () => {
    const r = runCli(['guideline', 'validate', 'guidelines/guilin-2019.yaml', '--source', SOURCE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/引用的 \d+ 段文字都能在 .* 中逐字找到/);
  });

  it('names, located, each quotation that is not in the text', () => {
    const edited = brokenCopy('edited-clause.yaml', 'clause: 企业牵头', 'clause: 由企业牵头');
    const content = '重点支持：锂离子动力电池及相关材料';
    const both = brokenCopy('edited-both.yaml', 'clause: 企业牵头', 'clause: 由企业牵头');
    writeFileSync(both.file, both.text.replace(content, '重点支持：锂电池及相关材料'));
    for (const lang of ['zh', 'en'] as const) {
      const r = runCli(['guideline', 'validate', both.file, '--source', SOURCE, '--lang', lang]);
      expect(r.status).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      const at = edited.at('由企业牵头');
      expect(lines[0]).toContain(`${both.file}:${at.line}:${at.column}  `);
      expect(lines[0]).toContain(lang === 'zh' ? '方向 1 第 1 条要求' : 'line 1, requirement 1');
      expect(lines[0]).toContain('由企业牵头');
      expect(lines[1]).toContain(lang === 'zh' ? '方向 4' : 'line 4');
      expect(lines.at(-1)).toContain(lang === 'zh' ? '有 2 段引用' : '2 quotation(s)');
    }
  });

  it('lists --source and --json in its help', () => {
    const help = runCli(['guideline', 'validate', '--help', '--lang', 'en']).stdout;
    expect(help).toContain('--source <text>');
    expect(help).toContain('--json');
  });
});

describe('--guideline FILE', () => {
  it('a broken guide stops `list` with exit 2 and the same located message', () => {
    const at = minMax.at('160, max: 150');
    const r = runCli(['--guideline', minMax.file, 'list']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${minMax.file}:${at.line}:${at.column}  `);
    expect(r.stderr).toContain('资助下限 160 大于上限 150');
  });

  it("next year's guide is a new file: a changed number of awards shows in list --json, with no code change", () => {
    const next = brokenCopy('next-year.yaml', 'maxAwards: 3\n', 'maxAwards: 4\n');
    expect(runCli(['guideline', 'validate', next.file]).status).toBe(0);
    const lines = runJson<{ code: string; maxAwards: number }[]>(['--guideline', next.file, 'list', '--json']);
    expect(lines.find((l) => l.code === '1')!.maxAwards).toBe(4);
    expect(
      runJson<{ code: string; maxAwards: number }[]>(['list', '--json']).find((l) => l.code === '1')!.maxAwards,
    ).toBe(3);
    expect(runJson<{ maxAwards: number }>(['--guideline', next.file, 'show', '1', '--json']).maxAwards).toBe(4);
  });

  it("next year's guide, its years moved on: init writes them and check shows a period written in them, not 2019's", () => {
    const file = join(dir, 'guilin-2020.yaml');
    writeFileSync(
      file,
      TEXT.replace(/\b20(1[89]|2[0-3])\b/g, (y) => String(Number(y) + 1)),
    );
    expect(runCli(['guideline', 'validate', file]).status).toBe(0);
    const app = join(dir, 'app-2020');
    expect(runCli(['--guideline', file, 'init', '15-3', app, '--tier', 'key']).status).toBe(0);
    const yaml = readFileSync(join(app, 'application.yaml'), 'utf8');
    expect(yaml).toContain('guideline: guilin-2020\n');
    expect(yaml).toContain('period: { start: 2020, end: 2021 }');
    expect(readFileSync(join(app, 'proposal.md'), 'utf8')).toMatch(/^# 2020年桂林市科技计划项目申报书\n/);
    // The JSON Schema an editor shows names next year's guide and years.
    const schema = runCli(['--guideline', file, 'schema']).stdout;
    expect(schema).toContain(
      '"申报所依据的指南，如 guilin-2020（可省略） / The guideline applied to, e.g. guilin-2020 (optional)"',
    );
    expect(schema).toContain(
      '"实施年限，写成 { start: 2020, end: 2022 } / Implementation period, written { start: 2020, end: 2022 }"',
    );
    expect(schema).not.toMatch(/\b2019\b/);
    writeFileSync(join(app, 'application.yaml'), yaml.replace('period: { start: 2020, end: 2021 }', 'period: 2020'));
    for (const [lang, form] of [
      ['zh', '请写成 period: { start: 2020, end: 2021 }。'],
      ['en', 'write period: { start: 2020, end: 2021 }.'],
    ]) {
      const r = runCli(['--guideline', file, 'check', app, '--lang', lang!]);
      expect(r.status).toBe(1);
      expect(r.stdout.split('\n').find((l) => l.includes(' period: '))).toContain(form);
    }
  });

  it('an unknown guide name exits 2 naming the built-in ones', () => {
    const r = runCli(['--guideline', 'guilin-2031', 'list']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('guilin-2031');
    expect(r.stderr).toContain('guilin-2019');
  });
});
