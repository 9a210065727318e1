import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';

const fieldsSaid = (findings: readonly { path: string | null; message: string }[]) =>
  findings.filter((f) => f.path === 'fields').map((f) => f.message);

describe('a list written as text', () => {
  it.each([
    // 、 and the full-width comma part items; [电子信息、先进制造] would be one item.
    ['电子信息、先进制造', '[电子信息, 先进制造]'],
    ['电子信息，先进制造', '[电子信息, 先进制造]'],
    // Brackets typed in full width are the list's own, not an item's.
    ['［electronic_information］', '[electronic_information]'],
    ['【电子信息】', '[电子信息]'],
    ['electronic_information, advanced_manufacturing', '[electronic_information, advanced_manufacturing]'],
    ['电子信息', '[电子信息]'],
  ])('%s is answered with the list of its items: fields: %s', (written, list) => {
    const app = validApplication('1') as unknown as Record<string, unknown>;
    app.fields = written;
    expect(fieldsSaid(checkApplication(app).result.findings)).toEqual([
      `fields: 应为列表，实际是文字：请写成 fields: ${list}。`,
    ]);
    expect(fieldsSaid(checkApplication(app, { lang: 'en' }).result.findings)).toEqual([
      `fields: expected a list, got text: write fields: ${list}.`,
    ]);
  });
});
