import type { Facts } from '../../application/schema.js';
import { initProposal, type Scaffolded } from '../../scaffold/init-proposal.js';
import { readProfile } from '../../application/read-profile.js';
import { msg } from '../../i18n/index.js';
import { scaffoldMessages } from '../../i18n/messages/scaffold.js';
import { reasonMark } from '../../match/reason-mark.js';
import { loadStyle } from '../../report/style.js';
import { displayWidth, indentWrapped, outputColumns, wrapText } from '../../report/wrap-text.js';
import type { WriteStatus } from '../../util/write-file.js';
import type { Guideline } from '../../guideline/model.js';
import type { CliContext } from '../context.js';
import { sayKept } from '../say-kept.js';

interface InitCommandOptions {
  tier?: string;
  /** A profile file, `-` for stdin. */
  profile?: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
}

export async function run(
  ctx: CliContext,
  code: string,
  dir: string | undefined,
  opts: InitCommandOptions = {},
): Promise<void> {
  const g = await ctx.guideline();
  const profile =
    opts.profile === undefined
      ? undefined
      : await readProfile(opts.profile, g, ctx.lang, { invalid: msg(scaffoldMessages, ctx.lang).profileInvalid });
  await printInit(ctx, await initProposal(g, ctx.lang, code, dir, { ...opts, profile }), opts.json === true);
  if (profile) await warnUnfit(ctx, g, code, profile);
}

/** The files made (or, on a dry run, to be made) with their status, then what to do next. */
export async function printInit(ctx: CliContext, made: Scaffolded, json: boolean): Promise<void> {
  const { result } = made;
  const m = msg(scaffoldMessages, ctx.lang);
  // Piped without COLUMNS, nothing is wrapped.
  const width = outputColumns() ?? Number.POSITIVE_INFINITY;
  if (json) ctx.out(JSON.stringify(result, null, 2));
  else {
    const title = result.dryRun
      ? m.dryRun(result.dir, made.lineName)
      : result.written
        ? m.done(result.dir, made.lineName)
        : m.upToDate(result.dir);
    const s = await loadStyle(ctx.colorOut);
    const colour: Record<WriteStatus, (t: string) => string> = {
      create: s.green,
      identical: s.dim,
      conflict: s.red,
      overwrite: s.yellow,
    };
    const statusWidth = Math.max(...Object.values(m.status).map((t) => t.length));
    // Chinese file names take two columns a character.
    const pad = (t: string, width: number) => t + ' '.repeat(Math.max(0, width - displayWidth(t)));
    const pathWidth = Math.max(...result.files.map((f) => displayWidth(f.path)));
    // Where the path starts, in columns: 新建 is two characters and four columns.
    const pathAt = 2 + Math.max(...Object.values(m.status).map(displayWidth)) + 2;
    const roleAt = pathAt + pathWidth + 2;
    const roleWidth = Math.max(...result.files.map((f) => displayWidth(m.role[f.role])));
    const rows = result.files.map((f) => {
      const status = `  ${colour[f.status](m.status[f.status].padEnd(statusWidth))}  `;
      if (roleAt + roleWidth <= width) return `${status}${pad(f.path, pathWidth)}  ${s.dim(m.role[f.role])}`;
      // Too wide for the terminal: what a file is for wraps in its column, or, where the
      // paths leave it too little room, goes under its path.
      if (width - roleAt >= ROLE_COLUMN) {
        const [first, ...more] = wrapText(m.role[f.role], width - roleAt).split('\n');
        return [
          `${status}${pad(f.path, pathWidth)}  ${s.dim(first!)}`,
          ...more.map((l) => `${' '.repeat(roleAt)}${s.dim(l)}`),
        ].join('\n');
      }
      const under = ' '.repeat(pathAt);
      return [...indentWrapped(status, f.path, width), ...indentWrapped(under, m.role[f.role], width, s.dim)].join(
        '\n',
      );
    });
    ctx.out([...indentWrapped('', title, width), ...rows].join('\n'));
  }
  sayKept(
    ctx,
    result.files.flatMap((f) => (f.backup ? [{ path: f.path, backup: f.backup }] : [])),
    result.dryRun,
  );
  if (result.dryRun) {
    if (result.files.some((f) => f.status === 'conflict'))
      ctx.err(
        indentWrapped('', m.dryRunConflicts, outputColumns(process.stderr) ?? Number.POSITIVE_INFINITY).join('\n'),
      );
  } else if (!json) {
    const app = made.application;
    const steps = [m.stepFill(app, result.placeholders), m.stepWrite(made.document), m.stepCheck(app)];
    // A step's later lines start under its text, after its number.
    const numbered = steps.flatMap((step) => {
      const [, lead = '', text = step] = /^(\s*\d+\.\s)(.*)$/s.exec(step) ?? [];
      return indentWrapped(lead, text, width);
    });
    ctx.out([m.nextSteps, ...numbered].join('\n'));
  }
}

/** The fewest columns what a file is for may wrap in beside its path. */
const ROLE_COLUMN = 16;

/** A profile that does not (or may not) fit the line: said on stderr, the files still written. */
async function warnUnfit(ctx: CliContext, g: Guideline, code: string, profile: Facts): Promise<void> {
  const line = g.line(code);
  if (!line) return;
  const [{ matchLine }, { matchMessages }] = await Promise.all([
    import('../../match/match-line.js'),
    import('../../i18n/messages/match.js'),
  ]);
  const r = matchLine(g, line, profile, ctx.lang);
  if (r.status === 'eligible') return;
  const m = msg(matchMessages, ctx.lang);
  const s = await loadStyle(ctx.colorErr);
  const width = outputColumns(process.stderr) ?? Number.POSITIVE_INFINITY;
  ctx.err(indentWrapped('', m.initWarn(line.code, r.status), width, s.yellow).join('\n'));
  for (const x of r.reasons.filter((x) => x.ok !== true && x.nature !== 'bonus')) {
    const { mark, colour } = reasonMark(x, s);
    ctx.err(indentWrapped(`  ${colour(mark)} `, x.message, width).join('\n'));
  }
}
