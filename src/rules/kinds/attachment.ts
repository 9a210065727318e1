import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import type { Outcome, RuleContext, RuleKindDef, RequirementOf } from '../types.js';

type Attachment = { kind: string; file: string; by?: string | undefined; partner?: string | undefined };

function describe(ctx: RuleContext, req: RequirementOf<'attachment'>): string {
  const m = msg(ruleMessages, ctx.lang);
  const kind = ctx.guideline.label('attachmentKinds', req.params.kind, ctx.lang);
  return req.params.by ? m.recommendationBy(kind, ctx.guideline.label('recommenders', req.params.by, ctx.lang)) : kind;
}

/** A listed attachment counts only when its file is there (when there is a folder to look in). */
function present(ctx: RuleContext, index: number, a: Attachment, what: string): Outcome {
  const m = msg(ruleMessages, ctx.lang);
  const exists = ctx.fileExists(a.file);
  if (exists === false)
    return outcome(false, `attachments[${index}].file`, m.attachmentFileMissing(what, a.file), {
      todo: m.attachmentTodo(what),
    });
  return outcome(true, `attachments[${index}]`, m.attachmentOk(what));
}

export const attachment: RuleKindDef<'attachment'> = {
  rule: 'attachment',
  nature: 'arrangeable',
  check: (ctx, req) => {
    const m = msg(ruleMessages, ctx.lang);
    const what = describe(ctx, req);
    const list = ctx.facts.attachments as Attachment[] | undefined;
    const candidates = (list ?? [])
      .map((a, index) => ({ a, index }))
      .filter(({ a }) => a.kind === req.params.kind && (!req.params.by || a.by === req.params.by));
    const missing = (path: string, text: string) =>
      outcome(list === undefined ? null : false, path, m.attachmentMissing(text), { todo: m.attachmentTodo(text) });

    if (!req.params.per) {
      const first = candidates[0];
      return [first ? present(ctx, first.index, first.a, what) : missing('attachments', what)];
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
      out.push(found ? present(ctx, found.index, found.a, text) : missing(`partners[${index}]`, text));
    }
    return out.length ? out : [outcome(true, 'partners', m.attachmentOk(what))];
  },
};
