import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { cliForOtherUser, isRoot, OTHER_USER } from '../support/cli-for-other-user.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE, type FileJson } from './helpers/verdict.js';

/**
 * An inbox folder as reviewers get them: names with spaces and Chinese, dependency
 * and hidden folders, a FIFO and a socket named *.yaml, a link loop, links to the
 * same file, broken links, a file over the size cap and one nobody may read. They
 * cannot live in git, so they are made here; the good files come from the fixtures.
 */
let dir: string;
let inbox: string;
let socket: Server;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gg-inbox-'));
  inbox = join(dir, '收件');
  for (const sub of ['甲 公司', 'node_modules', '.git', '.草稿']) mkdirSync(join(inbox, sub), { recursive: true });
  copyFileSync(`${FIXTURES}good.yaml`, join(inbox, '甲 公司', '申报书 (定稿).yaml'));
  copyFileSync(`${FIXTURES}good-too.yaml`, join(inbox, 'b.yaml'));
  // Broken on purpose: were they read, the batch would show them.
  for (const hidden of ['node_modules/x.yaml', '.git/y.yaml', '.草稿/z.yaml'])
    writeFileSync(join(inbox, hidden), 'a: b: c\n');
  spawnSync('mkfifo', [join(inbox, 'fifo.yaml')]);
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(join(inbox, 'sock.yaml'), resolve));
  symlinkSync('..', join(inbox, 'loop'));
  symlinkSync('b.yaml', join(inbox, 'same.yaml'));
  symlinkSync(join(inbox, 'b.yaml'), join(inbox, '甲 公司', 'also-b.yaml'));
  symlinkSync('nowhere.yaml', join(inbox, 'dangling.yaml'));
  symlinkSync('l2.yaml', join(inbox, 'l1.yaml'));
  symlinkSync('l1.yaml', join(inbox, 'l2.yaml'));
  writeFileSync(join(inbox, 'big.yaml'), '');
  truncateSync(join(inbox, 'big.yaml'), 2 * 1024 * 1024);
  copyFileSync(`${FIXTURES}good.yaml`, join(inbox, 'locked.yaml'));
  chmodSync(join(inbox, 'locked.yaml'), 0o000);
  // Root reads anything: the run that must be refused goes as nobody, who needs the way in.
  chmodSync(dir, 0o755);
  chmodSync(inbox, 0o755);
});

