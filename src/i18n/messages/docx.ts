import type { Catalogue, MessagesOf } from '../index.js';

/** The Word document (`申报书.docx`): its names, cover, styles' names, and what `export` says. */
const zh = {
  // --- the documents ---
  /** The 申报书 `init` writes beside proposal.md. */
  proposalFile: '申报书.docx',
  /** What `export` writes: the cover and 基本信息表 from application.yaml. */
  basicInfoFile: '申报书-基本信息.docx',
  coverFields: {
    title: '项目名称',
    applicant: '申报单位（盖章）',
    leader: '项目负责人',
    line: '资助方向',
    category: '项目类别',
    date: '申报日期',
  },
  coverLabel: (name: string) => `${name}：`,
  /** Under the cover's title: which guide the outline follows. */
  coverGuide: (guide: string) => `依据《${guide}》编写`,
  /** The heading over the tool's own notes at the top of the body. */
  notesTitle: '填写说明',
  styleNames: {
    guidance: '填写提示',
    guideText: '指南原文',
    tableText: '表格文字',
    coverTitle: '封面标题',
    coverField: '封面栏目',
  },
  // --- export, on the terminal ---
  exportDone: (file: string, from: string) => `已写入 ${file}：封面和项目基本信息表按 ${from} 重新生成。`,
  exportWhy: (document: string) =>
    `${document} 未作改动：生成 Word 文档的程序库只能新建文档，不能在保留您已写内容的前提下改写其中的表格。请将新文件中的基本信息表复制到 ${document} 中，替换原表。`,
  exportNoDocument: (document: string) =>
    `（文件夹中没有 ${document}；可运行 guilin-grants init --force 重新生成整份申报书。）`,
  noApplication: (dir: string, file: string) => `${dir} 中没有 ${file}；请指定 guilin-grants init 生成的申报文件夹。`,
  /** `export DIR` where nothing is at DIR. */
  noSuchFolder: (dir: string) =>
    `${dir} 不存在：请指定 guilin-grants init 生成的申报文件夹（其中有 application.yaml），如 guilin-grants export 我的申报。`,
  /** `export ''`: an unset variable, which must not mean the current folder. */
  noFolderGiven:
    '没有给出申报文件夹（参数是空的）：请写出 guilin-grants init 生成的文件夹，如 guilin-grants export 我的申报。',
  /** `parent`: the folder the file is in, when it holds an application.yaml to export. */
  notAFolder: (path: string, parent?: string) =>
    parent === undefined
      ? `${path} 不是文件夹：请指定 guilin-grants init 生成的申报文件夹（其中有 application.yaml），如 guilin-grants export 我的申报。`
      : `${path} 是文件，不是申报文件夹：请指定它所在的文件夹（guilin-grants export ${parent}）。`,
  noProject: (file: string) => `${file} 没有写明 project（项目编号），无法确定资助方向；请填写后再导出。`,
  applicationInvalid: (file: string, n: number) => `${file} 有 ${n} 处问题，未写入任何文件；请改正后再导出。`,
};

export type DocxMessages = MessagesOf<typeof zh>;

const en: DocxMessages = {
  proposalFile: 'proposal.docx',
  basicInfoFile: 'proposal-basic-info.docx',
  coverFields: {
    title: 'Project title',
    applicant: 'Applicant (seal)',
    leader: 'Project leader',
    line: 'Funding line',
    category: 'Category',
    date: 'Date of application',
  },
  coverLabel: (name) => `${name}:`,
  coverGuide: (guide) => `Following the ${guide}`,
  notesTitle: 'How to fill in this document',
  styleNames: {
    guidance: 'Guidance',
    guideText: 'Guide text',
    tableText: 'Table text',
    coverTitle: 'Cover title',
    coverField: 'Cover field',
  },
  exportDone: (file, from) => `Wrote ${file}: the cover and the basic information table, made again from ${from}.`,
  exportWhy: (document) =>
    `${document} was not changed: the library that writes Word documents can only make new ones, not rewrite a table in one while keeping what you wrote. Copy the basic information table of the new file into ${document}, over the old one.`,
  exportNoDocument: (document) =>
    `(The folder has no ${document}; guilin-grants init --force makes the whole proposal again.)`,
  noApplication: (dir, file) => `${dir} holds no ${file}; name a folder that guilin-grants init made.`,
  noSuchFolder: (dir) =>
    `${dir} does not exist: name the folder guilin-grants init made (it holds application.yaml), e.g. guilin-grants export my-application.`,
  noFolderGiven:
    'No folder was given (the argument is empty): name the folder guilin-grants init made, e.g. guilin-grants export my-application.',
  notAFolder: (path, parent) =>
    parent === undefined
      ? `${path} is not a folder: name the folder guilin-grants init made (it holds application.yaml), e.g. guilin-grants export my-application.`
      : `${path} is a file, not an application folder: name the folder it is in (guilin-grants export ${parent}).`,
  noProject: (file) =>
    `${file} does not state project (the line's number), so the funding line is unknown; fill it in, then export again.`,
  applicationInvalid: (file, n) =>
    `${file} has ${n} problem${n === 1 ? '' : 's'}; nothing was written. Correct ${n === 1 ? 'it' : 'them'}, then export again.`,
};

export const docxMessages: Catalogue<DocxMessages> = { zh, en };
