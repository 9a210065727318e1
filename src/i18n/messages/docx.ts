import type { Catalogue } from '../index.js';

/** The Word document (`申报书.docx`): its names, cover, styles' names, and what `export` says. */
export interface DocxMessages {
  // --- the documents ---
  /** The 申报书 `init` writes beside proposal.md. */
  proposalFile: string;
  /** What `export` writes: the cover and 基本信息表 from application.yaml. */
  basicInfoFile: string;
  coverFields: { title: string; applicant: string; leader: string; line: string; category: string; date: string };
  coverLabel: (name: string) => string;
  /** Under the cover's title: which guide the outline follows. */
  coverGuide: (guide: string) => string;
  /** The heading over the tool's own notes at the top of the body. */
  notesTitle: string;
  styleNames: { guidance: string; guideText: string; tableText: string; coverTitle: string; coverField: string };
  // --- export, on the terminal ---
  exportDone: (file: string, from: string) => string;
  exportWhy: (document: string) => string;
  exportNoDocument: (document: string) => string;
  noApplication: (dir: string, file: string) => string;
  noProject: (file: string) => string;
  applicationInvalid: (file: string, n: number) => string;
}

const zh: DocxMessages = {
  proposalFile: '申报书.docx',
  basicInfoFile: '申报书-基本信息.docx',
  coverFields: {
    title: '项目名称',
    applicant: '申报单位（盖章）',
    leader: '项目负责人',
    line: '资助方向',
    category: '项目类别',
    date: '申报日期',
  },
  coverLabel: (name) => `${name}：`,
  coverGuide: (guide) => `依据《${guide}》编写`,
  notesTitle: '填写说明',
  styleNames: {
    guidance: '填写提示',
    guideText: '指南原文',
    tableText: '表格文字',
    coverTitle: '封面标题',
    coverField: '封面栏目',
  },
  exportDone: (file, from) => `已写入 ${file}：封面和项目基本信息表按 ${from} 重新生成。`,
  exportWhy: (document) =>
    `${document} 未作改动：生成 Word 文档的程序库只能新建文档，不能在保留您已写内容的前提下改写其中的表格。请将新文件中的基本信息表复制到 ${document} 中，替换原表。`,
  exportNoDocument: (document) =>
    `（文件夹中没有 ${document}；可运行 guilin-grants init --force 重新生成整份申报书。）`,
  noApplication: (dir, file) => `${dir} 中没有 ${file}；请指定 guilin-grants init 生成的申报文件夹。`,
  noProject: (file) => `${file} 没有写明 project（项目编号），无法确定资助方向；请填写后再导出。`,
  applicationInvalid: (file, n) => `${file} 有 ${n} 处问题，未写入任何文件；请改正后再导出。`,
};

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
  noProject: (file) =>
    `${file} does not state project (the line's number), so the funding line is unknown; fill it in, then export again.`,
  applicationInvalid: (file, n) =>
    `${file} has ${n} problem${n === 1 ? '' : 's'}; nothing was written. Correct ${n === 1 ? 'it' : 'them'}, then export again.`,
};

export const docxMessages: Catalogue<DocxMessages> = { zh, en };
