import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { runCli } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';

/** Line 12's valid application (an enterprise with a university partner), its labels written as given. */
function project12(type: string, partnerType: string, field: string): Record<string, unknown> {
  const app = validApplication('12');
  app.applicant.type = type;
  app.partners![0]!.type = partnerType;
  app.fields = [field];
  return app as unknown as Record<string, unknown>;
}

describe('an English label, as --lang en shows it, is read as its id, as a Chinese one is', () => {
  it.each([
    ['Enterprise', 'University', 'Electronic information'],
    ['ENTERPRISE', 'university', 'electronic INFORMATION'],
  ])('type: %s, partner type: %s, fields: [%s] is judged as the ids are, in both languages', (type, partner, field) => {
    for (const lang of ['zh', 'en'] as const) {
      const ids = checkApplication(project12('enterprise', 'university', 'electronic_information'), { lang }).result;
      const labels = checkApplication(project12(type, partner, field), { lang }).result;
      expect([labels.status, labels.findings, labels.application]).toEqual([ids.status, ids.findings, ids.application]);
      expect(labels.status).toBe('pass');
    }
  });

  it('a label misspelled is still refused, with the id it was near', () => {
    const [said] = checkApplication(project12('Enterprize', 'university', 'electronic_information')).result.findings;
    expect(said?.message).toMatch(/^applicant\.type: 「Enterprize」不是可选的取值（是否想写「enterprise」？）/);
  });

  it('match --profile takes them: the suggestions are those of the ids, exit 0', () => {
    const profile = (type: string, field: string, partner: string) =>
      `applicant: { type: ${type}, inGuilin: true, highTech: valid }\nfields: [${field}]\npartners: [{ name: 桂林电子科技大学, type: ${partner} }]\n`;
    for (const lang of ['zh', 'en']) {
      const ids = runCli(['match', '--profile', '-', '--lang', lang], {
        input: profile('enterprise', 'electronic_information', 'university'),
      });
      const labels = runCli(['match', '--profile', '-', '--lang', lang], {
        input: profile('Enterprise', 'Electronic information', 'UNIVERSITY'),
      });
      expect([labels.status, labels.stdout, labels.stderr]).toEqual([0, ids.stdout, ids.stderr]);
    }
  });
});