afterAll(async () => {
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** The built CLI, as nobody when the tests run as root, so that permissions mean something. */
function checkAsUser(args: string[]) {
  const r = spawnSync(process.execPath, [cliForOtherUser(), 'check', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
    ...(isRoot ? OTHER_USER : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

describe('walking a folder of applications', () => {
  it.each(['zh', 'en'] as const)(
    'judges each real file once, skips what is not a file with a warning, never blocks (%s)',
    (lang) => {
      const start = Date.now();
      const r = checkAsUser(['收件', '--format', 'json', '--lang', lang]);
      expect(r.timedOut).toBe(false);
      expect(Date.now() - start).toBeLessThan(10_000);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.status).toBe(1);
      const files = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
      // Sorted; the loop, the second and third names of b.yaml, node_modules and hidden folders: not there.
      expect(files.map((f) => [f.file, f.status])).toEqual([
        ['收件/b.yaml', 'pass'],
        ['收件/big.yaml', 'error'],
        ['收件/locked.yaml', 'error'],
        ['收件/甲 公司/申报书 (定稿).yaml', 'pass'],
      ]);
      const say = (file: string) => files.find((f) => f.file === file)!.findings[0]!.message;
      expect(say('收件/big.yaml')).toContain(lang === 'zh' ? '超过 32 KiB 上限' : 'over the 32 KiB limit');
      expect(say('收件/locked.yaml')).toContain(
        lang === 'zh' ? '没有读取权限（EACCES）' : 'No permission to read the file (EACCES)',
      );
      const skipped = (name: string) => r.stderr.split('\n').filter((l) => l.includes(`收件/${name}`));
      for (const special of ['fifo.yaml', 'sock.yaml'])
        expect(skipped(special)).toEqual([
          lang === 'zh'
            ? `已跳过 收件/${special}：不是普通文件（可能是管道、套接字或设备）。`
            : `Skipped 收件/${special}: not a regular file (a pipe, socket or device).`,
        ]);
      for (const broken of ['dangling.yaml', 'l1.yaml', 'l2.yaml'])
        expect(skipped(broken)).toEqual([expect.stringContaining(lang === 'zh' ? '失效的链接' : 'a broken link')]);
    },
  );

  it('refuses a file over the cap without reading it', () => {
    const start = Date.now();
    const r = runCli(['check', join(inbox, 'big.yaml'), '--format', 'json']);
    expect(JSON.parse(r.stdout).files[0].status).toBe('error');
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('takes a path with spaces and Chinese as given, and names it so in the report', () => {
    const r = runCli(['check', join('收件', '甲 公司', '申报书 (定稿).yaml')], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ 通过  收件/甲 公司/申报书 (定稿).yaml');
  });

  it('skips a FIFO given by name and says there was nothing to check (exit 2)', () => {
    const r = checkAsUser([join('收件', 'fifo.yaml')]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('已跳过 收件/fifo.yaml：不是普通文件');
  });

  it.each([
    [
      'zh',
      '已跳过 收件/dangling.yaml：这是一个失效的链接（指向的文件不存在，或链接绕成了圈）。\n' +
        '在 收件/dangling.yaml 中没有可审查的申请书：跳过的文件及原因见上。\n',
    ],
    [
      'en',
      'Skipped 收件/dangling.yaml: a broken link (its target does not exist, or links point at each other in a loop).\n' +
        'Nothing to check in 收件/dangling.yaml: the files skipped, and why, are listed above.\n',
    ],
  ])(
    'names a broken link given alone, then points to it rather than say no YAML was found (exit 2, %s)',
    (lang, said) => {
      const r = runCli(['check', join('收件', 'dangling.yaml'), '--lang', lang], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', said]);
    },
  );

  it.each([
    ['zh', '找不到「没有这个.yaml」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。'],
    ['en', 'Cannot find "没有这个.yaml": no such file or folder. Check the path; quote paths that contain spaces.'],
  ])('stops before judging anything when a named path does not exist (exit 2, %s)', (lang, sentence) => {
    const r = runCli(['check', `${FIXTURES}good.yaml`, '没有这个.yaml', '--lang', lang], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${sentence}\n`]);
  });

  // As for --guideline: the folder is said to be one, with the file to give, where it was 文件不存在，或不是普通文件.
  it.each([
    [
      'zh',
      '收件 是文件夹，不是指南文件：请给出要校验的指南文件，如 guilin-grants guideline validate guilin-2020.yaml。',
      '收件 是文件夹，不是指南原文：请给出指南原文的文本文件，如 --source guilin-2019-guideline.txt。',
    ],
    [
      'en',
      '收件 is a folder, not a guideline file: give the guideline file to validate, such as guilin-grants guideline validate guilin-2020.yaml.',
      "收件 is a folder, not the guideline's text: give the text file of the guideline, such as --source guilin-2019-guideline.txt.",
    ],
  ])(
    'a folder where a guide file is expected: guideline validate names it a folder (exit 2, %s)',
    (lang, folder, source) => {
      const validate = runCli(['guideline', 'validate', '收件', '--lang', lang], { cwd: dir });
      expect([validate.status, validate.stdout, validate.stderr]).toEqual([2, '', `${folder}\n`]);
      const guide = join(ROOT, 'guidelines', 'guilin-2019.yaml');
      const quotes = runCli(['guideline', 'validate', guide, '--source', '收件', '--lang', lang], { cwd: dir });
      expect([quotes.status, quotes.stdout, quotes.stderr]).toEqual([2, '', `${source}\n`]);
      expect(readdirSync(dir)).toEqual(['收件']);
    },
  );
  // Each said for what it is, where both were 文件不存在，或不是普通文件 (and a missing --source 在审查过程中被删除).
  it.each([
    [
      'zh',
      '找不到指南文件 收件/没有.yaml：没有这个文件，请检查路径；含空格的路径请加引号。',
      '找不到指南文件 收件/dangling.yaml：没有这个文件，请检查路径；含空格的路径请加引号。',
      '收件/fifo.yaml 不是普通文件（可能是管道、套接字或设备）：请给出要校验的指南文件，如 guilin-grants guideline validate guilin-2020.yaml。',
      '找不到指南原文 收件/没有.txt：没有这个文件，请检查路径；含空格的路径请加引号。',
    ],
    [
      'en',
      'Cannot find the guideline file 收件/没有.yaml: no such file. Check the path; quote paths that contain spaces.',
      'Cannot find the guideline file 收件/dangling.yaml: no such file. Check the path; quote paths that contain spaces.',
      '收件/fifo.yaml is not a regular file (a pipe, socket or device): give the guideline file to validate, such as guilin-grants guideline validate guilin-2020.yaml.',
      "Cannot find the guideline's text 收件/没有.txt: no such file. Check the path; quote paths that contain spaces.",
    ],
  ])(
    'guideline validate of a file that is not there, or not a regular file, says which (exit 2, %s)',
    (lang, missing, dangling, fifo, source) => {
      const run = (...args: string[]) => {
        const r = runCli(['guideline', 'validate', ...args, '--lang', lang], { cwd: dir });
        return [r.status, r.stdout, r.stderr];
      };
      expect(run(join('收件', '没有.yaml'))).toEqual([2, '', `${missing}\n`]);
      expect(run(join('收件', 'dangling.yaml'))).toEqual([2, '', `${dangling}\n`]);
      expect(run(join('收件', 'fifo.yaml'))).toEqual([2, '', `${fifo}\n`]);
      const guide = join(ROOT, 'guidelines', 'guilin-2019.yaml');
      expect(run(guide, '--source', join('收件', '没有.txt'))).toEqual([2, '', `${source}\n`]);
    },
  );
  // As for --profile: the folder is said to be one, with what to give in its place, where it was 不是普通文件.
  it.each([
    [
      'zh',
      '收件/ 是文件夹，不是指南文件：请给出指南文件，如 --guideline guilin-2020.yaml，或内置指南的名称（内置：guilin-2019）。',
    ],
    [
      'en',
      '收件/ is a folder, not a guideline file: give a guideline file, such as --guideline guilin-2020.yaml, or the name of a built-in guideline (built-in: guilin-2019).',
    ],
  ])(
    '--guideline FOLDER: the folder is named as a folder, with the file to give in its place (exit 2, %s)',
    (lang, sentence) => {
      for (const args of [['list'], ['check', join('收件', 'b.yaml')], ['match', '--profile', '-']]) {
        const r = runCli(['--guideline', '收件/', ...args, '--lang', lang], { cwd: dir, input: '' });
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${sentence}\n`]);
      }
      expect(readdirSync(dir)).toEqual(['收件']);
    },
  );
  // A folder given for a profile is said to be one, with what to give instead, where it was 不是普通文件.
  it.each([
    [['match', '--profile', '收件/'], '收件/'],
    [['init', '1', 'out', '--profile', '收件'], '收件'],
  ])('%j: the folder is named as a folder, with the file to give in its place (exit 2)', (args, name) => {
    for (const [lang, sentence] of [
      [
        'zh',
        `${name} 是文件夹，不是档案文件：请给出档案文件，如用 guilin-grants match --save-profile 本单位.yaml 保存的那个。`,
      ],
      [
        'en',
        `${name} is a folder, not a profile: give a profile file, such as one saved with guilin-grants match --save-profile me.yaml.`,
      ],
    ] as const) {
      const r = runCli([...args, '--lang', lang], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${sentence}\n`]);
    }
    expect(readdirSync(dir)).toEqual(['收件']);
  });

  it('a FIFO given for a profile is still not a regular file (exit 2)', () => {
    const r = runCli(['match', '--profile', join('收件', 'fifo.yaml')], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      '无法读取档案文件 收件/fifo.yaml：不是普通文件，未读取。\n',
    ]);
  });
});

describe('a folder the reviewer may not read, in a batch that otherwise passes', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'gg-barred-'));
    mkdirSync(join(root, '收件', '乙'), { recursive: true });
    copyFileSync(`${FIXTURES}good.yaml`, join(root, '收件', 'a.yaml'));
    copyFileSync(`${FIXTURES}good.yaml`, join(root, '收件', '乙', 'b.yaml'));
    chmodSync(root, 0o755);
    chmodSync(join(root, '收件'), 0o755);
    chmodSync(join(root, '收件', '乙'), 0o000);
  });
  afterAll(() => {
    chmodSync(join(root, '收件', '乙'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  const asUser = (args: string[]) =>
    spawnSync(process.execPath, [cliForOtherUser(), 'check', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
      ...(isRoot ? OTHER_USER : {}),
    });

  it.each([
    ['zh', '另有 1 个文件夹无法读取，其中的申请书没有审查：收件/乙。'],
    ['en', '1 folder could not be read, and the applications in it were not checked: 收件/乙.'],
  ])('fails the run (exit 1) and says so again after the report (%s)', (lang, last) => {
    const r = asUser(['收件', '--lang', lang]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(last);
  });

  it('a file named inside it is unreadable for want of permission, not missing (exit 1)', () => {
    const r = asUser(['收件/乙/b.yaml', '--format', 'json']);
    expect(r.status).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileJson[] }).files[0]!;
    expect([file.file, file.status, file.findings[0]!.message]).toEqual([
      '收件/乙/b.yaml',
      'error',
      '没有读取权限（EACCES）：请检查文件权限。',
    ]);
  });
});
