import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';
import type { FileJson } from './helpers/verdict.js';

/** `桂林` and `收件` in GBK, as a zip made on Chinese Windows unpacks them on Linux. */
const GUILIN = Buffer.from([0xb9, 0xf0, 0xc1, 0xd6]);
const INBOX = Buffer.from([0xca, 0xd5, 0xbc, 0xfe]);

let dir: string;
const at = (...parts: (Buffer | string)[]) =>
  Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))]);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-gbk-'));
  mkdirSync(join(dir, 'zip'));
  writeFileSync(at(Buffer.from('zip/'), GUILIN, Buffer.from('.yaml')), GOOD_APPLICATION);
  mkdirSync(at(Buffer.from('zip/'), INBOX));
  writeFileSync(
    at(Buffer.from('zip/'), INBOX, Buffer.from('/a.yaml')),
    GOOD_APPLICATION.replace('requested: 100', 'requested: 900'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('file and folder names in GBK bytes', () => {
  it.each([
    ['zh', '的名字不是 UTF-8 编码（像是在中文 Windows 上打包的 GBK 文件名），已按 GB18030 显示并照常读取'],
    [
      'en',
      'is not UTF-8 (GBK, as zips made on Chinese Windows hold): it is shown decoded as GB18030 and read as usual',
    ],
  ])('are read by their bytes and shown decoded, with a warning (%s)', (lang, warning) => {
    for (const jobs of ['1', '2']) {
      const r = runCli(['check', 'zip', '--format', 'json', '--lang', lang, '-j', jobs], { cwd: dir });
      const files = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
      expect(files.map((f) => [f.file, f.status])).toEqual([
        ['zip/收件/a.yaml', 'fail'],
        ['zip/桂林.yaml', 'pass'],
      ]);
      expect(r.status).toBe(1);
      const warned = r.stderr.split('\n').filter((l) => l.includes(warning));
      expect(warned.some((l) => l.includes('zip/桂林.yaml'))).toBe(true);
      expect(warned.some((l) => l.includes('zip/收件'))).toBe(true);
    }
  });
});

describe('an application in a folder whose name is GBK bytes', () => {
  // Project 13 with its two attachments (a partner's agreement and its translation) under attachments/.
  const app = validApplication('13');
  const [agreement, translation] = app.attachments!.map((a) => a.file) as [string, string];
  const inbox = (name: string, files: string[]) => {
    mkdirSync(at(name, '/', INBOX, '/attachments'), { recursive: true });
    writeFileSync(at(name, '/', INBOX, '/application.yaml'), stringify(app));
    for (const f of files) writeFileSync(at(name, '/', INBOX, '/', f), 'PDF');
  };
  const check = (name: string) => {
    const r = runCli(['check', name, '--format', 'json', '--lang', 'en', '-j', '1'], { cwd: dir });
    return (JSON.parse(r.stdout) as { files: FileJson[] }).files;
  };

  it('finds its attachments in that folder, looked up by its bytes', () => {
    inbox('both', [agreement, translation]);
    expect(check('both').map((f) => [f.file, f.status, f.findings])).toEqual([
      ['both/收件/application.yaml', 'pass', []],
    ]);
  });

  it('names the file of a near name beside a missing one', () => {
    const near = translation.replace('.pdf', ' .pdf');
    inbox('near', [agreement, near]);
    const [file] = check('near');
    expect(file!.status).toBe('fail');
    expect(file!.findings.map((f) => f.message).join('\n')).toContain(
      `The same folder holds ${near}: is that the file?`,
    );
  });
});
