import utils from 'cli-table3/src/utils.js';

/** cli-table3's cut and padding of one line of a cell, measuring the line once rather than four times when it fits. */
function fit(text: string, width: number): string {
  const w = utils.strlen(text);
  return w <= width ? text + ' '.repeat(width - w) : utils.pad(utils.truncate(text, width, '…'), width, ' ', undefined);
}

function border(left: string, joint: string, right: string, widths: readonly number[]): string {
  return `${left}${widths.map((w) => '─'.repeat(w)).join(joint)}${right}`;
}

/**
 * What `new Table({ head, colWidths, style: { head: [], border: [] } }).toString()` of
 * cli-table3 draws, without its per-cell option merging and layout machinery (most of
 * the time `match` spent drawing). Each line of a cell is cut and padded by
 * cli-table3's own helpers, so the table is the same to the byte; the tests hold it
 * to cli-table3 itself.
 */
export function drawTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): string {
  const out: string[] = [];
  [head, ...rows].forEach((row, y) => {
    // cli-table3 closes a colour at the end of a cell's line and opens it again on the next.
    const cells = widths.map((_, x) => utils.colorizeLines(String(row[x] ?? '').split('\n')));
    out.push(y === 0 ? border('┌', '┬', '┐', widths) : border('├', '┼', '┤', widths));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let n = 0; n < height; n++) {
      let line = '';
      cells.forEach((lines, x) => {
        const width = widths[x]!;
        const text = lines[n];
        line += text === undefined ? `│${' '.repeat(width)}` : `│ ${fit(text, width - 2)} `;
      });
      out.push(`${line}│`);
    }
  });
  out.push(border('└', '┴', '┘', widths));
  return out.join('\n');
}
