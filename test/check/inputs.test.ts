import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayOf, findInputs, pathOf } from '../../src/input/find-inputs.js';
import { named } from './helpers/walk-oracle.js';
import { globMatcher, splitGlob } from '../../src/input/glob-matcher.js';
import { decode, MAX_INPUT_BYTES, readInputFile, readStdin } from '../../src/input/read-input.js';

describe('glob patterns', () => {
  const cases: [string, string[], string[]][] = [
    ['*.yaml', ['a.yaml', '申报书.yaml'], ['a.yml', 'x/a.yaml', '.yaml/a']],
    ['**/*.yaml', ['a.yaml', 'x/a.yaml', 'x/y/z.yaml'], ['a.yml', 'x/a.yml']],
    ['x/**', ['x/a', 'x/y/z.yaml'], ['y/a']],
    ['a?.yml', ['a1.yml', 'ab.yml'], ['a.yml', 'a12.yml', 'a/.yml']],
    ['*.{yaml,yml}', ['a.yaml', 'b.yml'], ['c.json']],
    ['{甲,乙}*/application.yaml', ['甲公司/application.yaml', '乙/application.yaml'], ['丙/application.yaml']],
    ['a+b (1).yaml', ['a+b (1).yaml'], ['aab (1).yaml']],
    ['{unclosed.yaml', ['{unclosed.yaml'], ['unclosed.yaml']],
  ];
  it.each(cases)('%s', (pattern, yes, no) => {
    const { matches } = globMatcher(pattern);
    expect(yes.filter((p) => !matches(p.split('/')))).toEqual([]);
    expect(no.filter((p) => matches(p.split('/')))).toEqual([]);
  });

  it('starts walking at the last folder without a pattern', () => {
    expect(splitGlob('收件/2019/**/*.yaml')).toEqual({ base: '收件/2019', rest: '**/*.yaml' });
    expect(splitGlob('*.yaml')).toEqual({ base: '.', rest: '*.yaml' });
    expect(splitGlob('/srv/in/*.yml')).toEqual({ base: '/srv/in', rest: '*.yml' });
  });
});

describe('finding the applications', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gg-inputs-'));
    const files = [
      '收件/乙公司/application.yaml',
      '收件/甲公司/申报书.yml',
      '收件/甲公司/附件/说明.pdf',
      '收件/a.yaml',
      '收件/node_modules/x.yaml',
      '收件/.git/y.yaml',
      '收件/.草稿/z.yaml',
      '收件/b.YAML',
      'notes.txt',
      '空/readme.md',
    ];
    for (const f of files) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'project: 1\n');
    }
    symlinkSync(join(dir, '收件/a.yaml'), join(dir, '收件/link-to-a.yaml'));
    symlinkSync(join(dir, '收件'), join(dir, '收件/loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = (args: string[]) => findInputs(args, dir).inputs.map(displayOf);

  it('walks a folder for .yaml/.yml files, sorted, skipping node_modules and hidden folders, each real file once', () => {
    expect(names(['收件'])).toEqual([
      '收件/a.yaml',
      '收件/b.YAML',
      '收件/乙公司/application.yaml',
      '收件/甲公司/申报书.yml',
    ]);
    expect(findInputs(['收件'], dir).notices).toEqual([]);
  });

  it('names each file as join and resolve would, however the folder is spelled', () => {
    for (const folder of ['收件', '收件/', './收件', '收件/./', '收件//', join(dir, '收件'), `${join(dir, '收件')}/`]) {
      const found = findInputs([folder], dir).inputs;
      expect(found.map(displayOf), folder).toEqual(
        ['a.yaml', 'b.YAML', '乙公司/application.yaml', '甲公司/申报书.yml'].map((f) => join(folder, f)),
      );
      expect(
        found.map((i) => (i.kind === 'file' ? pathOf(i) : '')),
        folder,
      ).toEqual(found.map((i) => resolve(dir, displayOf(i))));
    }
    expect(findInputs(['.'], join(dir, '收件')).inputs.map(displayOf)).toEqual([
      'a.yaml',
      'b.YAML',
      join('乙公司', 'application.yaml'),
      join('甲公司', '申报书.yml'),
    ]);
  });

  it('keeps the arguments in their order and drops files already named', () => {
    expect(names(['收件/甲公司/申报书.yml', '收件', '收件/a.yaml'])).toEqual([
      '收件/甲公司/申报书.yml',
      '收件/a.yaml',
      '收件/b.YAML',
      '收件/乙公司/application.yaml',
    ]);
  });

  it('takes a file named on the command line whatever its extension', () => {
    expect(names(['notes.txt'])).toEqual(['notes.txt']);
  });

  it('expands globs itself, without entering hidden folders unless the pattern names one', () => {
    expect(names(['收件/**/*.yaml'])).toEqual(['收件/a.yaml', '收件/乙公司/application.yaml']);
    expect(names(['收件/*/*.{yaml,yml}'])).toEqual(['收件/乙公司/application.yaml', '收件/甲公司/申报书.yml']);
    expect(names(['收件/.草稿/*.yaml'])).toEqual(['收件/.草稿/z.yaml']);
  });

  it('reports missing paths, patterns that match nothing and folders without applications', () => {
    expect(findInputs(['不存在.yaml', '收件/*.json', '空'], dir)).toEqual({
      inputs: [],
      notices: [
        { kind: 'missing', arg: '不存在.yaml' },
        { kind: 'noMatch', arg: '收件/*.json' },
        { kind: 'emptyFolder', arg: '空' },
      ],
    });
  });

  it('reads stdin once however often `-` is given', () => {
    expect(named(findInputs(['-', '收件/a.yaml', '-'], dir)).inputs).toEqual([
      { kind: 'stdin', display: '<stdin>' },
      { kind: 'file', path: join(dir, '收件/a.yaml'), display: '收件/a.yaml' },
    ]);
  });
});

