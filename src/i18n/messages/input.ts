import type { Catalogue, MessagesOf } from '../index.js';

/** Reading inputs: what a file turned out to be when its bytes were read. */
const zh = {
  notText:
    '这不是文本文件（含有 NUL 字节，像是 Word、PDF、图片或压缩包）：申请书应是用文本编辑器保存的 .yaml 文件，请确认没有选错文件。',
  utf16WithoutBom: (enc: string) =>
    `文件像是没有 BOM 的 UTF-16 文本：请在编辑器中“另存为 UTF-8”，或用 --encoding ${enc} 读取。`,
  decodedFrom: (enc: string) =>
    `文件不是 UTF-8 编码，已按 ${enc}（GBK）读取并审查：请在编辑器中“另存为”并选择 UTF-8 编码（记事本：文件 → 另存为 → 编码选 UTF-8），以免别人打开时出现乱码。`,
  guidelineNotUtf8: (file: string, enc: string) =>
    `指南文件 ${file} 不是 UTF-8 编码（像是 ${enc}）：请在编辑器中另存为 UTF-8 后再试。`,
  brokenLink: (p: string) => `已跳过 ${p}：这是一个失效的链接（指向的文件不存在，或链接绕成了圈）。`,
  /** A file or folder name in GBK bytes, shown decoded. */
  nameNotUtf8: (p: string) =>
    `${p} 的名字不是 UTF-8 编码（像是在中文 Windows 上打包的 GBK 文件名），已按 GB18030 显示并照常读取：请把它改名，以免别的程序打不开。`,
};

export type InputMessages = MessagesOf<typeof zh>;

const en: InputMessages = {
  notText:
    'This is not a text file (it holds NUL bytes, like a Word file, PDF, image or archive): an application is a .yaml file saved by a text editor; check that the right file was picked.',
  utf16WithoutBom: (enc) =>
    `The file looks like UTF-16 text without a byte-order mark: save it as UTF-8 in an editor, or read it with --encoding ${enc}.`,
  decodedFrom: (enc) =>
    `The file is not UTF-8; it was read as ${enc} (GBK) and checked: save it as UTF-8 in an editor ("Save as", encoding UTF-8) so that it reads correctly everywhere.`,
  guidelineNotUtf8: (file, enc) =>
    `The guideline file ${file} is not UTF-8 (it looks like ${enc}): save it as UTF-8 in an editor and try again.`,
  brokenLink: (p) => `Skipped ${p}: a broken link (its target does not exist, or links point at each other in a loop).`,
  nameNotUtf8: (p) =>
    `The name of ${p} is not UTF-8 (GBK, as zips made on Chinese Windows hold): it is shown decoded as GB18030 and read as usual; rename it so that other programs can open it.`,
};

export const inputMessages: Catalogue<InputMessages> = { zh, en };
