import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkText } from '../../src/check/check-text.js';
import type { FileResult } from '../../src/report/file-result.js';
import type { Lang } from '../../src/i18n/index.js';
import { guideline } from './guideline.js';
import { serialise, type Position, type Serialised } from './serialise.js';
import { attachmentFiles, type ApplicationData } from './valid-application.js';

export interface CheckRun {
  result: FileResult;
  yaml: Serialised;
}

export interface CheckRunOptions {
  lang?: Lang;
  /** Attachment files to create beside the application; default: every file it lists. */
  files?: readonly string[];
  /** Anything else the folder needs (an empty file, a link, a FIFO), made after the files. */
  prepare?: ((dir: string) => void) | undefined;
}

/**
 * Serialises the application to YAML, puts it in a fresh folder with its attachment
 * files, and judges it as `check` would (attachments resolved in that folder).
 */
export function checkApplication(app: ApplicationData | Record<string, unknown>, opts: CheckRunOptions = {}): CheckRun {
  const yaml = serialise(app);
  const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-test-'));
  try {
    const files = opts.files ?? attachmentFiles(app as ApplicationData);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'PDF');
    }
    opts.prepare?.(dir);
    const file = join(dir, 'application.yaml');
    writeFileSync(file, yaml.text);
    const lang = opts.lang ?? 'zh';
    return { result: checkText(yaml.text, file, { guideline: guideline(lang), lang, baseDir: dir }), yaml };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Located {
  rule: string;
  severity: string;
  path: string | null;
  line: number | null;
  column: number | null;
}

/** Findings reduced to what a reviewer acts on, in a stable order for comparison. */
export function located(findings: readonly Located[]): Located[] {
  return findings
    .map(({ rule, severity, path, line, column }) => ({ rule, severity, path, line, column }))
    .sort((a, b) => `${a.rule}|${a.path}|${a.severity}`.localeCompare(`${b.rule}|${b.path}|${b.severity}`));
}

export interface ExpectedFinding {
  rule: string;
  path: string;
  /** Default `error`. */
  severity?: 'error' | 'warning' | 'info';
  /** Default: the basis of the requirement the row covers. */
  basis?: 'requirement' | 'content' | 'encouraged' | 'convention';
  /** Default: where the serialised YAML has `path` (or its nearest ancestor). */
  at?: Position;
}

/** What `located(result.findings)` must equal, positions taken from the serialised text. */
export function expectedFindings(yaml: Serialised, expected: readonly ExpectedFinding[]): Located[] {
  return located(
    expected.map((e) => {
      const p = e.at ?? yaml.at(e.path);
      return { rule: e.rule, severity: e.severity ?? 'error', path: e.path, line: p.line, column: p.column };
    }),
  );
}
