import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { runCli } from '../support/cli.js';
import { guideline } from '../support/guideline.js';
import { FIXTURES } from './helpers/good-application.js';
import { STACK_TRACE, type FileJson } from './helpers/verdict.js';
import { mutatedApplication, structuredYaml, withAnchors, yamlish } from './helpers/yamlish.js';

const STATUSES = ['pass', 'fail', 'error'];
const anyText = fc.oneof(
  mutatedApplication,
  yamlish,
  structuredYaml,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** What Object.prototype holds, to tell that no file reached it. */
function prototypeState(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe('check survives anything', () => {
  it('judges thousands of random and mutated files without throwing, each with one of the three statuses and sentences for findings', () => {
    const before = prototypeState();
    fc.assert(
      fc.property(anyText, fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
        const r = checkText(text, 'x.yaml', { guideline: guideline(lang), lang });
        expect(STATUSES).toContain(r.status);
        for (const f of r.findings) {
          expect(f.message.length).toBeGreaterThan(5);
          expect(f.message).not.toMatch(STACK_TRACE);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    expect(prototypeState()).toEqual(before);
  });

  it('gives the same findings whichever parser reads the file', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedApplication, structuredYaml, withAnchors), (text) => {
        const opts = { guideline: guideline('en'), lang: 'en' as const };
        expect(checkText(text, 'x.yaml', opts)).toEqual(checkText(text, 'x.yaml', { ...opts, strict: true }));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });

  it('gives the same findings for every hostile fixture whichever parser reads it', () => {
    const dir = `${FIXTURES}yaml/`;
    for (const name of readdirSync(dir)) {
      const text = readFileSync(`${dir}${name}`, 'utf8');
      for (const lang of ['zh', 'en'] as const) {
        const opts = { guideline: guideline(lang), lang };
        expect(checkText(text, name, opts), name).toEqual(checkText(text, name, { ...opts, strict: true }));
      }
    }
  });

  it('through the command: a folder of random files, every one judged, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gg-property-'));
    try {
      const texts = fc.sample(fc.oneof(mutatedApplication, yamlish, fc.string({ unit: 'binary', maxLength: 300 })), {
        numRuns: 150,
        seed: 6,
      });
      texts.forEach((t, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}.yaml`), t));
      for (const lang of ['zh', 'en']) {
        const run = runCli(['check', dir, '--format', 'json', '--lang', lang]);
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect([0, 1]).toContain(run.status);
        const files = (JSON.parse(run.stdout) as { files: FileJson[] }).files;
        expect(files).toHaveLength(texts.length);
        expect(files.filter((f) => !STATUSES.includes(f.status))).toEqual([]);
        expect(files.flatMap((f) => f.findings).filter((f) => f.rule === 'internal')).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
