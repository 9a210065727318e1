import { msg } from '../../i18n/index.js';
import { ruleMessages } from '../../i18n/messages/rules.js';
import { outcome } from '../outcome.js';
import { evaluatePredicate } from '../predicates.js';
import type { Outcome, RuleContext, RuleKindDef } from '../types.js';
import { answers, describeAttachment } from './attachment.js';

type Attachment = { kind: string; file: string; by?: string | undefined };

/** An attachment the line's requirements ask for: its file missing fails the application. */
function required(ctx: RuleContext, a: Attachment): boolean {
  return ctx.line.rules.some(
    (r) =>
      r.rule === 'attachment' &&
      r.basis === 'requirement' &&
      answers(r, a) &&
      (!r.when || evaluatePredicate(ctx.guideline, ctx.facts, r.when) !== false),
  );
}

/**
 * Every listed attachment, whatever its kind: a file that is there, not empty, and a
 * regular file inside the application's folder. Nothing to say without a folder to
 * look in (a profile, an application read from stdin).
 */
export const attachmentFile: RuleKindDef<'attachment-file'> = {
  nature: 'arrangeable',
  check: (ctx) => {
    const list = ctx.facts.attachments as Attachment[] | undefined;
    if (!ctx.probeFile || !list?.length) return [];
    const m = msg(ruleMessages, ctx.lang);
    const out: Outcome[] = [];
    // The files the application lists: a near name that is one of them is another attachment's.
    let files: string[] | undefined;
    for (let index = 0; index < list.length; index++) {
      const a = list[index]!;
      const state = ctx.probeFile(a.file);
      if (state === 'ok') continue;
      const what = describeAttachment(ctx.guideline, a, ctx.lang);
      const near = state === 'missing' ? ctx.nearFile?.(a.file, (files ??= list.map((x) => x.file))) : undefined;
      const message = m.attachmentFile[state](what, a.file) + (near ? m.attachmentNearFile(near) : '');
      const severity = required(ctx, a) ? 'error' : 'warning';
      out.push(outcome(false, `attachments[${index}].file`, message, { severity }));
    }
    return out.length ? out : [outcome(true, 'attachments', m.attachmentFilesOk)];
  },
};
