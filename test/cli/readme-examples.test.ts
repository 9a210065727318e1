import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode } from '../check/helpers/corpus.js';
import { TEMPLATES } from '../check/helpers/templates.js';
import { ROOT, runCli } from '../support/cli.js';

/**
 * The README's console examples, run as a reader would run them, in order, in one folder:
 * every stretch of output the README shows between its "……" must stand, line for line,
 * in what the command prints (table borders aside: the README leaves them out).
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  command: string;
  shown: string[][];
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const [, block] of README.matchAll(/```console\n([\s\S]*?)```/g)) {
    for (const line of block!.trimEnd().split('\n')) {
      if (line.startsWith('$ ')) out.push({ command: line.slice(2).replace(/\s+#.*$/, ''), shown: [[]] });
      else if (line.startsWith('……')) out.at(-1)!.shown.push([]);
      else out.at(-1)!.shown.at(-1)!.push(line);
    }
  }
  return out;
}

const BORDER = /^[┌├└]/;
const stands = (stretch: string[], printed: string) => {
  const lines = printed.split('\n').filter((l) => !BORDER.test(l));
  return lines.some((_, i) => stretch.every((l, k) => lines[i + k] === l));
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-readme-'));
  const profile = /```yaml\n(# 本单位\.yaml\n[\s\S]*?)```/.exec(README)![1]!;
  writeFileSync(join(dir, '本单位.yaml'), profile);
  // The reviewer's inbox: the fixtures, one more passing application, and a saved profile.
  cpSync(join(ROOT, 'test/fixtures/check'), join(dir, '收件'), { recursive: true });
  writeFileSync(
    join(dir, '收件', '平乐污水处理.yaml'),
    TEMPLATES['15-1']!.replace('{{NAME}}', '桂林平乐环保科技有限公司').replace('{{CODE}}', creditCode(7)),
  );
  writeFileSync(join(dir, '收件', '本单位档案.yaml'), profile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the applicant writes into the application init made, between init and check. */
function fillIn(): void {
  const file = join(dir, '高企培育', 'application.yaml');
  const values: [RegExp, string][] = [
    [/^title: ~$/m, 'title: 工业物联网边缘网关研发'],
    [/^ {2}requested: ~$/m, '  requested: 30'],
    [/^ {2}matching: ~$/m, '  matching: 0'],
    [/^ {2}name: ~$/m, '  name: 桂林七星智联科技有限公司'],
    [/^ {2}creditCode: ~$/m, `  creditCode: ${creditCode(3)}`],
    [/^ {2}smeNumber: ~$/m, '  smeNumber: "2019450300A0000123"'],
    [/^ {2}name: ~$/m, '  name: 李明'],
    [/^ {2}patents: ~$/m, '  patents: 2'],
    [/^ {2}hteApplicationYear: ~$/m, '  hteApplicationYear: 2019'],
  ];
  let text = readFileSync(file, 'utf8');
  for (const [at, value] of values) text = text.replace(at, value);
  expect(text).not.toMatch(/: ~$/m);
  writeFileSync(file, text);
}

describe('the README examples', () => {
  it('print what the README shows', () => {
    const ran: string[] = [];
    for (const { command, shown } of examples()) {
      const args = command.split(/\s+/).slice(1);
      if (command.startsWith('guilin-grants check 高企培育')) fillIn();
      const r = runCli(args, { cwd: dir });
      ran.push(command);
      for (const stretch of shown.filter((s) => s.some((l) => l.trim())))
        expect(stands(stretch, r.stdout) || stands(stretch, r.stderr), `${command}\n${stretch.join('\n')}`).toBe(true);
    }
    expect(ran).toEqual([
      'guilin-grants match --profile 本单位.yaml',
      'guilin-grants match --profile 本单位.yaml --detail 1',
      'guilin-grants init 10 高企培育 --profile 本单位.yaml',
      'guilin-grants check 高企培育/application.yaml',
      'guilin-grants check 收件 --summary',
      'guilin-grants check 收件 --format xlsx --output 审查结果.xlsx',
    ]);
  });
});
