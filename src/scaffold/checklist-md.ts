import { msg } from '../i18n/index.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { severityOf } from '../guideline/severity.js';
import { type AttachmentItem, attachmentList } from './attachment-list.js';
import { fillTemplate } from './render-template.js';
import { requirementText } from './requirement-lines.js';
import { lineName, type ScaffoldInput } from './scaffold-input.js';

/** attachments.md: each attachment the line requires, where its file goes, and the clause asking for it. */
export function checklistMd(input: ScaffoldInput): string {
  const m = msg(scaffoldMessages, input.lang);
  const items = attachmentList(input);
  // The table holds what the guide's 申报要求 ask for; anything else is listed apart, as what it is.
  const required = items.filter((a) => a.rule.basis === 'requirement');
  const listed = required.filter((a) => !a.example);
  const need = (a: AttachmentItem) => m.need[severityOf(a.rule)];
  const slots = {
    lineName: lineName(input),
    items: required.length > 0,
    table: listed.length > 0,
    rows: listed.map((a, i) => {
      const t = requirementText(input, a.rule);
      return `| ${i + 1} | ${a.label} | ${a.file} | ${t.when ? m.tagWhen(need(a), t.when) : need(a)} | 「${t.clause}」 |`;
    }),
    others: items.length > required.length,
    otherAttachments: m.otherAttachments,
    otherItems: items
      .filter((a) => a.rule.basis !== 'requirement' && !a.example)
      .map((a) => `- ${m.requirementItem(requirementText(input, a.rule).tag, a.label, quote(input, a))}`),
    examples: required
      .filter((a) => a.example)
      .map((a) => {
        const clause = requirementText(input, a.rule).clause ?? '';
        return m.exampleChecklist(a.label, a.file, clause, a.rule.params.per === 'foreign_partner');
      }),
  };
  return `${fillTemplate(input.lang, 'attachments.md', slots).trimEnd()}\n`;
}

/** The guide's words asking for an attachment, or what the tool's own check rests on. */
function quote(input: ScaffoldInput, a: AttachmentItem): string {
  const t = requirementText(input, a.rule);
  return t.clause ?? msg(scaffoldMessages, input.lang).conventionLine(t.reference);
}
