import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ProfileInvalid, parseProfile } from '../application/read-profile.js';
import { UsageError } from '../util/errors.js';
import { msg } from '../i18n/index.js';
import { docxMessages } from '../i18n/messages/docx.js';
import type { Guideline } from '../guideline/model.js';
import type { Lang } from '../i18n/lang.js';
import { readFailureText } from '../input/read-failure-text.js';
import { readInputFile } from '../input/read-input.js';
import { resolveLine } from '../rules/resolve-line.js';
import { lstatOrNull, writeOutputFile } from '../util/write-file.js';
import { documentToWrite, proposalDocxName } from './proposal-docx.js';
import { APPLICATION_FILE } from './scaffold-files.js';

interface ExportResult {
  /** The file written: the cover and 基本信息表, from application.yaml. */
  file: string;
  /** Where `--force` kept what the file it replaced held, when that differed (`申报书-基本信息.docx.bak`). */
  backup?: string;
  /** The applicant's 申报书, left as it was; whether the folder holds one. */
  document: string;
  documentExists: boolean;
}

/** The folder a file given for one is in, when that folder holds an application.yaml. */
function folderToExport(file: string): string | undefined {
  if (lstatOrNull(file)?.isFile() !== true) return undefined;
  const parent = dirname(file);
  return lstatOrNull(join(parent, APPLICATION_FILE))?.isFile() === true ? parent : undefined;
}

/**
 * `export DIR`: the cover and 项目基本信息 of the folder's 申报书, made again from its
 * application.yaml, as a document of their own. The applicant's 申报书.docx is never
 * rewritten: the docx library makes documents and cannot edit one in place (its
 * patcher fills `{{placeholders}}` only, which a document being written no longer
 * holds), and editing Word's XML by hand is what this program does not do.
 */
export async function exportBasicInfo(
  g: Guideline,
  lang: Lang,
  dir: string,
  opts: { force?: boolean },
): Promise<ExportResult> {
  const m = msg(docxMessages, lang);
  if (dir === '') throw new UsageError(m.noFolderGiven);
  const app = join(dir, APPLICATION_FILE);
  const read = readInputFile(app);
  if (!read.ok) {
    const code = read.reason === 'unreadable' ? read.code : undefined;
    if (code === 'ENOTDIR') throw new UsageError(m.notAFolder(dir, folderToExport(dir)));
    if (code === 'ENOENT')
      throw new UsageError(existsSync(dir) ? m.noApplication(dir, APPLICATION_FILE) : m.noSuchFolder(dir));
    throw new UsageError(`${app}: ${readFailureText(read, lang)}`);
  }
  const profile = await parseProfile(read.text, app, g, lang, {
    invalid: m.applicationInvalid,
    dropPlaceholders: true,
  });
  if (profile.project === undefined) throw new UsageError(m.noProject(app));
  const resolved = resolveLine(g, profile, lang);
  if (!resolved.line || !resolved.tier || resolved.problems.length) {
    const problems = resolved.problems.map((p) => ({ file: app, message: `${p.path}: ${p.message}` }));
    throw new ProfileInvalid(problems, m.applicationInvalid(app, problems.length));
  }
  const input = { g, line: resolved.line, tier: resolved.tier, profile, lang };
  const file = join(dir, m.basicInfoFile);
  // Made again from the same application.yaml, it differs only in the time it records: nothing to keep.
  const made = await documentToWrite(file, input, false, { basicInfoOnly: true });
  const backup = writeOutputFile(file, made.content, { force: opts.force, lang, keep: true, sameAs: made.sameAs });
  // A folder made in the other language (init in Chinese, export --lang en) holds its document under that name.
  const names = [lang, ...(['zh', 'en'] as const).filter((l) => l !== lang)].map((l) =>
    join(dir, proposalDocxName({ lang: l })),
  );
  const document = names.find((d) => lstatOrNull(d)?.isFile() === true);
  return {
    file,
    ...(backup ? { backup } : {}),
    document: document ?? names[0]!,
    documentExists: document !== undefined,
  };
}
