import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
  type IRunOptions,
} from 'docx';
import { msg, type Lang } from '../i18n/index.js';
import { docxMessages, type DocxMessages } from '../i18n/messages/docx.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { displayWidth } from '../report/wrap-text.js';
import type { Block, OutlineBlock } from './outline.js';
import type { ProposalOutline } from './proposal-md.js';

/**
 * 申报书.docx: the outline rendered for Word and WPS. The look is that of the 申报书 a
 * city's offices hand out: A4, 黑体 headings (一级 三号, 二级 小三), 仿宋 小四 body at
 * 1.5 lines, 宋体 五号 in tables, page numbers from the first page after the cover.
 * Headings use Word's built-in Heading 1/2 with outline levels, so the navigation pane
 * of Word, WPS and LibreOffice lists the sections. What the applicant must replace (the
 * guide's requirements, 【…】) is set in 楷体 and blue, in styles of its own.
 */

// Sizes in half-points: 二号 22pt, 三号 16pt, 小三 15pt, 小四 12pt, 五号 10.5pt.
const SIZE = { cover: 44, h1: 32, h2: 30, body: 24, table: 21, footer: 21 };
const FONT = { hei: '黑体', fang: '仿宋', song: '宋体', kai: '楷体', latin: 'Times New Roman' };
const GUIDANCE_COLOUR = '1F4E9C';
const font = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin });
// A4 in twentieths of a point; margins 2.54 cm top and bottom, 2.8 / 2.6 cm left and right.
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Style ids: stable, since `export` and the tests find the document's parts by them. */
const STYLE = {
  guidance: 'Guidance',
  guideText: 'GuideText',
  tableText: 'TableText',
  coverTitle: 'CoverTitle',
  coverField: 'CoverField',
} as const;

export interface DocxOptions {
  /** Only the cover and the first section (项目基本信息): what `export` writes. */
  basicInfoOnly?: boolean;
}

export async function outlineDocx(outline: ProposalOutline, lang: Lang, opts: DocxOptions = {}): Promise<Buffer> {
  const m = msg(docxMessages, lang);
  const blocks = opts.basicInfoOnly ? firstSection(outline.blocks) : outline.blocks;
  // The outline's own notes (how to fill it in) open the body, set apart as guidance.
  const notes = blocks.find((x) => x.kind === 'quote');
  const body: (Paragraph | Table)[] = [];
  let pageBreak = false;
  let taken = false;
  for (const [i, b] of blocks.entries()) {
    if (taken) {
      taken = false;
      continue;
    }
    if (b.kind === 'heading' && b.level === 1) continue; // the cover carries the title
    if (b.kind === 'rule') {
      pageBreak = true;
      continue;
    }
    if (b === notes) {
      body.push(heading(m.notesTitle, 1), ...quoteParagraphs(b.lines, STYLE.guidance));
      continue;
    }
    const next = blocks[i + 1];
    if (b.kind === 'paragraph' && next?.kind === 'list' && next.items.length === 1) {
      body.push(leadInWithList(b, next, lang, blocks[i + 2]?.kind));
      taken = true;
    } else body.push(...render(b, pageBreak, lang, next?.kind));
    pageBreak = false;
  }
  const doc = new Document({
    creator: 'guilin-grants',
    title: outline.title,
    description: outline.cover.line,
    styles: styles(m.styleNames),
    features: { updateFields: false },
    sections: [
      {
        properties: { page: page(), titlePage: false },
        children: cover(outline, m),
      },
      {
        properties: { page: { ...page(), pageNumbers: { start: 1 } } },
        footers: { default: pageFooter() },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The blocks up to the second `##`: the title, the notes and 一、项目基本信息. */
function firstSection(blocks: readonly OutlineBlock[]): OutlineBlock[] {
  const h2 = blocks.map((b, i) => (b.kind === 'heading' && b.level === 2 ? i : -1)).filter((i) => i >= 0);
  return blocks.slice(0, h2[1] ?? blocks.length);
}

function page() {
  return {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
  };
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.footer, font: font(FONT.song) }),
        ],
      }),
    ],
  });
}

