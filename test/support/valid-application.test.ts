import { describe, expect, it } from 'vitest';
import { checkApplication, located } from './check-application.js';
import { LINE_CODES, validApplication } from './valid-application.js';
import { GUIDE_FACTS } from './guide-facts.js';

const TIERED: Record<string, string[]> = { '15-3': ['general', 'key'], '16': ['general', 'major'] };

describe('validApplication', () => {
  it('has a builder for each of the 19 lines of the guide', () => {
    expect(LINE_CODES).toHaveLength(19);
    for (const code of LINE_CODES)
      expect(validApplication(code).project).toBe(GUIDE_FACTS.find((f) => f.code === code)!.project);
  });

  for (const code of LINE_CODES) {
    for (const tier of TIERED[code] ?? [undefined]) {
      it(`line ${code}${tier ? ` (${tier})` : ''} passes with no finding at all`, () => {
        const { result } = checkApplication(validApplication(code, tier));
        expect(located(result.findings)).toEqual([]);
        expect(result.status).toBe('pass');
        expect(result.code).toBe(code);
      });
    }
  }

  it('hands out a fresh copy each time', () => {
    const a = validApplication('8');
    a.partners!.pop();
    expect(validApplication('8').partners).toHaveLength(2);
  });
});
