import { describe, expect, it } from 'vitest';
import { guideline } from '../support/guideline.js';
import { isFailing, REMINDERS, requirementKey, requirementOf } from './rule-cases.js';
import { ALL_RULE_CASES } from './tables/index.js';

/**
 * Walks the shipped guideline: every checkable requirement of every line (the common
 * ones included, `note`s excepted) must have a passing and a failing row in the
 * rule tables; and no row may name a requirement the guideline does not have.
 */
describe('the rule tables cover the guideline', () => {
  const keys = new Map<string, { pass: number; fail: number }>();
  for (const c of ALL_RULE_CASES) {
    const key = requirementKey(c.line, c.rule, c.index);
    const n = keys.get(key) ?? { pass: 0, fail: 0 };
    if (isFailing(c)) n.fail++;
    // A reminder always shows: its passing case is an application it leaves passing.
    if (!isFailing(c) || (REMINDERS.includes(c.rule) && c.findings!.every((f) => f.severity === 'info'))) n.pass++;
    keys.set(key, n);
  }

  const wanted: string[] = [];
  for (const line of guideline().lines) {
    const seen = new Map<string, number>();
    for (const r of line.rules) {
      if (r.rule === 'note') continue;
      const index = seen.get(r.rule) ?? 0;
      seen.set(r.rule, index + 1);
      wanted.push(requirementKey(line.code, r.rule, index));
    }
  }

  it.each(wanted)('requirement %s has a passing and a failing case', (key) => {
    expect(keys.get(key), `no case for ${key}`).toBeDefined();
    expect(keys.get(key)!.pass, `no passing case for ${key}`).toBeGreaterThan(0);
    expect(keys.get(key)!.fail, `no failing case for ${key}`).toBeGreaterThan(0);
  });

  it('every row names a requirement of the guideline', () => {
    const stale = ALL_RULE_CASES.filter((c) => !requirementOf(c.line, c.rule, c.index)).map(
      (c) => `${requirementKey(c.line, c.rule, c.index)}: ${c.name}`,
    );
    expect(stale).toEqual([]);
  });

  it('row names are unique, so each reads as its own sentence', () => {
    const names = ALL_RULE_CASES.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('walks all 19 lines and more than a hundred requirements', () => {
    expect(guideline().lines).toHaveLength(19);
    expect(wanted.length).toBeGreaterThan(100);
  });
});