function cover(outline: ProposalOutline, m: DocxMessages): (Paragraph | Table)[] {
  const c = outline.cover;
  const fields: [string, string | null][] = [
    [m.coverFields.title, c.title],
    [m.coverFields.applicant, c.applicant],
    [m.coverFields.leader, c.leader],
    [m.coverFields.line, c.line],
    [m.coverFields.category, c.category],
    [m.coverFields.date, null],
  ];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const underline = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  // 三号 is 320 twentieths of a point a Chinese character; a cell's margins take 216.
  const label = Math.max(...fields.map(([name]) => displayWidth(name) + 2)) * 160 + 216;
  /** A field's name, or its value written on a line (`bottom`). */
  const cell = (width: number, bottom: IBorderOptions, text: { text: string } | { children: TextRun[] }) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.BOTTOM,
      borders: { top: none, left: none, right: none, bottom },
      children: [new Paragraph({ style: STYLE.coverField, ...text })],
    });
  return [
    ...[0, 1, 2].map(() => new Paragraph({ style: STYLE.coverField, children: [] })),
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(outline.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1600 },
      children: [new TextRun({ text: m.coverGuide(outline.guide), size: SIZE.body, font: font(FONT.kai) })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [label, TEXT_WIDTH - label],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: fields.map(
        ([name, value]) =>
          new TableRow({
            children: [
              cell(label, none, { text: m.coverLabel(name) }),
              cell(TEXT_WIDTH - label, underline, { children: runs(value ?? '') }),
            ],
          }),
      ),
    }),
  ];
}

/**
 * A block as paragraphs and tables. A paragraph that leads into what follows it (其他考核
 * 指标：, 请按年度列出：, 指南原文（研究内容）：), and the last item of a list before a
 * table, is kept on the page of what it introduces: left at the foot of the page before,
 * it introduced nothing there, and the table or quote stood on the next without it. One
 * that leads into a list of one item is one paragraph with it (leadInWithList).
 */
function render(b: Block, pageBreakBefore: boolean, lang: Lang, next?: Block['kind']): (Paragraph | Table)[] {
  const intoTable = next === 'table';
  switch (b.kind) {
    case 'heading':
      return [heading(b.text, b.level - 1, pageBreakBefore)];
    case 'paragraph': {
      const text = b.lines.join(lineJoiner(b.lines));
      return [
        new Paragraph({
          style: isFillIn(text) ? STYLE.guidance : undefined,
          keepNext: intoTable || next === 'quote' || next === 'list' || undefined,
          children: runs(text),
        }),
      ];
    }
    case 'quote':
      return quoteParagraphs(b.lines, STYLE.guideText);
    case 'list':
      return b.items.map(
        (item, i) =>
          new Paragraph({
            // A bulleted requirement is answered in the applicant's words; a numbered item (an attachment) stays.
            style: (!b.ordered && quotesGuide(item, lang)) || isFillIn(item) ? STYLE.guidance : undefined,
            // Wrapped lines stand under the text, not under the bullet.
            indent: { left: 480 + 240, hanging: 240 },
            keepNext: (intoTable && i === b.items.length - 1) || undefined,
            children: runs(`${b.ordered ? `${i + 1}. ` : '• '}${item}`),
          }),
      );
    case 'table':
      return [table(b.header, b.rows), new Paragraph({ children: [] })];
    case 'rule':
      return [];
  }
}

/**
 * A paragraph that leads into a list of one item, and the item, as one paragraph that is
 * never split, a line each: LibreOffice left What the guide asks of this line's results
 * (quoted): at the foot of a page and its one quotation on the next, keep with next or not
 * (on the item too, or with a table right after), where it keeps a paragraph's own lines
 * together. The item keeps its look, guidance or not, the lead-in that of the body; a
 * longer list keeps its items' hanging indent, which one paragraph cannot give them.
 */
