import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  statSync,
  symlinkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { cliForOtherUser, isRoot, OTHER_USER } from '../support/cli-for-other-user.js';
import { FIXTURES, GOOD_APPLICATION } from './helpers/good-application.js';
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
  const r = runCli([...args, '--lang', lang], { cwd: dir });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return r;
};

const BAD_NAMES: [string, string, string][] = [
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
  });

  it('leaves nothing half-written when the write itself fails', () => {
    // A folder its user may not write to: root may, so the run goes as nobody.
    mkdirSync(join(dir, 'locked'));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o555);
    // The application beside it: the fixtures may be out of that user's reach (a private clone).
    writeFileSync(join(dir, 'good.yaml'), GOOD_APPLICATION);
    const r = spawnSync(process.execPath, [cliForOtherUser(), 'check', 'good.yaml', '--output', 'locked/report.txt'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
      ...(isRoot ? OTHER_USER : {}),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^写入 locked\/report\.txt 失败（EACCES: permission denied）；没有留下写了一半的文件。\n$/,
    );
    expect(tree()).toEqual(['good.yaml']);
  });
});

describe('init', () => {
  it('writes nothing over a file that differs without --force, and nothing at all when one file is in the way', () => {
    expect(run(['init', '1', 'p']).status).toBe(0);
    writeFileSync(join(dir, 'p', 'proposal.md'), '我已经写了一半的申报书');
    const refused = run(['init', '1', 'p']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      '没有写入任何文件。加 --force 会用 init 现在生成的内容替换它们，原内容先另存为 p/proposal.md.bak',
    );
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
    expect(readFileSync(join(dir, 'p', 'proposal.md.bak'), 'utf8')).toBe('我已经写了一半的申报书');
    expect(tree().filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it.each([['bad.'], ['a\\b'], ['COM1']])('refuses the folder name %j', (name) => {
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

describe('round two: outputs that are inputs, read-only files, `-` and `..`', () => {
  const good = () => writeFileSync(join(dir, 'a.yaml'), readFileSync(`${FIXTURES}good.yaml`));

  it.each([
    ['the file itself', ['a.yaml'], 'a.yaml'],
    ['the file by another name', ['a.yaml'], './sub/../a.yaml'],
    ['a file in the folder checked', ['.'], 'a.yaml'],
    ['a file under a pattern', ['*.yaml'], 'a.yaml'],
    ['a link to the file', ['a.yaml'], 'link.yaml'],
  ])('--output naming an input (%s) is refused, even with --force', (_, inputs, output) => {
    good();
    mkdirSync(join(dir, 'sub'));
    symlinkSync('a.yaml', join(dir, 'link.yaml'));
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    for (const lang of ['zh', 'en'] as const) {
      const r = run(['check', ...inputs, '--output', output, '--force'], lang);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        lang === 'zh'
          ? `${output} 是本次要审查的申请书之一，不能用作报告文件（加 --force 也不行）；请换一个文件名。\n`
          : `${output} is one of the applications being checked, so the report cannot be written there (not even with --force); choose another name.\n`,
      );
    }
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
  });

  it('--force over a read-only report keeps it read-only', () => {
    good();
    writeFileSync(join(dir, 'report.json'), 'old');
    chmodSync(join(dir, 'report.json'), 0o444);
    const r = run(['check', 'a.yaml', '--format', 'json', '--output', 'report.json', '--force']);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.pass).toBe(1);
    expect(statSync(join(dir, 'report.json')).mode & 0o777).toBe(0o444);
  });

  it('init into a folder it may not write to names that folder, not a temporary name, and leaves nothing', () => {
    // A new proposal folder inside a locked one, and a locked proposal folder that exists.
    mkdirSync(join(dir, 'locked', 'p'), { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked', 'p'), 0o555);
    chmodSync(join(dir, 'locked'), 0o555);
    const initAs = (target: string) =>
      spawnSync(process.execPath, [cliForOtherUser(), 'init', '1', target], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
        ...(isRoot ? OTHER_USER : {}),
      });
    const fresh = initAs('locked/new');
    expect([fresh.status, fresh.stderr]).toEqual([
      2,
      '写入 locked/new 失败（EACCES: permission denied）；本次没有写入任何文件。\n',
    ]);
    const existing = initAs('locked/p');
    expect([existing.status, existing.stderr]).toEqual([
      2,
      '写入 locked/p/application.yaml 失败（EACCES: permission denied）；本次没有写入任何文件。\n',
    ]);
    chmodSync(join(dir, 'locked'), 0o755);
    chmodSync(join(dir, 'locked', 'p'), 0o755);
    expect(tree()).toEqual([]);
  });

  it('init --force over a read-only scaffold file keeps its mode', () => {
    expect(run(['init', '1', 'p']).status).toBe(0);
    writeFileSync(join(dir, 'p', 'proposal.md'), 'mine');
    chmodSync(join(dir, 'p', 'proposal.md'), 0o444);
    expect(run(['init', '1', 'p', '--force']).status).toBe(0);
    expect(readFileSync(join(dir, 'p', 'proposal.md'), 'utf8')).toContain('申报书');
    expect(readFileSync(join(dir, 'p', 'proposal.md.bak'), 'utf8')).toBe('mine');
    expect(statSync(join(dir, 'p', 'proposal.md')).mode & 0o777).toBe(0o444);
  });

  it('--output - is stdout, not a file named -', () => {
    good();
    const r = run(['check', 'a.yaml', '--format', 'json', '--output', '-']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.pass).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('--save-profile - puts the profile alone on stdout, and the ranking on stderr', () => {
    const r = run(['match', '--profile', `${FIXTURES}good.yaml`, '--save-profile', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^(#.*\n)*applicant:/m);
    expect(r.stdout).not.toContain('资助方向');
    expect(existsSync(join(dir, '-'))).toBe(false);
    const again = runCli(['match', '--profile', '-', '--json'], { cwd: dir, input: r.stdout });
    expect(again.status).toBe(0);
    expect(run(['match', '--profile', `${FIXTURES}good.yaml`, '--save-profile', '-', '--json']).status).toBe(2);
  });

  it('`..` in an output path goes where it points', () => {
    good();
    mkdirSync(join(dir, 'work'));
    const r = runCli(['check', '../a.yaml', '--format', 'csv', '--output', '../审查结果.csv'], {
      cwd: join(dir, 'work'),
    });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, '审查结果.csv'), 'utf8')).toContain('a.yaml');
    const init = runCli(['init', '4', '../dir'], { cwd: join(dir, 'work') });
    expect(init.status).toBe(0);
    expect(existsSync(join(dir, 'dir', 'application.yaml'))).toBe(true);
  });
});

describe('init: a new proposal folder appears whole or not at all', () => {
  it('on a full disk (a file size limit): exit 2, and no folder, no temporary file', () => {
    // SIGXFSZ ignored, as a full disk does: the write fails (EFBIG) instead of killing the run.
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 4; exec "${process.execPath}" "${CLI}" init 1 p`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(tree()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  /** `init` of line 1 stopped by `signal` at twelve moments: each folder is the whole scaffold or nothing. */
  async function interruptInit(signal: NodeJS.Signals, name: string): Promise<void> {
    const whole = run(['init', '1', `whole-${name}`]);
    expect(whole.status).toBe(0);
    const files = tree(join(dir, `whole-${name}`));
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [CLI, 'init', '1', `${name}${i}`], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
      });
      // Listened for at once: on a fast machine the later runs end before their signal is sent.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, 40 * i));
      child.kill(signal);
      await exited;
      const made = existsSync(join(dir, `${name}${i}`)) ? tree(join(dir, `${name}${i}`)) : [];
      expect([[], files]).toContainEqual(made);
    }
  }

  it('killed by SIGTERM at any moment: every file of the scaffold or none, nothing hidden left', async () => {
    await interruptInit('SIGTERM', 'p');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('killed by SIGKILL at any moment: every file of the scaffold or none (only a hidden folder may stay)', async () => {
    await interruptInit('SIGKILL', 'k');
  });
});
