import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/util/errors.js';
import { commitWrites, planWrites, writeAtomic, WriteConflict, writeOutputFile } from '../../src/util/write-file.js';
import { nameProblem, pathProblem } from '../../src/util/file-name.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nameProblem', () => {
  it.each([
    ['application.yaml', null],
    ['推荐函.pdf', null],
    ['guilin-2019-16-major', null],
    ['', 'empty'],
    ['..', 'dots'],
    ['a..b', 'dots'],
    ['.', 'dots'],
    ['a/b', 'separator'],
    ['a\\b', 'separator'],
    ['a:b', 'reserved-char'],
    ['a<b', 'reserved-char'],
    ['what?', 'reserved-char'],
    ['star*', 'reserved-char'],
    ['pipe|', 'reserved-char'],
    ['"q"', 'reserved-char'],
    ['tab\there', 'control-char'],
    ['CON', 'reserved-name'],
    ['nul.yaml', 'reserved-name'],
    ['com1', 'reserved-name'],
    ['LPT9.txt', 'reserved-name'],
    ['console', null],
    ['trailing.', 'trailing'],
    ['trailing ', 'trailing'],
  ])('%j → %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });
});

describe('pathProblem', () => {
  it('accepts absolute and relative paths made of good names', () => {
    expect(pathProblem('/tmp/x14')).toBeNull();
    expect(pathProblem('./申报/项目14')).toBeNull();
  });
  it('names the first bad segment', () => {
    expect(pathProblem('../x')).toBeNull();
    expect(pathProblem('../a..b')).toEqual({ segment: 'a..b', problem: 'dots' });
    expect(pathProblem('ok/aux/more')).toEqual({ segment: 'aux', problem: 'reserved-name' });
    expect(pathProblem('a/b:c')).toEqual({ segment: 'b:c', problem: 'reserved-char' });
    expect(pathProblem('')).toEqual({ segment: '', problem: 'empty' });
  });
});

describe('planWrites and commitWrites', () => {
  it('tells create, identical, conflict and overwrite apart', () => {
    writeFileSync(join(dir, 'same'), 'A');
    writeFileSync(join(dir, 'other'), 'old');
    const files = [
      { path: join(dir, 'new'), content: 'N' },
      { path: join(dir, 'same'), content: 'A' },
      { path: join(dir, 'other'), content: 'new' },
    ];
    expect(planWrites(files, {}).map((p) => p.status)).toEqual(['create', 'identical', 'conflict']);
    expect(planWrites(files, { force: true }).map((p) => p.status)).toEqual(['create', 'identical', 'overwrite']);
  });

  it('a folder where a file should go is a conflict even with force', () => {
    mkdirSync(join(dir, 'application.yaml'));
    expect(planWrites([{ path: join(dir, 'application.yaml'), content: 'x' }], { force: true })[0]!.status).toBe(
      'conflict',
    );
  });

  it('writes every file, overwriting only what the plan says, and leaves no temporary file', () => {
    writeFileSync(join(dir, 'other'), 'old');
    const plan = planWrites(
      [
        { path: join(dir, 'sub', 'new'), content: '新' },
        { path: join(dir, 'other'), content: 'new' },
      ],
      { force: true },
    );
    commitWrites(plan);
    expect(readFileSync(join(dir, 'sub', 'new'), 'utf8')).toBe('新');
    expect(readFileSync(join(dir, 'other'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['other', 'sub']);
  });

  it('writes nothing when one file cannot be written: the ones before it are taken back', () => {
    // The second target's folder is a file, so its temporary file cannot be made.
    writeFileSync(join(dir, 'blocker'), '');
    const plan = planWrites(
      [
        { path: join(dir, 'first'), content: '1' },
        { path: join(dir, 'blocker', 'second'), content: '2' },
      ],
      {},
    );
    expect(() => commitWrites(plan)).toThrow();
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it('does not overwrite a file that appeared after the plan was made', () => {
    const plan = planWrites(
      [
        { path: join(dir, 'a'), content: 'mine' },
        { path: join(dir, 'b'), content: 'mine' },
      ],
      {},
    );
    writeFileSync(join(dir, 'b'), 'theirs');
    expect(() => commitWrites(plan)).toThrow(WriteConflict);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('theirs');
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['b']);
  });
});

describe('writeAtomic', () => {
  it('refuses an existing file without force and replaces it with force', () => {
    const f = join(dir, 'out.csv');
    writeAtomic(f, 'one');
    expect(() => writeAtomic(f, 'two')).toThrow(WriteConflict);
    expect(readFileSync(f, 'utf8')).toBe('one');
    writeAtomic(f, 'two', { force: true });
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });
});

describe('writeOutputFile', () => {
  it('says in the chosen language why it will not write', () => {
    const f = join(dir, 'report.csv');
    writeOutputFile(f, 'x', { lang: 'zh' });
    expect(() => writeOutputFile(f, 'y', { lang: 'zh' })).toThrow(
      new UsageError(`${f} 已存在；如要覆盖请加 --force，或换一个文件名。`),
    );
    expect(() => writeOutputFile(f, 'y', { lang: 'en' })).toThrow(
      new UsageError(`${f} already exists; add --force to overwrite it, or choose another name.`),
    );
    expect(() => writeOutputFile(join(dir, 'CON.csv'), 'y', { lang: 'zh' })).toThrow(
      new UsageError(
        `不能写入「${join(dir, 'CON.csv')}」：「CON.csv」是 Windows 的保留名称（如 CON、NUL、COM1）；请换一个名称。`,
      ),
    );
    expect(() => writeOutputFile(join(dir, 'no', 'x.csv'), 'y', { lang: 'en' })).toThrow(
      new UsageError(`Cannot write ${join(dir, 'no', 'x.csv')}: the folder ${join(dir, 'no')} does not exist.`),
    );
    writeOutputFile(f, 'y', { lang: 'zh', force: true });
    expect(readFileSync(f, 'utf8')).toBe('y');
  });
});
