import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixInputs } from '../../src/cli/commands/check-fix.js';
import type { CliContext } from '../../src/cli/context.js';
import type { Lang } from '../../src/i18n/index.js';
import { guideline } from '../support/guideline.js';

/**
 * The user saves the file while its fixes are being made: between the read and the
 * write, without timing, by a hook in the fixes themselves.
 */
const meanwhile = vi.hoisted(() => ({ edit: undefined as (() => void) | undefined }));
vi.mock('../../src/fix/fix-text.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/fix/fix-text.js')>();
  return {
    ...real,
    fixText: (...args: Parameters<typeof real.fixText>) => {
      const fixed = real.fixText(...args);
      meanwhile.edit?.();
      return fixed;
    },
  };
});

const TEN = readFileSync(new URL('./fixtures/ten-mistakes.yaml', import.meta.url));
const EDITED = `${TEN.toString('utf8')}# 申请人刚保存的改动\n`;

let dir: string;
const cwd = process.cwd();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-fix-meanwhile-'));
  process.chdir(dir);
});
afterEach(() => {
  meanwhile.edit = undefined;
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

async function fix(lang: Lang, files: string[]): Promise<string> {
  const err: string[] = [];
  const ctx: CliContext = {
    lang,
    guideline: async () => guideline(lang),
    out: () => {},
    err: (t) => void err.push(t),
    colorOut: false,
    colorErr: false,
    interactive: false,
  };
  await fixInputs(ctx, files, false);
  return err.join('\n');
}

describe('check --fix of a file changed after it was read', () => {
  it.each([
    [
      'zh',
      'a.yaml：未修正：读取之后文件又被改动过（如在编辑器中保存），保持原样，没有覆盖这些改动；请再运行一次 --fix。',
    ],
    [
      'en',
      'a.yaml: not fixed: it was changed after it was read (saved in an editor, say), so it is left as it is, those changes kept; run --fix again.',
    ],
  ] as const)('leaves it as the user saved it, says so, and fixes the others (%s)', async (lang, said) => {
    writeFileSync('a.yaml', TEN);
    writeFileSync('b.yaml', TEN);
    meanwhile.edit = () => {
      if (readFileSync('a.yaml').equals(TEN)) writeFileSync('a.yaml', EDITED);
    };
    const stderr = await fix(lang, ['a.yaml', 'b.yaml']);
    expect(stderr.split('\n')[0]).toBe(said);
    expect(stderr).toContain(lang === 'zh' ? 'b.yaml：已修正 9 处' : 'b.yaml: fixed 9 problem(s)');
    expect(readFileSync('a.yaml', 'utf8')).toBe(EDITED);
    expect(readFileSync('b.yaml').equals(TEN)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('a file removed meanwhile is not made again', async () => {
    writeFileSync('a.yaml', TEN);
    meanwhile.edit = () => rmSync('a.yaml');
    expect(await fix('zh', ['a.yaml'])).toBe(
      'a.yaml：未修正：读取之后文件又被改动过（如在编辑器中保存），保持原样，没有覆盖这些改动；请再运行一次 --fix。',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file left as it was read is fixed', async () => {
    writeFileSync('a.yaml', TEN);
    // Written again with the same bytes: what the fixes were made from is still there.
    meanwhile.edit = () => writeFileSync('a.yaml', TEN);
    expect((await fix('zh', ['a.yaml'])).split('\n')[0]).toBe('a.yaml：已修正 9 处');
    expect(readFileSync('a.yaml').equals(TEN)).toBe(false);
  });
});
