import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../src/report/draw-table.js';

/** `drawTable` stands in for cli-table3 in `match`: the same table, to the byte. */
const c = new Chalk({ level: 1 });
const COLOURS = [c.bold, c.dim, c.red, c.yellow, c.green, c.cyan];

const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'word ',
    ' ',
    '100–150',
    '≤5',
    '符合',
    '桂林电子科技大学',
    '「合作」',
    '（万元）',
    '：',
    '✓',
    '✗',
    '→',
    '?',
    '…',
    '一般项目 30–50',
    '😀',
    'é',
    'e\u0301',
    '\u200b',
    '\u3000',
    'ｘ',
  ),
  fc.string({ maxLength: 3 }).filter((s) => !s.includes('\n') && !s.includes('\x1b')),
);
const colouredPiece = fc.oneof(
  { weight: 4, arbitrary: piece },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...COLOURS), piece).map(([f, p]) => f(p)) },
  // A colour left open at a line's end: cli-table3 closes it there and opens it on the next.
  { weight: 1, arbitrary: fc.constantFrom('\x1b[32m', '\x1b[39m', '\x1b[1m', '\x1b[22m', '\x1b[0m', '\x1b[41m') },
);
const line = fc.array(colouredPiece, { maxLength: 8 }).map((p) => p.join(''));
const cell = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    widths: fc.array(fc.integer({ min: 3, max: 24 }), { minLength: columns, maxLength: columns }),
    head: fc.array(cell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 4 }),
  }),
);

function cliTable3(head: string[], rows: string[][], widths: number[]): string {
  const t = new Table({ head, colWidths: [...widths], style: { head: [], border: [] } });
  for (const r of rows) t.push(r);
  return t.toString();
}

describe('drawTable draws what cli-table3 draws', () => {
  it('on generated tables: wide characters, colours, lines cut to fit, cells of several lines', () => {
    fc.assert(
      fc.property(table, ({ widths, head, rows }) => {
        expect(drawTable(head, rows, widths)).toBe(cliTable3(head, rows, widths));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  });

  it('a table with a header only, and one whose lines are all cut', () => {
    expect(drawTable(['编号', 'title'], [], [6, 8])).toBe(cliTable3(['编号', 'title'], [], [6, 8]));
    const long = [[c.green('符合符合符合符合'), 'a very long line of English\n第二行也很长很长很长']];
    expect(drawTable(['a', 'b'], long, [5, 7])).toBe(cliTable3(['a', 'b'], long, [5, 7]));
  });
});
