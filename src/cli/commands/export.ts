import { msg } from '../../i18n/index.js';
import { docxMessages } from '../../i18n/messages/docx.js';
import { APPLICATION_FILE } from '../../scaffold/scaffold-files.js';
import { exportBasicInfo } from '../../scaffold/export-basic-info.js';
import { wrapLines, outputColumns } from '../../report/wrap-text.js';
import type { CliContext } from '../context.js';
import { sayKept } from '../say-kept.js';

export async function run(ctx: CliContext, dir: string, opts: { force?: boolean; json?: boolean }): Promise<void> {
  const result = await exportBasicInfo(await ctx.guideline(), ctx.lang, dir, opts);
  if (opts.json) ctx.out(JSON.stringify({ ...result, documentChanged: false }, null, 2));
  else {
    const m = msg(docxMessages, ctx.lang);
    // Wrapped here, at words: the terminal would fold 申报书.docx as 申报书.d / ocx.
    const width = outputColumns();
    ctx.out(wrapLines(m.exportDone(result.file, APPLICATION_FILE), width));
    ctx.out(
      wrapLines(result.documentExists ? m.exportWhy(result.document) : m.exportNoDocument(result.document), width),
    );
  }
  if (result.backup) sayKept(ctx, [{ path: result.file, backup: result.backup }]);
}
