import { msg } from '../i18n/index.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { attachmentList } from './attachment-list.js';
import { readTemplate, renderTemplate } from './render-template.js';
import { requirementText } from './requirement-lines.js';
import { lineName, type ScaffoldInput } from './scaffold-input.js';

/** attachments.md: each attachment the line requires, where its file goes, and the clause asking for it. */
export function checklistMd(input: ScaffoldInput): string {
  const m = msg(scaffoldMessages, input.lang);
  const items = attachmentList(input);
  const listed = items.filter((a) => !a.example);
  const slots = {
    lineName: lineName(input),
    items: items.length > 0,
    rows: listed.map((a, i) => {
      const t = requirementText(input, a.rule);
      return `| ${i + 1} | ${a.label} | ${a.file} | ${t.when ? m.tagWhen(m.need[a.rule.severity ?? 'error'], t.when) : m.need[a.rule.severity ?? 'error']} | 「${t.clause}」 |`;
    }),
    examples: items
      .filter((a) => a.example)
      .map((a) => m.exampleChecklist(a.label, a.file, requirementText(input, a.rule).clause)),
  };
  return `${renderTemplate(readTemplate(input.lang, 'attachments.md'), slots, `templates/${input.lang}/attachments.md`).trimEnd()}\n`;
}
