import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/application/schema.js';
import { loadGuideline } from '../../src/guideline/load.js';
import { msg, type Lang } from '../../src/i18n/index.js';
import { pick } from '../../src/i18n/lang.js';
import { docxMessages } from '../../src/i18n/messages/docx.js';
import { scaffoldMessages } from '../../src/i18n/messages/scaffold.js';
import type { OutlineBlock } from '../../src/scaffold/outline.js';
import { partnersAllowed } from '../../src/scaffold/partner-entries.js';
import { proposalDocx } from '../../src/scaffold/proposal-docx.js';
import { proposalMd, proposalOutline } from '../../src/scaffold/proposal-md.js';
import { amountRange, lineName, type ScaffoldInput } from '../../src/scaffold/scaffold-input.js';
import { displayWidth } from '../../src/report/wrap-text.js';
import { readDocx, styleXml } from './read-docx.js';

const PROFILE: Facts = {
  title: '喀斯特石漠化地区生态修复技术集成与示范',
  applicant: { name: '桂林某某生态农业有限公司', type: 'enterprise' },
  leader: { name: '张三' },
  partners: [{ name: '广西师范大学', type: 'university' }],
  funding: { requested: 120, matching: 300 },
};

/** What a reader sees of a text with markdown's inline marks. */
const plain = (s: string) => s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');

const guides = { zh: loadGuideline(undefined, 'zh'), en: loadGuideline(undefined, 'en') };
const cases = guides.zh.lines.flatMap((line) =>
  line.tiers.map((tier) => ({
    name: [line.code, tier.tier].filter(Boolean).join(' '),
    code: line.code,
    tier: tier.tier,
  })),
);

it('covers the 19 lines and both tiers of 15-3 and 16', () => {
  expect(new Set(cases.map((c) => c.code)).size).toBe(19);
  expect(cases.filter((c) => c.code === '15-3' || c.code === '16').map((c) => c.name)).toEqual([
    '15-3 general',
    '15-3 key',
    '16 general',
    '16 major',
  ]);
});

