import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/report/spool.js';

const ours = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`guilin-grants-${process.pid}-`));

describe('a spool (markdown sets its overview and findings aside until the totals are known)', () => {
  it('gives back what it was given, in order, while small', () => {
    const s = new Spool();
    expect(s.empty).toBe(true);
    s.append('| a |\n');
    s.append('| 乙 |\n');
    expect(s.empty).toBe(false);
    expect([...s.read()].join('')).toBe('| a |\n| 乙 |\n');
    s.close();
  });

  it('gives back the same text from disk once large, Chinese split across its reads included, and leaves no file behind', () => {
    const s = new Spool();
    // Three-byte characters at odd offsets: the 64 KiB reads cut through some of them.
    const pieces = Array.from(
      { length: 30_000 },
      (_, i) => `| \`收件/${i}/申请书.yaml\` | 5-2 | 不通过 | ${i % 7} |\n`,
    );
    for (const p of pieces) s.append(p);
    expect(pieces.join('').length).toBeGreaterThan(1 << 20);
    expect(ours()).toEqual([]);
    expect([...s.read()].join('')).toBe(pieces.join(''));
    s.close();
    expect(ours()).toEqual([]);
  });

  it.each([
    ['a folder that does not exist', '/nonexistent-gg-tmp'],
    ['a file', '/etc/hostname'],
  ])('with an unusable TMPDIR (%s) keeps the text in memory and gives it all back', (_, dir) => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      const s = new Spool();
      const pieces = Array.from({ length: 30_000 }, (_, i) => `| \`收件/${i}.yaml\` | 不通过 |\n`);
      for (const p of pieces) s.append(p);
      expect([...s.read()].join('')).toBe(pieces.join(''));
      s.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