describe('reading a file: the one place where bytes become text', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gg-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('drops a UTF-8 byte-order mark and keeps CRLF for the parser', () => {
    expect(readInputFile(put('bom.yaml', '\uFEFFproject: 1\r\n'))).toEqual({ ok: true, text: 'project: 1\r\n' });
  });

  it('decodes UTF-16 by its byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: 桂林\n', 'utf16le')]);
    expect(readInputFile(put('le.yaml', le))).toEqual({ ok: true, text: 'title: 桂林\n' });
  });

  it('reads GBK (GB18030) when the bytes are not UTF-8 but valid there, and says so', () => {
    const gbk = Buffer.concat([
      Buffer.from('project: 1\ntitle: '),
      Buffer.from([0xb9, 0xf0, 0xc1, 0xd6]),
      Buffer.from('\n'),
    ]);
    expect(readInputFile(put('gbk.yaml', gbk))).toEqual({
      ok: true,
      text: 'project: 1\ntitle: 桂林\n',
      decodedFrom: 'GB18030',
    });
  });

  it('refuses bytes valid neither as UTF-8 nor as GB18030, naming the line where they start', () => {
    const bad = Buffer.concat([
      Buffer.from('project: 1\nfields: []\ntitle: '),
      Buffer.from([0xb9, 0xf0, 0xff]),
      Buffer.from('\n'),
    ]);
    expect(readInputFile(put('bad.yaml', bad))).toEqual({ ok: false, reason: 'notUtf8', line: 3 });
    expect(decode(Buffer.from([0xed, 0xa0, 0xff]))).toEqual({ ok: false, reason: 'notUtf8', line: 1 });
  });

  it('decodes with a forced encoding (--encoding)', () => {
    const gbk = Buffer.from([0xb9, 0xf0, 0xc1, 0xd6]);
    expect(decode(gbk, { encoding: 'gb18030' })).toEqual({ ok: true, text: '桂林' });
  });

  it('refuses a file over the cap before reading it', () => {
    expect(readInputFile(put('big.yaml', 'x'.repeat(2048)), { maxBytes: 1024 })).toEqual({
      ok: false,
      reason: 'tooLarge',
      bytes: 2048,
      limit: 1024,
    });
    expect(readInputFile(put('edge.yaml', 'x'.repeat(1024)), { maxBytes: 1024 })).toEqual({
      ok: true,
      text: 'x'.repeat(1024),
    });
  });

  it('reads a file its folder listed as a regular one to its end, and still refuses one over the cap', () => {
    const listed = { maxBytes: 1024, listedFile: true };
    expect(readInputFile(put('listed.yaml', 'x'.repeat(1024)), listed)).toEqual({ ok: true, text: 'x'.repeat(1024) });
    expect(readInputFile(put('listed-big.yaml', 'x'.repeat(2048)), listed)).toEqual({
      ok: false,
      reason: 'tooLarge',
      bytes: 2048,
      limit: 1024,
    });
  });

  it('takes an application or profile up to 32 KiB, eight times what init writes, and refuses a byte more', () => {
    const comment = (n: number) => `project: 1\n#${'x'.repeat(n - 13)}\n`;
    expect(MAX_INPUT_BYTES).toBe(32 * 1024);
    expect(readInputFile(put('at-cap.yaml', comment(32 * 1024)))).toMatchObject({ ok: true });
    expect(readInputFile(put('past-cap.yaml', comment(32 * 1024 + 1)))).toEqual({
      ok: false,
      reason: 'tooLarge',
      bytes: 32 * 1024 + 1,
      limit: 32 * 1024,
    });
  });

  it('says why a file cannot be opened', () => {
    expect(readInputFile(join(dir, 'gone.yaml'))).toEqual({ ok: false, reason: 'unreadable', code: 'ENOENT' });
    const locked = put('locked.yaml', 'project: 1\n');
    chmodSync(locked, 0o000);
    const r = readInputFile(locked);
    chmodSync(locked, 0o644);
    // root reads anything; everyone else is refused.
    expect(r).toEqual(
      process.getuid?.() === 0
        ? { ok: true, text: 'project: 1\n' }
        : { ok: false, reason: 'unreadable', code: 'EACCES' },
    );
  });

  it('reads stdin under the same cap', async () => {
    expect(await readStdin(Readable.from([Buffer.from('\uFEFFproject: '), Buffer.from('1\n')]))).toEqual({
      ok: true,
      text: 'project: 1\n',
    });
    expect(await readStdin(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 })).toEqual({
      ok: false,
      reason: 'tooLarge',
      bytes: 1200,
      limit: 1000,
      partial: true,
    });
  });
});
