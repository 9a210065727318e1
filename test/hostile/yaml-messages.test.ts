import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/yaml/parse.js';
import { mutatedApplication, yamlish } from './helpers/yamlish.js';

describe("the parser's problems in the user's words", () => {
  it('are Chinese sentences with no English of the parser left, whatever the error code', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(yamlish, mutatedApplication), (text) => {
        for (const p of parseYaml(text, 'zh').problems) {
          codes.add(p.code);
          expect(p.message).toMatch(/[\u4e00-\u9fff]/);
          expect(p.message, p.code).not.toMatch(/[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}/);
          expect(p.message.endsWith('。')).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    // The generator reaches most of the parser's error codes, or this says little.
    expect(codes.size).toBeGreaterThan(15);
  });

  it('are English sentences with --lang en', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, mutatedApplication), (text) => {
        // The user's own text may be quoted; the sentence around it is English.
        for (const p of parseYaml(text, 'en').problems) expect(p.message).toMatch(/[a-z]{3,} [a-z]{2,}.*\.$/su);
      }),
      { numRuns: 1000 },
    );
  });
});
