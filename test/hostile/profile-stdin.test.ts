import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const BIN = fileURLToPath(new URL('../../bin/guilin-grants.js', import.meta.url));

describe('a profile on standard input is read like a file', () => {
  it('refuses more than 32 KiB before judging it, exit 2', () => {
    const r = runCli(['match', '--profile', '-'], { input: 'a'.repeat(2 * 1024 * 1024) });
    expect(r.status).toBe(2);
    // Read up to the cap, not to its end: no size is claimed for what was not read (it said 64 KiB of 2 MiB).
    expect(r.stderr).toBe(
      '无法读取档案文件 标准输入：大小超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。\n',
    );
  });

  it('and so does check of an application on standard input, in English too', () => {
    const r = runCli(['check', '-', '--lang', 'en'], { input: '#'.repeat(2 * 1024 * 1024) });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '<stdin>  error  It is over the 32 KiB limit, so it is not an application or a profile and was not read; check that the right file was picked.',
    );
  });

  it('decodes GB18030 from Chinese Windows', () => {
    // "applicant: { type: 医疗卫生机构, inGuilin: true }" saved as GBK.
    const gbk = Buffer.concat([
      Buffer.from('applicant: { type: '),
      Buffer.from([0xd2, 0xbd, 0xc1, 0xc6, 0xce, 0xc0, 0xc9, 0xfa, 0xbb, 0xfa, 0xb9, 0xb9]),
      Buffer.from(', inGuilin: true }\n'),
    ]);
    const r = runCli(['match', '--profile', '-', '--json'], { input: gbk as unknown as string });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { results: { code: string }[] }).results[0]!.code).toBe('15-3');
  });

  it.each([[''], ['\n\n'], ['# 只有注释\n']])('refuses empty stdin %j like an empty application, exit 2', (input) => {
    for (const [lang, words] of [
      ['zh', '标准输入中没有档案'],
      ['en', 'No profile came on standard input'],
    ] as const) {
      const r = runCli(['match', '--profile', '-', '--json', '--lang', lang], { input });
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(words);
    }
  });

  it.each([
    ['zh', '标准输入是一个文件夹，未读取：请把档案文件直接写在命令中，如 --profile 本单位.yaml。'],
    [
      'en',
      'Standard input is a folder, so it was not read: give the profile file as an argument, e.g. --profile me.yaml.',
    ],
  ])(
    'says a folder on standard input is one, for match and init --profile - < 收件 (exit 2, nothing written, %s)',
    (lang, sentence) => {
      const root = mkdtempSync(join(tmpdir(), 'gg-stdin-folder-'));
      mkdirSync(join(root, '收件'));
      for (const args of [
        ['match', '--profile', '-'],
        ['init', '13', '产学研', '--profile', '-'],
      ]) {
        // What the shell does for `< 收件`: the folder, opened, is the program's standard input.
        const fd = openSync(join(root, '收件'), 'r');
        try {
          const r = spawnSync(process.execPath, [BIN, ...args, '--lang', lang], {
            cwd: root,
            stdio: [fd, 'pipe', 'pipe'],
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
          });
          expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${sentence}\n`]);
        } finally {
          closeSync(fd);
        }
      }
      expect(readdirSync(root)).toEqual(['收件']);
    },
  );
});
