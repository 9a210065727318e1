import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readDocx } from './read-docx.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'direction-heading-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

// The guide heads 15-1 课题方向1 and the two after it 支持方向2 and 支持方向3 (as 5-1 and 5-2 课题方向).
describe('a direction is headed with the word the guide uses for it', () => {
  it.each([
    ['5-2', '二、高水平创新平台建设 › 项目5：高水平科研平台培育建设 › 课题方向2'],
    ['15-1', '五、科技成果转化与应用 › 项目15：科技惠民工程 › 课题方向1'],
    ['15-2', '五、科技成果转化与应用 › 项目15：科技惠民工程 › 支持方向2'],
    ['15-3', '五、科技成果转化与应用 › 项目15：科技惠民工程 › 支持方向3'],
  ])('show %s', (code, path) => {
    const r = runCli(['show', code]);
    expect([r.status, r.stdout.split('\n')[1], r.stderr]).toEqual([0, path, '']);
  });

  it('show in English says direction for both', () => {
    const r = runCli(['show', '15-3', '--lang', 'en']);
    expect([r.status, r.stdout.split('\n')[1], r.stderr]).toEqual([
      0,
      'Transfer and Application of S&T Achievements › Project 15: S&T for Public Welfare Program › Direction 3',
      '',
    ]);
  });

  it('init 15-3: the terminal, application.yaml, the outlines and the 申报书.docx name 支持方向3', async () => {
    const r = runCli(['init', '15-3', '诊疗', '--tier', 'key'], { cwd });
    const name = '项目15 支持方向3 疾病诊治技术及规范化研发与应用示范（重点项目）';
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, `已在 诊疗 中生成「${name}」的申报材料：`]);
    const yaml = readFileSync(join(cwd, '诊疗', 'application.yaml'), 'utf8');
    expect(yaml).toContain(`# 申报信息：${name}\n`);
    expect(yaml).toContain('# 支持方向：疾病诊治技术及规范化研发与应用示范\ndirection: 3\n');
    expect(yaml).not.toContain('课题方向');
    for (const md of ['proposal.md', 'attachments.md'])
      expect(readFileSync(join(cwd, '诊疗', md), 'utf8')).toContain(`> **申报方向**：${name}\n`);
    const docx = await readDocx(readFileSync(join(cwd, '诊疗', '申报书.docx')));
    expect(docx.document).toContain(name);
    expect(docx.document).not.toContain('课题方向');
  });

  it('init 15-1 keeps 课题方向1; in English both are a direction', () => {
    const zh = runCli(['init', '15-1', 'a'], { cwd });
    expect(zh.stdout.split('\n')[0]).toBe(
      '已在 a 中生成「项目15 课题方向1 环境保护及节能减排关键技术研发与应用示范」的申报材料：',
    );
    expect(readFileSync(join(cwd, 'a', 'application.yaml'), 'utf8')).toContain('\n# 课题方向：环境保护');
    const en = runCli(['init', '15-3', 'b', '--tier', 'key', '--lang', 'en'], { cwd });
    expect(readFileSync(join(cwd, 'b', 'application.yaml'), 'utf8')).toContain(
      '\n# Direction: R&D and Application Demonstration of Disease Diagnosis',
    );
    expect(en.stdout.split('\n')[0]).toContain('Project 15, direction 3:');
  });
});
