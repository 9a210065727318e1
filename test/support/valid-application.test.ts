import { describe, expect, it } from 'vitest';
import { checkApplication } from './check-application.js';
import { LINE_CODES, validApplication } from './valid-application.js';
import { GUIDE_FACTS } from './guide-facts.js';

const TIERED: Record<string, string[]> = { '15-3': ['general', 'key'], '16': ['general', 'major'] };
const REMINDERS: Record<string, string> = { '12': 'no-duplicate-subsidy', '15-3': 'ethics' };

describe('validApplication', () => {
  it('has a builder for each of the 19 lines of the guide', () => {
    expect(LINE_CODES).toHaveLength(19);
    for (const code of LINE_CODES)
      expect(validApplication(code).project).toBe(GUIDE_FACTS.find((f) => f.code === code)!.project);
  });

  for (const code of LINE_CODES) {
    for (const tier of TIERED[code] ?? [undefined]) {
      it(`line ${code}${tier ? ` (${tier})` : ''} passes with no finding but its line's reminder`, () => {
        const { result } = checkApplication(validApplication(code, tier));
        // 12 and 15-3 remind every application of what the guide asks (info, demanding nothing).
        const reminder = REMINDERS[code];
        expect(result.findings.filter((f) => f.rule !== reminder)).toEqual([]);
        if (reminder) expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([[reminder, 'info']]);
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
