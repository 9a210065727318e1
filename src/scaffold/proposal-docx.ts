import { readFileSync } from 'node:fs';
import { msg } from '../i18n/index.js';
import { docxMessages } from '../i18n/messages/docx.js';
import { lstatOrNull, type FileToWrite } from '../util/write-file.js';
import type { DocxOptions } from './outline-docx.js';
import { proposalOutline } from './proposal-md.js';
import type { ScaffoldInput } from './scaffold-input.js';

/** The 申报书 file's name in the scaffold: `申报书.docx`, `proposal.docx` in English. */
export function proposalDocxName(input: Pick<ScaffoldInput, 'lang'>): string {
  return msg(docxMessages, input.lang).proposalFile;
}

/**
 * 申报书.docx of a scaffold, from the outline proposal.md is made from. The docx
 * library (a megabyte of code) is loaded only here, when a document is made.
 */
export async function proposalDocx(input: ScaffoldInput, opts: DocxOptions = {}): Promise<Buffer> {
  const { outlineDocx } = await import('./outline-docx.js');
  return outlineDocx(proposalOutline(input), input.lang, opts);
}

/**
 * The document at `path` as a file for `planWrites` (or `export`'s 基本信息, with `docx`).
 * A dry run makes it only to compare it with one already there; an existing one is the
 * same when every part but the recorded time (docProps/core.xml) is.
 */
export async function documentToWrite(
  path: string,
  input: ScaffoldInput,
  dryRun: boolean,
  docx: DocxOptions = {},
): Promise<FileToWrite> {
  const existing = lstatOrNull(path)?.isFile() ? readOrNull(path) : null;
  if (!existing && dryRun) return { path, content: new Uint8Array() };
  const content = await proposalDocx(input, docx);
  const same = existing ? await sameDocument(existing, content) : false;
  return { path, content, sameAs: () => same };
}

/** A file that cannot be read is not the same as anything; whoever writes over it says why it cannot. */
function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

const RECORDED_TIME = 'docProps/core.xml';

async function sameDocument(a: Uint8Array, b: Uint8Array): Promise<boolean> {
  const { default: JSZip } = await import('jszip');
  const left = await JSZip.loadAsync(a).catch(() => null);
  if (!left) return false; // not a zip: not what init wrote
  const right = await JSZip.loadAsync(b);
  const names = (z: InstanceType<typeof JSZip>) =>
    Object.values(z.files)
      .filter((f) => !f.dir && f.name !== RECORDED_TIME)
      .map((f) => f.name)
      .sort();
  const parts = names(left);
  if (parts.join('\n') !== names(right).join('\n')) return false;
  for (const n of parts) {
    const [x, y] = await Promise.all([left.file(n)!.async('nodebuffer'), right.file(n)!.async('nodebuffer')]);
    if (!x.equals(y)) return false;
  }
  return true;
}
