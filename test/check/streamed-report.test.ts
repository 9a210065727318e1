import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedExists, runBatch } from '../../src/check/run-batch.js';
import type { FileResult } from '../../src/report/file-result.js';
import { loadGuideline } from '../../src/guideline/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import { pick } from '../../src/i18n/lang.js';
import { displayOf, findInputs } from '../../src/input/find-inputs.js';
import { msg } from '../../src/i18n/index.js';
import { registerMessages } from '../../src/i18n/messages/register.js';
import {
  formatCsv,
  formatHtml,
  formatJson,
  formatMarkdown,
  formatRegister,
  formatTable,
  type ReportOptions,
  summarize,
} from './helpers/format.js';
import { buildCorpus, writeCorpus } from './helpers/corpus.js';
import { runCli } from '../support/cli.js';

/**
 * `check` writes its report a file at a time, in batches, through the worker pool;
 * the pure formatters build it from all the results at once. A reviewer must get the
 * same bytes either way, on stdout and in an `--output` file.
 */
const FORMATS = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  markdown: formatMarkdown,
  register: formatRegister,
  html: formatHtml,
};
/** The HTML report always holds the summary; a CSV never does (`--summary` goes to stderr). */
const withSummaryAlways = new Set(['html']);

let dir: string;
const results: Record<Lang, FileResult[]> = { zh: [], en: [] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gg-stream-'));
  // Past the worker pool's threshold, and a report well past one 64 KiB batch.
  writeCorpus(join(dir, 'inbox'), buildCorpus(1000));
  for (const lang of ['zh', 'en'] as const) {
    const { inputs } = findInputs(['inbox'], dir);
    const opts = { guideline: loadGuideline(undefined, lang), lang, exists: cachedExists() };
    for await (const r of runBatch(inputs, opts, 1)) results[lang].push(r);
  }
  expect(results.zh.map((r) => r.file)).toEqual(findInputs(['inbox'], dir).inputs.map(displayOf));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expected(format: keyof typeof FORMATS, lang: Lang, quiet: boolean, withSummary: boolean): string {
  const g = loadGuideline(undefined, lang);
  const options: ReportOptions = {
    lang,
    quiet,
    lineTitles: new Map(g.lines.map((l) => [l.code, pick(l.title, lang)])),
    guideline: g.id,
    guide: g,
    ...(withSummary || withSummaryAlways.has(format) ? { summary: summarize(results[lang], g, lang) } : {}),
  };
  return FORMATS[format](results[lang], options);
}

const CASES = (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).flatMap(
  (format) =>
    [
      [format, 'zh', false, false],
      [format, 'en', true, true],
    ] as const,
);

describe('the streamed report', () => {
  it.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])(
    'is long enough to be written in several batches (%s)',
    (format) => {
      expect(expected(format, 'zh', true, false).length).toBeGreaterThan(64 * 1024);
    },
  );

  it.each(CASES)(
    'on stdout equals the pure formatter (%s, %s, quiet %s, summary %s)',
    (format, lang, quiet, withSummary) => {
      const r = runCli(
        [
          'check',
          'inbox',
          '--format',
          format,
          '--lang',
          lang,
          '--jobs',
          '2',
          ...(quiet ? ['--quiet'] : []),
          ...(withSummary ? ['--summary'] : []),
        ],
        { cwd: dir },
      );
      expect(r.status).toBe(1);
      if (withSummary && (format === 'csv' || format === 'register'))
        expect(r.stderr.startsWith(msg(registerMessages, lang).summaryOnStderr)).toBe(true);
      else expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected(format, lang, quiet, withSummary));
    },
  );

  it.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])(
    'in an --output file equals the pure formatter (%s)',
    (format) => {
      const out = join(dir, `report.${format}`);
      const r = runCli(['check', 'inbox', '--format', format, '--summary', '--jobs', '2', '--output', out], {
        cwd: dir,
      });
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr.endsWith(`审查结果（1000 个文件）已写入 ${out}\n`)).toBe(true);
      expect(readFileSync(out, 'utf8')).toBe(expected(format, 'zh', false, true));
    },
  );
});