describe.each(['zh', 'en'] as Lang[])('申报书.docx in %s', (lang) => {
  const g = guides[lang];
  const m = msg(scaffoldMessages, lang);
  const d = msg(docxMessages, lang);

  it.each(cases)(
    '$name: cover, 基本信息表, the outline’s sections and tables, budget by year, self-check',
    async (c) => {
      const line = g.line(c.code)!;
      const tier = line.tiers.find((t) => t.tier === c.tier)!;
      const input: ScaffoldInput = { g, line, tier, profile: PROFILE, lang };
      const outline = proposalOutline(input);
      const doc = await readDocx(await proposalDocx(input));

      // The cover: what is known filled in, the date left to fill.
      expect(doc.tables[0]).toEqual([
        [d.coverLabel(d.coverFields.title), PROFILE.title],
        [d.coverLabel(d.coverFields.applicant), PROFILE.applicant!.name],
        [d.coverLabel(d.coverFields.leader), PROFILE.leader!.name],
        [d.coverLabel(d.coverFields.line), lineName(input)],
        [
          d.coverLabel(d.coverFields.category),
          tier.tier ? g.label('tiers', tier.tier, lang) : pick(line.section.title, lang),
        ],
        [d.coverLabel(d.coverFields.date), ''],
      ]);
      expect(doc.paragraphs.find((p) => p.style === 'CoverTitle')?.text).toBe(
        `${g.file.year}${lang === 'zh' ? '年桂林市科技计划项目申报书' : ' Guilin Science and Technology Plan: Project Proposal'}`,
      );

      // 基本信息表: the line, tier, years, amounts, method and office, the applicant and partners.
      const info = doc.tables[1]!;
      const values = info.slice(1).map((r) => r[1]!);
      expect(values).toContain(PROFILE.title);
      expect(values).toContain(lineName(input));
      expect(values).toContain(g.label('fundingMethods', tier.method, lang));
      expect(values).toContain(g.label('offices', line.office, lang));
      expect(values).toContain(PROFILE.applicant!.name);
      expect(values).toContain(PROFILE.leader!.name);
      expect(values).toContain(m.years(line.period.start, line.period.end));
      expect(values).toContain(m.amount(120, m.perGuide(amountRange(input))));
      if (tier.tier) expect(values).toContain(g.label('tiers', tier.tier, lang));
      expect(values).toContain(partnersAllowed(input) ? '广西师范大学' : m.noPartnersAllowed);

      // Every section of the outline as Heading 1 / Heading 2, in order, after the notes.
      const headings = (level: number) =>
        outline.blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [plain(b.text)] : []));
      expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
        d.notesTitle,
        ...headings(2),
      ]);
      expect(doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(headings(3));

      // Every table of the outline, cell for cell: proposal.md and the document say the same.
      const tables = outline.blocks.filter((b): b is Extract<OutlineBlock, { kind: 'table' }> => b.kind === 'table');
      expect(doc.tables.slice(1)).toEqual(tables.map((t) => [t.header, ...t.rows].map((r) => r.map(plain))));
      expect(proposalMd(input)).toContain(`| ${tables[0]!.rows[0]!.join(' | ')} |`);

      // The guide's requirements stand as guidance the applicant writes over.
      const guidance = doc.paragraphs.filter((p) => p.style === 'Guidance').flatMap((p) => p.text.split('\n'));
      const requirementItems = outline.blocks.flatMap((b) =>
        // Quoting the guide, or (the tool's own checks) saying they are not the guide's.
        b.kind === 'list' && !b.ordered
          ? b.items.filter((i) => /「|非指南要求|not a requirement of the guide/.test(i))
          : [],
      );
      expect(requirementItems.length).toBeGreaterThan(0);
      for (const item of requirementItems) expect(guidance).toContain(`• ${plain(item)}`);
      expect(guidance.some((t) => t.startsWith(lang === 'zh' ? '【' : '['))).toBe(true);

      // The budget by year, only for lines paid in installments: a row a year of the line.
      const years: number[] = [];
      for (let y = line.period.start; y <= line.period.end; y++) years.push(y);
      const byYear = doc.tables.find(
        (t) => t.length === years.length + 1 && t[1]![0] === m.year(years[0]!) && t[0]!.length === 4,
      );
      if (tier.method === 'annual_installments') expect(byYear?.slice(1).map((r) => r[0])).toEqual(years.map(m.year));
      else expect(byYear).toBeUndefined();

      // The self-check table closes the document: one numbered row per requirement of the line, on a page of its own.
      const selfCheck = doc.tables[doc.tables.length - 1]!;
      expect(selfCheck.slice(1).map((r) => r[0])).toEqual(line.rules.map((_, i) => String(i + 1)));
      expect(selfCheck.slice(1).every((r) => r[r.length - 1] === '□')).toBe(true);
      expect(doc.document).toMatch(/<w:pageBreakBefore\/>/);
    },
  );

  it.each(cases)(
    '$name: a paragraph that leads into a table or the guide’s words (其他考核指标：, 指南原文（研究内容）：) is kept with them on their page',
    async (c) => {
      const line = g.line(c.code)!;
      const tier = line.tiers.find((t) => t.tier === c.tier)!;
      const doc = await readDocx(await proposalDocx({ g, line, tier, profile: PROFILE, lang }));
      const text = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
      const kept = (p: string) => /<w:keepNext\/>|<w:pStyle w:val="Heading[12]"\/>/.test(p);
      // The body's tables, after the cover's, each with the paragraph just before it.
      const [, ...beforeTables] = doc.document
        .split('<w:tbl>')
        .slice(0, -1)
        .map((xml) => [...xml.replace(/[\s\S]*<\/w:tbl>/, '').matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].at(-1)![0]);
      expect(beforeTables.length).toBe(doc.tables.length - 1);
      // Each quotation of the guide (shaded, in GuideText) with the paragraph that introduces it.
      const body = [
        ...doc.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g),
      ].map((p) => p[0]);
      const quote = (p: string | undefined) => p?.includes('<w:pStyle w:val="GuideText"/>');
      const beforeQuotes = body.filter((p, i) => !quote(p) && quote(body[i + 1]));
      expect(beforeQuotes.length).toBeGreaterThan(0);
      expect([...beforeTables, ...beforeQuotes].filter((p) => !kept(p)).map(text)).toEqual([]);
    },
  );

  it.each(cases)(
    '$name: a paragraph that leads into a list of one item (…results (quoted):) is one with it, never split',
    async (c) => {
      const line = g.line(c.code)!;
      const tier = line.tiers.find((t) => t.tier === c.tier)!;
      const input: ScaffoldInput = { g, line, tier, profile: PROFILE, lang };
      const blocks = proposalOutline(input).blocks;
      const doc = await readDocx(await proposalDocx(input));
      const body = [
        ...doc.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g),
      ].map((p) => p[0]);
      const leads = blocks.flatMap((b, i) => {
        const next = blocks[i + 1];
        return b.kind === 'paragraph' && next?.kind === 'list' && next.items.length === 1
          ? [
              [
                plain(b.lines.join(lang === 'zh' ? '' : ' ')),
                next.items.map((x, n) => `${next.ordered ? `${n + 1}.` : '•'} ${plain(x)}`).join('\n'),
              ] as const,
            ]
          : [];
      });
      // LibreOffice left the lead-in at the foot of a page, keep with next or not, and its item on the next.
      expect(
        leads.map(([lead, item]) => {
          const i = doc.paragraphs.findIndex((p) => p.text.endsWith(item));
          return [lead, doc.paragraphs[i]?.text, /<w:keepLines\/>/.test(body[i] ?? '')];
        }),
      ).toEqual(leads.map(([lead, item]) => [lead, `${lead}\n${item}`, true]));
      if (lang === 'en' && c.code === '1')
        expect(leads.map(([lead]) => lead)).toContain("What the guide asks of this line's results (quoted):");
    },
  );

  it.each(cases)('$name: a short heading (序号, 是否满足, No., Met) stands whole in its column', async (c) => {
    const line = g.line(c.code)!;
    const tier = line.tiers.find((t) => t.tier === c.tier)!;
    const doc = await readDocx(await proposalDocx({ g, line, tier, profile: PROFILE, lang }));
    // Each table's first row: its headings, with the width of their cells (the cover's has none in bold).
    const cut = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].flatMap((t) =>
      [...t[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)]
        .map((cell) => ({
          width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell[1]!)![1]),
          text: [...cell[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
          bold: cell[1]!.includes('<w:b/>'),
        }))
        // 五号: 210 twips a Chinese character, 105 a column of Latin text; 160 of margins.
        .filter((h) => h.bold && displayWidth(h.text) <= 8 && h.width < displayWidth(h.text) * 105 + 160)
        .map((h) => h.text),
    );
    expect(cut).toEqual([]);
  });

  it('is A4 with page numbers after the cover, in the fonts and sizes of a 申报书, its headings in the navigation pane', async () => {
    const line = g.line('5-2')!;
    const doc = await readDocx(await proposalDocx({ g, line, tier: line.tiers[0]!, profile: {}, lang }));
    const pages = [...doc.document.matchAll(/<w:pgSz [^>]*\/>/g)].map((x) => x[0]);
    expect(pages).toHaveLength(2);
    for (const p of pages) expect(p).toMatch(/w:w="11906"/), expect(p).toMatch(/w:h="16838"/);
    expect(doc.document).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(doc.footers).toHaveLength(1);
    expect(doc.footers[0]).toMatch(/PAGE/);

    // 黑体 三号 / 小三 headings with outline levels; 仿宋 小四 body; 楷体 guidance.
    const h1 = styleXml(doc.styles, 'Heading1');
    expect(h1).toMatch(/<w:name w:val="Heading 1"\/>/);
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    expect(h1).toMatch(/<w:sz w:val="32"\/>/);
    expect(h1).toMatch(/<w:outlineLvl w:val="0"\/>/);
    const h2 = styleXml(doc.styles, 'Heading2');
    expect(h2).toMatch(/<w:name w:val="Heading 2"\/>/);
    expect(h2).toMatch(/w:eastAsia="黑体"/);
    expect(h2).toMatch(/<w:sz w:val="30"\/>/);
    expect(h2).toMatch(/<w:outlineLvl w:val="1"\/>/);
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(doc.styles)![0];
    expect(defaults).toMatch(/w:eastAsia="仿宋"/);
    expect(defaults).toMatch(/<w:sz w:val="24"\/>/);
    expect(styleXml(doc.styles, 'Guidance')).toMatch(/w:eastAsia="楷体"/);
    expect(styleXml(doc.styles, 'TableText')).toMatch(/w:eastAsia="宋体"/);
    expect(styleXml(doc.styles, 'Guidance')).toContain(`<w:name w:val="${d.styleNames.guidance}"/>`);

    // Without a profile the cover and 基本信息表 leave the applicant's parts to fill in.
    expect(doc.tables[0]!.map((r) => r[1])).toEqual([
      '',
      '',
      '',
      lineName({ g, line, tier: line.tiers[0]!, profile: {}, lang }),
      pick(line.section.title, lang),
      '',
    ]);
    expect(doc.tables[1]!.find((r) => r[0] === (lang === 'zh' ? '项目名称' : 'Project title'))?.[1]).toBe(m.fillIn);
  });
});

it('the partners table keeps a short label on one line: 中国, 德国, 高校 and 科研院所 each have room (五号: 210 twips a character, 160 of margins)', async () => {
  const g = guides.zh;
  const line = g.line('13')!;
  const profile: Facts = {
    ...PROFILE,
    partners: [
      { name: '桂林电子科技大学', type: 'university', country: 'CN' },
      { name: 'Fraunhofer IPT', type: 'research_institute', country: 'DE' },
    ],
  };
  const doc = await readDocx(await proposalDocx({ g, line, tier: line.tiers[0]!, profile, lang: 'zh' }));
  const table = [...doc.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].find((t) => t[1]!.includes('德国'))![1]!;
  const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => ({
    width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c[1]!)![1]),
    text: [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  for (const label of ['中国', '德国', '高校', '科研院所']) {
    const cell = cells.find((c) => c.text === label)!;
    expect(cell.width, label).toBeGreaterThanOrEqual(210 * label.length + 160);
  }
});
