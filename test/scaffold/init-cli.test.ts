import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayWidth } from '../../src/report/wrap-text.js';
import { runCli } from '../support/cli.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'init-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const init = (args: string[], env?: Record<string, string>) => runCli(['init', ...args], { cwd, env });
const FILES = [
  'application.schema.json',
  'application.yaml',
  'attachments',
  'attachments.md',
  'proposal.md',
  '申报书.docx',
];

/** Every file below `dir`, with its bytes and modification time. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length + 1)] = { bytes: readFileSync(p, 'base64'), mtime: statSync(p).mtimeMs };
    }
  };
  walk(dir);
  return out;
}

describe('init CODE [DIR]', () => {
  it('scaffolds into a new folder named after the line and says what it wrote', () => {
    const r = init(['5-2']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '已在 guilin-2019-5-2 中生成「项目5 课题方向2 广西重点实验室培育」的申报材料：',
        '  新建  guilin-2019-5-2/application.yaml         申报信息（结构化，供 check 核对）',
        '  新建  guilin-2019-5-2/application.schema.json  编辑器用的 JSON Schema（自动补全和校验）',
        '  新建  guilin-2019-5-2/proposal.md              申报书提纲',
        '  新建  guilin-2019-5-2/申报书.docx              申报书（Word 文档，可直接填写）',
        '  新建  guilin-2019-5-2/attachments.md           附件清单',
        '  新建  guilin-2019-5-2/attachments/             附件文件夹',
        '下一步：',
        '  1. 填写 guilin-2019-5-2/application.yaml 中值为 ~ 的 10 项',
        '  2. 在 guilin-2019-5-2/申报书.docx 中撰写申报书（提纲与 proposal.md 相同），按 attachments.md 准备附件',
        '  3. 运行 guilin-grants check guilin-2019-5-2/application.yaml 核对',
        '',
      ].join('\n'),
    );
    const dir = join(cwd, 'guilin-2019-5-2');
    expect(readdirSync(dir).sort()).toEqual(FILES);
    const app = readFileSync(join(dir, 'application.yaml'), 'utf8');
    expect(app.split('\n')[0]).toBe('# yaml-language-server: $schema=./application.schema.json');
    expect(parse(app)).toMatchObject({
      format: 'guilin-grants/application@1',
      guideline: 'guilin-2019',
      project: 5,
      direction: 2,
    });
    // The schema the header points at is the one `guilin-grants schema` prints.
    const schema = runCli(['schema']);
    expect(JSON.parse(readFileSync(join(dir, 'application.schema.json'), 'utf8'))).toEqual(JSON.parse(schema.stdout));
    expect(readdirSync(cwd)).toEqual(['guilin-2019-5-2']);
  });

  it("tells a farmers' cooperative which type to write: other, in zh and en", () => {
    expect(init(['7', 'zh']).status).toBe(0);
    expect(readFileSync(join(cwd, 'zh', 'application.yaml'), 'utf8')).toContain(
      '、social_organization（社会组织）、other（其他，如农民专业合作社）\n  type: ~\n',
    );
    expect(init(['7', 'en', '--lang', 'en']).status).toBe(0);
    expect(readFileSync(join(cwd, 'en', 'application.yaml'), 'utf8')).toContain(
      "social_organization (Social organization), other (Other, e.g. a farmers' cooperative)\n  type: ~\n",
    );
  });

  it('gives the awards planned as the guide words them in zh, and in words in en', () => {
    expect(init(['5-2', 'zh52']).status).toBe(0);
    expect(readFileSync(join(cwd, 'zh52', 'proposal.md'), 'utf8')).toContain('| 拟立项数 | 不超过5项 |');
    expect(init(['5-2', 'en52', '--lang', 'en']).status).toBe(0);
    expect(readFileSync(join(cwd, 'en52', 'proposal.md'), 'utf8')).toContain('| Awards planned | at most 5 |');
    expect(init(['5-1', 'en51', '--lang', 'en']).status).toBe(0);
    expect(readFileSync(join(cwd, 'en51', 'proposal.md'), 'utf8')).toContain('| Awards planned | 1 |');
  });

  it('run twice into the same folder, leaves the first result byte for byte', () => {
    expect(init(['14', 'x14']).status).toBe(0);
    const first = snapshot(join(cwd, 'x14'));
    const again = init(['14', 'x14']);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout.split('\n')[0]).toBe('x14 中的申报材料已是最新，没有改动任何文件。');
    expect(again.stdout).toContain('  相同  x14/application.yaml ');
    expect(snapshot(join(cwd, 'x14'))).toEqual(first);
  });

  it('never touches an existing file that differs: exit 2 and nothing written, not even the missing files', () => {
    init(['14', 'x14']);
    const app = join(cwd, 'x14', 'application.yaml');
    writeFileSync(app, 'title: 我的项目\n');
    rmSync(join(cwd, 'x14', 'proposal.md'));
    const before = snapshot(join(cwd, 'x14'));
    const r = init(['14', 'x14']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'x14 中已有内容不同的文件：x14/application.yaml，其中可能有您的改动。没有写入任何文件。加 --force 会用 init 现在生成的内容替换它们，原内容先另存为 x14/application.yaml.bak；也可以换一个文件夹。\n',
    );
    expect(snapshot(join(cwd, 'x14'))).toEqual(before);
    expect(existsSync(join(cwd, 'x14', 'proposal.md'))).toBe(false);
  });

  it('--force overwrites what differs and writes what is missing', () => {
    init(['14', 'x14']);
    const pristine = readFileSync(join(cwd, 'x14', 'application.yaml'), 'utf8');
    writeFileSync(join(cwd, 'x14', 'application.yaml'), 'title: 我的项目\n');
    rmSync(join(cwd, 'x14', 'proposal.md'));
    const r = init(['14', 'x14', '--force']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  覆盖  x14/application.yaml ');
    expect(r.stdout).toContain('  新建  x14/proposal.md ');
    expect(r.stdout).toContain('  相同  x14/attachments.md ');
    expect(readFileSync(join(cwd, 'x14', 'application.yaml'), 'utf8')).toBe(pristine);
    expect(existsSync(join(cwd, 'x14', 'proposal.md'))).toBe(true);
  });

  it('--force keeps what each file it replaces held, beside it, under a name no other file has', () => {
    init(['14', 'x14']);
    const at = (name: string) => join(cwd, 'x14', name);
    const pristine = snapshot(join(cwd, 'x14'));
    writeFileSync(at('application.yaml'), 'title: 我的项目\n');
    writeFileSync(at('proposal.md'), '# 我写了一半的申报书\n');
    // Names already taken, by a file and a folder: passed over, never touched.
    writeFileSync(at('proposal.md.bak'), '上一次的备份\n');
    mkdirSync(at('proposal.md.bak.1'));
    const r = init(['14', 'x14', '--force']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      [
        '--force 替换了内容不同的文件，原内容已另存：',
        '  x14/application.yaml → x14/application.yaml.bak',
        '  x14/proposal.md → x14/proposal.md.bak.2',
        '',
      ].join('\n'),
    );
    expect(snapshot(join(cwd, 'x14'))).toEqual({
      ...pristine,
      'application.yaml': { bytes: pristine['application.yaml']!.bytes, mtime: expect.any(Number) },
      'proposal.md': { bytes: pristine['proposal.md']!.bytes, mtime: expect.any(Number) },
      'application.yaml.bak': { bytes: Buffer.from('title: 我的项目\n').toString('base64'), mtime: expect.any(Number) },
      'proposal.md.bak': { bytes: Buffer.from('上一次的备份\n').toString('base64'), mtime: expect.any(Number) },
      'proposal.md.bak.2': {
        bytes: Buffer.from('# 我写了一半的申报书\n').toString('base64'),
        mtime: expect.any(Number),
      },
    });
    expect(readdirSync(at('proposal.md.bak.1'))).toEqual([]);

    // Made again with nothing changed: nothing to replace, nothing kept.
    const again = init(['14', 'x14', '--force']);
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(readdirSync(join(cwd, 'x14')).filter((n) => n.includes('.bak'))).toEqual([
      'application.yaml.bak',
      'proposal.md.bak',
      'proposal.md.bak.1',
      'proposal.md.bak.2',
    ]);
  });

  it('says in English which files were kept, and where; --json and --dry-run name the backup too', () => {
    init(['14', 'x14', '--lang', 'en']);
    writeFileSync(join(cwd, 'x14', 'application.yaml'), 'title: my project\n');
    const refused = init(['14', 'x14', '--lang', 'en']);
    expect([refused.status, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      'x14 already holds different versions of: x14/application.yaml, which may hold your edits. Nothing was written. --force would replace them with what init writes now, keeping their old contents first as x14/application.yaml.bak; or choose another folder.\n',
    ]);
    const dry = init(['14', 'x14', '--lang', 'en', '--force', '--dry-run', '--json']);
    expect(dry.stderr).toBe(
      '--force would keep the old contents first:\n  x14/application.yaml → x14/application.yaml.bak\n',
    );
    expect(JSON.parse(dry.stdout).files[0]).toEqual({
      path: 'x14/application.yaml',
      role: 'application',
      status: 'overwrite',
      backup: 'x14/application.yaml.bak',
    });
    expect(existsSync(join(cwd, 'x14', 'application.yaml.bak'))).toBe(false);
    const forced = init(['14', 'x14', '--lang', 'en', '--force', '--json']);
    expect(forced.stderr).toBe(
      '--force replaced files that differed; their old contents were kept:\n  x14/application.yaml → x14/application.yaml.bak\n',
    );
    expect(JSON.parse(forced.stdout).files[0].backup).toBe('x14/application.yaml.bak');
    expect(readFileSync(join(cwd, 'x14', 'application.yaml.bak'), 'utf8')).toBe('title: my project\n');
  });

  it('--dry-run prints the plan and writes nothing, conflicts included', () => {
    const fresh = init(['14', 'x14', '--dry-run']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout.split('\n').slice(0, 3)).toEqual([
      '预览（--dry-run，不写入任何文件）：将在 x14 中生成「项目14 科技特派员精准扶贫服务与创新示范」的申报材料：',
      '  新建  x14/application.yaml         申报信息（结构化，供 check 核对）',
      '  新建  x14/application.schema.json  编辑器用的 JSON Schema（自动补全和校验）',
    ]);
    expect(readdirSync(cwd)).toEqual([]);

    init(['14', 'x14']);
    writeFileSync(join(cwd, 'x14', 'application.yaml'), 'title: 我的项目\n');
    const before = snapshot(join(cwd, 'x14'));
    const planned = init(['14', 'x14', '--dry-run']);
    expect(planned.status).toBe(0);
    expect(planned.stdout).toContain('  冲突  x14/application.yaml ');
    expect(planned.stderr).toBe(
      '有内容不同的已有文件（冲突）：不加 --force 时 init 会停止，不写入任何文件；加 --force 时会先把原内容另存为旁边的 .bak 文件，再替换。\n',
    );
    expect(init(['14', 'x14', '--dry-run', '--force']).stdout).toContain('  覆盖  x14/application.yaml ');
    expect(snapshot(join(cwd, 'x14'))).toEqual(before);
  });

  it('--json gives the plan as data', () => {
    const r = init(['16', '--tier', 'major', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      code: '16',
      tier: 'major',
      dir: 'guilin-2019-16-major',
      dryRun: false,
      written: true,
      placeholders: 10,
      files: [
        { path: 'guilin-2019-16-major/application.yaml', role: 'application', status: 'create' },
        { path: 'guilin-2019-16-major/application.schema.json', role: 'schema', status: 'create' },
        { path: 'guilin-2019-16-major/proposal.md', role: 'proposal', status: 'create' },
        { path: 'guilin-2019-16-major/申报书.docx', role: 'document', status: 'create' },
        { path: 'guilin-2019-16-major/attachments.md', role: 'checklist', status: 'create' },
        { path: 'guilin-2019-16-major/attachments/', role: 'attachmentsDir', status: 'create' },
      ],
    });
  });

  it('speaks English with --lang en', () => {
    const r = init(['8', 'e8', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Scaffolded Project 8: Building Innovation Platforms for S&T Cooperation and Exchange in e8:',
    );
    expect(r.stdout).toContain('  1. fill in the 12 keys whose value is ~ in e8/application.yaml');
    expect(readFileSync(join(cwd, 'e8', 'proposal.md'), 'utf8').split('\n')[0]).toBe(
      '# 2019 Guilin Science and Technology Plan: Project Proposal',
    );
  });
});

describe('init at 80 columns', () => {
  it('a long folder name: what each file is for goes under its path, where the path starts, the title and steps wrap under their text', () => {
    const dir = '桂林市七星区智能传感器研发项目申报材料目录';
    const r = init(['1', dir], { COLUMNS: '80' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        `已在 ${dir} 中生成「项目1 信息技术关键核心技`,
        '术研究与应用」的申报材料：',
        `  新建  ${dir}/application.yaml`,
        '        申报信息（结构化，供 check 核对）',
        `  新建  ${dir}/application.schema.json`,
        '        编辑器用的 JSON Schema（自动补全和校验）',
        `  新建  ${dir}/proposal.md`,
        '        申报书提纲',
        `  新建  ${dir}/申报书.docx`,
        '        申报书（Word 文档，可直接填写）',
        `  新建  ${dir}/attachments.md`,
        '        附件清单',
        '下一步：',
        `  1. 填写 ${dir}/application.yaml 中值为 ~`,
        '     的 10 项',
        `  2. 在 ${dir}/申报书.docx 中撰写申报书（提`,
        '     纲与 proposal.md 相同），按 attachments.md 准备附件',
        `  3. 运行 guilin-grants check ${dir}/`,
        '     application.yaml 核对',
        '',
      ].join('\n'),
    );
    expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('a folder name that leaves the roles room to wrap beside the paths: no row is wider than 80 columns in Chinese', () => {
    const r = init(['12', '桂林某某科技/申报'], { COLUMNS: '80' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(2, 4)).toEqual([
      '  新建  桂林某某科技/申报/application.yaml         申报信息（结构化，供 check 核',
      '                                                   对）',
    ]);
    expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('in English the roles wrap in their column beside the paths', () => {
    const r = init(['5-2', '--lang', 'en'], { COLUMNS: '80' });
    expect(r.stdout).toBe(
      [
        'Scaffolded Project 5, direction 2: Cultivation of Guangxi Key Laboratories in',
        'guilin-2019-5-2:',
        '  create     guilin-2019-5-2/application.yaml         the application,',
        '                                                      structured, for check',
        '  create     guilin-2019-5-2/application.schema.json  JSON Schema for editors',
        '                                                      (completion and',
        '                                                      validation)',
        '  create     guilin-2019-5-2/proposal.md              outline of the proposal',
        '  create     guilin-2019-5-2/proposal.docx            the proposal as a Word',
        '                                                      document, to fill in',
        '  create     guilin-2019-5-2/attachments.md           attachment checklist',
        '  create     guilin-2019-5-2/attachments/             folder for the attachments',
        'Next:',
        '  1. fill in the 10 keys whose value is ~ in guilin-2019-5-2/application.yaml',
        '  2. write the proposal in guilin-2019-5-2/proposal.docx (the outline of',
        '     proposal.md), gather the attachments along attachments.md',
        '  3. run guilin-grants check guilin-2019-5-2/application.yaml',
        '',
      ].join('\n'),
    );
  });
});

describe('tiers', () => {
  it('a line with tiers needs --tier, and says which there are', () => {
    const r = init(['16']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '资助方向 16 分为不同的项目类别，请用 --tier 指定：general（一般项目，30–50 万元）；major（重大项目，100–200 万元）。\n',
    );
    expect(init(['15-3', '--lang', 'en']).stderr).toBe(
      'Line 15-3 is funded in tiers: name one with --tier: general (General project, 2–5 × 10,000 CNY); key (Key project, at most 30 × 10,000 CNY).\n',
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('takes the tier by id or by its Chinese name, and refuses one the line does not have', () => {
    expect(init(['16', '--tier', '重大项目']).status).toBe(0);
    expect(parse(readFileSync(join(cwd, 'guilin-2019-16-major', 'application.yaml'), 'utf8')).tier).toBe('major');
    const wrong = init(['16', '--tier', 'key']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe(
      '资助方向 16 没有项目类别「key」；可选：general（一般项目，30–50 万元）；major（重大项目，100–200 万元）。\n',
    );
  });

  it('a line without tiers refuses --tier', () => {
    const r = init(['14', '--tier', 'general']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('资助方向 14 不分项目类别，请去掉 --tier。\n');
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('refused folders', () => {
  it.each([
    ['a:b', '不能用「a:b」作为文件夹：「a:b」含有 Windows 不允许的字符（< > : " | ? *）。'],
    ['申报/NUL', '不能用「申报/NUL」作为文件夹：「NUL」是 Windows 的保留名称（如 CON、NUL、COM1）。'],
    ['draft.', '不能用「draft.」作为文件夹：「draft.」以点或空格结尾。'],
    ['a|b', '不能用「a|b」作为文件夹：「a|b」含有 Windows 不允许的字符（< > : " | ? *）。'],
  ])('%s', (dir, message) => {
    const r = init(['14', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n`);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a file where the folder should be', () => {
    writeFileSync(join(cwd, 'x14'), '');
    const r = init(['14', 'x14']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('x14 已存在，但不是文件夹；请换一个文件夹名。\n');
  });

  it('a link to a folder is that folder; a link to a file or to nothing is no folder', () => {
    mkdirSync(join(cwd, 'synced'));
    symlinkSync('synced', join(cwd, 'x14'));
    const r = init(['14', 'x14']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(lstatSync(join(cwd, 'x14')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(cwd, 'synced')).sort()).toEqual(FILES);
    writeFileSync(join(cwd, 'file'), '');
    symlinkSync('file', join(cwd, 'to-file'));
    symlinkSync('nowhere', join(cwd, 'to-nothing'));
    for (const dir of ['to-file', 'to-nothing']) {
      const refused = init(['14', dir]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toBe(`${dir} 已存在，但不是文件夹；请换一个文件夹名。\n`);
    }
  });

  it('a folder where a file should be, even with --force', () => {
    mkdirSync(join(cwd, 'x14', 'proposal.md'), { recursive: true });
    const r = init(['14', 'x14', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('x14/proposal.md 已存在，但不是普通文件，无法写入；请移走它或换一个文件夹。\n');
    expect(readdirSync(join(cwd, 'x14'))).toEqual(['proposal.md']);
  });

  it('an unknown line', () => {
    const r = init(['99']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^指南中没有资助方向「99」；可选：1, 2, 3, 4, 5-1, 5-2, 6, .*16。\n$/);
  });
});

describe('--profile', () => {
  it('pre-fills what the applicant stated, and only what the line asks for', () => {
    writeFileSync(
      join(cwd, 'me.yaml'),
      [
        'applicant:',
        '  name: 桂林某某农业科技有限公司',
        '  type: 企业',
        '  inGuilin: true',
        '  highTech: valid',
        'partners:',
        '  - { name: 广西农业科学院, type: research_institute, country: CN }',
        'commissioner: { name: 李四, dispatchedByApplicant: true, mainImplementer: true }',
        'talent: { route: introduced, name: 王五 }',
        'targets: { poorVillages: 3, patents: 2 }',
        '',
      ].join('\n'),
    );
    const r = init(['14', 'x14', '--profile', 'me.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  1. 填写 x14/application.yaml 中值为 ~ 的 9 项');
    const app = readFileSync(join(cwd, 'x14', 'application.yaml'), 'utf8');
    const data = parse(app);
    expect(data.applicant).toEqual({
      name: '桂林某某农业科技有限公司',
      type: 'enterprise',
      inGuilin: true,
      creditCode: null,
    });
    expect(data.partners).toEqual([{ name: '广西农业科学院', type: 'research_institute', country: 'CN' }]);
    expect(data.commissioner).toEqual({ name: '李四', dispatchedByApplicant: true, mainImplementer: true });
    expect(data.targets).toEqual({
      poorVillages: 3,
      poorHouseholds: null,
      industryCoverage: null,
      villageIncome: null,
    });
    expect(data.talent).toBeUndefined();
    expect(readFileSync(join(cwd, 'x14', 'proposal.md'), 'utf8')).toContain(
      '| 第一申报单位 | 桂林某某农业科技有限公司 |',
    );
  });

  it.each([
    ['zh', '  1. 核对 full/application.yaml：各项都已按档案填好，没有值为 ~ 的项'],
    ['en', '  1. read over full/application.yaml: every key is filled in from the profile, none is ~'],
  ])('from a whole application as the profile, step 1 reads it over, not "fill in the 0 keys" (%s)', (lang, said) => {
    expect(init(['13', 'draft', '--lang', lang]).status).toBe(0);
    const filled = readFileSync(join(cwd, 'draft', 'application.yaml'), 'utf8')
      .replace('title: ~', 'title: 高性能柔性电子封装材料研发与产业化')
      .replace('fields: ~', 'fields: [new_materials]')
      .replace('requested: ~', 'requested: 50')
      .replace('matching: ~', 'matching: 25')
      .replace('name: ~', 'name: 桂林电子科技大学')
      .replace('type: ~', 'type: university')
      .replace('inGuilin: ~', 'inGuilin: true')
      .replace('creditCode: ~', 'creditCode: 12450000498598513W')
      .replace('name: ~', 'name: 王教授')
      .replace('{ name: ~, type: ~, country: ~ }', '{ name: 桂林七星智联科技有限公司, type: enterprise, country: CN }')
      .replace('partner: ~', 'partner: 桂林七星智联科技有限公司')
      .replace('breakthroughs: ~', 'breakthroughs: 2');
    writeFileSync(join(cwd, 'filled.yaml'), filled);
    const r = init(['13', 'full', '--profile', 'filled.yaml', '--lang', lang]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${said}\n`);
    expect(readFileSync(join(cwd, 'full', 'application.yaml'), 'utf8')).not.toMatch(/: ~$/m);
  });

  it('a profile that may not fit the line: at 80 columns its warning wraps, each reason under its mark', () => {
    writeFileSync(join(cwd, 'uni.yaml'), 'applicant: { type: university, inGuilin: true }\n');
    const r = init(['14', 'x14', '--profile', 'uni.yaml', '--lang', 'en'], { COLUMNS: '80' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      [
        'Note: by the profile, your organisation may apply to line 14 only if these hold',
        '(the files are written all the same):',
        '  ? To be confirmed: The lead applicant must be the unit that dispatched the',
        "    poor village's S&T commissioner, and the commissioner must be a main",
        '    implementer of the project.',
        '',
      ].join('\n'),
    );
  });

  it('a profile that does not fit the format: each problem with its place, nothing written', () => {
    writeFileSync(join(cwd, 'bad.yaml'), 'applicant:\n  inGuilin: yes\n');
    const r = init(['14', 'x14', '--profile', 'bad.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'bad.yaml:2:13  applicant.inGuilin: 「yes」不是真假值：请写 true 或 false（也可写 是 或 否）。\n档案 bad.yaml 有 1 处不符合格式（见上），未生成任何文件。\n',
    );
    expect(readdirSync(cwd)).toEqual(['bad.yaml']);
  });

  it('reads the profile from standard input with -', () => {
    const r = runCli(['init', '11', 'x11', '--profile', '-', '--json'], {
      cwd,
      input: 'title: 某某成果产业化\nfunding: { requested: 40, matching: 80 }\n',
    });
    expect(r.status).toBe(0);
    // Line 11's type is filled in: enterprise is the only one it allows.
    expect(JSON.parse(r.stdout).placeholders).toBe(6);
    expect(parse(readFileSync(join(cwd, 'x11', 'application.yaml'), 'utf8'))).toMatchObject({
      title: '某某成果产业化',
      funding: { requested: 40, matching: 80 },
      partners: [],
    });
    expect(readFileSync(join(cwd, 'x11', 'proposal.md'), 'utf8')).toContain('| 合计 | 120 | |');
  });

  it('a profile that cannot be read', () => {
    const r = init(['14', 'x14', '--profile', 'missing.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('无法读取档案文件 missing.yaml：文件不存在。\n');
  });
});