function leadInWithList(
  lead: Extract<Block, { kind: 'paragraph' }>,
  list: Extract<Block, { kind: 'list' }>,
  lang: Lang,
  after?: Block['kind'],
): Paragraph {
  const text = lead.lines.join(lineJoiner(lead.lines));
  const guidance = list.items.map((item) => (!list.ordered && quotesGuide(item, lang)) || isFillIn(item));
  // In a paragraph of guidance the lead-in is set as the body is; in one of the body, guidance as its style.
  const styled = guidance.every(Boolean);
  const look = (isGuidance: boolean): IRunOptions =>
    isGuidance === styled
      ? {}
      : isGuidance
        ? { font: font(FONT.kai), color: GUIDANCE_COLOUR }
        : { font: font(FONT.fang), color: 'auto' };
  return new Paragraph({
    style: styled ? STYLE.guidance : undefined,
    indent: { left: 480, firstLine: 0 },
    keepLines: true,
    keepNext: after === 'table' || undefined,
    children: [
      ...runs(text, look(false)),
      ...list.items.flatMap((item, i) => [
        new TextRun({ break: 1 }),
        ...runs(`${list.ordered ? `${i + 1}. ` : '• '}${item}`, look(guidance[i]!)),
      ]),
    ],
  });
}

function heading(text: string, level: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level <= 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    children: runs(text),
  });
}

/** A quote's lines: `''` parts its paragraphs; the lines of one paragraph are one text. */
function quoteParagraphs(lines: readonly string[], style: string): Paragraph[] {
  const paragraphs: string[][] = [[]];
  for (const l of lines) {
    if (l === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(l);
  }
  return paragraphs.filter((p) => p.length).map((p) => new Paragraph({ style, children: runs(p.join(lineJoiner(p))) }));
}

/** Markdown wraps lines where a space would fall in English; Chinese runs on without one. */
function lineJoiner(lines: readonly string[]): string {
  return lines.some((l) => /[\u3400-\u9fff]/.test(l)) ? '' : ' ';
}

function table(header: readonly string[], rows: readonly string[][]): Table {
  const widths = columnWidths(header, rows);
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          style: STYLE.tableText,
          alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: runs(text, head ? { bold: true } : {}),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: header.map((_, i) => cell(r[i] ?? '', i, false)) })),
    ],
  });
}

/**
 * Each column as wide as its longest text asks, within a floor and a ceiling, filling
 * the page's width: never narrower than its heading, and wide where nothing is written
 * yet (the applicant writes there).
 */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const want = header.map((h, i) => {
    const texts = rows.map((r) => displayWidth(r[i] ?? ''));
    const blank = texts.every((w) => w === 0);
    return Math.min(40, Math.max(displayWidth(h) + 2, blank ? 16 : 6, ...texts));
  });
  // A short label (高校, 科研院所, 中国), or a short heading (序号, No., Met), is never cut
  // in two: its column is at least as wide as it; the other columns share what is left,
  // as wide as their texts ask.
  const kept = (width: number) => (width <= SHORT_LABEL ? width * COLUMN_TWIPS + CELL_MARGINS : 0);
  const floor = header.map((h, i) =>
    Math.max(kept(displayWidth(h)), kept(Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ''))))),
  );
  const held = new Set<number>();
  const share = (i: number) => {
    const room = TEXT_WIDTH - [...held].reduce((a, j) => a + floor[j]!, 0);
    const rest = want.reduce((a, w, j) => a + (held.has(j) ? 0 : w), 0);
    return Math.floor((room * want[i]!) / rest);
  };
  for (let more = true; more; ) {
    const under = want.map((_, i) => i).filter((i) => !held.has(i) && share(i) < floor[i]!);
    for (const i of under) held.add(i);
    more = under.length > 0;
  }
  const widths = want.map((_, i) => (held.has(i) ? floor[i]! : share(i)));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The widest cell text (in display columns: 科研院所 is 8) that is kept on one line. */
