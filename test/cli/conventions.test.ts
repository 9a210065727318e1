import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/wrap-text.js';
import { ROOT, runCli } from '../support/cli.js';
import { runInTerminal } from '../support/terminal.js';

const COMMANDS = ['list', 'show', 'match', 'check', 'init', 'schema', 'guideline'];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the built CLI in a real pseudo-terminal and returns all it printed; each of these runs succeeds. */
async function inTerminal(args: string[], env: Record<string, string> = {}, cols = 120): Promise<string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR' && k !== 'GUILIN_GRANTS_LANG'),
  ) as Record<string, string>;
  const run = await runInTerminal(args, { cols, env: { ...clean, ...env } });
  expect(run.exitCode, run.screen).toBe(0);
  return run.screen;
}

describe('help, version and mistakes, as a new user meets them', () => {
  it('answers --help in Chinese with every command and examples, on stdout, exit 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^用法： guilin-grants \[选项\] \[命令\]/);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c}`);
    expect(r.stdout).toContain('示例：\n  $ guilin-grants list');
    expect(r.stdout).not.toMatch(/choices:|\[options\]/);
    expect(r.stderr).toBe('');
  });

  it('answers --help in English with --lang en and with GUILIN_GRANTS_LANG=en', () => {
    for (const r of [runCli(['--help', '--lang', 'en']), runCli(['--help'], { env: { GUILIN_GRANTS_LANG: 'en' } })]) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: guilin-grants \[options\] \[command\]/);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it.each(['list', 'show', 'match', 'check', 'init', 'schema'])('%s -h shows its usage and examples', (command) => {
    const r = runCli([command, '-h']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`用法： guilin-grants ${command}`);
    expect(r.stdout).toContain(`$ guilin-grants ${command}`);
  });

  it('guideline validate -h too', () => {
    const r = runCli(['guideline', 'validate', '-h']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('$ guilin-grants guideline validate');
  });

  it('prints the version with -V', () => {
    const r = runCli(['-V']);
    expect([r.status, r.stdout]).toEqual([0, `${VERSION}\n`]);
  });

  it('suggests the command meant, in one sentence on stderr, exit 2', () => {
    const r = runCli(['lst']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', '没有「lst」这个命令。是否想用 guilin-grants list？\n']);
    expect(runCli(['lst', '--lang', 'en']).stderr).toBe(
      'There is no command "lst". Did you mean guilin-grants list?\n',
    );
  });

  it('suggests the option meant, exit 2', () => {
    const r = runCli(['list', '--josn']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', '不认识的选项 --josn。是否想用 --json？\n']);
  });

  it.each([
    [[], '--help'],
    [['--lang', 'en'], '--help'],
    [['guideline'], 'guideline --help'],
  ])('given no command (%j), shows the help of %s on stderr, exit 2, where it printed nothing', (args, same) => {
    const r = runCli(args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(runCli([...same.split(' '), ...args.filter((a) => a !== 'guideline')]).stdout);
    expect(r.stderr).toContain(args.length === 2 ? 'Usage: guilin-grants' : '用法： guilin-grants');
  });

  it('names a missing argument and where to read more, exit 2', () => {
    const r = runCli(['show']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('缺少参数 code：请运行 guilin-grants show --help 查看用法。\n');
  });

  it("refuses a value outside an option's choices, in the user's language", () => {
    const r = runCli(['check', 'x.yaml', '--format', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^选项 --format 的值「pdf」无效；可选：/);
  });
});

describe('errors on a terminal of 80 columns', () => {
  it('wrap at words, as the results do; piped without COLUMNS they stay one line', () => {
    const zh = runCli(['show', '99'], { env: { COLUMNS: '80' } });
    expect([zh.status, zh.stderr]).toEqual([
      2,
      '指南中没有资助方向「99」；可选：1, 2, 3, 4, 5-1, 5-2, 6, 7, 8, 9, 10, 11, 12,\n13, 14, 15-1, 15-2, 15-3, 16。\n',
    ]);
    expect(runCli(['show', '99', '--lang', 'en'], { env: { COLUMNS: '80' } }).stderr).toBe(
      'The guideline has no funding line "99"; the lines are: 1, 2, 3, 4, 5-1, 5-2, 6,\n7, 8, 9, 10, 11, 12, 13, 14, 15-1, 15-2, 15-3, 16.\n',
    );
    expect(runCli(['show', '99']).stderr.split('\n')).toHaveLength(2);
  });

  it('a located problem goes on under its place, indented, so that it reads as one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gg-error-width-'));
    writeFileSync(join(dir, 'application.yaml'), 'project: 1\ntitle： 工业物联网边缘网关研发\n');
    const r = runCli(['export', '.', '--lang', 'en'], { cwd: dir, env: { COLUMNS: '80' } });
    rmSync(dir, { recursive: true, force: true });
    expect([r.status, r.stderr]).toEqual([
      2,
      [
        'application.yaml:2:6  YAML error: "title" is followed by a full-width colon',
        '  "：": YAML needs an ASCII colon and a space between key and value; write',
        '  "title: value".',
        'application.yaml has 1 problem; nothing was written. Correct it, then export',
        'again.',
        '',
      ].join('\n'),
    ]);
  });
});

describe('tables on a terminal', () => {
  it.each([
    [80, 'zh'],
    [80, 'en'],
    [100, 'en'],
  ] as const)(
    'the list fits a %i-column terminal (%s), wrapping cells and headings rather than cutting them',
    async (cols, lang) => {
      const lines = (await inTerminal(['list', '--lang', lang], { NO_COLOR: '1' }, cols))
        .split('\r\n')
        .filter((l) => l.startsWith('│') || l.startsWith('┌'));
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(cols);
      expect(lines.join('\n')).not.toContain('…');
    },
  );

  it.each([
    [90, 25, 44],
    [84, 19, 49],
  ] as const)(
    'at %i columns the Chinese list keeps 资助方式 and 管理科室 whole, the title (%i) giving way before the office',
    async (cols, title, height) => {
      const screen = (await inTerminal(['list'], { NO_COLOR: '1' }, cols)).split('\r\n');
      const head = screen.slice(1, 3);
      const pad = (s: string) => s + ' '.repeat(title - displayWidth(s) - 1);
      expect(head).toEqual([
        `│ 编号 │ ${pad('名称')}│ 实施年限  │ 立项数 │ 资助额度 │ 资助方式 │ 管理科室   │`,
        `│      │ ${pad('')}│           │        │ （万元） │          │            │`,
      ]);
      expect(screen.find((l) => l.startsWith('│ 1 '))).toContain('│ 分年拨付 │ 发展规划与 │');
      expect(screen.filter((l) => l.startsWith('│')).length + 2).toBe(height);
    },
  );

  it('show in colour at 80 columns: a field too long for a line goes on under its value, not under the label', async () => {
    const screen = (await inTerminal(['show', '9', '--lang', 'en'], {}, 80))
      .split('\r\n')
      .map((l) => l.replace(/\x1b\[[0-9;]*m/g, ''));
    const at = screen.findIndex((l) => l.startsWith('Fields'));
    expect(screen.slice(at, at + 5)).toEqual([
      'Fields    Electronic information, Biotechnology and new medicine, Aerospace, New',
      '          materials, High-tech services, New energy and energy saving, Resources',
      '          and environment, Advanced manufacturing and automation, Modern',
      '          agriculture, Culture and tourism, Public safety, Medical and health',
      '          care',
    ]);
  });

  it('in colour, each heading is its own, bold', async () => {
    const screen = (await inTerminal(['list'], {}, 100)).split('\r\n');
    expect(screen[1]).toContain('\x1b[1m资助方式\x1b[22m');
    expect(screen[1]!.replace(/\x1b\[[0-9;]*m/g, '')).toBe(
      '│ 编号 │ 名称                              │ 实施年限  │ 立项数 │ 资助额度 │ 资助方式 │ 管理科室   │',
    );
  });

  it('at 120 columns the titles give way where that keeps every office whole: 27 lines, where 44 held 发展规划与科 / 技监督科', async () => {
    const screen = (await inTerminal(['list'], { NO_COLOR: '1' }, 120)).split('\r\n');
    expect(screen.slice(1, 4)).toEqual([
      '│ 编号 │ 名称                                │ 实施年限  │ 立项数 │ 资助额度（万元） │ 资助方式 │ 管理科室             │',
      '│ 1    │ 信息技术关键核心技术研究与应用      │ 2019–2021 │ ≤3     │ 100–150          │ 分年拨付 │ 发展规划与科技监督科 │',
      '│ 2    │ 医药及生物制品产业关键核心技术研究  │ 2019–2021 │ ≤5     │ 100–300          │ 分年拨付 │ 发展规划与科技监督科 │',
    ]);
    expect(screen.filter((l) => l.startsWith('│')).length + 2).toBe(27);
  });

  it('a column that must wrap is made no wider than its lines need: an office in two even lines, the title given the rest', async () => {
    const screen = (await inTerminal(['list', '--lang', 'en'], { NO_COLOR: '1' }, 120)).split('\r\n');
    expect(screen.slice(3, 6)).toEqual([
      '│ 1    │ Research and Application of Key │ 2019–2021 │ ≤3     │ 100–150      │ Paid in      │ Development Planning and │',
      '│      │ Core Technologies in            │           │        │              │ annual       │ S&T Supervision Section  │',
      '│      │ Information Technology          │           │        │              │ installments │                          │',
    ]);
    for (const line of screen) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
  });

  it('at 80 columns the Chinese list puts the method under the amount, its heading under theirs, where that makes the table shorter', async () => {
    const screen = (await inTerminal(['list'], { NO_COLOR: '1' }, 80)).split('\r\n');
    expect(screen.slice(0, 6)).toEqual([
      '┌──────┬──────────────────────────┬───────────┬────────┬──────────┬────────────┐',
      '│ 编号 │ 名称                     │ 实施年限  │ 立项数 │ 资助额度 │ 管理科室   │',
      '│      │                          │           │        │ （万元） │            │',
      '│      │                          │           │        │ 资助方式 │            │',
      '│ 1    │ 信息技术关键核心技术研究 │ 2019–2021 │ ≤3     │ 100–150  │ 发展规划与 │',
      '│      │ 与应用                   │           │        │ 分年拨付 │ 科技监督科 │',
    ]);
    expect(screen.filter((l) => l.startsWith('│')).length + 2).toBe(50);
  });

  it.each(['zh', 'en'] as const)(
    'on a terminal too narrow for any table (60 columns, %s) the list gives each line as a block, within the width',
    async (lang) => {
      const screen = (await inTerminal(['list', '--lang', lang], { NO_COLOR: '1' }, 60)).split('\r\n');
      for (const line of screen) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
      const block = screen.slice(screen.indexOf(screen.find((l) => l.startsWith('15-3 '))!)).slice(0, 8);
      expect(block).toEqual(
        lang === 'zh'
          ? [
              '15-3  疾病诊治技术及规范化研发与应用示范',
              '      实施年限：2019–2020',
              '      立项数：≤50',
              '      资助额度（万元）：一般项目 2–5',
              '                        重点项目 ≤30',
              '      资助方式：事前补助',
              '      管理科室：社会发展科技科',
              '',
            ]
          : [
              '15-3  R&D and Application Demonstration of Disease Diagnosis',
              '      and Treatment Technologies and Their Standardization',
              '      Years: 2019–2020',
              '      Awards: ≤50',
              '      Amount (10,000 CNY): General project 2–5',
              '                           Key project ≤30',
              '      Method: Advance subsidy',
              '      Office: Social Development S&T Section',
            ],
      );
    },
  );

  it.each([
    [80, 'zh'],
    [100, 'zh'],
    [100, 'en'],
  ] as const)('the suggestions of match fit a %i-column terminal (%s)', async (cols, lang) => {
    const dir = mkdtempSync(join(tmpdir(), 'gg-match-width-'));
    const profile = join(dir, 'profile.yaml');
    writeFileSync(profile, 'applicant: { type: enterprise, inGuilin: true }\nfields: [electronic_information]\n');
    const screen = await inTerminal(['match', '--profile', profile, '--lang', lang], { NO_COLOR: '1' }, cols);
    rmSync(dir, { recursive: true, force: true });
    const lines = screen.split('\r\n').filter((l) => /^[│┌├└]/.test(l));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(cols);
  });
});

describe('help on a terminal of 80 columns', () => {
  it.each([
    ['zh', []],
    ['en', []],
    ['zh', ['check']],
    ['zh', ['list']],
  ] as const)(
    'fits it, Chinese descriptions wrapped under their indent, names kept whole (%s %j)',
    async (lang, cmd) => {
      const lines = (await inTerminal([...cmd, '--help', '--lang', lang], { NO_COLOR: '1' }, 80)).split('\r\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      if (cmd.length === 0 && lang === 'zh') {
        expect(lines).toContain('                            度、资助方式、管理科室）');
        expect(lines).toContain('                            GUILIN_GRANTS_LANG');
      }
    },
  );
});

describe('colour only on a terminal, never under NO_COLOR', () => {
  it('colours show on a terminal', async () => {
    expect(await inTerminal(['show', '1'])).toContain('\u001b[');
  });

  it('not with NO_COLOR set, even on a terminal', async () => {
    expect(await inTerminal(['show', '1'], { NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('not when stdout is a pipe', () => {
    const r = runCli(['show', '1'], { env: { NO_COLOR: '' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('where the results go', () => {
  // /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
  it.runIf(existsSync('/dev/full'))(
    'says so when they cannot be written, and ends with 2 rather than a verdict nobody saw',
    () => {
      for (const [args, sentence] of [
        [['list'], '无法写出结果（ENOSPC）：输出不完整。请检查磁盘空间或输出的去向后重试。'],
        [
          ['check', 'test/fixtures', '--lang', 'en'],
          'Could not write the results (ENOSPC): the output is incomplete. Check the disk space or where the output goes, and run again.',
        ],
      ] as const) {
        const out = openSync('/dev/full', 'w');
        const r = spawnSync(process.execPath, [join(ROOT, 'bin/guilin-grants.js'), ...args], {
          cwd: ROOT,
          stdio: ['ignore', out, 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
        });
        closeSync(out);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr.trim().split('\n').at(-1)).toBe(sentence);
      }
    },
  );
});
