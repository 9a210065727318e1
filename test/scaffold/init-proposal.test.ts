import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliContext } from '../../src/cli/context.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { printInit } from '../../src/cli/commands/init.js';
import { initProposal } from '../../src/scaffold/init-proposal.js';

const g = loadGuideline(undefined, 'zh');
let dir: string;
let out: string[];
let ctx: CliContext;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-proposal-'));
  out = [];
  ctx = {
    lang: 'zh',
    guideline: async () => g,
    out: (t) => void out.push(t),
    err: (t) => void out.push(`ERR ${t}`),
    colorOut: false,
    colorErr: false,
    interactive: false,
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('takes the answers match already holds as the profile, tier included', async () => {
  const target = join(dir, 'demo');
  const made = await initProposal(g, 'zh', '16', target, {
    profile: {
      tier: 'major',
      applicant: { name: '桂林某某生态农业有限公司', type: 'enterprise', inGuilin: true },
      ecoIndustry: true,
      funding: { requested: 150 },
    },
  });
  expect(made.result).toMatchObject({
    code: '16',
    tier: 'major',
    dir: target,
    dryRun: false,
    written: true,
    placeholders: 5,
  });
  const app = parse(readFileSync(join(target, 'application.yaml'), 'utf8'));
  expect(app).toMatchObject({
    project: 16,
    tier: 'major',
    ecoIndustry: true,
    funding: { requested: 150, matching: null },
  });
  expect(app.applicant).toEqual({
    name: '桂林某某生态农业有限公司',
    type: 'enterprise',
    inGuilin: true,
    creditCode: null,
  });
  expect(readFileSync(join(target, 'proposal.md'), 'utf8')).toContain(
    '| 申请市财政资助 | 150 万元（指南：重大项目 100–200 万元） |',
  );
  await printInit(ctx, made, false);
  expect(out[0]!.split('\n')[0]).toBe(
    `已在 ${target} 中生成「项目16 桂林市国家可持续发展议程创新示范区建设与应用示范（重大项目）」的申报材料：`,
  );
});

it('a talent route other than introduced asks for the service ratio, and no recognition document', async () => {
  const target = join(dir, 't');
  await initProposal(g, 'zh', '9', target, { profile: { talent: { route: 'academician' } } });
  const text = readFileSync(join(target, 'application.yaml'), 'utf8');
  const app = parse(text);
  expect(app.talent).toEqual({ route: 'academician', name: null, serviceRatio: null });
  expect(app.attachments).toEqual([]);
  expect(readFileSync(join(target, 'attachments.md'), 'utf8')).toContain('本方向的申报指南没有要求专门的附件。');
});

it('one cooperation agreement per stated partner, and a translation for the foreign one', async () => {
  const target = join(dir, 'p');
  await initProposal(g, 'zh', '13', target, {
    profile: {
      partners: [
        { name: '桂林电子科技大学', type: 'university', country: 'CN' },
        { name: 'Fraunhofer IPA', type: 'research_institute', country: 'DE' },
      ],
    },
  });
  const app = parse(readFileSync(join(target, 'application.yaml'), 'utf8'));
  expect(app.attachments).toEqual([
    { kind: 'cooperation_agreement', partner: '桂林电子科技大学', file: 'attachments/合作协议-桂林电子科技大学.pdf' },
    { kind: 'cooperation_agreement', partner: 'Fraunhofer IPA', file: 'attachments/合作协议-Fraunhofer IPA.pdf' },
    {
      kind: 'agreement_translation',
      partner: 'Fraunhofer IPA',
      file: 'attachments/合作协议中文译文-Fraunhofer IPA.pdf',
    },
  ]);
});

it.each([
  [
    'zh',
    ['| 桂林电子科技大学 | 高校 | 中国 |', '| Fraunhofer IPA | 科研院所 | 德国 |', '| 桂林理工大学 | 高校 | 中国 |'],
  ],
  [
    'en',
    [
      '| 桂林电子科技大学 | University | China |',
      '| Fraunhofer IPA | Research institute | Germany |',
      '| 桂林理工大学 | University | China |',
    ],
  ],
] as const)(
  "the proposal names each partner's country as its reader does, not by its code (%s)",
  async (lang, rows) => {
    const target = join(dir, `c-${lang}`);
    await initProposal(loadGuideline(undefined, lang), lang, '13', target, {
      profile: {
        partners: [
          { name: '桂林电子科技大学', type: 'university', country: 'CN' },
          { name: 'Fraunhofer IPA', type: 'research_institute', country: 'DE' },
          { name: '桂林理工大学', type: 'university' },
        ],
      },
    });
    const md = readFileSync(join(target, 'proposal.md'), 'utf8');
    for (const row of rows) expect(md).toContain(row);
  },
);
