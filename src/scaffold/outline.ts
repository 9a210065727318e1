/**
 * The 申报书 outline as blocks: what `proposal.md` and `申报书.docx` are both rendered
 * from (`outlineMd` below, `outline-docx.ts`). It is read off the filled template
 * (templates/LANG/proposal.md), which stays the one place the outline's words are
 * written; the reader knows only the markdown the templates are written in
 * (templates/README.md): headings, paragraphs, `>` quotes, `-` and `1.` lists, pipe
 * tables and `---`. Text keeps its inline marks (`**bold**`, `` `code` ``); table
 * cells are kept unescaped.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  /** Lines after `>`, '' for a bare `>` (a break between the quote's paragraphs). */
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'rule' };

/** A block and the blank lines before it (more than one where an empty slot took a line away). */
export type OutlineBlock = Block & { gap: number };

const HEADING = /^(#{1,6}) (.*)$/;
const QUOTE = /^>(?: (.*))?$/;
const BULLET = /^- (.*)$/;
const NUMBERED = /^\d+\. (.*)$/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|(?:\s*:?-+:?\s*\|)+$/;

export function readOutline(markdown: string): OutlineBlock[] {
  const lines = markdown.replace(/\n$/, '').split('\n');
  const blocks: OutlineBlock[] = [];
  let gap = 0;
  let i = 0;
  const push = (b: Block) => {
    blocks.push({ ...b, gap });
    gap = 0;
  };
  /** Consecutive lines from i that `test` accepts, mapped by `take`. */
  const run = <T>(test: (l: string) => RegExpExecArray | boolean | null, take: (l: string) => T): T[] => {
    const out: T[] = [];
    while (i < lines.length && test(lines[i]!)) out.push(take(lines[i++]!));
    return out;
  };
  /** A run of lines of one kind (quote, bullet, number): what follows the mark of each. */
  const marked = (mark: RegExp) =>
    run(
      (l) => mark.exec(l),
      (l) => mark.exec(l)![1] ?? '',
    );
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      gap++;
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (line === '---') {
      push({ kind: 'rule' });
      i++;
    } else if (QUOTE.test(line)) {
      push({ kind: 'quote', lines: marked(QUOTE) });
    } else if (BULLET.test(line)) {
      push({ kind: 'list', ordered: false, items: marked(BULLET) });
    } else if (NUMBERED.test(line)) {
      push({ kind: 'list', ordered: true, items: marked(NUMBERED) });
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const header = cells(line);
      i += 2;
      push({ kind: 'table', header, rows: run((l) => TABLE_ROW.test(l), cells) });
    } else {
      const goesOn = (l: string) =>
        l !== '' && l !== '---' && ![HEADING, QUOTE, BULLET, NUMBERED, TABLE_ROW].some((re) => re.test(l));
      i++;
      push({ kind: 'paragraph', lines: [line, ...run(goesOn, (l) => l)] });
    }
  }
  return blocks;
}

/** `| a | b \| c | |` → `['a', 'b | c', '']`. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** The markdown of `blocks`: `readOutline`'s inverse, byte for byte. */
export function outlineMd(blocks: readonly OutlineBlock[]): string {
  const row = (cs: readonly string[]) => `|${cs.map((c) => (c ? ` ${c.replace(/\|/g, '\\|')} ` : ' ')).join('|')}|`;
  const out: string[] = [];
  for (const b of blocks) {
    for (let n = 0; n < b.gap; n++) out.push('');
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(...b.lines);
        break;
      case 'quote':
        out.push(...b.lines.map((l) => (l === '' ? '>' : `> ${l}`)));
        break;
      case 'list':
        out.push(...b.items.map((item, n) => `${b.ordered ? `${n + 1}.` : '-'} ${item}`));
        break;
      case 'table':
        out.push(row(b.header), row(b.header.map(() => '---')), ...b.rows.map(row));
        break;
      case 'rule':
        out.push('---');
        break;
    }
  }
  return `${out.join('\n')}\n`;
}
