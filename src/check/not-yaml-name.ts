import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { msg, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { FileResult } from '../report/file-result.js';
import type { FolderPath } from './attachment-state.js';

const YAML_NAME = /\.ya?ml$/i;
const APPLICATION = 'application.yaml';

/**
 * A file named on the command line is read whatever its name (a pattern takes only YAML);
 * one not named `*.yaml`/`*.yml` that is no YAML mapping (proposal.md, the 申报书 outline
 * `init` writes beside application.yaml) would be answered with Markdown read as broken
 * YAML. It gets one sentence instead: what it is not, and the application beside it.
 * A file so named that reads as a mapping (a `.txt` Notepad saved) is judged as any other.
 */
export function notYamlName(result: FileResult, display: string, folder: FolderPath, lang: Lang): FileResult {
  if (result.status !== 'error' || isYamlName(display) || result.findings.some((f) => f.rule !== 'yaml')) return result;
  const message = notYamlText(display, folder, lang);
  return {
    ...result,
    findings: [
      { rule: 'file', severity: 'error', message, path: null, line: null, column: null, clause: null, basis: null },
    ],
  };
}

export function isYamlName(name: string): boolean {
  return YAML_NAME.test(name);
}

/** The sentence for such a file (`check`'s finding, `--fix`'s reason), naming application.yaml where it is beside it. */
export function notYamlText(display: string, folder: FolderPath, lang: Lang): string {
  const beside = isFile(typeof folder === 'string' ? join(folder, APPLICATION) : Buffer.concat([folder, SLASH_APP]));
  return msg(reportMessages, lang).file.notYaml(beside ? join(dirname(display), APPLICATION) : null);
}

const SLASH_APP = Buffer.from(`/${APPLICATION}`);

function isFile(path: string | Buffer): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
