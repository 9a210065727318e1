import type { NameProblem } from '../../util/file-name.js';
import type { Catalogue, MessagesOf } from '../index.js';

/** Writing files for users (src/util/write-file.ts): `init`, `export`, `--output`, `--save-profile`. */
const writeZh = {
  problem: {
    empty: () => '名称为空',
    dots: (s) => (s === '..' ? '不允许用「..」指向上一级文件夹' : `「${s}」含有「..」`),
    separator: (s) => `「${s}」含有路径分隔符`,
    'control-char': (s) => `「${s}」含有控制字符`,
    'reserved-char': (s) => `「${s}」含有 Windows 不允许的字符（< > : " | ? *）`,
    'reserved-name': (s) => `「${s}」是 Windows 的保留名称（如 CON、NUL、COM1）`,
    trailing: (s) => `「${s}」以点或空格结尾`,
  } satisfies Record<NameProblem, (segment: string) => string>,
  badName: (path: string, reason: string) => `不能写入「${path}」：${reason}；请换一个名称。`,
  noFolder: (path: string, dir: string) => `不能写入 ${path}：文件夹 ${dir} 不存在。`,
  exists: (path: string) => `${path} 已存在；如要覆盖请加 --force，或换一个文件名。`,
  /** `export`, `--save-profile`: `--force` keeps the old content first (`backup`), as `init --force` does. */
  existsKeep: (path: string, backup: string) =>
    `${path} 已存在；如要替换请加 --force（原内容与新内容不同时，先另存为 ${backup}）。`,
  /** Over the files `--force` replaced (or, on a dry run, would), each with where its old content is kept. */
  kept: (dryRun: boolean) =>
    dryRun ? '--force 替换前会先把原内容另存：' : '--force 替换了内容不同的文件，原内容已另存：',
  keptPair: (file: string, backup: string) => `  ${file} → ${backup}`,
  notAFile: (path: string) => `${path} 已存在，但不是普通文件，无法写入；请换一个文件名。`,
  failed: (path: string, reason: string) => `写入 ${path} 失败（${reason}）；没有留下写了一半的文件。`,
  isInput: (path: string) =>
    `${path} 是本次要审查的申请书之一，不能用作报告文件（加 --force 也不行）；请换一个文件名。`,
};

export type WriteMessages = MessagesOf<typeof writeZh>;

const writeEn: WriteMessages = {
  problem: {
    empty: () => 'the name is empty',
    dots: (s) => (s === '..' ? '".." (the parent folder) is not allowed' : `"${s}" contains ".."`),
    separator: (s) => `"${s}" contains a path separator`,
    'control-char': (s) => `"${s}" contains a control character`,
    'reserved-char': (s) => `"${s}" contains a character Windows does not allow (< > : " | ? *)`,
    'reserved-name': (s) => `"${s}" is a name Windows reserves (such as CON, NUL, COM1)`,
    trailing: (s) => `"${s}" ends with a dot or a space`,
  },
  badName: (path, reason) => `Cannot write "${path}": ${reason}; choose another name.`,
  noFolder: (path, dir) => `Cannot write ${path}: the folder ${dir} does not exist.`,
  exists: (path) => `${path} already exists; add --force to overwrite it, or choose another name.`,
  existsKeep: (path, backup) =>
    `${path} already exists; add --force to replace it (its old content, if it differs, is kept first as ${backup}).`,
  kept: (dryRun) =>
    dryRun
      ? '--force would keep the old contents first:'
      : '--force replaced files that differed; their old contents were kept:',
  keptPair: (file, backup) => `  ${file} → ${backup}`,
  notAFile: (path) => `${path} exists and is not a regular file, so it cannot be written; choose another name.`,
  failed: (path, reason) => `Writing ${path} failed (${reason}); no half-written file was left.`,
  isInput: (path) =>
    `${path} is one of the applications being checked, so the report cannot be written there (not even with --force); choose another name.`,
};

export const writeMessages: Catalogue<WriteMessages> = { zh: writeZh, en: writeEn };
