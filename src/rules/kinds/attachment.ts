import type { Guideline } from '../../guideline/model.js';
import { msg, type Lang } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { attachmentEntry, attachmentPath } from '../attachment-entry.js';
import { closestName } from '../../util/closest.js';
import { outcome } from '../outcome.js';
import { preparedBy } from '../prepared.js';
import type { Outcome, RequirementOf, RuleKindDef } from '../types.js';

type Attachment = { kind: string; file: string; by?: string | undefined; partner?: string | undefined };

/** An attachment in words: its kind, and who recommends it where the guide names them. */
export function describeAttachment(g: Guideline, { kind, by }: { kind: string; by?: string | undefined }, lang: Lang) {
  const label = g.label('attachmentKinds', kind, lang);
  return by ? msg(ruleMessages, lang).recommendationBy(label, g.label('recommenders', by, lang)) : label;
}

/** Whether a listed attachment is of the kind the requirement asks for (and from one of its recommenders). */
export function answers(req: RequirementOf<'attachment'>, a: { kind: string; by?: string | undefined }): boolean {
  if (a.kind !== req.params.kind) return false;
  const { by, alsoBy } = req.params;
  return !by || a.by === by || (a.by !== undefined && alsoBy?.includes(a.by) === true);
}

/** What an attachment requirement says on every application: its kind in words, met, and missing (not per partner). */
function words(g: Guideline, req: RequirementOf<'attachment'>, lang: Lang) {
  const m = msg(ruleMessages, lang);
  const what = describeAttachment(g, req.params, lang);
  return { what, ok: m.attachmentOk(what), missing: m.attachmentMissing(what, entryOf(g, req, lang)) };
}
const sentencesOf = preparedBy(words);

/** The line to add, written as `init` writes it, path included. */
function entryOf(g: Guideline, req: RequirementOf<'attachment'>, lang: Lang, partner?: string): string {
  const { kind, by } = req.params;
  return attachmentEntry({ kind, by, partner, file: attachmentPath(g, lang, kind, partner) });
}

/**
 * Listed, for each partner where the guide says so. Whether the file itself is there
 * is the `attachment-file` rule's to say, once, at the entry.
 */
export const attachment: RuleKindDef<'attachment'> = {
  nature: 'arrangeable',
  check: (ctx, req) => {
    const w = sentencesOf(req, ctx.guideline, ctx.lang);
    const list = ctx.facts.attachments as Attachment[] | undefined;
    if (!req.params.per) {
      const first = list === undefined ? -1 : list.findIndex((a) => answers(req, a));
      if (first >= 0) return [outcome(true, `attachments[${first}]`, w.ok)];
      return [outcome(list === undefined ? null : false, 'attachments', w.missing)];
    }
    const m = msg(ruleMessages, ctx.lang);
    const what = w.what;
    const candidates = (list ?? []).map((a, index) => ({ a, index })).filter(({ a }) => answers(req, a));
    const missing = (path: string, text: string, partner?: string) =>
      outcome(
        list === undefined ? null : false,
        path,
        m.attachmentMissing(text, entryOf(ctx.guideline, req, ctx.lang, partner)),
      );
    const present = (index: number, text: string) => outcome(true, `attachments[${index}]`, m.attachmentOk(text));

    const partners = ctx.facts.partners as { name: string; country?: string | undefined }[] | undefined;
    if (partners === undefined) return [outcome(null, 'partners', m.attachmentTodo(what))];
    const due = partners
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => req.params.per === 'partner' || (p.country !== undefined && p.country !== 'CN'));
    // Attachments naming their partner are matched first; unnamed ones fill the rest.
    const named = new Map(candidates.filter(({ a }) => a.partner).map((c) => [c.a.partner!, c]));
    const unnamed = candidates.filter(({ a }) => !a.partner);
    // Named for no partner: a typo of one ("Fraunhofer" for "Fraunhofer IKTS") is said at the entry.
    const names = partners.map((p) => p.name);
    const strays = candidates.filter(({ a }) => a.partner && !names.includes(a.partner));
    const out: Outcome[] = [];
    for (const { p, index } of due) {
      const text = m.attachmentFor(what, p.name);
      const found = named.get(p.name) ?? unnamed.shift();
      const stray = found ? undefined : strays.find(({ a }) => closestName(a.partner!, names) === p.name);
      if (found) out.push(present(found.index, text));
      else if (stray) {
        const typo = m.attachmentPartnerTypo(stray.a.partner!, p.name, text);
        out.push(outcome(false, `attachments[${stray.index}].partner`, typo));
      } else out.push(missing(`partners[${index}]`, text, p.name));
    }
    return out.length ? out : [outcome(true, 'partners', w.ok)];
  },
};
