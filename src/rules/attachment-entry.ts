import type { Guideline } from '../guideline/model.js';
import { msg, type Lang } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import { nameProblem } from '../util/file-name.js';
import { yamlValue } from '../yaml/yaml-value.js';

export const ATTACHMENTS_DIR = 'attachments';

interface AttachmentEntry {
  kind: string;
  by?: string | undefined;
  /** null: the partner is still a placeholder; undefined: not per partner. */
  partner?: string | null | undefined;
  file: string;
}

/**
 * The path `init` gives an attachment, relative to the application's folder; `check`
 * proposes the same one for an attachment it finds missing.
 */
export function attachmentPath(g: Guideline, lang: Lang, kind: string, partner: string | null | undefined): string {
  const label = g.label('attachmentKinds', kind, lang);
  return `${ATTACHMENTS_DIR}/${msg(ruleMessages, lang).attachmentFileName(kind, label, partner ? safeName(partner) : null)}`;
}

/** One item of `attachments:` as the scaffold writes it, and as a message tells the applicant to write it. */
export function attachmentEntry(a: AttachmentEntry): string {
  return `- ${yamlValue({ kind: a.kind, by: a.by, partner: a.partner, file: a.file })}`;
}

/** A partner's name as part of a file name: anything a file system would refuse becomes `_`. */
function safeName(name: string): string {
  const cleaned = name
    .replace(/[<>:"|?*/\\\u0000-\u001f\u007f]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/[. ]+$/, '');
  return cleaned && !nameProblem(`${cleaned}.pdf`) ? cleaned : '_';
}