const SHORT_LABEL = 8;
/** Twips one display column of 五号 text takes (a Chinese character takes two; a Latin letter may take more than one), and a cell's margins (160) with room for that. */
const COLUMN_TWIPS = 105;
const CELL_MARGINS = 300;

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|【[^】]*】|\[[^\]]*\])/;

/** A text's runs: `**bold**` bold, `code` in a fixed font, 【what to fill in】 ([…]) in the guidance colour. */
function runs(text: string, base: IRunOptions = {}): TextRun[] {
  return text
    .split(INLINE)
    .filter((s) => s !== '')
    .map((s) => {
      if (s.startsWith('**') && s.endsWith('**')) return new TextRun({ ...base, text: s.slice(2, -2), bold: true });
      if (s.startsWith('`') && s.endsWith('`'))
        return new TextRun({ ...base, text: s.slice(1, -1), font: { ascii: 'Consolas', hAnsi: 'Consolas' } });
      if (s.startsWith('【') || s.startsWith('[')) return new TextRun({ ...base, text: s, color: GUIDANCE_COLOUR });
      return new TextRun({ ...base, text: s });
    });
}

/** A paragraph that is all 【…】 ([…] in English): a prompt the applicant writes over. */
function isFillIn(text: string): boolean {
  return /^(【[^】]*】|\[[^\]]*\])[。.]?$/.test(text.trim());
}

/**
 * A list item quoting the guide (「…」), or one of the tool's own checks said as not the guide's:
 * a requirement the applicant answers in their own words.
 */
function quotesGuide(text: string, lang: Lang): boolean {
  return text.includes('「') || text.includes(msg(scaffoldMessages, lang).notGuide);
}

/** The styles of the document's own, each under the id in STYLE and its name in the reader's language. */
const OWN_STYLES: Record<keyof typeof STYLE, Omit<IParagraphStyleOptions, 'id' | 'name'>> = {
  guidance: {
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: SIZE.body, font: font(FONT.kai), color: GUIDANCE_COLOUR },
  },
  guideText: {
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: SIZE.body, font: font(FONT.kai) },
    paragraph: {
      indent: { left: 420, right: 420, firstLine: 0 },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
    },
  },
  tableText: {
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: SIZE.table, font: font(FONT.song) },
    paragraph: { indent: { firstLine: 0 }, spacing: { line: 276, before: 0, after: 0 } },
  },
  coverTitle: {
    basedOn: 'Normal',
    run: { size: SIZE.cover, bold: true, font: font(FONT.hei) },
    paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 1200, after: 600 } },
  },
  coverField: {
    basedOn: 'Normal',
    run: { size: SIZE.h1, font: font(FONT.fang) },
    paragraph: { indent: { firstLine: 0 }, spacing: { before: 240, after: 0, line: 360 } },
  },
};

function styles(names: Record<keyof typeof STYLE, string>) {
  const body = { size: SIZE.body, font: font(FONT.fang) };
  const paragraphStyles = (Object.keys(STYLE) as (keyof typeof STYLE)[]).map(
    (k): IParagraphStyleOptions => ({ id: STYLE[k], name: names[k], ...OWN_STYLES[k] }),
  );
  return {
    default: {
      document: {
        run: body,
        // 1.5 lines, the first line indented by two characters, as Chinese prose is set.
        paragraph: { spacing: { line: 360, before: 0, after: 0 }, indent: { firstLine: 480 } },
      },
      heading1: {
        run: { size: SIZE.h1, bold: false, color: '000000', font: font(FONT.hei) },
        paragraph: { outlineLevel: 0, keepNext: true, indent: { firstLine: 0 }, spacing: { before: 360, after: 120 } },
      },
      heading2: {
        run: { size: SIZE.h2, bold: false, italics: false, color: '000000', font: font(FONT.hei) },
        paragraph: { outlineLevel: 1, keepNext: true, indent: { firstLine: 0 }, spacing: { before: 240, after: 120 } },
      },
    },
    paragraphStyles,
  };
}
