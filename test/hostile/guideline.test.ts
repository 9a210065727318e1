import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../support/cli.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE } from './helpers/verdict.js';

/**
 * The guideline file given with --guideline is read like an application (size cap,
 * encodings, binary content) and judged as strictly, plus its own semantic checks;
 * whatever is wrong stops the command with exit 2 and the problem at its line.
 */
const SHIPPED = readFileSync(join(ROOT, 'guidelines', 'guilin-2019.yaml'), 'utf8');
let dir: string;

/** The shipped guide with `from` replaced by `to` (the first time), and where `to` lands. */
function broken(from: string, to: string): { text: string; line: number } {
  const at = SHIPPED.indexOf(from);
  if (at < 0) throw new Error(`not in the guide: ${from}`);
  return {
    text: SHIPPED.slice(0, at) + to + SHIPPED.slice(at + from.length),
    line: SHIPPED.slice(0, at).split('\n').length,
  };
}

interface Case {
  name: string;
  file: () => string;
  zh: string;
  en: string;
  line?: number;
}

const put = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};
const injected = (name: string, from: string, to: string) => () => put(name, broken(from, to).text);

const cases: Case[] = [
  {
    name: 'a tab in the indentation',
    file: injected('tab.yaml', '\nyear: 2019', '\nyear:\n\t2019'),
    zh: 'Tab 缩进',
    en: 'indented with a tab',
    line: 11,
  },
  {
    name: 'a repeated key',
    file: injected('dup.yaml', '\nyear: 2019', '\nyear: 2019\nyear: 2020'),
    zh: '键「year」重复出现（第 10 行已有）',
    en: '"year" appears twice (first on line 10)',
    line: 11,
  },
  {
    name: 'an unsupported tag',
    file: injected('tag.yaml', '\nyear: 2019', '\nyear: !!js/function "f"'),
    zh: '不支持类型标签「!!js/function」',
    en: 'type tag "!!js/function" is not supported',
    line: 10,
  },
  {
    name: 'a __proto__ key',
    file: injected('proto.yaml', '\nyear: 2019', '\nyear: 2019\n__proto__: { polluted: true }'),
    zh: '键「__proto__」不能使用',
    en: '"__proto__" is not allowed',
    line: 11,
  },
  {
    name: 'an alias bomb',
    file: () => put('bomb.yaml', readFileSync(`${FIXTURES}yaml/alias-bomb.yaml`, 'utf8')),
    zh: '十亿笑声',
    en: 'billion laughs',
    line: 2,
  },
  {
    name: 'a second document',
    file: injected('docs.yaml', '\nyear: 2019', '\nyear: 2019\n---\nid: x'),
    zh: '多个 YAML 文档',
    en: 'several YAML documents',
    line: 11,
  },
  {
    name: 'a control character',
    file: injected('ctrl.yaml', '\nyear: 2019', '\nyear: 2019 \u0007'),
    zh: '控制字符 U+0007',
    en: 'control character U+0007',
    line: 10,
  },
  {
    name: 'a YAML 1.1 directive',
    file: () => put('v11.yaml', `%YAML 1.1\n---\n${SHIPPED}`),
    zh: '%YAML 1.1',
    en: '%YAML 1.1',
    line: 1,
  },
  {
    name: 'a semantic error: a funding line code twice',
    file: injected('semantic.yaml', 'code: "2"', 'code: "1"'),
    zh: '资助方向编号「1」重复',
    en: 'code "1" appears more than once',
    line: SHIPPED.slice(0, SHIPPED.indexOf('code: "2"')).split('\n').length,
  },
  {
    name: 'GB18030 bytes',
    file: () => put('gb.yaml', iconv.encode(SHIPPED, 'gb18030')),
    zh: '不是 UTF-8 编码',
    en: 'is not UTF-8',
  },
  {
    name: 'binary content',
    file: () => put('nul.yaml', readFileSync(`${FIXTURES}encoding/nul-bytes.yaml`)),
    zh: '不是文本文件',
    en: 'not a text file',
  },
  {
    name: 'a file over the size cap',
    file: () => {
      put('big.yaml', '');
      truncateSync(join(dir, 'big.yaml'), 3 * 1024 * 1024);
      return 'big.yaml';
    },
    zh: '超过 1 MiB 上限',
    en: 'over the 1 MiB limit',
  },
  {
    name: 'a folder',
    file: () => {
      mkdirSync(join(dir, 'folder.yaml'), { recursive: true });
      return 'folder.yaml';
    },
    zh: 'folder.yaml 是文件夹，不是指南文件：请给出指南文件',
    en: 'folder.yaml is a folder, not a guideline file: give a guideline file',
  },
  {
    name: 'a path that does not exist',
    file: () => 'nowhere.yaml',
    zh: '找不到指南「nowhere.yaml」',
    en: 'Cannot find guideline "nowhere.yaml"',
  },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-guideline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--guideline with a broken or hostile file', () => {
  it.each(cases)('$name: exit 2, the problem named at its line', (c) => {
    const file = c.file();
    for (const lang of ['zh', 'en'] as const) {
      const r = runCli(['check', `${FIXTURES}good.yaml`, '--guideline', file, '--lang', lang], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toContain(c[lang]);
      if (c.line !== undefined) expect(r.stderr).toContain(`${file}:${c.line}:`);
    }
  });

  it('validates the same way with `guideline validate`', () => {
    const file = injected('dup-validate.yaml', '\nyear: 2019', '\nyear: 2019\nyear: 2020')();
    const r = runCli(['guideline', 'validate', file], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:11:1  YAML 语法错误：键「year」重复出现（第 10 行已有）`);
  });
});
