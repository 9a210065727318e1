import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/application/schema.js';
import { declaration } from '../../src/rules/kinds/declaration.js';
import { guideline } from '../support/guideline.js';

/**
 * The 2019 guide demands no declaration (line 12's is a reminder), but a guide that
 * does can say so with a `declaration` rule: the key must be stated true.
 */
describe('declaration, for a guide that demands one', () => {
  const g = guideline('zh');
  const req = {
    rule: 'declaration',
    basis: 'requirement',
    clause: '须声明',
    params: { key: 'noDuplicateSubsidy' },
  } as const;
  const run = (declarations: Record<string, boolean> | undefined) =>
    declaration.check(
      { guideline: g, line: g.line('12')!, facts: { declarations } as unknown as Facts, tier: undefined, lang: 'zh' },
      req,
    )[0]!;

  it('passes when the key is declared true', () => expect(run({ noDuplicateSubsidy: true }).ok).toBe(true));
  it('fails when it is declared false', () => {
    const o = run({ noDuplicateSubsidy: false });
    expect(o.ok).toBe(false);
    expect(o.path).toBe('declarations.noDuplicateSubsidy');
  });
  it('is unknown (a failure in check) when not stated', () => expect(run(undefined).ok).toBeNull());
});
