import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, cli } from '../check/helpers/run-cli.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE } from './helpers/verdict.js';

/**
 * Whatever a user wrote stays as it was unless they say --force; a refused or failed
 * write leaves nothing behind, not even a temporary file.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `dir`, hidden ones (temporary files) included. */
function tree(root = dir, prefix = ''): string[] {
  return readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(root, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const run = (args: string[], lang: 'zh' | 'en' = 'zh') => {
  const r = cli([...args, '--lang', lang], { cwd: dir });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return r;
};

const BAD_NAMES: [string, string, string][] = [
  ['../escape.json', '不允许用「..」指向上一级文件夹', '".." (the parent folder) is not allowed'],
  ['a\\b.json', '含有路径分隔符', 'contains a path separator'],
  ['CON.json', 'Windows 的保留名称', 'a name Windows reserves'],
  ['nul', 'Windows 的保留名称', 'a name Windows reserves'],
  ['report.json.', '以点或空格结尾', 'ends with a dot or a space'],
  ['report.json ', '以点或空格结尾', 'ends with a dot or a space'],
];

describe('check --output', () => {
  it('never writes over an existing file without --force, and does with it', () => {
    writeFileSync(join(dir, 'report.json'), 'mine');
    const refused = run(['check', `${FIXTURES}good.yaml`, '--format', 'json', '--output', 'report.json']);
    expect([refused.status, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      'report.json 已存在；如要覆盖请加 --force，或换一个文件名。\n',
    ]);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('mine');
    const forced = run(['check', `${FIXTURES}good.yaml`, '--format', 'json', '--output', 'report.json', '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.pass).toBe(1);
    expect(tree()).toEqual(['report.json']);
  });

  it.each(BAD_NAMES)('refuses the name %j before the batch runs, writing nothing', (name, zh, en) => {
    for (const [lang, words] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const r = run(['check', `${FIXTURES}good.yaml`, '--output', name], lang);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(words);
    }
    expect(tree()).toEqual([]);
    expect(readdirSync(join(dir, '..')).filter((n) => n === 'escape.json')).toEqual([]);
  });

  it('leaves nothing half-written when the write itself fails', () => {
    // A folder its user may not write to: root may, so the run goes as nobody.
    mkdirSync(join(dir, 'locked'));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o555);
    const r = spawnSync(process.execPath, [CLI, 'check', `${FIXTURES}good.yaml`, '--output', 'locked/report.txt'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
      ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^写入 locked\/report\.txt 失败（EACCES: permission denied）；没有留下写了一半的文件。\n$/,
    );
    expect(tree()).toEqual([]);
  });
});

describe('init', () => {
  it('writes nothing over a file that differs without --force, and nothing at all when one file is in the way', () => {
    expect(run(['init', '1', 'p']).status).toBe(0);
    writeFileSync(join(dir, 'p', 'proposal.md'), '我已经写了一半的申报书');
    const refused = run(['init', '1', 'p']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('没有写入任何文件；如要覆盖请加 --force');
    expect(readFileSync(join(dir, 'p', 'proposal.md'), 'utf8')).toBe('我已经写了一半的申报书');
    // A folder where a file goes: even --force writes none of the others.
    mkdirSync(join(dir, 'q', 'proposal.md'), { recursive: true });
    for (const force of [[], ['--force']]) {
      const r = run(['init', '1', 'q', ...force], 'en');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('q/proposal.md exists and is not a regular file');
    }
    expect(tree().filter((f) => f.startsWith('q/'))).toEqual([]);
    expect(run(['init', '1', 'p', '--force']).status).toBe(0);
    expect(readFileSync(join(dir, 'p', 'proposal.md'), 'utf8')).toContain('申报书');
    expect(tree().filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it.each([['../up'], ['bad.'], ['a\\b'], ['COM1']])('refuses the folder name %j', (name) => {
    const r = run(['init', '1', name]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`不能用「${name}」作为文件夹`);
    expect(tree()).toEqual([]);
  });
});

describe('match --save-profile', () => {
  it('refuses an existing file without --force before asking anything, and bad names', () => {
    writeFileSync(join(dir, '本单位.yaml'), 'mine');
    const refused = run(['match', '--profile', `${FIXTURES}good.yaml`, '--save-profile', '本单位.yaml', '--json']);
    expect(refused.status).toBe(2);
    expect(readFileSync(join(dir, '本单位.yaml'), 'utf8')).toBe('mine');
    for (const [name, zh] of BAD_NAMES) {
      const r = run([
        'match',
        '--profile',
        `${FIXTURES}good.yaml`,
        '--save-profile',
        name.replace('.json', '.yaml'),
        '--json',
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(zh);
    }
    expect(tree()).toEqual(['本单位.yaml']);
    expect(
      run(['match', '--profile', `${FIXTURES}good.yaml`, '--save-profile', '本单位.yaml', '--force', '--json']).status,
    ).toBe(0);
    expect(readFileSync(join(dir, '本单位.yaml'), 'utf8')).toContain('applicant:');
  });
});
