import { expect, it } from 'vitest';
import { clauseOf } from '../../src/guideline/model.js';
import type { Requirement } from '../../src/guideline/schema.js';
import type { Lang } from '../../src/i18n/index.js';
import { checkApplication, expectedFindings, located, type ExpectedFinding } from '../support/check-application.js';
import { guideline } from '../support/guideline.js';
import { validApplication, type ApplicationData } from '../support/valid-application.js';

/**
 * One row of a rule table: a valid application of `line`, changed by `mutate`, must
 * give exactly `findings` (every severity; none = the case passes clean).
 *
 * A row covers one requirement of the guideline: the `index`-th requirement of kind
 * `rule` among the line's requirements, the common ones first (the order `show`
 * lists them). A row whose findings include one of its own rule is a failing case
 * of that requirement; any other row is a passing case.
 */
export interface RuleCase {
  /** A sentence: the test's name. */
  name: string;
  line: string;
  tier?: string;
  rule: string;
  index?: number;
  mutate?: (app: ApplicationData) => void;
  /** Attachment files to create; default: every file the application lists. */
  files?: (app: ApplicationData) => string[];
  /** Anything else the application's folder needs (an empty file, a link, a FIFO). */
  prepare?: (dir: string) => void;
  findings?: ExpectedFinding[];
  /** Default zh; a failing row is also run in the other language. */
  lang?: Lang;
}

/** Rules shown on every application of their line, demanding nothing. */
export const REMINDERS: readonly string[] = ['no-duplicate-subsidy', 'ethics'];

export function isFailing(c: RuleCase): boolean {
  return (c.findings ?? []).some((f) => f.rule === c.rule);
}

export function requirementKey(line: string, rule: string, index = 0): string {
  return `${line} ${rule}#${index}`;
}

/** The `index`-th checkable requirement of kind `rule` of the line, as the engine runs them. */
export function requirementOf(line: string, rule: string, index = 0): Requirement | undefined {
  return guideline()
    .line(line)
    ?.rules.filter((r) => r.rule === rule && r.rule !== 'note')[index];
}

export function runRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const requirement = requirementOf(c.line, c.rule, c.index);
      expect(requirement, `line ${c.line} has no requirement ${requirementKey(c.line, c.rule, c.index)}`).toBeDefined();
      const app = validApplication(c.line, c.tier);
      c.mutate?.(app);
      const { result, yaml } = checkApplication(app, { files: c.files?.(app), lang: c.lang, prepare: c.prepare });
      const expected = expectedFindings(yaml, c.findings ?? []);
      // A reminder is shown on every application of its line: rows about other rules leave it aside.
      const own = (findings: typeof result.findings) =>
        findings.filter((f) => !REMINDERS.includes(f.rule) || f.rule === c.rule);
      expect(located(own(result.findings))).toEqual(expected);
      expect(result.status).toBe(expected.some((f) => f.severity === 'error') ? 'fail' : 'pass');
      for (const f of result.findings) expect(f.message.length).toBeGreaterThan(0);
      if (isFailing(c)) {
        // The finding must come from the very requirement the row covers, quoting its clause
        // (the line's own words for years and money), resting on its basis.
        const line = guideline().line(c.line)!;
        const mine = result.findings.filter((f) => f.rule === c.rule);
        const quoting = mine.filter((f) => f.basis !== 'convention');
        if (quoting.length) expect(quoting.map((f) => f.clause)).toContain(clauseOf(line, requirement!));
        const bases = c.findings!.filter((f) => f.rule === c.rule).map((f) => f.basis ?? requirement!.basis);
        expect(mine.map((f) => f.basis).sort()).toEqual(bases.sort());
        for (const f of mine) {
          expect(f.reference).toBe(f.basis === 'convention' ? requirement!.reference : undefined);
          // Only the guide's sentences are quoted; the tool's own checks say so.
          if (f.basis === 'convention') expect(f.clause).toBeNull();
        }
        // The same findings in the other language, each sentence its own (not passed through untranslated).
        const other = own(
          checkApplication(app, { files: c.files?.(app), lang: c.lang === 'en' ? 'zh' : 'en', prepare: c.prepare })
            .result.findings,
        );
        expect(located(other)).toEqual(expected);
        const first = new Set(result.findings.map((f) => f.message));
        for (const f of other) expect(first.has(f.message), `untranslated: ${f.message}`).toBe(false);
      }
    });
  }
}

/**
 * A content rule broken on this application (its 研究内容 names whom or what, no 申报要求 does):
 * in both languages its finding says so and asks to confirm with the office, and never
 * words it as a condition (`never`: the word of one, such as 须 or must).
 */
export function expectAskedToConfirm(app: ApplicationData, rule: string, never: { zh: string; en: string }): void {
  const said = (lang: Lang) => checkApplication(app, { lang }).result.findings.find((f) => f.rule === rule)!.message;
  expect(said('zh')).toContain('申报要求未将其列为条件，请与管理科室确认');
  expect(said('zh')).not.toContain(never.zh);
  expect(said('en')).toContain('its requirements do not make that a condition: confirm with the managing office');
  expect(said('en')).not.toContain(never.en);
}
