import {
  chmodSync,
  cpSync,
  linkSync,
  mkdirSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const TEN = new URL('./fixtures/ten-mistakes.yaml', import.meta.url).pathname;
const LAB = fileURLToPath(new URL('../fixtures/check/桂电重点实验室培育/application.yaml', import.meta.url));
const LIRIVER = fileURLToPath(new URL('../fixtures/check/漓江智慧旅游平台/application.yaml', import.meta.url));
/** What a dry run adds when files would still fail once fixed: it exits 1, as check would. */
const stillFails = (lang: string, n: number) =>
  lang === 'zh'
    ? `按上面的改动修正后，仍有 ${n} 个文件不能通过审查（退出码 1）；去掉 --dry-run 再运行，修正后会列出余下的问题。\n`
    : `${n} file(s) would still fail once these fixes are made (exit code 1); run again without --dry-run to make them and see what is left.\n`;
/** What a dry run that made no change adds when files fail as they are: no "changes above" to speak of. */
const failsAsIs = (lang: string, n: number) =>
  lang === 'zh'
    ? `${n} 个文件不能通过审查（退出码 1）；去掉 --fix --dry-run 再运行 check，会列出要手工修改的问题。\n`
    : `${n} file(s) fail (exit code 1); run check again without --fix --dry-run to see what to change by hand.\n`;
const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gg-fix-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The hand edits the remaining messages ask for, one each. */
const HAND_EDITS: [string, string][] = [
  ['fields: [电子信息技术]', 'fields: [electronic_information]'],
  ['period: 2019-2021', 'period: { start: 2019, end: 2021 }'],
  ['type: 民营企业', 'type: enterprise'],
  ['  title: 张三', '  name: 张三'],
  ['type: 大学', 'type: university'],
];

describe('check --fix, as an applicant runs it', () => {
  for (const lang of ['zh', 'en']) {
    it(`takes a file with ten typical mistakes to pass with one --fix and one round of edits the messages ask for (${lang})`, () => {
      const dir = folder();
      const file = join(dir, 'application.yaml');
      cpSync(TEN, file);
      const fixed = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
      expect(fixed.status).toBe(1);
      expect(fixed.stderr).toContain(lang === 'zh' ? '已修正 1 个文件（共 9 处）' : 'Fixed 9 problem(s) in 1 file(s)');
      // Every remaining problem is reported in this one round, each saying what to write.
      expect(fixed.stdout).toContain('electronic_information');
      expect(fixed.stdout).toContain('period: { start: 2019, end: 2021 }');
      expect(fixed.stdout).toMatch(/"enterprise"|「enterprise」/);
      expect(fixed.stdout).toMatch(/"university"|「university」/);
      expect(fixed.stdout).toMatch(lang === 'zh' ? /这里可写的键：name/ : /the keys allowed here: name/);
      let text = readFileSync(file, 'utf8');
      expect(text).toContain('# 申报信息'); // the comment stays
      for (const [from, to] of HAND_EDITS) {
        expect(text).toContain(from);
        text = text.replace(from, to);
      }
      writeFileSync(file, text);
      const after = runCli(['check', 'application.yaml', '--lang', lang], { cwd: dir });
      expect(after.stdout).toMatch(lang === 'zh' ? /通过 1，不通过 0/ : /1 passed, 0 failed/);
      expect(after.status).toBe(0);
    });
  }

  it('fixes a folder: counts the files fixed, leaves a clean file and an unreadable one as they were', () => {
    const dir = folder();
    const broken = 'project: 1\ntitle: "unclosed\nfunding:\n  requested: 150万元\n';
    writeFileSync(join(dir, 'a.yaml'), 'project：1\nfunding:\n  requested: "150万元"\n');
    writeFileSync(join(dir, 'b.yaml'), 'project: 1\n');
    writeFileSync(join(dir, 'c.yaml'), broken);
    writeFileSync(join(dir, 'd.yaml'), 'applicant:\n  inGuilin: 是\n');
    const r = runCli(['check', '.', '--fix'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('已修正 2 个文件（共 3 处）');
    expect(r.stderr).toMatch(/c\.yaml：未修正/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('project: 1\nfunding:\n  requested: 150\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('project: 1\n');
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'd.yaml'), 'utf8')).toBe('applicant:\n  inGuilin: true\n');
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = folder();
    const text = '# 草稿\nproject：1\nfunding:\n  requested: １５０\n';
    writeFileSync(join(dir, 'application.yaml'), text);
    const r = runCli(['check', 'application.yaml', '--fix', '--dry-run', '--lang', 'en'], { cwd: dir });
    // A draft the fixes leave without a title and the rest: it would still fail, and says so.
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith(`nothing was written.\n${stillFails('en', 1)}`)).toBe(true);
    expect(r.stdout).toBe(
      [
        '--- a/application.yaml',
        '+++ b/application.yaml',
        '@@ -1,4 +1,4 @@',
        ' # 草稿',
        '-project：1',
        '+project: 1',
        ' funding:',
        '-  requested: １５０',
        '+  requested: 150',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toContain('nothing was written');
    expect(readFileSync(join(dir, 'application.yaml'), 'utf8')).toBe(text);
  });

  it.each([
    ['zh', 'gb.yaml：未修正：文件不是 UTF-8 编码，请另存为 UTF-8 后再用 --fix。\n'],
    ['en', 'gb.yaml: not fixed: the file is not UTF-8; save it as UTF-8, then use --fix.\n'],
  ])('names a GB18030 file it will not fix, and does not then say there was nothing to fix (%s)', (lang, said) => {
    const dir = folder();
    // The ten mistakes as Notepad on Chinese Windows saves them.
    const before = iconv.encode(readFileSync(TEN, 'utf8'), 'gb18030');
    writeFileSync(join(dir, 'gb.yaml'), before);
    const r = runCli(['check', 'gb.yaml', '--fix', '--lang', lang], { cwd: dir });
    expect(r.stderr).toBe(said);
    expect(readFileSync(join(dir, 'gb.yaml'))).toEqual(before);
  });

  it.each([
    [
      'zh',
      'ro.yaml：未修正：文件是只读的，保持原样；如要修正，请先去掉只读属性（如 chmod u+w），或按 check 报告中的提示手工修改。\n',
    ],
    [
      'en',
      "ro.yaml: not fixed: the file is read-only and is left as it is; to fix it, make it writable first (chmod u+w, say), or fix it by hand as check's report says.\n",
    ],
  ])('leaves a read-only file as it is and says why, with --fix and --dry-run (%s)', (lang, said) => {
    const dir = folder();
    const file = join(dir, 'ro.yaml');
    cpSync(TEN, file);
    chmodSync(file, 0o444);
    for (const dry of [[], ['--dry-run']]) {
      const r = runCli(['check', 'ro.yaml', '--fix', ...dry, '--lang', lang], { cwd: dir });
      expect(r.stderr.startsWith(said)).toBe(true);
      // The file is not fixed and fails, the run after the fixes and the dry run alike.
      expect(r.status).toBe(1);
      if (dry.length) expect(r.stderr).toBe(said + failsAsIs(lang, 1));
      expect(readFileSync(file)).toEqual(readFileSync(TEN));
      expect(statSync(file).mode & 0o777).toBe(0o444);
    }
  });

  it.each([
    [
      'zh',
      'a.yaml：未修正：这个文件还有另外 1 个名字（硬链接），修正只会改到其中一个，保持原样；请按 check 报告中的提示手工修改，或先把它复制成独立的文件再用 --fix。\n',
    ],
    [
      'en',
      "a.yaml: not fixed: the file has 1 other name(s) (hard links), and a fix would reach only one of them, so it is left as it is; fix it by hand as check's report says, or make it a file of its own (a copy) before --fix.\n",
    ],
  ])('leaves a file with a second name (a hard link) as it is, both names alike, and says why (%s)', (lang, said) => {
    const dir = folder();
    cpSync(TEN, join(dir, 'a.yaml'));
    mkdirSync(join(dir, 'snapshot'));
    linkSync(join(dir, 'a.yaml'), join(dir, 'snapshot', 'a.yaml'));
    const ino = statSync(join(dir, 'a.yaml')).ino;
    for (const dry of [[], ['--dry-run']]) {
      const r = runCli(['check', 'a.yaml', '--fix', ...dry, '--lang', lang], { cwd: dir });
      expect(r.stderr.startsWith(said)).toBe(true);
      expect(r.status).toBe(1);
      if (dry.length) expect(r.stderr).toBe(said + failsAsIs(lang, 1));
      expect(r.stdout).not.toContain('+++ b/a.yaml');
      for (const name of ['a.yaml', 'snapshot/a.yaml']) {
        expect(readFileSync(join(dir, name))).toEqual(readFileSync(TEN));
        expect(statSync(join(dir, name)).ino).toBe(ino);
      }
    }
  });

  it('fixes the file a link points to, and the link stays a link', () => {
    const dir = folder();
    cpSync(TEN, join(dir, 'target.yaml'));
    symlinkSync('target.yaml', join(dir, 'link.yaml'));
    const r = runCli(['check', 'link.yaml', '--fix'], { cwd: dir });
    expect(r.stderr).toContain('link.yaml：已修正 9 处\n');
    expect(r.stderr).toContain('已修正 1 个文件（共 9 处）');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('target.yaml');
    const after = readFileSync(join(dir, 'target.yaml'), 'utf8');
    expect(after).toContain('project: ');
    expect(after).not.toContain('\t');
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'target.yaml']);
  });

  it.each([
    [
      'zh',
      [
        'big.yaml：未修正：文件大小 40 KiB，超过 32 KiB 上限，不像是申请书或单位档案，未读取；请确认没有选错文件。',
        'nul.yaml：未修正：这不是文本文件（含有 NUL 字节，像是 Word、PDF、图片或压缩包）：申请书应是用文本编辑器保存的 .yaml 文件，请确认没有选错文件。',
        '',
      ],
    ],
    [
      'en',
      [
        'big.yaml: not fixed. The file is 40 KiB, over the 32 KiB limit, so it is not an application or a profile and was not read; check that the right file was picked.',
        'nul.yaml: not fixed. This is not a text file (it holds NUL bytes, like a Word file, PDF, image or archive): an application is a .yaml file saved by a text editor; check that the right file was picked.',
        '',
      ],
    ],
  ])('says why a file it could not read was not fixed, not that the fixes left it unreadable (%s)', (lang, said) => {
    const dir = folder();
    writeFileSync(join(dir, 'big.yaml'), `project：1\n${'#'.repeat(40 * 1000)}\n`);
    writeFileSync(join(dir, 'nul.yaml'), 'project：1\n\0\n');
    const r = runCli(['check', '.', '--fix', '--dry-run', '--lang', lang], { cwd: dir });
    expect(r.stderr).toBe(said.join('\n') + failsAsIs(lang, 2));
    expect([r.status, r.stdout]).toEqual([1, '']);
  });

  it('shows a file name with control characters escaped, on stderr and in the diff', () => {
    const dir = folder();
    cpSync(TEN, join(dir, 'a\u001b[2J\nb.yaml'));
    const r = runCli(['check', '.', '--fix', '--dry-run'], { cwd: dir });
    expect(r.stderr.split('\n')[0]).toBe('a\\x1B[2J\\nb.yaml：可修正 9 处');
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['--- a/a\\x1B[2J\\nb.yaml', '+++ b/a\\x1B[2J\\nb.yaml']);
    expect(r.stderr + r.stdout).not.toContain('\u001b');
  });

  it.each([
    [['-o', 'r.csv'], 'r.csv 已存在；如要覆盖请加 --force，或换一个文件名。\n'],
    [
      ['-o', 'a.yaml', '--force'],
      'a.yaml 是本次要审查的申请书之一，不能用作报告文件（加 --force 也不行）；请换一个文件名。\n',
    ],
    [['-o', '无此文件夹/r.csv'], '不能写入 无此文件夹/r.csv：文件夹 无此文件夹 不存在。\n'],
  ])('refuses a report it cannot write (%j) before it changes a file, not after', (output, said) => {
    const dir = folder();
    cpSync(TEN, join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'r.csv'), 'mine\n');
    const r = runCli(['check', 'a.yaml', '--fix', '--format', 'csv', ...output], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(said);
    expect(readFileSync(join(dir, 'a.yaml'))).toEqual(readFileSync(TEN));
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('mine\n');
  });

  it.each([
    ['zh', '找不到「」：没有这个文件或文件夹。请检查路径；含空格的路径请加引号。\n'],
    ['en', 'Cannot find "": no such file or folder. Check the path; quote paths that contain spaces.\n'],
  ])('takes an empty path (an unset "$INBOX") for no path, not for the current folder (%s)', (lang, said) => {
    const dir = folder();
    cpSync(TEN, join(dir, 'a.yaml'));
    const r = runCli(['check', '', '--fix', '--lang', lang], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(said);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'a.yaml'))).toEqual(readFileSync(TEN));
  });

  // 91450300MA5K020R0X is valid (GB 32100-2015); typed with four of its letters in lower case.
  const LOWER = '91450300mA5K020r0x';
  const CAPITALS = '91450300MA5K020R0X';
  const withCode = (code: string) =>
    readFileSync(LIRIVER, 'utf8').replace('creditCode: 91450300MA5KT12341', `creditCode: ${code}  # 照营业执照`);
  // The same code typed with the input method in full-width.
  const FULL = '９１４５０３００ＭＡ５Ｋ０２０Ｒ０Ｘ';
  it.each([
    ['zh', LOWER, '含小写字母', '统一社会信用代码的字母改为大写'],
    ['en', LOWER, 'has lower-case letters', "credit code's letters made capitals"],
    [
      'zh',
      FULL,
      `「${FULL}」用了全角字符：代码由半角数字和大写字母组成，请写成「${CAPITALS}」。`,
      '统一社会信用代码的全角字符改为半角',
    ],
    [
      'en',
      FULL,
      `"${FULL}" is typed in full-width characters: the code is ASCII digits and capital letters, write "${CAPITALS}".`,
      "credit code's full-width characters made ASCII",
    ],
  ])('writes a credit code typed %s as %s in ASCII capitals, and check no longer warns', (lang, typed, warned, fix) => {
    const said =
      lang === 'zh'
        ? [
            'application.yaml：已修正 1 处',
            `  第 13 行 applicant.creditCode：${typed} → ${CAPITALS}（${fix}）`,
            '已修正 1 个文件（共 1 处）。下面的报告是仍需手工修改的问题。',
            '',
          ]
        : [
            'application.yaml: fixed 1 problem(s)',
            `  line 13 applicant.creditCode: ${typed} → ${CAPITALS} (${fix})`,
            'Fixed 1 problem(s) in 1 file(s). The report below is what is left to do by hand.',
            '',
          ];
    const dir = folder();
    const file = join(dir, 'application.yaml');
    writeFileSync(file, withCode(typed));
    const before = runCli(['check', 'application.yaml', '--lang', lang], { cwd: dir });
    expect(before.stdout).toContain(warned);
    const fixed = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
    expect(fixed.stderr).toBe(said.join('\n'));
    expect(fixed.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(withCode(CAPITALS));
    const again = runCli(['check', 'application.yaml', '--lang', lang, '--format', 'json'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).files[0].findings).toEqual([]);
  });

  it.each([
    ['zh', '  第 1 行 funding.requested：500000元 → 50（元换算为万元）'],
    ['en', '  line 1 funding.requested: 500000元 → 50 (yuan made units of 10,000 CNY)'],
  ])('names an amount in yuan made 万元 in the words of its language (%s)', (lang, said) => {
    const dir = folder();
    writeFileSync(join(dir, 'application.yaml'), 'funding: { requested: 500000元 }\n');
    const r = runCli(['check', 'application.yaml', '--fix', '--dry-run', '--lang', lang], { cwd: dir });
    expect(r.stderr.split('\n')).toContain(said);
    expect(r.stdout).toContain('+funding: { requested: 50 }\n');
  });

  it('shows the credit code in capitals under --dry-run and writes nothing', () => {
    const dir = folder();
    writeFileSync(join(dir, 'application.yaml'), withCode(LOWER));
    const r = runCli(['check', 'application.yaml', '--fix', '--dry-run'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`-  creditCode: ${LOWER}  # 照营业执照\n+  creditCode: ${CAPITALS}  # 照营业执照\n`);
    expect(r.stderr).toContain('--dry-run：1 个文件可修正（共 1 处），没有写入任何文件。');
    expect(readFileSync(join(dir, 'application.yaml'), 'utf8')).toBe(withCode(LOWER));
  });

  it('leaves a credit code in lower case whose check digit is wrong: that is for the licence to say', () => {
    const dir = folder();
    const text = withCode('91450300ma5k020r0y');
    writeFileSync(join(dir, 'application.yaml'), text);
    const r = runCli(['check', 'application.yaml', '--fix'], { cwd: dir });
    expect(r.stderr).toBe('没有可以自动修正的问题。\n');
    expect(readFileSync(join(dir, 'application.yaml'), 'utf8')).toBe(text);
    // Told what fails on the licence, not to write capitals that would fail again.
    expect(r.stdout).toContain(
      '统一社会信用代码「91450300ma5k020r0y」校验位不符（按 GB 32100-2015 应为 X）；请核对营业执照。',
    );
    expect(r.status).toBe(0);
  });

  it.each([
    ['zh', 'mixed.yaml：未修正：文件不是 UTF-8 编码，请另存为 UTF-8 后再用 --fix。\n'],
    ['en', 'mixed.yaml: not fixed: the file is not UTF-8; save it as UTF-8, then use --fix.\n'],
  ])('names the encoding, not the YAML, for a file that is neither UTF-8 nor GB18030 (%s)', (lang, said) => {
    const dir = folder();
    // GBK text with a stray byte no encoding it reads takes (check: 文件不是 UTF-8 编码（第 2 行起）).
    const before = Buffer.concat([
      Buffer.from('project: 10\ntitle: '),
      iconv.encode('桂林', 'gbk'),
      Buffer.from([0xff, 0x0a]),
    ]);
    writeFileSync(join(dir, 'mixed.yaml'), before);
    const r = runCli(['check', 'mixed.yaml', '--fix', '--dry-run', '--lang', lang], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([1, said + failsAsIs(lang, 1)]);
    expect(readFileSync(join(dir, 'mixed.yaml'))).toEqual(before);
  });

  it.each([
    [
      'zh',
      'application.yaml：未修正：修正可自动修正的问题后仍无法按 YAML 读取，文件保持原\n样；请按 check 报告中的提示手工修改。\n',
    ],
    [
      'en',
      "application.yaml: not fixed: once the fixable problems are fixed it still cannot\nbe read as YAML, so it is left as it was; fix it by hand as check's report says.\n",
    ],
  ])("says what it did not fix at the terminal's width, at words (%s)", (lang, said) => {
    const dir = folder();
    writeFileSync(join(dir, 'application.yaml'), 'project: 5-2\ntitle: [x\n');
    const r = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir, env: { COLUMNS: '80' } });
    expect(r.stderr).toBe(said);
  });

  it.each([
    ['zh', 'targets.newProducts: 「1.5」不是整数：请写一个整数。'],
    ['en', 'targets.newProducts: "1.5" is not a whole number: write a whole number.'],
  ])('says a fraction where a count goes is no whole number, and --fix leaves it (%s)', (lang, told) => {
    const dir = folder();
    const typed = readFileSync(LIRIVER, 'utf8').replace('newProducts: 2', 'newProducts: 1.5');
    writeFileSync(join(dir, 'application.yaml'), typed);
    const r = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(told);
    // 1.5 products has no certain meaning: the applicant says which.
    expect(readFileSync(join(dir, 'application.yaml'), 'utf8')).toBe(typed);
  });

  it.each([
    [
      'zh',
      [
        'period.start: 「2020年1月」带有月份：这里只写年份，请写成 2020（不带引号和单位）。',
        'period.end: 「2021.12」带有月份：这里只写年份，请写成 2021（不带引号和单位）。',
      ],
      [
        'application.yaml：已修正 2 处',
        '  第 5 行 period.start：2020年1月 → 2020（年月改为年份）',
        '  第 5 行 period.end：2021.12 → 2021（年月改为年份）',
      ],
    ],
    [
      'en',
      [
        'period.start: "2020年1月" has a month: only the year goes here, write 2020 (no quotes, no unit).',
        'period.end: "2021.12" has a month: only the year goes here, write 2021 (no quotes, no unit).',
      ],
      [
        'application.yaml: fixed 2 problem(s)',
        '  line 5 period.start: 2020年1月 → 2020 (year and month made the year)',
        '  line 5 period.end: 2021.12 → 2021 (year and month made the year)',
      ],
    ],
  ])(
    'reads a period typed with its months as its years: the message and --fix write the same (%s)',
    (lang, told, fixed) => {
      const dir = folder();
      const file = join(dir, 'application.yaml');
      const good = readFileSync(LIRIVER, 'utf8');
      writeFileSync(
        file,
        good.replace('period: { start: 2019, end: 2021 }', 'period: { start: 2020年1月, end: 2021.12 }'),
      );
      const r = runCli(['check', 'application.yaml', '--lang', lang], { cwd: dir });
      expect(r.status).toBe(1);
      for (const sentence of told) expect(r.stdout).toContain(sentence);
      const f = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
      expect(f.stderr.split('\n').slice(0, 3)).toEqual(fixed);
      expect(readFileSync(file, 'utf8')).toBe(
        good.replace('period: { start: 2019, end: 2021 }', 'period: { start: 2020, end: 2021 }'),
      );
      expect(f.status).toBe(0);
    },
  );

  it.each([
    [
      'zh',
      'funding.matching: 「无」是文字，不是数字：没有自筹配套经费请写 0（不带引号）。',
      '  第 8 行 funding.matching：无 → 0（文字改为数字）',
    ],
    [
      'en',
      'funding.matching: "无" is text, not a number: with no co-funding, write 0 (no quotes).',
      '  line 8 funding.matching: 无 → 0 (text made a number)',
    ],
  ])(
    'reads co-funding written 无 as 0, the message and --fix alike, and then judges the ratio (%s)',
    (lang, told, fixed) => {
      const dir = folder();
      const file = join(dir, 'application.yaml');
      const good = readFileSync(LIRIVER, 'utf8');
      writeFileSync(file, good.replace('matching: 300', 'matching: 无'));
      const r = runCli(['check', 'application.yaml', '--lang', lang], { cwd: dir });
      expect(r.stdout).toContain(told);
      const f = runCli(['check', 'application.yaml', '--fix', '--lang', lang, '--format', 'json'], { cwd: dir });
      expect(f.stderr.split('\n')[1]).toBe(fixed);
      expect(readFileSync(file, 'utf8')).toBe(good.replace('matching: 300', 'matching: 0'));
      // Line 1 asks twice the request of the applicant's own: with none, that is what is left.
      expect(JSON.parse(f.stdout).files[0].findings.map((x: { rule: string }) => x.rule)).toEqual(['matching-ratio']);
      expect(f.status).toBe(1);
    },
  );

  it.each([
    ...['5-2', '5.2'].map((code) => [
      code,
      'zh',
      `project: 「${code}」是资助方向的编号，project 只写项目编号：请写成 project: 5，方向另起一行写 direction: 2。`,
      ['application.yaml：已修正 1 处', `  第 1 行 project：${code} → 5, direction: 2（资助方向编号分写为项目和方向）`],
    ]),
    ...['5-2', '5.2'].map((code) => [
      code,
      'en',
      `project: "${code}" is the code of a funding line, and project takes the project's number only: write project: 5, and the direction on a line of its own, direction: 2.`,
      [
        'application.yaml: fixed 1 problem(s)',
        `  line 1 project: ${code} → 5, direction: 2 (a line's code written as its project and direction)`,
      ],
    ]),
  ] as [string, string, string, string[]][])(
    // 5.2 is a number in YAML, but as written it is line 5-2's code.
    'reads project: %s as project 5, direction 2: the message names both keys and --fix writes them (%s)',
    (code, lang, told, fixed) => {
      const dir = folder();
      // The laboratory's folder, attachments and all: once fixed, it passes.
      cpSync(join(LAB, '..'), dir, { recursive: true });
      const file = join(dir, 'application.yaml');
      const good = readFileSync(LAB, 'utf8');
      writeFileSync(file, good.replace('project: 5\ndirection: 2\n', `project: ${code}  # 申报方向\n`));
      const r = runCli(['check', 'application.yaml', '--lang', lang], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`application.yaml:1:10  ${lang === 'zh' ? '错误' : 'error'}  ${told}  schema`);
      const f = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
      expect(f.stderr.split('\n').slice(0, 2)).toEqual(fixed);
      expect(readFileSync(file, 'utf8')).toBe(good.replace('project: 5\n', 'project: 5  # 申报方向\n'));
      expect(f.status).toBe(0);
    },
  );

  it.each([
    [
      'zh',
      [
        ['project: 5-2\ndirection: 1\n', '「5-2」是资助方向的编号'],
        [
          'project: 5-3\n',
          '「5-3」不是指南中的资助方向：项目 5 只有课题方向 1, 2，请写成 project: 5，方向另起一行写 direction:（1, 2 之一）。',
        ],
        // Project 15's directions are headed 课题方向 and 支持方向: named by neither.
        [
          'project: 15-4\n',
          '「15-4」不是指南中的资助方向：项目 15 只有方向 1, 2, 3，请写成 project: 15，方向另起一行写 direction:（1, 2, 3 之一）。',
        ],
        ['project: 1-1\n', '「1-1」不是指南中的资助方向：项目 1 不分课题方向，请写成 project: 1。'],
        ['project: 99-1\n', '「99-1」是文字，不是数字'],
      ],
    ],
    [
      'en',
      [
        [
          'project: 15-4\n',
          '"15-4" is no funding line of the guide: project 15 has directions 1, 2, 3 only; write project: 15, and the direction on a line of its own (direction: one of 1, 2, 3).',
        ],
        ['project: 1-1\n', '"1-1" is no funding line of the guide: project 1 has no directions; write project: 1.'],
      ],
    ],
  ] as const)(
    'leaves project: 5-2 to the applicant where the file gives another direction, and says what the guide has where it has no such line (%s)',
    (lang, cases) => {
      const dir = folder();
      const file = join(dir, 'application.yaml');
      const good = readFileSync(LAB, 'utf8');
      for (const [written, told] of cases) {
        writeFileSync(file, good.replace('project: 5\ndirection: 2\n', written));
        const f = runCli(['check', 'application.yaml', '--fix', '--lang', lang], { cwd: dir });
        expect([f.status, f.stderr]).toEqual([
          1,
          lang === 'zh' ? '没有可以自动修正的问题。\n' : 'Nothing that can be fixed automatically.\n',
        ]);
        expect(f.stdout).toContain(`application.yaml:1:10  ${lang === 'zh' ? '错误' : 'error'}  project: ${told}`);
        expect(readFileSync(file, 'utf8')).toBe(good.replace('project: 5\ndirection: 2\n', written));
      }
    },
  );

  it('decides project: 15.3 from the text written: 15.3 is line 15-3, 5.10 and 5.20 (read as 5.1, 5.2) are no line', () => {
    const dir = folder();
    const file = join(dir, 'application.yaml');
    const good = readFileSync(LAB, 'utf8');
    for (const [written, told, fixedTo] of [
      [
        'project: 15.3\n',
        'project: 「15.3」是资助方向的编号，project 只写项目编号：请写成 project: 15，方向另起一行写 direction: 3。',
        'project: 15\ndirection: 3\n',
      ],
      ["project: '5.2'\n", 'project: 「5.2」是资助方向的编号', 'project: 5\ndirection: 2\n'],
      ['project: 5.10\n', 'project: 「5.1」不是整数：请写一个整数。', null],
      ['project: 5.20\n', 'project: 「5.2」不是整数：请写一个整数。', null],
    ] as const) {
      const text = good.replace('project: 5\ndirection: 2\n', written);
      writeFileSync(file, text);
      expect(runCli(['check', 'application.yaml'], { cwd: dir }).stdout).toContain(told);
      const f = runCli(['check', 'application.yaml', '--fix', '--dry-run'], { cwd: dir });
      if (fixedTo === null)
        expect([f.status, f.stderr]).toEqual([1, `没有可以自动修正的问题。\n${failsAsIs('zh', 1)}`]);
      else expect(f.stderr.split('\n')[0]).toBe('application.yaml：可修正 1 处');
      runCli(['check', 'application.yaml', '--fix'], { cwd: dir });
      expect(readFileSync(file, 'utf8')).toBe(
        fixedTo === null ? text : good.replace('project: 5\ndirection: 2\n', fixedTo),
      );
    }
  });

  it.each(['zh', 'en'] as const)(
    '--dry-run exits as check would once the fixes are made: 0 when they are enough, 1 when a file would still fail (%s)',
    (lang) => {
      const dir = folder();
      cpSync(join(LAB, '..'), join(dir, 'lab'), { recursive: true });
      const file = join(dir, 'lab', 'application.yaml');
      const text = readFileSync(LAB, 'utf8').replace('requested: 50', 'requested: "50万元"');
      writeFileSync(file, text);
      const enough = runCli(['check', 'lab', '--fix', '--dry-run', '--lang', lang], { cwd: dir });
      expect(enough.status).toBe(0);
      expect(enough.stdout).toContain('-  requested: "50万元"\n+  requested: 50\n');
      expect(enough.stderr).not.toContain(stillFails(lang, 1));
      // Without the fixes the file fails: check alone says so, exit 1.
      expect(runCli(['check', 'lab'], { cwd: dir }).status).toBe(1);
      writeFileSync(join(dir, 'draft.yaml'), 'project：1\n');
      const short = runCli(['check', 'lab', 'draft.yaml', '--fix', '--dry-run', '--lang', lang], { cwd: dir });
      expect(short.status).toBe(1);
      expect(short.stderr.endsWith(stillFails(lang, 1))).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe('project：1\n');
    },
  );

  it('refuses --dry-run without --fix', () => {
    const r = runCli(['check', 'x.yaml', '--dry-run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fix');
  });
});
