import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseOf } from '../../src/guideline/model.js';
import { guideline } from '../support/guideline.js';

/**
 * Each rule quotes the guide where its basis says it rests: a `requirement` (and a
 * 鼓励/优先支持) in its own line's 申报要求 block, or in the line's own 实施年限/资助金额;
 * a `content` rule in its own line's 研究内容/支持方向. The guide text is cut into
 * lines by its headings (项目N：, 课题方向N：, 支持方向N：), never by the YAML.
 */

const GUIDE = readFileSync(new URL('./fixtures/guilin-2019-guideline.txt', import.meta.url), 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface Block {
  /** From the heading to the next heading: the whole of what the guide says of the line. */
  all: string;
  /** 研究内容/支持方向: up to 实施年限. */
  content: string;
  /** After 申报要求：, or nothing where the line has none. */
  requirements: string;
}

function linesOfGuide(text: string): Map<string, Block> {
  const heads = [...text.matchAll(/项目(\d+)：|(?:课题方向|支持方向)(\d+)：/g)];
  const out = new Map<string, Block>();
  let project = 0;
  heads.forEach((h, i) => {
    const end = heads[i + 1]?.index ?? text.length;
    const all = text.slice(h.index, end);
    if (h[1]) project = Number(h[1]);
    const code = h[2] ? `${project}-${h[2]}` : String(project);
    // A project with directions has its lines under them; its own heading is only a title.
    if (h[1] && heads[i + 1]?.[2] && !/实施年限/.test(all)) return;
    const yearsAt = all.indexOf('实施年限');
    const asked = all.indexOf('申报要求：');
    out.set(code, {
      all,
      content: all.slice(0, yearsAt < 0 ? all.length : yearsAt),
      requirements: asked < 0 ? '' : all.slice(asked + '申报要求：'.length),
    });
  });
  return out;
}

const BLOCKS = linesOfGuide(GUIDE);

describe('every clause is quoted from where its basis says it rests', () => {
  it('cuts the guide into its 19 lines, 15-1 and 15-2 without a 申报要求 block', () => {
    expect([...BLOCKS.keys()]).toEqual(guideline().lines.map((l) => l.code));
    expect(BLOCKS.get('15-1')!.requirements).toBe('');
    expect(BLOCKS.get('15-2')!.requirements).toBe('');
    expect(BLOCKS.get('5-2')!.requirements).toContain('需提交实验室3年发展规划');
  });

  const rows = guideline().lines.flatMap((line) =>
    line.rules.map((r, i) => ({ line, r, name: `${line.code} ${r.rule}#${i} (${r.basis})` })),
  );

  it.each(rows)('$name', ({ line, r }) => {
    const block = BLOCKS.get(line.code)!;
    const clause = clauseOf(line, r);
    if (r.basis === 'convention') {
      expect(clause).toBeNull();
      return;
    }
    const quoted = squeeze(clause!);
    if (r.basis === 'content') expect(squeeze(block.content), `「${clause}」`).toContain(quoted);
    else if (r.rule === 'period' || r.rule === 'funding-range')
      expect(squeeze(block.all), `「${clause}」`).toContain(quoted);
    else expect(squeeze(block.requirements), `「${clause}」 in the 申报要求 of ${line.code}`).toContain(quoted);
  });
});

/**
 * A line's own words, which no rule quotes, come from its own part of the guide too:
 * its title and content, its 拟立项数, 资助方式 and 管理科室, and the 考核指标 its
 * 申报要求 set; and the numbers and methods the program uses are the ones those words say.
 */
describe("every line's own words are the guide's words for that line, and say its numbers", () => {
  const g = guideline();
  const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);

  const rows = g.lines.flatMap((line) => {
    const block = BLOCKS.get(line.code)!;
    const said: [string, string, string][] = [
      ['title', line.title.zh, block.all],
      ['content', line.content.zh, block.content],
      ['拟立项数', `拟立项数：${line.awardsClause}`, block.all],
      ['资助方式', `资助方式：${line.methodClause}`, block.all],
      ['管理科室', `管理科室：${g.label('offices', line.office, 'zh')}`, block.all],
      ...(line.outcomes ?? []).map((o): [string, string, string] => ['考核指标', o, block.requirements]),
    ];
    return said.map(([what, text, within]) => ({ name: `${line.code} ${what}: 「${text}」`, text, within }));
  });

  it.each(rows)('$name', ({ text, within }) => {
    expect(squeeze(within)).toContain(squeeze(text));
  });

  it.each(g.lines.map((line) => ({ code: line.code, line })))(
    '$code: years, awards, amounts and methods are what its 实施年限, 拟立项数, 资助金额 and 资助方式 say',
    ({ line }) => {
      expect(numbers(line.periodClause)).toEqual([line.period.start, line.period.end]);
      expect(numbers(line.awardsClause)).toEqual([line.maxAwards]);
      expect(numbers(line.fundingClause)).toEqual(
        line.tiers.flatMap((t) => (t.min === null ? [t.max] : [t.min, t.max])),
      );
      const methods = g.file.vocabulary.fundingMethods.filter((m) => line.methodClause.includes(m.zh)).map((m) => m.id);
      expect(new Set(methods)).toEqual(new Set(line.tiers.map((t) => t.method)));
    },
  );
});
