import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/report/wrap-text.js';

const closes0 = (token: string) => /^[。，、；：！？）」』》〉】”’％:;!?]$/u.test(token);

/** How lines were wrapped when each was measured whole at every token (a word wider than a line broken where it must; opening punctuation never last, closing never first): the output must not change. */
function measuredWhole(text: string, max: number): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const out: string[] = [];
      let line = '';
      const tokens =
        paragraph.match(
          /\x1b\[[0-9;]*m|≤?\d[\d.,–]* ?万元|(?:≤?\d[\d.,–]* )?\(10,000 CNY\)[.,;:]?\s*|(?<!\S)(?:1 [a-z]+|\d+ [a-z]+s)(?![a-z])\s*|≤?\d+ [份个项条处]\s*|[A-Za-z0-9&'’().,\-–≤_`]+\s*|万元|\s+|./gu,
        ) ?? [];
      // The English unit or a count with its noun, too wide for the line, parts at its spaces;
      // a figure and its unit part first between the two, if the unit then fits whole.
      const unitOf = (t: string) => /\(10,000 CNY\)[.,;:]?\s*$/.exec(t)?.[0] ?? t;
      for (const token of tokens.flatMap((t) =>
        /\S \S/.test(t) && displayWidth(t.trimEnd()) > max
          ? unitOf(t) !== t && displayWidth(unitOf(t).trimEnd()) <= max
            ? [t.slice(0, -unitOf(t).length), unitOf(t)]
            : t.match(/\S+\s*/g)!
          : [t],
      )) {
        if (displayWidth(line + token.trimEnd()) > max && line) {
          const chars = [...line];
          // A straight double quote right after text closes it.
          // As is a token starting with '.', ',' or '-' right after text (a file's extension).
          const closing =
            closes0(token) ||
            (token.trimEnd() === '"' && !/\s$/.test(line)) ||
            (/^[.,-]/.test(token) && /\S$/.test(line));
          const amount = /(?:≤?\d[\d.,–]* ?)?万元$/.exec(line)?.[0] ?? '';
          const unit = closing && amount !== '' && chars.length > [...amount].length;
          const word = /[A-Za-z0-9&'’().,\-–≤_`]+$/.exec(line)?.[0] ?? '';
          const latin = closing && !unit && word !== '' && line.slice(0, -word.length).trim() !== '';
          const runOf =
            /(?:[A-Za-z0-9&'’.,\-–≤_]+|[^\sA-Za-z0-9])[。，、；：！？）」』》〉】”’％]+$/u.exec(line)?.[0] ?? '';
          const run = closing && !unit && !latin && runOf !== '' && [...runOf].length < chars.length;
          const last = unit ? amount : latin ? word : run ? runOf : chars.at(-1)!;
          const closes = closing;
          // A straight quote after a space opens: it goes down, before closing punctuation too.
          const quote = last === '"' && /\s/.test(chars.at(-2) ?? '');
          const goesDown =
            chars.length > 1 &&
            (unit ||
              latin ||
              run ||
              quote ||
              (closes
                ? displayWidth(last) === 2 && !/[。，、；：！？）」』》〉】”’％]/u.test(last)
                : /^[（「『《〈【“‘]$/u.test(last))) &&
            displayWidth(last + token.trimEnd()) <= max;
          out.push((goesDown ? line.slice(0, line.length - last.length) : line).trimEnd());
          line = goesDown ? last : '';
        }
        const piece = displayWidth(token) > max ? token.trimEnd() : token;
        if (!line && displayWidth(piece) > max) {
          for (const ch of piece) {
            if (line && displayWidth(line + ch) > max) {
              out.push(line);
              line = '';
            }
            line += ch;
          }
          line += token.slice(piece.length);
          continue;
        }
        line += piece;
      }
      out.push(line.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'word',
    'Guangxi-level',
    ' ',
    '  ',
    '\n',
    '桂林',
    '申请100万元需自筹配套',
    '（1:2）',
    '「桂林电子科技大学」',
    '…',
    '–',
    '😀',
    '\ud83d',
    '\ude00',
    '\x1b[32m',
    '\x1b[39m',
    '\x1b[1m✓\x1b[22m',
    '：',
    ' "',
    '"',
    '万元',
    '30–50 万元。',
    '重点项目 ≤30 万元。',
    ' ≤30 (10,000 CNY).',
    '≤',
    'requests 120 (10,000 CNY)',
    ': 177 applications',
    '3 份申请',
    ' (10,000 CNY).',
    '申报书-基本信息.docx',
    ' `partners`.',
    '`',
    '.',
    ',',
  ),
  fc.string({ maxLength: 4 }),
);

describe('wrapText', () => {
  it('wraps as it did when it measured each line whole at every token', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (pieces, max) => {
        const text = pieces.join('');
        expect(wrapText(text, max)).toBe(measuredWhole(text, max));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
});

describe('a count', () => {
  it('stays with its noun: never 177 / applications, nor 3 / 份申请', () => {
    const heading = '桂林市第0号申报单位 (credit code 91450300MA5L0B2Q1Y): 177 applications';
    expect(wrapText(heading, 58)).toBe('桂林市第0号申报单位 (credit code 91450300MA5L0B2Q1Y):\n177 applications');
    expect(wrapText('Applicant: 3 applications', 20)).toBe('Applicant:\n3 applications');
    expect(wrapText('桂林电子科技大学：3 份申请', 20)).toBe('桂林电子科技大学：\n3 份申请');
    // Wider than the line, it parts at its space, not inside its noun.
    expect(wrapText('177 applications', 12)).toBe('177\napplications');
  });
});

describe('an amount in English', () => {
  it('keeps its unit whole and with its figure: never (10,000 / CNY), nor 120 / (10,000 CNY)', () => {
    expect(wrapText('Guilin Co., Ltd, requests 120 (10,000 CNY)', 30)).toBe(
      'Guilin Co., Ltd, requests\n120 (10,000 CNY)',
    );
    expect(wrapText('Amount (10,000 CNY)', 12)).toBe('Amount\n(10,000 CNY)');
    // Too narrow for the unit: it parts at its space, as any words do.
    expect(wrapText('Amount (10,000 CNY)', 8)).toBe('Amount\n(10,000\nCNY)');
  });
});

describe('an amount up to a figure', () => {
  it('keeps ≤ with its figure and the figure with its unit: never ≤ / 30 万元, nor ≤30 / 万元, nor ≤30 / (10,000 CNY)', () => {
    const zh = '申请资助定在一般项目 2–5 或重点项目 ≤30 万元。';
    expect(wrapText(zh, 15)).toBe('申请资助定在一\n般项目 2–5 或重\n点项目\n≤30 万元。');
    expect(wrapText(zh, 40)).toBe('申请资助定在一般项目 2–5 或重点项目\n≤30 万元。');
    const en = 'Request General project 2–5 or Key project ≤30 (10,000 CNY).';
    expect(wrapText(en, 30)).toBe('Request General project 2–5 or\nKey project ≤30 (10,000 CNY).');
    // Too narrow for the two together: they part between figure and unit, the unit whole.
    expect(wrapText(en, 16)).toBe('Request General\nproject 2–5 or\nKey project ≤30\n(10,000 CNY).');
  });
});

describe('a straight double quote after a space', () => {
  it('opens what follows: it never ends a line, before a word or before closing punctuation', () => {
    expect(wrapText('is followed by a full-width colon "：": YAML', 35)).toBe(
      'is followed by a full-width colon\n"：": YAML',
    );
    expect(wrapText('write "title: value".', 7)).toBe('write\n"title:\nvalue".');
  });

  it('right after text it closes: it never starts a line, what it closes goes down with it', () => {
    expect(wrapText('line 8 "Building Innovation Platforms for S&T Cooperation and Exchange"', 70)).toBe(
      'line 8 "Building Innovation Platforms for S&T Cooperation and\nExchange"',
    );
    expect(wrapText('Clause: "开展乳腺癌早期智能检测研究"', 35)).toBe('Clause: "开展乳腺癌早期智能检测研\n究"');
  });
});

describe('a word wider than its column', () => {
  it('is broken across lines, not cut off', () => {
    expect(wrapText('Paid in annual installments', 8)).toBe('Paid in\nannual\ninstallm\nents');
    expect(wrapText('Supervision Section', 10)).toBe('Supervisio\nn Section');
  });
});

describe('Chinese punctuation that closes', () => {
  it('never starts a line: the character before it goes down with it', () => {
    expect(wrapText('第一申报单位为企业，符合牵头要求。', 32)).toBe('第一申报单位为企业，符合牵头要\n求。');
    expect(wrapText('符合要求」。', 8)).toBe('符合要\n求」。');
    // Unless the two would not fit a line together.
    expect(wrapText('要求。', 2)).toBe('要\n求\n。');
  });
});

describe('English punctuation that closes', () => {
  it('never starts a line: the word before it goes down with it', () => {
    expect(wrapText('new “team + technology + capital” model', 30)).toBe('new “team + technology +\ncapital” model');
    expect(wrapText('(a warning: confirm with the office)', 10)).toBe('(a\nwarning:\nconfirm\nwith the\noffice)');
    expect(wrapText('经济效益不少于 1000。', 20)).toBe('经济效益不少于\n1000。');
    expect(wrapText('技术交易额不少于 1500 万元。', 26)).toBe('技术交易额不少于\n1500 万元。');
    // After closing marks in a row, what the first one closes goes down with them.
    expect(wrapText('请写成 180（不带引号和单位）。', 28)).toBe('请写成 180（不带引号和单\n位）。');
    // An amount is one word: its figure and unit stay together.
    expect(wrapText('桂林配套不足公司 申请 120 万元', 27)).toBe('桂林配套不足公司 申请\n120 万元');
  });
});

describe('a name in backticks', () => {
  it('is one word with its marks: a backtick never ends a line with what it opens on the next', () => {
    expect(wrapText('remove the 1 partner(s) under `partners`.', 36)).toBe(
      'remove the 1 partner(s) under\n`partners`.',
    );
    expect(wrapText('fill it in; `guilin-grants init` writes a template.', 14)).toBe(
      'fill it in;\n`guilin-grants\ninit` writes a\ntemplate.',
    );
  });
});

describe('a file name', () => {
  it('never has its extension cut from it: the character before goes down with it', () => {
    expect(wrapText('另存为 申报书-基本信息.docx）', 22)).toBe('另存为 申报书-基本信\n息.docx）');
    expect(wrapText('复制到 合作项目/申报书.docx 中', 24)).toBe('复制到 合作项目/申报\n书.docx 中');
    expect(wrapText('复制到 申报书-基本信息', 13)).toBe('复制到 申报\n书-基本信息');
  });
});

describe('a colour code', () => {
  it('is never cut in two by a line break', () => {
    const wrapped = wrapText('申请市财政资助金额须在本方向的资助金额范围内 \x1b[2m(funding-range)\x1b[22m', 50);
    expect(wrapped).toBe('申请市财政资助金额须在本方向的资助金额范围内 \x1b[2m\n(funding-range)\x1b[22m');
  });
});

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['桂林', 4],
    ['（1:2）', 7],
    ['ᄀ', 2],
    ['가힣', 4],
    ['︰', 2],
    ['ｘ￦', 4],
    ['…–→✓', 4],
    ['\u10ff\u1160\ua4d0', 3],
    ['😀', 1],
    ['\x1b[32m桂林\x1b[39m', 4],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
