import { describe, expect, it } from 'vitest';
import type { LineJson } from '../../src/report/line-json.js';
import { runCli, runJson } from '../support/cli.js';

const CODES = runJson<LineJson[]>(['list', '--json']).map((l) => l.code);

const HEADINGS = {
  zh: {
    requirement: '申报要求（',
    content: '本方向内容所指（',
    encouraged: '鼓励与优先支持（',
    convention: '工具校验（',
  },
  en: {
    requirement: 'Requirements (',
    content: "What the line's content addresses (",
    encouraged: 'Encouraged and priority (',
    convention: "The tool's own checks (",
  },
} as const;

/** The printed `show`, cut at its group headings: which rules each group lists, by id. */
function groups(text: string, lang: 'zh' | 'en'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const basis = Object.entries(HEADINGS[lang]).find(([, h]) => line.startsWith(h))?.[0];
    if (basis) out[(current = basis)] = [];
    else if (/^\S/.test(line)) current = undefined;
    const rule = line.match(/\(([a-z-]+)\)$/)?.[1];
    if (current && rule) out[current]!.push(rule);
  }
  return out;
}

describe('show groups each line’s rules by what they rest on', () => {
  it.each(CODES.flatMap((code) => (['zh', 'en'] as const).map((lang) => ({ code, lang }))))(
    'show $code --lang $lang: each rule under its basis, the call notice named',
    ({ code, lang }) => {
      const json = runJson<LineJson>(['show', code, '--json', '--lang', lang]);
      const r = runCli(['show', code, '--lang', lang]);
      expect(r.status).toBe(0);
      const shown = groups(r.stdout, lang);
      const want: Record<string, string[]> = {};
      for (const q of json.requirements) (want[q.basis] ??= []).push(q.rule);
      // Notes without an id (what no program can check) are listed but carry no rule in brackets.
      for (const basis of Object.keys(want)) want[basis] = want[basis]!.filter((x) => x !== 'note');
      for (const [basis, rules] of Object.entries(want)) expect(shown[basis] ?? [], `${code} ${basis}`).toEqual(rules);
      expect(r.stdout).toContain(lang === 'zh' ? '本指南是申报通知的附件1' : 'the guide is Annex 1 of a call notice');
    },
  );

  it('15-1 and 15-2 say that the guide lists no requirement of their own', () => {
    for (const code of ['15-1', '15-2'])
      expect(runCli(['show', code]).stdout).toContain('指南没有为本方向列出自己的申报要求');
    expect(runCli(['show', '15-1', '--lang', 'en']).stdout).toMatch(/no requirements? of its own/i);
  });

  it('a dispatching unit outside Guilin is not a requirement of any line: in-guilin is never an error', () => {
    for (const l of runJson<LineJson[]>(['list', '--json']))
      for (const q of l.requirements.filter((x) => x.rule === 'in-guilin'))
        expect([l.code, q.basis]).toEqual([l.code, ['8', '13'].includes(l.code) ? 'content' : 'convention']);
  });

  it('list --type leaves out only the lines whose requirements name other leaders, as match does', () => {
    const codes = (type: string) => runJson<LineJson[]>(['list', '--type', type, '--json']).map((l) => l.code);
    // 5-2, 8, 9 and 13 address enterprises, universities and institutes in their content only.
    expect(codes('医院')).toEqual(['5-1', '5-2', '6', '7', '8', '9', '13', '14', '15-1', '15-2', '15-3', '16']);
    expect(codes('企业')).toEqual(CODES);
  });

  it('show 5 and init 15 name the directions of the project to choose from (exit 2), not an unknown line', () => {
    const five = runCli(['show', '5']);
    expect([five.status, five.stdout, five.stderr]).toEqual([
      2,
      '',
      '项目5 分为 2 个资助方向，请写方向的编号：5-1「可持续发展重点实验室培育」、5-2「广西重点实验室培育」。\n',
    ]);
    const fifteen = runCli(['init', '15', '--dry-run', '--lang', 'en']);
    expect(fifteen.status).toBe(2);
    expect(fifteen.stderr).toMatch(/^Project 15 has 3 funding lines, one per direction; give the code of one: 15-1 "/);
  });

  it('list at 80 columns keeps （万元） whole in its heading: no cell line ends with an opening bracket', () => {
    const rows = runCli(['list'], { env: { COLUMNS: '80' } }).stdout.split('\n');
    expect(rows.filter((l) => /[（「《] *│/.test(l))).toEqual([]);
    expect(rows[2]).toContain('│ （万元） │');
  });

  it('list gives 5-1 one award (the guide says 1项), the others their ceiling', () => {
    const rows = runCli(['list']).stdout.split('\n');
    expect(rows.find((l) => l.startsWith('│ 5-1 '))).toMatch(/│ 1 +│/);
    expect(rows.find((l) => l.startsWith('│ 5-2 '))).toMatch(/│ ≤5 +│/);
  });
});
