import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeInput } from '../../src/application/normalize.js';
import { applicationSchema } from '../../src/application/schema.js';
import { checkText } from '../../src/check/check-text.js';
import { loadGuideline } from '../../src/guideline/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import { schemaMessages } from '../../src/i18n/messages/schema.js';
import { scaffoldFiles } from '../../src/scaffold/scaffold-files.js';
import { GUIDE_FACTS } from '../support/guide-facts.js';
import { fillPlaceholders, placeholderPaths } from './fill-placeholders.js';

const g = loadGuideline(undefined, 'zh');
const cases = GUIDE_FACTS.flatMap((f) => f.tiers.map((t) => ({ code: f.code, tier: t.tier })));
const root = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function application(code: string, tier: string | null, lang: Lang): string {
  const line = g.line(code)!;
  const t = line.tiers.find((x) => x.tier === tier)!;
  return scaffoldFiles({ g, line, tier: t, profile: {}, lang }).files.find((f) => f.name === 'application.yaml')!
    .content;
}

it('covers the 19 lines of the guide and each of their tiers', () => {
  expect(new Set(cases.map((c) => c.code)).size).toBe(19);
  expect(cases).toHaveLength(21);
});

describe.each(['zh', 'en'] as const)('%s', (lang) => {
  describe.each(cases)('line $code, tier $tier', ({ code, tier }) => {
    const text = application(code, tier, lang);

    it('check on the fresh scaffold reports every required placeholder, and nothing that rests on one', () => {
      const result = checkText(text, 'application.yaml', { guideline: g, lang, baseDir: root });
      const required = schemaMessages[lang].required;
      const paths = placeholderPaths(text);
      // An optional key left ~ is absent (normalizeInput): only the required ones are "fill this in".
      const kept = normalizeInput(applicationSchema(g), parse(text));
      const missing = paths.filter((p) => valueAt(kept, p) === null);
      expect(paths.length).toBeGreaterThan(0);
      expect(result.status).toBe('fail');
      expect(result.code).toBe(code);
      const byPath = (a: { path: string | null }, b: { path: string | null }) => (a.path! < b.path! ? -1 : 1);
      expect(
        result.findings
          .filter((f) => f.rule === 'schema' && f.severity === 'error')
          .map((f) => ({ path: f.path, message: f.message }))
          .sort(byPath),
      ).toEqual(missing.map((p) => ({ path: p, message: `${p}: ${required}` })).sort(byPath));
      // The rules whose inputs are there report in the same round (the attachment not yet
      // in place…); the note that more checks follow the placeholders comes once.
      expect(result.findings.filter((f) => f.rule === 'schema' && f.severity !== 'error')).toEqual([
        expect.objectContaining({ severity: 'info', path: null }),
      ]);
      // Each finding with a place points at its placeholder's line.
      const lines = text.split('\n');
      for (const f of result.findings.filter((x) => x.rule === 'schema' && x.line !== null))
        expect(lines[f.line! - 1]).toContain('~');
    });

    it('filled in with valid values (and the attachment files in place), check passes with no finding', () => {
      const filled = fillPlaceholders(text, code, tier);
      expect(placeholderPaths(filled)).toEqual([]);
      const folder = join(root, lang, `${code}-${tier}`);
      mkdirSync(folder, { recursive: true });
      for (const a of (parse(filled) as { attachments?: { file: string }[] }).attachments ?? []) {
        mkdirSync(dirname(join(folder, a.file)), { recursive: true });
        writeFileSync(join(folder, a.file), '%PDF-1.4\n');
      }
      const result = checkText(filled, join(folder, 'application.yaml'), { guideline: g, lang, baseDir: folder });
      expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(result.status).toBe('pass');
    });
  });
});

function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const seg of path.split(/[.[\]]+/).filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}
