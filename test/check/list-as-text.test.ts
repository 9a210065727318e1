import { describe, expect, it } from 'vitest';
import { checkApplication } from '../support/check-application.js';
import { validApplication } from '../support/valid-application.js';

/** Line 1's valid application with one key set to what an applicant wrote. */
function writing(key: string, value: unknown): Record<string, unknown> {
  const app = validApplication('1') as unknown as Record<string, unknown>;
  app[key] = value;
  return app;
}

/** What check says at one path of it, in one language. */
const saidAt = (app: Record<string, unknown>, path: string, lang: 'zh' | 'en') =>
  checkApplication(app, { lang })
    .result.findings.filter((f) => f.path === path)
    .map((f) => f.message);

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
    // Items pasted from Word with their bullets, a line each, which YAML reads as one text.
    ['• 电子信息 • 新材料', '[电子信息, 新材料]'],
    // Items each with its dash glued to it (-电子信息 on lines of their own), read as one text.
    ['-电子信息 -新材料', '[电子信息, 新材料]'],
    ['-电子信息 - 新材料', '[电子信息, 新材料]'],
  ])('%s is answered with the list of its items: fields: %s', (written, list) => {
    const app = writing('fields', written);
    expect(saidAt(app, 'fields', 'zh')).toEqual([`fields: 应为列表，实际是文字：请写成 fields: ${list}。`]);
    expect(saidAt(app, 'fields', 'en')).toEqual([`fields: expected a list, got text: write fields: ${list}.`]);
  });
});

describe('two options run together in one list item', () => {
  it.each([
    ['电子信息、先进制造', 'electronic_information, advanced_manufacturing'],
    ['electronic_information，advanced_manufacturing', 'electronic_information, advanced_manufacturing'],
  ])('%s is told to be parted by a comma, with the ids to write: %s', (item, ids) => {
    const app = writing('fields', [item]);
    expect(saidAt(app, 'fields[0]', 'zh')).toEqual([
      `fields[0]: 「${item}」是连在一起的几项：列表的各项之间用半角逗号加空格分开，请写成 ${ids}。`,
    ]);
    expect(saidAt(app, 'fields[0]', 'en')).toEqual([
      `fields[0]: "${item}" is several items run together: the items of a list are parted by an ASCII comma and a space; write ${ids}.`,
    ]);
  });

  it('is said of a list item only: applicant.type: 企业、高校 keeps the options', () => {
    const app = validApplication('1');
    app.applicant.type = '企业、高校';
    const [said] = checkApplication(app).result.findings.filter((f) => f.path === 'applicant.type');
    expect(said?.message).toMatch(/^applicant\.type: 「企业、高校」不是可选的取值；可选：enterprise（企业）/);
  });
});

describe('the project leader written as text (leader: 王伟)', () => {
  it.each([
    ['王伟', '{ name: 王伟 }'],
    // Text a flow mapping would read otherwise is left for the applicant to place.
    ['王伟, 李明', '{ name: … }'],
  ])('%s is answered with the mapping to write: leader: %s', (written, mapping) => {
    const app = writing('leader', written);
    expect(saidAt(app, 'leader', 'zh')).toEqual([
      `leader: 应为映射（键: 值），实际是文字：请写成 leader: ${mapping}。`,
    ]);
    expect(saidAt(app, 'leader', 'en')).toEqual([
      `leader: expected a mapping (key: value), got text: write leader: ${mapping}.`,
    ]);
  });
});

describe('a list written as none (无)', () => {
  it('is answered with the empty list where a list may be empty (partners), and with the item where it may not (fields)', () => {
    expect(saidAt(writing('partners', '无'), 'partners', 'zh')).toEqual([
      'partners: 应为列表，实际是文字：请写成 partners: []。',
    ]);
    expect(saidAt(writing('partners', '没有'), 'partners', 'en')).toEqual([
      'partners: expected a list, got text: write partners: [].',
    ]);
    expect(saidAt(writing('fields', '无'), 'fields', 'zh')).toEqual([
      'fields: 应为列表，实际是文字：请写成 fields: [无]。',
    ]);
  });
});

describe('a partner written as its name with its nature in brackets', () => {
  it('is answered with the mapping, the nature under type and the name without it; brackets that name no nature stay', () => {
    const app = writing('partners', [
      '桂林电子科技大学（高校）',
      'Siemens AG (enterprise)',
      '桂林理工大学（雁山校区）',
    ]);
    expect(saidAt(app, 'partners[0]', 'zh')).toEqual([
      'partners[0]: 应为映射（键: 值），实际是文字：请写成 { name: 桂林电子科技大学, type: university }。',
    ]);
    expect(saidAt(app, 'partners[1]', 'en')).toEqual([
      'partners[1]: expected a mapping (key: value), got text: write { name: Siemens AG, type: enterprise }.',
    ]);
    expect(saidAt(app, 'partners[2]', 'zh')).toEqual([
      'partners[2]: 应为映射（键: 值），实际是文字：请写成 { name: 桂林理工大学（雁山校区）, type: … }。',
    ]);
  });
});
