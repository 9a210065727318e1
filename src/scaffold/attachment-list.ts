import type { Requirement } from '../guideline/schema.js';
import { msg } from '../i18n/index.js';
import { ruleMessages } from '../i18n/messages/rules.js';
import { scaffoldMessages } from '../i18n/messages/scaffold.js';
import { describeAttachment } from '../rules/kinds/attachment.js';
import { evaluatePredicate } from '../rules/predicates.js';
import { attachmentPath } from '../rules/attachment-entry.js';
import { partnerEntries } from './partner-entries.js';
import { rulesOf, type ScaffoldInput } from './scaffold-input.js';

export interface AttachmentItem {
  rule: Extract<Requirement, { rule: 'attachment' }>;
  kind: string;
  by: string | undefined;
  /** The partner it is for; null when that partner is still a placeholder; undefined when not per partner. */
  partner: string | null | undefined;
  /** Relative to the application's folder. */
  file: string;
  /** What it is, in words. */
  label: string;
  /** Needed only once the applicant has such a partner: shown, but commented out. */
  example: boolean;
}

/**
 * The attachments a line's rules require, one item per file: per partner where the
 * rule says so, and none where the applicant stated facts under which a rule does
 * not apply (a talent route other than the one the rule is for).
 */
export function attachmentList(input: ScaffoldInput): AttachmentItem[] {
  const { g, lang } = input;
  const rm = msg(ruleMessages, lang);
  const m = msg(scaffoldMessages, lang);
  const items: AttachmentItem[] = [];
  for (const rule of rulesOf(input, 'attachment')) {
    if (rule.when && evaluatePredicate(g, input.profile, rule.when) === false) continue;
    const { kind, by, per } = rule.params;
    const what = describeAttachment(g, rule.params, lang);
    const item = (partner: string | null | undefined, label: string, example = false): AttachmentItem => ({
      rule,
      kind,
      by,
      partner,
      label,
      example,
      file: attachmentPath(g, lang, kind, partner),
    });
    if (!per) {
      items.push(item(undefined, what));
      continue;
    }
    const partners = partnerEntries(input);
    // No partner named yet where none is required (8): the agreement is shown as an example, commented.
    if (!partners.length)
      items.push(item(null, per === 'partner' ? m.perPartner(what) : m.perForeignPartner(what), true));
    for (const p of partners) {
      if (per === 'partner') items.push(item(p.name, p.name ? rm.attachmentFor(what, p.name) : m.perPartner(what)));
      else if (p.country === null || p.name === null) items.push(item(null, m.perForeignPartner(what), true));
      else if (p.country !== undefined && p.country !== 'CN') items.push(item(p.name, rm.attachmentFor(what, p.name)));
    }
  }
  return dedupeExamples(items);
}

/** One commented example is enough however many partners are still unknown. */
function dedupeExamples(items: AttachmentItem[]): AttachmentItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (!i.example) return true;
    const key = `${i.kind}/${i.by ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
