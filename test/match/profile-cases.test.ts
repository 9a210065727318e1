import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../support/cli.js';

/**
 * Each file in test/cases/match is a profile and what the guide implies for it, named
 * as the sentence it proves. The profile goes to the BUILT command on standard input
 * (`match --profile - --json`), as a script would send it.
 */
interface Case {
  profile: Record<string, unknown>;
  expect: {
    eligible: string[];
    possible: string[];
    /** The first results, in this order. */
    top?: string[];
    /** Pairs [a, b]: a is ranked above b. */
    before?: [string, string][];
    reasons?: Record<string, { rule: string; ok: boolean | null }[]>;
    /** Substrings that some to-do of the line contains. */
    todo?: Record<string, string[]>;
    funding?: Record<string, { min: number | null; max: number }>;
    exit?: number;
  };
}

interface Result {
  code: string;
  status: 'eligible' | 'possible' | 'ineligible';
  score: number;
  reasons: { rule: string; ok: boolean | null; message: string; clause: string | null }[];
  todo: { rule: string; message: string }[];
  funding: { min: number | null; max: number };
}

const DIR = fileURLToPath(new URL('../cases/match/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const ALL = [
  '1',
  '2',
  '3',
  '4',
  '5-1',
  '5-2',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15-1',
  '15-2',
  '15-3',
  '16',
];

describe('profile cases', () => {
  it('there are at least a dozen', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    it(file.replace(/\.yaml$/, ''), () => {
      const c = parse(readFileSync(DIR + file, 'utf8')) as Case;
      const run = runCli(['match', '--profile', '-', '--json'], { input: stringify(c.profile) });
      const open = c.expect.eligible.length + c.expect.possible.length;
      expect(run.status, run.stderr).toBe(c.expect.exit ?? (open ? 0 : 1));
      const { guideline, results } = JSON.parse(run.stdout) as { guideline: string; results: Result[] };
      expect(guideline).toBe('guilin-2019');
      expect(results.map((r) => r.code).sort()).toEqual([...ALL].sort());

      const codes = (status: Result['status']) =>
        results
          .filter((r) => r.status === status)
          .map((r) => r.code)
          .sort();
      expect(codes('eligible')).toEqual([...c.expect.eligible].sort());
      expect(codes('possible')).toEqual([...c.expect.possible].sort());

      // Best first: statuses in order, scores never rising, each within 0..1.
      const rank = { eligible: 0, possible: 1, ineligible: 2 };
      for (let i = 1; i < results.length; i++) {
        expect(rank[results[i]!.status]).toBeGreaterThanOrEqual(rank[results[i - 1]!.status]);
        expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
      }
      for (const r of results) expect(r.score >= 0 && r.score <= 1).toBe(true);

      const order = results.map((r) => r.code);
      if (c.expect.top) expect(order.slice(0, c.expect.top.length)).toEqual(c.expect.top);
      for (const [a, b] of c.expect.before ?? [])
        expect(order.indexOf(a), `${a} before ${b} in ${order.join(' ')}`).toBeLessThan(order.indexOf(b));

      const byCode = new Map(results.map((r) => [r.code, r]));
      for (const [code, reasons] of Object.entries(c.expect.reasons ?? {})) {
        const got = byCode.get(code)!.reasons;
        for (const want of reasons) {
          const hit = got.find((r) => r.rule === want.rule && r.ok === want.ok);
          expect(hit, `${code}: ${want.rule} ${want.ok} in ${JSON.stringify(got)}`).toBeDefined();
          // Every reason quotes the guide, but for the tool's own checks, which quote nothing.
          if (want.rule !== 'in-guilin' || hit!.clause !== null) expect(hit!.clause!.length).toBeGreaterThan(0);
        }
      }
      for (const [code, todos] of Object.entries(c.expect.todo ?? {})) {
        const got = byCode.get(code)!.todo.map((t) => t.message);
        for (const want of todos)
          expect(
            got.some((t) => t.includes(want)),
            `${code}: "${want}" in ${JSON.stringify(got)}`,
          ).toBe(true);
      }
      // An eligible line shows no unmet reason but the tool's own conventions (said, never a bar);
      // no to-do names a key of the file format or says an attachment is there.
      for (const r of results) {
        if (r.status === 'eligible')
          expect(r.reasons.filter((x) => x.ok !== true && (x as { basis?: string }).basis !== 'convention')).toEqual(
            [],
          );
        for (const t of r.todo)
          expect(t.message).not.toMatch(/\b[a-z]+\.[a-zA-Z]|\b(applicant|partners|targets|fields)\b|已附/);
      }
      for (const [code, funding] of Object.entries(c.expect.funding ?? {}))
        expect(byCode.get(code)!.funding).toEqual(funding);
    });
  }
});
