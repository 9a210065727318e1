import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LineJson } from '../../src/report/line-json.js';
import { runCli, runJson } from '../support/cli.js';
import { COMMON_RULES, GUIDE_FACTS, specBasis, specSeverity } from '../support/guide-facts.js';

/**
 * The built CLI's `list --json` and `show --json` against the guide: the facts table
 * in support/guide-facts.ts was copied by hand from the guide text, and every clause
 * the program quotes must be found, word for word, in that text.
 */

// A verbatim copy of ../shared/source/guilin-2019-guideline.txt, so that a clean clone can run this.
const GUIDE_FILE = new URL('./fixtures/guilin-2019-guideline.txt', import.meta.url);
const SHARED_GUIDE = new URL('../../../shared/source/guilin-2019-guideline.txt', import.meta.url);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const GUIDE = squeeze(readFileSync(GUIDE_FILE, 'utf8'));

const CODES = GUIDE_FACTS.map((f) => f.code);

describe('list --json reports what the guide states, line by line', () => {
  const lines = runJson<LineJson[]>(['list', '--json']);
  const byCode = new Map(lines.map((l) => [l.code, l]));

  it("lists the 19 lines in the guide's order", () => {
    expect(lines.map((l) => l.code)).toEqual(CODES);
  });

  describe.each(GUIDE_FACTS)('line $code', (fact) => {
    const line = () => byCode.get(fact.code)!;

    it(`is 「${fact.title}」 of 「${fact.category}」`, () => {
      expect({
        project: line().project,
        direction: line().direction,
        title: line().title,
        category: line().category,
      }).toEqual({
        project: fact.project,
        direction: fact.direction,
        title: fact.title,
        category: fact.category,
      });
    });

    it(`runs ${fact.period.start}–${fact.period.end} with at most ${fact.maxAwards} award(s), managed by ${fact.office}`, () => {
      expect({ period: line().period, maxAwards: line().maxAwards, office: line().office }).toEqual({
        period: fact.period,
        maxAwards: fact.maxAwards,
        office: fact.office,
      });
    });

    it(`funds ${fact.tiers.map((t) => `${t.tier ?? ''} ${t.min ?? '≤'}–${t.max} ${t.method}`).join(', ')}`, () => {
      expect(line().tiers).toEqual(fact.tiers);
    });

    it(`carries the rules ${[...COMMON_RULES, ...fact.rules].join(', ')} at the spec's severities`, () => {
      const checkable = line().requirements.filter((r) => r.rule !== 'note');
      expect(new Set(checkable.map((r) => r.rule))).toEqual(new Set([...COMMON_RULES, ...fact.rules]));
      for (const r of checkable) {
        expect(`${r.rule} ${r.severity}`).toBe(`${r.rule} ${specSeverity(fact.code, r.rule)}`);
        expect(`${r.rule} ${r.basis}`).toBe(`${r.rule} ${specBasis(fact.code, r.rule)}`);
      }
    });
  });
});

describe('show CODE --json lists every requirement with its clause from the guide', () => {
  const listed = new Map(runJson<LineJson[]>(['list', '--json']).map((l) => [l.code, l]));

  it.each(CODES)('show %s --json is the line of list --json, every requirement quoting the guide', (code) => {
    const shown = runJson<LineJson>(['show', code, '--json']);
    expect(shown).toEqual(listed.get(code));
    expect(shown.requirements.length).toBeGreaterThanOrEqual(COMMON_RULES.length);
    for (const r of shown.requirements) {
      expect(r.text.trim(), `${code} ${r.rule} has no text`).not.toBe('');
      // The tool's own checks quote nothing, and say what they rest on where they rest on something.
      if (r.basis === 'convention') {
        expect(r.clause, `${code} ${r.rule} is a convention`).toBeNull();
        if (r.rule === 'credit-code') expect(r.reference).toBe('GB 32100-2015');
        continue;
      }
      expect(r.clause?.trim(), `${code} ${r.rule} has no clause`).toBeTruthy();
      expect(GUIDE.includes(squeeze(r.clause!)), `${code} ${r.rule}: 「${r.clause}」 is not in the guide`).toBe(true);
    }
  });

  it("the plain show prints each requirement's clause too", () => {
    const shown = runJson<LineJson>(['show', '14', '--json']);
    const text = runCli(['show', '14']).stdout;
    for (const r of shown.requirements)
      expect(text).toContain(r.clause === null ? '工具校验，非指南要求' : `「${r.clause}」`);
  });

  it('the fixture is the shared guide text, unchanged', () => {
    if (!existsSync(SHARED_GUIDE)) return;
    expect(readFileSync(GUIDE_FILE, 'utf8')).toBe(readFileSync(SHARED_GUIDE, 'utf8'));
  });
});

