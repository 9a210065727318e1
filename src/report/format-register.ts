import { msg } from '../i18n/index.js';
import { registerMessages } from '../i18n/messages/register.js';
import { reportMessages } from '../i18n/messages/report.js';
import { csvRow } from './format-csv.js';
import { REGISTER_KEYS, registerHeaders, registerRow } from './register-row.js';
import type { WriterOptions } from './report-options.js';
import type { ReportWriter } from './report-writer.js';

/**
 * `check --format register`: the office's 受理清单 as CSV, one row per application
 * (申报单位, 项目名称, 方向, 类别, 申请金额, 科室, 结论 …), numbered in input order.
 * UTF-8 with a byte-order mark and CRLF, like `--format csv`, so Excel reads it.
 */
export function createRegisterWriter(options: WriterOptions): ReportWriter {
  const m = msg(registerMessages, options.lang);
  const rm = msg(reportMessages, options.lang);
  let n = 0;
  return {
    head: () => `\uFEFF${csvRow([m.columns.index, ...registerHeaders(m)])}\r\n`,
    file(r) {
      const row = registerRow(r, options.guide, options.lang, rm);
      return `${csvRow([++n, ...REGISTER_KEYS.map((k) => row[k])])}\r\n`;
    },
    end: () => [],
    close() {},
  };
}
