import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { Outcome, RequirementOf, RuleContext, RuleKindDef } from '../types.js';

type Attachment = { kind: string; file: string; by?: string | undefined; partner?: string | undefined };

function describe(ctx: RuleContext, req: RequirementOf<'attachment'>): string {
  const m = msg(ruleMessages, ctx.lang);
  const kind = ctx.guideline.label('attachmentKinds', req.params.kind, ctx.lang);
  return req.params.by ? m.recommendationBy(kind, ctx.guideline.label('recommenders', req.params.by, ctx.lang)) : kind;
}

/** Whether a listed attachment is of the kind the requirement asks for (and from one of its recommenders). */
export function answers(req: RequirementOf<'attachment'>, a: { kind: string; by?: string | undefined }): boolean {
  if (a.kind !== req.params.kind) return false;
  const { by, alsoBy } = req.params;
  return !by || a.by === by || (a.by !== undefined && alsoBy?.includes(a.by) === true);
}

/**
 * Listed, for each partner where the guide says so. Whether the file itself is there
 * is the `attachment-file` rule's to say, once, at the entry.
 */
export const attachment: RuleKindDef<'attachment'> = {
  rule: 'attachment',
  nature: 'arrangeable',
  check: (ctx, req) => {
    const m = msg(ruleMessages, ctx.lang);
    const what = describe(ctx, req);
    const list = ctx.facts.attachments as Attachment[] | undefined;
    const candidates = (list ?? []).map((a, index) => ({ a, index })).filter(({ a }) => answers(req, a));
    const missing = (path: string, text: string) =>
      outcome(list === undefined ? null : false, path, m.attachmentMissing(text), { todo: m.attachmentTodo(text) });
    const present = (index: number, text: string) => outcome(true, `attachments[${index}]`, m.attachmentOk(text));

    if (!req.params.per) {
      const first = candidates[0];
      return [first ? present(first.index, what) : missing('attachments', what)];
    }

    const partners = ctx.facts.partners as { name: string; country?: string | undefined }[] | undefined;
    if (partners === undefined)
      return [outcome(null, 'partners', m.attachmentTodo(what), { todo: m.attachmentTodo(what) })];
    const due = partners
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => req.params.per === 'partner' || (p.country !== undefined && p.country !== 'CN'));
    // Attachments naming their partner are matched first; unnamed ones fill the rest.
    const named = new Map(candidates.filter(({ a }) => a.partner).map((c) => [c.a.partner!, c]));
    const unnamed = candidates.filter(({ a }) => !a.partner);
    const out: Outcome[] = [];
    for (const { p, index } of due) {
      const text = m.attachmentFor(what, p.name);
      const found = named.get(p.name) ?? unnamed.shift();
      out.push(found ? present(found.index, text) : missing(`partners[${index}]`, text));
    }
    return out.length ? out : [outcome(true, 'partners', m.attachmentOk(what))];
  },
};