describe('line codes as users type them', () => {
  it.each(['5.2', '5/2'])('show %s is show 5-2', (typed) => {
    const canonical = runCli(['show', '5-2']);
    const shown = runCli(['show', typed]);
    expect(shown).toEqual(canonical);
    expect(runCli(['show', typed, '--json']).stdout).toBe(runCli(['show', '5-2', '--json']).stdout);
    expect(canonical.status).toBe(0);
  });

  it('an unknown code exits 2 with one sentence listing the codes', () => {
    const r = runCli(['show', '17']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('17');
    expect(r.stderr).toContain(CODES.join(', '));
  });

  it('heads each line with where it sits in the guide: 二、… in Chinese, the English titles alone in English', () => {
    expect(runCli(['show', '5-2']).stdout.split('\n')[1]).toBe(
      '二、高水平创新平台建设 › 项目5：高水平科研平台培育建设 › 课题方向2',
    );
    for (const code of CODES) {
      const heading = runCli(['show', code, '--lang', 'en']).stdout.split('\n').slice(0, 2).join('\n');
      expect(heading, code).toMatch(/^[\x20-\x7e–’›]+\n[\x20-\x7e–’›]+$/);
    }
  });

  it('says so in English with --lang en', () => {
    const r = runCli(['show', '5-3', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^[\x20-\x7e]+\n$/);
    expect(r.stderr).toContain('5-3');
    expect(r.stderr).toContain(CODES.join(', '));
  });
});

describe('in English', () => {
  const zh = runJson<LineJson[]>(['list', '--json']);
  const en = runJson<LineJson[]>(['list', '--json', '--lang', 'en']);

  it('the numbers are the same and every title, section and office is English', () => {
    expect(en.map(({ code, period, maxAwards, tiers }) => ({ code, period, maxAwards, tiers }))).toEqual(
      zh.map(({ code, period, maxAwards, tiers }) => ({ code, period, maxAwards, tiers })),
    );
    const cjk = /[\u4e00-\u9fff]/;
    for (const l of en) for (const s of [l.title, l.category, l.office]) expect(s, `${l.code}: ${s}`).not.toMatch(cjk);
  });

  it.each(GUIDE_FACTS)(
    'show $code --lang en gives its amounts with their unit, as the zh 资助金额 gives 万元',
    (fact) => {
      const money = (lang: 'zh' | 'en') => {
        const lines = runCli(['show', fact.code, '--lang', lang]).stdout.split('\n');
        const at = lines.findIndex((l) => l.startsWith(lang === 'zh' ? '资助金额' : 'Funding'));
        return lines.slice(at, at + 1 + fact.tiers.length).join('\n');
      };
      expect(money('zh')).toContain('万元');
      expect(money('en')).toContain('10,000 CNY');
      for (const t of fact.tiers) expect(money('en')).toContain(t.min === null ? `≤${t.max}` : `${t.min}–${t.max}`);
    },
  );

  it("clauses stay the guide's own Chinese words", () => {
    expect(en.map((l) => l.requirements.map((r) => r.clause))).toEqual(
      zh.map((l) => l.requirements.map((r) => r.clause)),
    );
  });
});
