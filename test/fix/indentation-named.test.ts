import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FUNDING = 'project: 1\nfunding:\n  requested: 150\n';

/** check --fix names what it turned into spaces: a tab, or a full-width space typed with the input method. */
describe('check --fix --dry-run names the indentation it makes spaces', () => {
  it.each([
    [
      'a full-width space',
      '\u3000matching: 300\n',
      '第 4 行：□ → 2×␠（全角空格缩进改为半角空格）',
      'line 4: □ → 2×␠ (full-width space indentation made ASCII spaces)',
    ],
    [
      'a tab',
      '\tmatching: 300\n',
      '第 4 行：→ → 2×␠（Tab 缩进改为空格）',
      'line 4: → → 2×␠ (tab indentation made spaces)',
    ],
  ])('%s', (_name, line, zh, en) => {
    const dir = mkdtempSync(join(tmpdir(), 'indentation-named-'));
    try {
      const file = join(dir, 'application.yaml');
      writeFileSync(file, FUNDING + line);
      expect(runCli(['check', '--fix', '--dry-run', file]).stderr).toContain(`  ${zh}\n`);
      expect(runCli(['check', '--fix', '--dry-run', file, '--lang', 'en']).stderr).toContain(`  ${en}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
