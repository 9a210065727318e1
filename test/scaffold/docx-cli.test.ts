import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readDocx } from './read-docx.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'docx-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd });

describe('init writes 申报书.docx with the promises of every other file', () => {
  it('--dry-run lists it and writes nothing', () => {
    const r = run(['init', '5-2', 'p', '--dry-run', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files).toContainEqual({ path: 'p/申报书.docx', role: 'document', status: 'create' });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('made again, it is identical; changed by the applicant, it is never overwritten without --force', async () => {
    expect(run(['init', '16', '--tier', 'major', 'p']).status).toBe(0);
    const doc = join(cwd, 'p', '申报书.docx');
    const first = readFileSync(doc);
    expect((await readDocx(first)).paragraphs.some((p) => p.style === 'Heading1')).toBe(true);

    // The time the document records differs; nothing the reader sees does.
    const again = run(['init', '16', '--tier', 'major', 'p', '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).files).toContainEqual({
      path: 'p/申报书.docx',
      role: 'document',
      status: 'identical',
    });
    expect(readFileSync(doc).equals(first)).toBe(true);

    writeFileSync(doc, '我已经写了一半的申报书');
    const dry = run(['init', '16', '--tier', 'major', 'p', '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout).files).toContainEqual({
      path: 'p/申报书.docx',
      role: 'document',
      status: 'conflict',
    });
    const refused = run(['init', '16', '--tier', 'major', 'p']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('p/申报书.docx');
    expect(readFileSync(doc, 'utf8')).toBe('我已经写了一半的申报书');

    const forced = run(['init', '16', '--tier', 'major', 'p', '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/覆盖\s+p\/申报书\.docx/);
    expect((await readDocx(readFileSync(doc))).tables.length).toBeGreaterThan(3);
    expect(readdirSync(join(cwd, 'p')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('is proposal.docx in English', () => {
    const r = run(['init', '1', 'p', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('p/proposal.docx');
    expect(r.stdout).toContain('write the proposal in p/proposal.docx');
    expect(readdirSync(join(cwd, 'p'))).toContain('proposal.docx');
  });
});

describe('export DIR', () => {
  it('makes the cover and 基本信息表 again from application.yaml, leaves 申报书.docx as it is, and says so', async () => {
    expect(run(['init', '5-2', 'p']).status).toBe(0);
    const app = join(cwd, 'p', 'application.yaml');
    writeFileSync(
      app,
      readFileSync(app, 'utf8')
        .replace('title: ~', 'title: 桂林市某重点实验室培育')
        .replace(/^  name: ~$/m, '  name: 桂林某某研究院') // the first is the applicant's
        .replace('requested: ~', 'requested: 50')
        .replace('period: { start: 2019, end: 2021 }', 'period: { start: 2019, end: 2020 }'),
    );
    const doc = join(cwd, 'p', '申报书.docx');
    writeFileSync(doc, '申请人写好的申报书');

    const r = run(['export', 'p']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '已写入 p/申报书-基本信息.docx：封面和项目基本信息表按 application.yaml 重新生成。',
        'p/申报书.docx 未作改动：生成 Word 文档的程序库只能新建文档，不能在保留您已写内容的前提下改写其中的表格。请将新文件中的基本信息表复制到 p/申报书.docx 中，替换原表。',
        '',
      ].join('\n'),
    );
    expect(readFileSync(doc, 'utf8')).toBe('申请人写好的申报书');

    const basic = await readDocx(readFileSync(join(cwd, 'p', '申报书-基本信息.docx')));
    expect(basic.tables).toHaveLength(2);
    expect(basic.tables[0]![0]).toEqual(['项目名称：', '桂林市某重点实验室培育']);
    expect(basic.tables[0]![1]).toEqual(['申报单位（盖章）：', '桂林某某研究院']);
    const info = Object.fromEntries(basic.tables[1]!.map((row) => [row[0], row[1]]));
    expect(info).toMatchObject({
      项目名称: '桂林市某重点实验室培育',
      第一申报单位: '桂林某某研究院',
      实施年限: '2019—2020 年',
      申请市财政资助: '50 万元（指南：30–50 万元）',
      项目负责人: '【请填写】',
    });
    // Only the first section: no self-check table, no budget.
    expect(basic.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '填写说明',
      '一、项目基本信息',
    ]);

    const twice = run(['export', 'p']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe(
      'p/申报书-基本信息.docx 已存在；如要替换请加 --force（原内容与新内容不同时，先另存为 p/申报书-基本信息.docx.bak）。\n',
    );
    expect(run(['export', 'p', '--force']).status).toBe(0);
  });

  it.each([
    [
      'zh',
      '申报书-基本信息.docx',
      '已写入 p/申报书-基本信息.docx：封面和项目基本信息表按 application.yaml 重新生成。',
      'p/申报书-基本信息.docx 已存在；如要替换请加 --force（原内容与新内容不同时，先另存为 p/申报书-基本信息.docx.bak.1）。\n',
      '--force 替换了内容不同的文件，原内容已另存：\n  p/申报书-基本信息.docx → p/申报书-基本信息.docx.bak.1\n',
    ],
    [
      'en',
      'proposal-basic-info.docx',
      'Wrote p/proposal-basic-info.docx: the cover and the basic information table, made again from application.yaml.',
      'p/proposal-basic-info.docx already exists; add --force to replace it (its old content, if it differs, is kept first as p/proposal-basic-info.docx.bak.1).\n',
      '--force replaced files that differed; their old contents were kept:\n  p/proposal-basic-info.docx → p/proposal-basic-info.docx.bak.1\n',
    ],
  ])(
    '--force keeps the file it replaces beside it, as init --force does, and says where (%s)',
    async (lang, name, done, refusal, kept) => {
      expect(run(['init', '5-2', 'p', '--lang', lang]).status).toBe(0);
      expect(run(['export', 'p', '--lang', lang]).status).toBe(0);
      const at = (n: string) => join(cwd, 'p', n);
      const made = readFileSync(at(name));
      // The applicant wrote in it; a name the backup could take is already someone's.
      writeFileSync(at(name), '我在基本信息表里改过的内容');
      writeFileSync(at(`${name}.bak`), '上一次的备份');

      const refused = run(['export', 'p', '--lang', lang]);
      expect([refused.status, refused.stdout, refused.stderr]).toEqual([2, '', refusal]);
      expect(readFileSync(at(name), 'utf8')).toBe('我在基本信息表里改过的内容');

      const forced = run(['export', 'p', '--lang', lang, '--force']);
      expect(forced.status).toBe(0);
      expect(forced.stdout.split('\n')[0]).toBe(done);
      expect(forced.stderr).toBe(kept);
      expect(readFileSync(at(`${name}.bak.1`), 'utf8')).toBe('我在基本信息表里改过的内容');
      expect(readFileSync(at(`${name}.bak`), 'utf8')).toBe('上一次的备份');
      const basic = await readDocx(readFileSync(at(name)));
      expect(basic.tables).toEqual((await readDocx(made)).tables);

      // --json names the backup in the entry; made again with nothing changed, nothing is kept.
      writeFileSync(at(name), '又改了一次');
      const json = run(['export', 'p', '--lang', lang, '--force', '--json']);
      expect(json.status).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({
        file: `p/${name}`,
        backup: `p/${name}.bak.2`,
        document: `p/${lang === 'zh' ? '申报书' : 'proposal'}.docx`,
        documentExists: true,
        documentChanged: false,
      });
      expect(json.stderr).toBe(kept.replaceAll('.bak.1', '.bak.2'));
      const again = run(['export', 'p', '--lang', lang, '--force', '--json']);
      expect([again.status, again.stderr]).toEqual([0, '']);
      expect(JSON.parse(again.stdout)).not.toHaveProperty('backup');
      expect(readdirSync(join(cwd, 'p')).filter((n) => n.includes('.bak'))).toEqual([
        `${name}.bak`,
        `${name}.bak.1`,
        `${name}.bak.2`,
      ]);
    },
  );

  it('at 80 columns wraps at words: a file name is never folded inside its extension (申报书.d / ocx)', () => {
    expect(run(['init', '13', '合作项目']).status).toBe(0);
    const r = runCli(['export', '合作项目'], { cwd, env: { COLUMNS: '80' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '已写入 合作项目/申报书-基本信息.docx：封面和项目基本信息表按 application.yaml 重',
        '新生成。',
        '合作项目/申报书.docx 未作改动：生成 Word 文档的程序库只能新建文档，不能在保留您',
        '已写内容的前提下改写其中的表格。请将新文件中的基本信息表复制到 合作项目/申报',
        '书.docx 中，替换原表。',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en and tells the applicant when there is no document to copy into', () => {
    expect(run(['init', '9', 'p', '--lang', 'en']).status).toBe(0);
    rmSync(join(cwd, 'p', 'proposal.docx'));
    const r = run(['export', 'p', '--lang', 'en', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'p/proposal-basic-info.docx',
      document: 'p/proposal.docx',
      documentExists: false,
      documentChanged: false,
    });
    const text = run(['export', 'p', '--lang', 'en', '--force']).stdout;
    expect(text).toContain('The folder has no p/proposal.docx');
  });

  it.each([
    ['zh', 'en', 'p/proposal.docx', 'p/proposal.docx 未作改动'],
    ['en', 'zh', 'p/申报书.docx', 'p/申报书.docx was not changed'],
  ])(
    'export --lang %s of a folder made in %s names the document that is there, not one to make again',
    (lang, made, document, said) => {
      expect(run(['init', '13', 'p', '--lang', made]).status).toBe(0);
      const r = run(['export', 'p', '--lang', lang]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(said);
      expect(r.stdout).not.toContain('init --force');
      const json = JSON.parse(run(['export', 'p', '--lang', lang, '--force', '--json']).stdout);
      expect(json).toMatchObject({ document, documentExists: true, documentChanged: false });
    },
  );

  it('a folder without application.yaml, or one that does not say which line: one sentence, nothing written', () => {
    mkdirSync(join(cwd, 'empty'));
    const none = run(['export', 'empty']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('empty 中没有 application.yaml；请指定 guilin-grants init 生成的申报文件夹。\n');
    expect(run(['init', '16', '--tier', 'major', 'p']).status).toBe(0);
    const app = join(cwd, 'p', 'application.yaml');
    writeFileSync(app, readFileSync(app, 'utf8').replace(/^tier: major$/m, 'tier: ~'));
    const untiered = run(['export', 'p']);
    expect(untiered.status).toBe(2);
    expect(untiered.stderr).toMatch(
      /^p\/application\.yaml  project: .*\np\/application\.yaml 有 1 处问题，未写入任何文件；请改正后再导出。\n$/,
    );
    expect(readdirSync(join(cwd, 'p'))).not.toContain('申报书-基本信息.docx');
  });

  it.each([
    [
      'zh',
      'nosuch 不存在：请指定 guilin-grants init 生成的申报文件夹（其中有 application.yaml），如 guilin-grants export 我的申报。',
      'empty 中没有 application.yaml；请指定 guilin-grants init 生成的申报文件夹。',
    ],
    [
      'en',
      'nosuch does not exist: name the folder guilin-grants init made (it holds application.yaml), e.g. guilin-grants export my-application.',
      'empty holds no application.yaml; name a folder that guilin-grants init made.',
    ],
  ])(
    'a path that does not exist is said not to exist, a folder without application.yaml to hold none (%s)',
    (lang, missing, empty) => {
      mkdirSync(join(cwd, 'empty'));
      // A link to nothing is nothing to export either.
      symlinkSync('nowhere', join(cwd, 'link'));
      for (const [arg, said] of [
        ['nosuch', missing],
        ['link', missing.replace(/^nosuch/, 'link')],
        ['empty', empty],
      ] as const) {
        const r = run(['export', arg, '--lang', lang]);
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${said}\n`]);
      }
      expect(readdirSync(cwd).sort()).toEqual(['empty', 'link']);
      expect(readdirSync(join(cwd, 'empty'))).toEqual([]);
    },
  );

  it.each([
    [
      'zh',
      '没有给出申报文件夹（参数是空的）：请写出 guilin-grants init 生成的文件夹，如 guilin-grants export 我的申报。',
      '/dev/null 不是文件夹：请指定 guilin-grants init 生成的申报文件夹（其中有 application.yaml），如 guilin-grants export 我的申报。',
      'p/application.yaml 是文件，不是申报文件夹：请指定它所在的文件夹（guilin-grants export p）。',
    ],
    [
      'en',
      'No folder was given (the argument is empty): name the folder guilin-grants init made, e.g. guilin-grants export my-application.',
      '/dev/null is not a folder: name the folder guilin-grants init made (it holds application.yaml), e.g. guilin-grants export my-application.',
      'p/application.yaml is a file, not an application folder: name the folder it is in (guilin-grants export p).',
    ],
  ])(
    'an empty argument, a device or a file for the folder: what to give instead, nothing written (%s)',
    (lang, empty, device, file) => {
      expect(run(['init', '9', 'p']).status).toBe(0);
      // An empty argument (an unset variable) is not the current folder, though one is there to export.
      writeFileSync(join(cwd, 'application.yaml'), readFileSync(join(cwd, 'p', 'application.yaml')));
      const before = readdirSync(cwd).sort();
      for (const [arg, said] of [
        ['', empty],
        ['/dev/null', device],
        ['p/application.yaml', file],
      ] as const) {
        const r = run(['export', arg, '--lang', lang]);
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${said}\n`]);
      }
      expect(readdirSync(cwd).sort()).toEqual(before);
      expect(readdirSync(join(cwd, 'p'))).not.toContain('申报书-基本信息.docx');
    },
  );
});

it('export --help, in both languages', () => {
  expect(run(['export', '--help']).stdout).toContain('按 application.yaml 重新生成申报书的封面和项目基本信息表');
  expect(run(['export', '--help', '--lang', 'en']).stdout).toContain('make the proposal’s cover'.replace('’', "'"));
});
