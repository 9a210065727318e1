import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { ExitCode, UsageError } from '../../src/util/errors.js';
import { run } from '../../src/cli/commands/match.js';
import { scriptedPrompter } from '../support/scripted-prompter.js';
import { enterpriseOnlyGuide, guideline } from '../support/guideline.js';

const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-match-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(interactive: boolean, g = guideline('zh')) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    lang: 'zh',
    guideline: async () => g,
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    colorOut: false,
    colorErr: false,
    interactive,
  };
  return { ctx, out, err };
}

const HOSPITAL = {
  inGuilin: true,
  type: 'hospital',
  platforms: [],
  talentRoute: 'none',
  commissioner: false,
  ecoIndustry: false,
  fields: ['health_care'],
  partners: [],
  confirm: true,
};

describe('the match command, answered through the prompt wrapper', () => {
  it('offers to save: a name already taken is refused, another is written; then a line in full, and init', async () => {
    const taken = join(dir, 'taken.yaml');
    writeFileSync(taken, 'keep\n');
    const fresh = join(dir, 'fresh.yaml');
    const p = scriptedPrompter({
      ...HOSPITAL,
      save: true,
      saveFile: [taken, fresh],
      detail: ['15-3', '2', ''],
      scaffold: false,
    });
    const { ctx, out, err } = context(true);
    await run(ctx, {}, p);
    expect(p.rejected).toEqual([{ name: 'saveFile', message: `${taken} 已存在，请换一个文件名。` }]);
    expect(readFileSync(taken, 'utf8')).toBe('keep\n');
    expect(readFileSync(fresh, 'utf8')).toContain('type: hospital');
    expect(err).toContain(`已保存回答：${fresh}（下次可用 guilin-grants match --profile ${fresh}）`);
    // An open line offers init after its detail; a closed one does not.
    expect(p.asked.slice(-7)).toEqual(['confirm', 'save', 'saveFile', 'detail', 'scaffold', 'detail', 'detail']);
    // The lines as the screen shows them: the fitting ones, the off-field ones, the closed ones by code.
    const pick = p.shown.find((s) => s.name === 'detail')!;
    const open = ['15-3', '16', '8', '13', '5-2', '15-1', '15-2', '6'];
    const closed = guideline('zh')
      .lines.map((l) => l.code)
      .filter((c) => !open.includes(c));
    expect(closed.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(pick.choices!.map((c) => c.split(/\s+/)[0])).toEqual([...open, ...closed, '不看了']);
    const screen = out.join('\n');
    expect(screen).toContain('符合 4 个，可能符合 4 个，不符合 11 个。');
    expect(screen).toContain('15-3  疾病诊治技术及规范化研发与应用示范  【符合】');
    expect(screen).toContain('2  医药及生物制品产业关键核心技术研究与应用  【不符合】');
    expect(screen).toMatch(/申报资格\n +✗ .*\n +指南原文：/);
  });

  it('scaffolds the line chosen, with its tier asked, from the answers as they are', async () => {
    const target = mkdtempSync(join(tmpdir(), 'guilin-grants-match-init-'));
    const p = scriptedPrompter({ ...HOSPITAL, save: false, detail: '16', scaffold: true, tier: 'major' });
    const { ctx, out } = context(true);
    const cwd = process.cwd();
    process.chdir(target);
    try {
      await run(ctx, {}, p);
    } finally {
      process.chdir(cwd);
    }
    expect(p.asked.slice(-4)).toEqual(['save', 'detail', 'scaffold', 'tier']);
    const made = 'guilin-2019-16-major';
    expect(out.at(-2)!.split('\n')[0]).toBe(
      `已在 ${made} 中生成「项目16 桂林市国家可持续发展议程创新示范区建设与应用示范（重大项目）」的申报材料：`,
    );
    expect(out.at(-1)!.split('\n')[0]).toBe('下一步：');
    const app = readFileSync(join(target, made, 'application.yaml'), 'utf8');
    expect(app).toContain('type: hospital');
    expect(app).toContain('tier: major');
    rmSync(target, { recursive: true, force: true });
  });

  it('with --save-profile the answers are saved without asking', async () => {
    const file = join(dir, 'given.yaml');
    const p = scriptedPrompter({ ...HOSPITAL, detail: '' });
    await run(context(true).ctx, { saveProfile: file }, p);
    expect(p.asked).not.toContain('save');
    expect(readFileSync(file, 'utf8')).toContain('type: hospital');
  });

  it('with --json: the JSON, and neither offer', async () => {
    const p = scriptedPrompter(HOSPITAL);
    const { ctx, out } = context(true);
    await run(ctx, { json: true }, p);
    expect(JSON.parse(out.at(-1)!).results[0].code).toBe('15-3');
    expect(p.asked.at(-1)).toBe('confirm');
  });

  it('none open: the table, no offer to scaffold, then exit 1', async () => {
    // Under a guide of enterprise lines only, a hospital closes them all at its first answer.
    const p = scriptedPrompter({ type: 'hospital', confirm: true, save: false, detail: '' });
    const { ctx, err } = context(true, enterpriseOnlyGuide('zh'));
    await expect(run(ctx, {}, p)).rejects.toEqual(new ExitCode(1));
    expect(p.asked).toEqual(['type', 'confirm', 'save', 'detail']);
    expect(err.at(-1)).toBe('按您的回答，没有符合或可能符合的方向。');
  });

  it('no terminal and no --profile: a usage error naming --profile', async () => {
    const { ctx } = context(false);
    await expect(run(ctx, {})).rejects.toBeInstanceOf(UsageError);
    await expect(run(ctx, {})).rejects.toThrow(/--profile/);
  });
});
