import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/fix-text.js';
import { guideline } from '../support/guideline.js';

const DIR = new URL('./cases/', import.meta.url).pathname;
const cases = readdirSync(DIR).sort();

/** Each case is a folder named as a sentence, with the file before `--fix` and after it. */
describe('check --fix cases', () => {
  for (const name of cases) {
    it(name, () => {
      const before = readFileSync(join(DIR, name, 'before.yaml'), 'utf8');
      const after = readFileSync(join(DIR, name, 'after.yaml'), 'utf8');
      const fixed = fixText(before, guideline());
      expect(fixed.text).toBe(after);
      expect(fixed.fixes.length > 0).toBe(before !== after);
      // A second run finds nothing more: every fix is made in one.
      expect(fixText(fixed.text, guideline()).fixes).toEqual([]);
    });
  }
});
